package places

import (
	"bytes"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// savedFixture is the fixture gazetteer as Save writes it.
func savedFixture(t *testing.T) []byte {
	t.Helper()
	var buf bytes.Buffer
	if err := fixture(t).Save(&buf); err != nil {
		t.Fatal(err)
	}
	return buf.Bytes()
}

// TestDamagedGazetteerNeverLoads: a file cut at any length, or with any
// single bit flipped, fails to load with one error saying it is damaged.
func TestDamagedGazetteerNeverLoads(t *testing.T) {
	data := savedFixture(t)
	if _, err := Read(bytes.NewReader(data)); err != nil {
		t.Fatalf("the whole file does not load: %v", err)
	}
	for n := 0; n < len(data); n++ {
		if _, err := Read(bytes.NewReader(data[:n])); err == nil {
			t.Fatalf("cut to %d of %d bytes: loaded", n, len(data))
		}
	}
	// every bit of the header and of the first and last kilobyte, and a
	// bit of every byte between
	flipped := make([]byte, len(data))
	for i := range data {
		bits := []uint{uint(i % 8)}
		if i < headerLen+1024 || i >= len(data)-1024 {
			bits = []uint{0, 1, 2, 3, 4, 5, 6, 7}
		}
		for _, b := range bits {
			copy(flipped, data)
			flipped[i] ^= 1 << b
			_, err := Read(bytes.NewReader(flipped))
			if err == nil {
				t.Fatalf("bit %d of byte %d flipped: loaded", b, i)
			}
			if i >= len(fileMagic) && !errors.Is(err, errCorrupt) {
				t.Fatalf("bit %d of byte %d flipped: %v, want it called damaged", b, i, err)
			}
		}
	}
}

// TestLoadNamesTheFileAndTheFix: Load's error names the file; the command
// adds how to rebuild it.
func TestLoadNamesTheFile(t *testing.T) {
	data := savedFixture(t)
	path := filepath.Join(t.TempDir(), "gazetteer.bin")
	if err := os.WriteFile(path, data[:len(data)-8], 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := Load(path)
	if err == nil || !strings.Contains(err.Error(), path) || !strings.Contains(err.Error(), "damaged or incomplete") {
		t.Fatalf("got %v", err)
	}
}

// TestOutOfRangeIndexesFailAtLoad: a file whose checksum is right but
// whose indexes point outside its places (a writer's bug) fails at load,
// not in the middle of coding a report.
func TestOutOfRangeIndexesFailAtLoad(t *testing.T) {
	g := fixture(t)
	bad := &Gazetteer{Places: g.Places, Names: append([]NameEntry(nil), g.Names...), Admin1: g.Admin1, Admin2: g.Admin2,
		Countries: g.Countries, Cues: g.Cues, stopWords: g.stopWords}
	bad.Names[0].Place = int32(len(g.Places) + 5)
	var buf bytes.Buffer
	if err := bad.Save(&buf); err != nil {
		t.Fatal(err)
	}
	if _, err := Read(&buf); err == nil || !strings.Contains(err.Error(), "name 0: place") {
		t.Fatalf("got %v", err)
	}
}

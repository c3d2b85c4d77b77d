package places

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"hash/crc32"
	"io"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"testing/fstest"
	"unicode/utf8"
)

// fuzzTexts are the reports the fuzz targets start from: the coder's
// regression cases (front matter and all) and a few names at the edges.
func fuzzTexts(f *testing.F) []string {
	files, err := filepath.Glob("../rules/testdata/cases/*/report.md")
	if err != nil || len(files) == 0 {
		f.Fatalf("no reports under ../rules/testdata/cases: %v", err)
	}
	texts := []string{
		"طرابلس – قُتل ثلاثة مدنيين في مدينة طرابلس.\nGunmen abducted two engineers on Sunday near Kirkuk.",
		"وبطرابلس ولطرابلس وفي الطرابلسيين", "Sofia Leon said. In Hit, a town in western Iraq.",
		"BENGHAZI, Feb 15 (Reuters) - Tripoli", "the sirte basin", "", "ـ", "\n\n\nSirte", "Tripoli's",
		"near Boa Vista de la Cruz, Campinas, Sao Paulo", "Djibo-Wendou road", "-Dori-", "Dori de ", " de Dori",
		"the Iraqi capital's", "Basrah, the Iraqi capital", "in Basreh", "العاصمة العراقية",
	}
	for _, p := range files {
		b, err := os.ReadFile(p)
		if err != nil {
			f.Fatal(err)
		}
		texts = append(texts, string(b))
	}
	return texts
}

// FuzzFind finds and resolves places in arbitrary text with the fixture
// gazetteer. It must not panic; on valid UTF-8 (what the reader hands on)
// every mention's Text is the runes [Start, End) of the text, with its name
// inside them, its paragraph the count of line breaks before it, and the
// mentions in text order without overlapping; Analyze resolves exactly
// the mentions Find finds, with a dateline among them, focus weights in
// [0, 1], and named places that are mentions.
func FuzzFind(f *testing.F) {
	g := fixture(f)
	for _, s := range fuzzTexts(f) {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := g.Find(text)
		d := g.Analyze(text, Options{Title: text, HomeCountry: "LY"})
		d.Explain(3).WriteText(io.Discard)
		if !utf8.ValidString(text) {
			return // offsets count code points of valid text
		}
		runes := []rune(text)
		end := 0
		for i, m := range ms {
			switch {
			case m.Start < end || m.Start > m.NameStart || m.NameStart >= m.End || m.End > len(runes):
				t.Fatalf("mention %d spans %d-%d (name from %d) of %d runes, after one ending at %d", i, m.Start, m.End, m.NameStart, len(runes), end)
			case string(runes[m.Start:m.End]) != m.Text:
				t.Fatalf("mention %d: runes %d-%d are %q, not its text %q", i, m.Start, m.End, string(runes[m.Start:m.End]), m.Text)
			case m.Paragraph != strings.Count(string(runes[:m.Start]), "\n"):
				t.Fatalf("mention %d %q: paragraph %d after %d line breaks", i, m.Text, m.Paragraph, strings.Count(string(runes[:m.Start]), "\n"))
			case len(m.Names) == 0:
				t.Fatalf("mention %d %q names no place", i, m.Text)
			}
			end = m.End
		}
		if len(d.Mentions) != len(ms) {
			t.Fatalf("Analyze resolved %d mentions, Find found %d", len(d.Mentions), len(ms))
		}
		for i, m := range d.Mentions {
			if m.Start != ms[i].Start || m.End != ms[i].End || m.Text != ms[i].Text {
				t.Fatalf("mention %d: Analyze has %d-%d %q, Find %d-%d %q", i, m.Start, m.End, m.Text, ms[i].Start, ms[i].End, ms[i].Text)
			}
		}
		if d.Dateline < -1 || d.Dateline >= len(d.Mentions) {
			t.Fatalf("dateline %d of %d mentions", d.Dateline, len(d.Mentions))
		}
		for cc, w := range d.Focus {
			if math.IsNaN(w) || w < 0 || w > 1 {
				t.Fatalf("focus on %s weighs %v", cc, w)
			}
		}
		for _, n := range d.Named() {
			if n.Mention < 0 || n.Mention >= len(d.Mentions) || d.Mentions[n.Mention].Text != n.Text {
				t.Fatalf("named place %q is not mention %d", n.Text, n.Mention)
			}
		}
	})
}

// FuzzRead decodes arbitrary bytes as a gazetteer file: an error, or a
// gazetteer that finds and resolves places without panicking, never both
// or neither. Seeded with the saved fixture, whole and cut.
func FuzzRead(f *testing.F) {
	data := savedFixtureBytes(f)
	f.Add(data)
	f.Add(data[:headerLen])
	f.Add(data[:len(data)/2])
	f.Add([]byte(fileMagic))
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, data []byte) {
		checkRead(t, data)
	})
}

// FuzzReadBody is FuzzRead past the header's length and checksum and the
// gzip layer, which random bytes never get through: it wraps the fuzzed
// bytes as Save would, so the gob decoder and the index checks meet
// arbitrary content. A file that loads must not panic the finder: its
// indexes are checked once, at load.
func FuzzReadBody(f *testing.F) {
	data := smallGazetteer(f)
	zr, err := gzip.NewReader(bytes.NewReader(data[headerLen:]))
	if err != nil {
		f.Fatal(err)
	}
	body, err := io.ReadAll(zr)
	if err != nil {
		f.Fatal(err)
	}
	f.Add(body)
	f.Add(body[:len(body)/2])
	f.Add([]byte{})
	f.Fuzz(func(t *testing.T, body []byte) {
		var zipped bytes.Buffer
		zw, err := gzip.NewWriterLevel(&zipped, gzip.NoCompression)
		if err != nil {
			t.Fatal(err)
		}
		if _, err := zw.Write(body); err != nil {
			t.Fatal(err)
		}
		if err := zw.Close(); err != nil {
			t.Fatal(err)
		}
		file := append([]byte(fileMagic), binary.BigEndian.AppendUint64(nil, uint64(zipped.Len()))...)
		file = binary.BigEndian.AppendUint32(file, crc32.ChecksumIEEE(zipped.Bytes()))
		checkRead(t, append(file, zipped.Bytes()...))
	})
}

// savedFixtureBytes is the fixture gazetteer as Save writes it.
func savedFixtureBytes(f *testing.F) []byte {
	var buf bytes.Buffer
	if err := fixture(f).Save(&buf); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}

// smallGazetteer is a gazetteer of the GeoNames fixture and a few lines of
// each curated file, as Save writes it: small enough (a few kilobytes) for
// the fuzzer to minimise what it finds in it.
func smallGazetteer(f *testing.F) []byte {
	keep := map[string][]string{ // file: the prefixes of the lines kept
		"countries.tsv": {"LY\t", "IQ\t"},
		"names.tsv":     {"2210554\t", "2214846\t"},
		"cues.tsv":      {"في\t", "مدينة\t", "near\t"},
		"stop-ar.txt":   {"ابريل"},
	}
	sup := fstest.MapFS{}
	for name, prefixes := range keep {
		b, err := os.ReadFile(filepath.Join("../../seeds/places", name))
		if err != nil {
			f.Fatal(err)
		}
		var lines []string
		for _, l := range strings.Split(string(b), "\n") {
			if slices.ContainsFunc(prefixes, func(p string) bool { return strings.HasPrefix(l, p) }) {
				lines = append(lines, l)
			}
		}
		sup[name] = &fstest.MapFile{Data: []byte(strings.Join(lines, "\n") + "\n")}
	}
	g, _, err := BuildGazetteer(BuildOptions{Cities: []string{"testdata/cities.txt"}, Admin1: "testdata/admin1CodesASCII.txt", Supplement: sup})
	if err != nil {
		f.Fatal(err)
	}
	var buf bytes.Buffer
	if err := g.Save(&buf); err != nil {
		f.Fatal(err)
	}
	return buf.Bytes()
}

// fuzzReports are what a gazetteer that loads must read without panicking.
var fuzzReports = []string{
	"طرابلس – قُتل ثلاثة مدنيين في مدينة طرابلس ومصراتة بليبيا.",
	"BENGHAZI, Feb 15 (Reuters) - Gunmen killed two men near Sirte, Libya, and in Kirkuk.",
}

func checkRead(t *testing.T, data []byte) {
	t.Helper()
	g, err := Read(bytes.NewReader(data))
	if (g == nil) == (err == nil) {
		t.Fatalf("Read gave gazetteer %v and error %v", g != nil, err)
	}
	if err != nil {
		return
	}
	for _, text := range fuzzReports {
		d := g.Analyze(text, Options{HomeCountry: "LY"})
		d.Named()
		d.Explain(3).WriteText(io.Discard)
	}
}

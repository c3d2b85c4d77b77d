package lexicon

import (
	"bytes"
	"os"
	"rasd/events/internal/fuzzcheck"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"

	"rasd/events/arabic"
)

// The fuzz targets below read arbitrary bytes as rasd's tab-separated
// files. None may panic; every error names the file and, but for a file
// with no header line at all, a line inside it (file:line:), so a team
// editing a lexicon is sent to the line to fix.

// fuzzSeeds are the built-in files and broken variants of them.
func fuzzSeeds(f *testing.F) [][]byte {
	var seeds [][]byte
	for _, name := range []string{NumbersFile, "lexicons/weapons.tsv", "dates/marks.tsv"} {
		b, err := os.ReadFile("../../seeds/" + name)
		if err != nil {
			f.Fatal(err)
		}
		seeds = append(seeds, b)
	}
	for _, s := range []string{
		"", "\n\n", "# only a comment\n", "\ufeffphrase\tvalue\tkind\nثلاثه\t3\texact\n", "phrase\tvalue\tkind\r\nthree\t3\texact\r\n",
		"phrase\tvalue\tkind\nalone\n", "kind\tphrase\tvalue\nx\t1\texact\n", "phrase\tvalue\tkind\nfour\tfour\texact\n",
		"phrase\tvalue\tkind\nfour\t4\tcardinal-ish\n", "phrase\tvalue\tkind\nثلاثة\t3\texact\nثلاثه\t3\texact\n",
		"phrase\tvalue\tkind\n \t \t \n\t#x\t1\n  # indented comment\nlots\t3\tvague\tcomment\n",
		"phrase\tvalue\tkind\nbig\t99999999999999999999\texact\n", "phrase\tvalue\tkind\n" + strings.Repeat("x", 70<<10) + "\t1\texact\n",
	} {
		seeds = append(seeds, []byte(s))
	}
	return seeds
}

// checkRows checks what every row ReadTSV returns must be: at least
// minCols trimmed columns, not blank, not a comment, placed at a line of
// the input after the row before.
func checkRows(t *testing.T, rows []Row, name string, minCols int, data []byte) {
	t.Helper()
	last := 0
	for _, r := range rows {
		digits, ok := strings.CutPrefix(r.Origin, name+":")
		line, err := strconv.Atoi(digits)
		if !ok || err != nil || line <= last || line > bytes.Count(data, []byte{'\n'})+1 {
			t.Fatalf("row %q at %q, after line %d", r.Cols, r.Origin, last)
		}
		last = line
		if len(r.Cols) < minCols {
			t.Fatalf("%s: %d columns, want at least %d", r.Origin, len(r.Cols), minCols)
		}
		first := ""
		for _, c := range r.Cols {
			if c != strings.TrimSpace(c) {
				t.Fatalf("%s: column %q not trimmed", r.Origin, c)
			}
			if first == "" {
				first = c
			}
		}
		if first == "" || strings.HasPrefix(first, "#") {
			t.Fatalf("%s: a blank or comment line read as the row %q", r.Origin, r.Cols)
		}
	}
}

func FuzzReadTSV(f *testing.F) {
	for _, b := range fuzzSeeds(f) {
		f.Add(b, uint8(3))
	}
	f.Add([]byte("a\n"), uint8(0))
	f.Fuzz(func(t *testing.T, data []byte, minCols uint8) {
		const name = "team/t.tsv"
		rows, err := ReadTSV(bytes.NewReader(data), name, int(minCols))
		if err != nil {
			fuzzcheck.Placed(t, err, name, data)
			return
		}
		checkRows(t, rows, name, int(minCols), data)
	})
}

func FuzzReadTable(f *testing.F) {
	for _, b := range fuzzSeeds(f) {
		f.Add(b, uint8(3))
	}
	f.Add([]byte("phrase\tvalue\tkind\nx\n"), uint8(1))
	f.Fuzz(func(t *testing.T, data []byte, minCols uint8) {
		const name = "team/t.tsv"
		rows, err := ReadTable(bytes.NewReader(data), name, int(minCols), numbersHeader...)
		if err != nil {
			fuzzcheck.Placed(t, err, name, data)
			return
		}
		checkRows(t, rows, name, int(minCols), data)
	})
}

// FuzzLoadNumbers: beyond being placed, a table that loads gives every
// number a kind and an origin, and no phrase twice.
func FuzzLoadNumbers(f *testing.F) {
	for _, b := range fuzzSeeds(f) {
		f.Add(b)
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		fsys := origins{fstest.MapFS{NumbersFile: {Data: data}}}
		name := fsys.Origin(NumbersFile)
		ns, err := LoadNumbers(fsys)
		if err != nil {
			fuzzcheck.Placed(t, err, name, data)
			return
		}
		seen := map[string]bool{}
		for _, n := range ns {
			key := strings.Join(strings.Fields(arabic.Fold(n.Phrase)), " ")
			if n.Kind.String() == "?" || !strings.HasPrefix(n.Origin, name+":") || seen[key] {
				t.Fatalf("number %+v: kind %s, or listed twice", n, n.Kind)
			}
			seen[key] = true
		}
	})
}

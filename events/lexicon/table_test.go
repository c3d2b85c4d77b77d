package lexicon

import (
	"strings"
	"testing"
	"testing/fstest"
)

func TestReadTableChecksItsHeader(t *testing.T) {
	rows, err := ReadTable(strings.NewReader("# comment\nphrase\tkind\nقتل\tkilling\n"), "t.tsv", 2, "phrase", "kind")
	if err != nil || len(rows) != 1 || rows[0].Origin != "t.tsv:3" {
		t.Fatalf("rows %+v, %v", rows, err)
	}
	for in, want := range map[string]string{
		"":                       "t.tsv: empty",
		"kind\tphrase\nx\ty\n":   "t.tsv:1: want the header line",
		"phrase\tkind\nalone\n":  "t.tsv:2: want at least 2",
		"# only a comment\n\n\n": "t.tsv: empty",
	} {
		if _, err := ReadTable(strings.NewReader(in), "t.tsv", 2, "phrase", "kind"); err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", in, err, want)
		}
	}
}

// origins is an FS that names its files, as seeds.FS does.
type origins struct{ fstest.MapFS }

func (o origins) Origin(name string) string { return "/team/dict/" + name }

func TestLoadNumbers(t *testing.T) {
	table := "phrase\tvalue\tkind\nثلاثه\t3\texact\nthird\t3\tordinal\nعشرات\t10\tvague\n"
	ns, err := LoadNumbers(fstest.MapFS{NumbersFile: {Data: []byte(table)}})
	if err != nil || len(ns) != 3 || ns[1].Kind != Ordinal || ns[2].Value != 10 || ns[0].Words() != 1 {
		t.Fatalf("%+v %v", ns, err)
	}
	for body, want := range map[string]string{
		"ثلاثة\t3\texact\n":         "/team/dict/lexicons/numbers.tsv:3: \"ثلاثة\" is listed already at /team/dict/lexicons/numbers.tsv:2",
		"four\tfour\texact\n":       "numbers.tsv:3: number value \"four\"",
		"four\t4\tcardinal-ish\n":   "numbers.tsv:3: number kind \"cardinal-ish\"",
		"lots\t3\tvague\tcomment\n": "",
	} {
		fsys := origins{fstest.MapFS{NumbersFile: {Data: []byte("phrase\tvalue\tkind\nثلاثه\t3\texact\n" + body)}}}
		_, err := LoadNumbers(fsys)
		if want == "" {
			if err != nil {
				t.Errorf("%q: %v", body, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", body, err, want)
		}
	}
}

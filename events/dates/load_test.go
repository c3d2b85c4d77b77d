package dates

import (
	"io/fs"
	"os"
	"strconv"
	"strings"
	"testing"
	"testing/fstest"
	"time"
)

// origins is an FS that names its files, as seeds.FS does for a team's
// override directory.
type origins struct{ fstest.MapFS }

func (o origins) Origin(name string) string { return "/team/dict/" + name }

// seedFiles copies the built-in files the loader reads into a MapFS, so a
// test can break one of them.
func seedFiles(t *testing.T) fstest.MapFS {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range append(files, "lexicons/numbers.tsv") {
		b, err := fs.ReadFile(os.DirFS("../../seeds"), name)
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	return m
}

// TestLoadLexiconErrors: a bad row stops the load with the origin of its
// file and its line, whatever is wrong with it.
func TestLoadLexiconErrors(t *testing.T) {
	const words = "dates/words.tsv"
	base := seedFiles(t)
	line := strings.Count(string(base[words].Data), "\n") + 1 // the appended row's line
	here := "/team/dict/dates/words.tsv:" + strconv.Itoa(line)
	at := here + ": "
	for row, want := range map[string]string{
		"gestern\tword\tyesterdy\n":          at + `value "yesterdy": want `,
		"gestern\twrod\tyesterday\n":         at + `kind "wrod": want `,
		"gestern\tword\tyesterday\tsoon\n":   at + `flag "soon": want `,
		"gestern\tword\tyesterday\tweak\n":   at + `flag "weak": the grammar reads it on month only`,
		"gestern\tword\tyesterday\tnoprep\n": at + `flag "noprep": the grammar reads it on Arabic words only`,
		"gestern\n":                          "words.tsv:" + strconv.Itoa(line) + ": want at least 2 tab-separated columns",
		"march\tmonth\t3\n":                  at + `"march" is listed already at /team/dict/dates/months.tsv:`,
		// a number word belongs to lexicons/numbers.tsv, folded or not
		"three\tword\tfew\n":               `"three" is listed already at ` + here,
		"ثلاثة\tword\tfew\n":               `"ثلاثه" is listed already at ` + here,
		"brumaire\tmonth\t13\n":            at + `month "13": want a number from 1 to 12`,
		"last week\tword\tlast\n":          at + `"last week": want one word (two words are for month names and daybefore)`,
		"today first\tword\tdaybefore\n":   at + `daybefore: the first word "today" must be listed as a yesterday word`,
		"anteayer\tword\tdaybefore\n":      at + "daybefore is a two-word phrase",
		"x\tmark\tcomma\n":                 at + `mark "x": want a punctuation mark`,
		"*\tmark\tnone\n":                  at + `mark "*": a mark of value none must end a clause`,
		"،\tmark\tcomma\n":                 `mark "،" is listed already at ` + here,
		"كانون الاول\tmonth\t12\tnoprep\n": at + `"كانون الاول" is listed already at /team/dict/dates/months.tsv:`,
		"كانون الثالث\tmonth\t3\n":         at + `"كانون الثالث": the flags of a two-word name are its head's`,
	} {
		fsys := origins{fstest.MapFS{}}
		for k, v := range base {
			fsys.MapFS[k] = v
		}
		// words.tsv with the bad row appended
		data := string(base[words].Data) + row
		fsys.MapFS[words] = &fstest.MapFile{Data: []byte(data)}
		_, err := LoadLexicon(fsys)
		if err == nil || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: got %v, want %q", row, err, want)
		}
	}
}

// TestLoadLexiconHeader: a file whose header is not the expected one (a
// column moved, the wrong file) is refused at its first line.
func TestLoadLexiconHeader(t *testing.T) {
	fsys := origins{seedFiles(t)}
	fsys.MapFS["dates/marks.tsv"] = &fstest.MapFile{Data: []byte("# marks\nform\tvalue\tkind\tflags\n,\tcomma\tmark\n")}
	_, err := LoadLexicon(fsys)
	if err == nil || !strings.Contains(err.Error(), "/team/dict/dates/marks.tsv:2: want the header line") {
		t.Errorf("got %v", err)
	}
	delete(fsys.MapFS, "dates/months.tsv")
	if _, err := LoadLexicon(fsys); err == nil || !strings.Contains(err.Error(), "dates/months.tsv") {
		t.Errorf("missing file: got %v", err)
	}
}

// TestLoadLexiconTeachesWords: a team's row is read like a built-in one,
// with its proclitic forms.
func TestLoadLexiconTeachesWords(t *testing.T) {
	fsys := origins{seedFiles(t)}
	add := func(name, rows string) {
		fsys.MapFS[name] = &fstest.MapFile{Data: append(fsys.MapFS[name].Data, rows...)}
	}
	add("dates/months.tsv", "brumaire\tmonth\t11\n")
	add("dates/words.tsv", "fortnights\tunit\tweek\tplural\n")
	add("dates/marks.tsv", "|\tmark\tslash\n")
	lx, err := LoadLexicon(fsys)
	if err != nil {
		t.Fatal(err)
	}
	pub := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	for text, want := range map[string]string{
		"He was killed on 12 Brumaire.":  "2023-11-12",
		"It has lasted for fortnights.":  "2024-03-15",
		"The report is dated 12|03|2024": "2024-03-12",
	} {
		got := lx.Find(text, pub)
		if len(got) != 1 || got[0].DateString() != want {
			t.Errorf("Find(%q) = %+v, want %s", text, got, want)
		}
	}
}

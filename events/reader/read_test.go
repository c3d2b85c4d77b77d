package reader

import (
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

func TestReadDirectory(t *testing.T) {
	var origins []string
	for r, err := range Read([]string{"testdata/tree"}, nil, Options{}) {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		origins = append(origins, r.Origin)
	}
	want := []string{
		"testdata/tree/a.jsonl:1",
		"testdata/tree/a.jsonl:2",
		"testdata/tree/b.txt",
		"testdata/tree/sub/c.md",
	}
	if !slices.Equal(origins, want) {
		t.Errorf("read %q\nwant %q (sorted, recursive, no hidden or unknown files)", origins, want)
	}
}

// TestReadHiddenRootNamed checks that a hidden directory is read when the
// user names it: only what the walk finds is skipped.
func TestReadHiddenRootNamed(t *testing.T) {
	r := only(t, Read([]string{"testdata/tree/.cache"}, nil, Options{}))
	if r.Origin != "testdata/tree/.cache/d.txt" {
		t.Errorf("origin = %q", r.Origin)
	}
}

func TestReadStdin(t *testing.T) {
	stdin := strings.NewReader(`{"id": "s1", "text": "From a pipe."}` + "\n" + `{"text": "Second."}` + "\n")
	rs := reports(t, Read([]string{"-"}, stdin, Options{}))
	if len(rs) != 2 || rs[0].ID != "s1" || rs[0].Origin != "stdin:1" || !strings.HasPrefix(rs[1].ID, "stdin-2-") || rs[1].Origin != "stdin:2" {
		t.Errorf("got %+v", rs)
	}
	items := collect(Read([]string{"-"}, nil, Options{}))
	checkErr(t, items[0].err, "stdin", 0, nil, "no standard input")
}

// TestReadGoesOn checks that failures are yielded in place and reading
// continues with the next input.
func TestReadGoesOn(t *testing.T) {
	dir := t.TempDir()
	write := func(name, content string) string {
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, []byte(content), 0o644); err != nil {
			t.Fatal(err)
		}
		return p
	}
	good := write("good.txt", "A guard was killed in Sirte.")
	empty := write("empty.txt", "")
	upper := write("UPPER.TXT", "Extensions are matched in any case.")
	missing := filepath.Join(dir, "missing.jsonl")
	unknown := write("report.docx", "PK")
	emptyDir := filepath.Join(dir, "nothing")
	if err := os.Mkdir(emptyDir, 0o755); err != nil {
		t.Fatal(err)
	}
	items := collect(Read([]string{missing, good, unknown, empty, emptyDir, upper}, nil, Options{}))
	if len(items) != 6 {
		t.Fatalf("got %d items: %v", len(items), items)
	}
	checkErr(t, items[0].err, missing, 0, fs.ErrNotExist, "no such file", "check the path")
	if items[1].err != nil || items[1].r.Origin != good {
		t.Errorf("good file: %+v %v", items[1].r, items[1].err)
	}
	checkErr(t, items[2].err, unknown, 0, ErrFormat, `".docx"`, ".jsonl", ".txt", ".html", ".rss", ".csv")
	checkErr(t, items[3].err, empty, 0, ErrEmpty, "empty file")
	checkErr(t, items[4].err, emptyDir, 0, ErrNoReports, "no file ending in")
	if items[5].err != nil || items[5].r.Text != "Extensions are matched in any case." {
		t.Errorf("upper-case extension: %+v %v", items[5].r, items[5].err)
	}
}

func TestReadStopsEarly(t *testing.T) {
	n := 0
	for range Read([]string{"testdata/tree", "testdata/golden/rows.csv"}, nil, Options{}) {
		n++
		if n == 2 {
			break
		}
	}
	if n != 2 {
		t.Errorf("n = %d", n)
	}
}

// TestIDsStable checks that ids are the same on every run, do not depend
// on the directory rasd is run from, are unique within a file, and that a
// given id is kept as it is.
func TestIDsStable(t *testing.T) {
	ids := func(paths ...string) []string {
		var out []string
		for r, err := range Read(paths, nil, Options{}) {
			if err == nil {
				out = append(out, r.ID)
			}
		}
		return out
	}
	inputs := goldenInputs(t)
	first, second := ids(inputs...), ids(inputs...)
	if len(first) < 15 || !slices.Equal(first, second) {
		t.Fatalf("ids differ between runs:\n%q\n%q", first, second)
	}
	seen := map[string]bool{}
	for _, id := range first {
		if seen[id] {
			t.Errorf("duplicate id %q", id)
		}
		seen[id] = true
	}
	abs, err := filepath.Abs("testdata/golden/plain-en.txt")
	if err != nil {
		t.Fatal(err)
	}
	if a, b := ids(abs), ids("testdata/golden/plain-en.txt"); !slices.Equal(a, b) || len(a) != 1 || a[0] != "plain-en-f712e17b66" {
		t.Errorf("id depends on the path used: %q vs %q", a, b)
	}

	// Same text on two lines: two ids. Editing one line leaves the other's.
	in := `{"text": "same"}` + "\n" + `{"text": "same"}` + "\n"
	rs := reports(t, ReadJSONL(strings.NewReader(in), "dup.jsonl", Options{}))
	if rs[0].ID == rs[1].ID {
		t.Errorf("same text on two lines got one id %q", rs[0].ID)
	}
	edited := reports(t, ReadJSONL(strings.NewReader(`{"text": "same"}`+"\n"+`{"text": "changed"}`+"\n"), "dup.jsonl", Options{}))
	if edited[0].ID != rs[0].ID || edited[1].ID == rs[1].ID {
		t.Errorf("ids after edit: %q %q, before %q %q", edited[0].ID, edited[1].ID, rs[0].ID, rs[1].ID)
	}
	// Line endings do not change the id.
	a := only(t, ReadText(strings.NewReader("One.\nTwo.\n"), "x.txt", Options{}))
	b := only(t, ReadText(strings.NewReader("One.\r\nTwo.\r\n"), "x.txt", Options{}))
	if a.ID != b.ID {
		t.Errorf("CRLF changed the id: %q vs %q", a.ID, b.ID)
	}
}

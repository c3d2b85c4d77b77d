package main

import (
	"path/filepath"
	"strings"
	"testing"
)

// pngHeader is the start of a real PNG file: signature, then an IHDR chunk.
var pngHeader = []byte{
	0x89, 'P', 'N', 'G', 0x0D, 0x0A, 0x1A, 0x0A,
	0x00, 0x00, 0x00, 0x0D, 'I', 'H', 'D', 'R',
	0x00, 0x00, 0x00, 0x10, 0x00, 0x00, 0x00, 0x10, 0x08, 0x06, 0x00, 0x00, 0x00,
	0x1F, 0xF3, 0xFF, 0x61,
}

// TestBrokenInputs ingests, for each kind of broken input, the broken file
// together with a good one into a database that an earlier run filled. Each
// must exit 1, name the file (and the line where there is one) with the
// reason, store the good reports of the same run, and leave what the earlier
// run stored as it was.
func TestBrokenInputs(t *testing.T) {
	// Reports dated in month, on distinct days, so that no two events
	// merge (the store merges same-day, same-place events).
	goodJSONL := func(month string, ids ...string) []byte {
		var b strings.Builder
		for i, id := range ids {
			b.WriteString(`{"id":"` + id + `","published":"2024-` + month + `-0` + string(rune('1'+i)) +
				`","title":"t","text":"Gunmen killed a guard in Tripoli, report ` + id + `."}` + "\n")
		}
		return []byte(b.String())
	}
	cases := []struct {
		name string
		file string
		data []byte
		// where is what stderr must say the fault is ("FILE" stands for
		// the file's path); reason a word of the explanation.
		where, reason string
		// kept are reports of the broken file itself that must be stored.
		kept []string
	}{
		{
			name: "invalid UTF-8 after a UTF-8 BOM", file: "bad-bom.txt",
			data:  append([]byte("\xEF\xBB\xBF---\nid: bad-bom\npublished: 2024-05-01\n---\nGunmen killed "), 0xC3, 0x28, 0xA0, 0xA1, '\n'),
			where: "FILE: ", reason: "invalid UTF-8",
		},
		{
			name: "Latin-1 bytes, neither UTF-8 nor Arabic", file: "latin1.txt",
			data:  []byte("---\nid: latin1\npublished: 2024-05-01\n---\nA caf\xE9 owner was killed near the march\xE9 in Tripoli, \xE0 noon.\n"),
			where: "FILE: ", reason: "convert it to UTF-8",
		},
		{
			name: "HTML that declares UTF-8 but holds Latin-1 bytes", file: "latin1.html",
			data: []byte("<html><head><meta charset=\"utf-8\"><title>Caf\xE9 attack</title></head><body><p>The owner of a caf\xE9 " +
				"was killed \xE0 midday in Tripoli, near the march\xE9, residents said.</p></body></html>"),
			where: "FILE: ", reason: "convert it to UTF-8",
		},
		{
			name: "truncated JSONL line in the middle", file: "cut.jsonl",
			data: append(append(goodJSONL("05", "cut-1"), []byte(`{"id":"cut-2","published":"2024-05-02","text":"Gunmen killed`+"\n")...),
				goodJSONL("06", "cut-3")...),
			where: "FILE:2: ", reason: "truncated JSON", kept: []string{"cut-1", "cut-3"},
		},
		{
			name: "CSV row of the wrong width", file: "rows.csv",
			data: []byte("id,text,published\n" +
				"row-1,Gunmen killed a farmer near Tripoli.,2024-05-01\n" +
				"row-2,Gunmen killed a baker, then fled,2024-05-02\n" +
				"row-3,A driver was kidnapped in Benghazi.,2024-05-03\n"),
			where: "FILE:3: ", reason: "number of fields", kept: []string{"row-1", "row-3"},
		},
		{
			name: "feed cut short", file: "cut.rss",
			data: []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>Cut</title>\n<item>\n<title>Guard killed</title>\n" +
				"<description>Gunmen killed a guard in Tripoli.</description>\n"),
			where: "FILE:8: ", reason: "cut short",
		},
		{
			name: "front matter without its closing line", file: "open.md",
			data:  []byte("---\nid: open-1\npublished: 2024-05-01\nTripoli: gunmen killed a guard at a bank on Sunday.\n"),
			where: "FILE:1: ", reason: "closing ---",
		},
		{
			name: "empty file", file: "empty.txt", data: []byte(" \n\n"),
			where: "FILE: ", reason: "empty",
		},
		{
			name: "PNG bytes named .txt", file: "photo.txt", data: pngHeader,
			where: "FILE: ", reason: "binary",
		},
		{
			name: "PNG file named as such", file: "photo.png", data: pngHeader,
			where: "FILE: ", reason: "unknown format",
		},
		{
			name: "unreadable date in front matter", file: "baddate.txt",
			data:  []byte("---\nid: baddate\npublished: the day before yesterday\n---\nGunmen killed a guard in Tripoli.\n"),
			where: "FILE:3: ", reason: "not a date",
		},
		{
			name: "missing file", file: "",
			where: "FILE: ", reason: "no such file",
		},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			e := newEnv(t)
			earlier := e.write("earlier.jsonl", goodJSONL("04", "earlier-1", "earlier-2"))
			e.mustRun(exitOK, "ingest", earlier, filepath.Join(formatsDir, "pair.json"))
			before := e.dump()

			broken := filepath.Join(e.dir, "does-not-exist.txt")
			if tc.file != "" {
				broken = e.write(tc.file, tc.data)
			}
			good := e.write("good.jsonl", goodJSONL("07", "good-1"))
			r := e.run("ingest", broken, good)
			if r.code != exitFailure {
				t.Fatalf("want exit 1, got %s", r)
			}
			where := strings.ReplaceAll(tc.where, "FILE", broken)
			if !strings.Contains(r.stderr, "error: "+where) || !strings.Contains(r.stderr, tc.reason) {
				t.Errorf("stderr should name %q and say %q:\n%s", where, tc.reason, r.stderr)
			}
			if !strings.Contains(r.stderr, "1 failed;") || !strings.Contains(r.stderr, "1 input(s) failed") {
				t.Errorf("summary should count one failure:\n%s", r.stderr)
			}
			stored := e.reports()
			for _, id := range append([]string{"good-1"}, tc.kept...) {
				if _, ok := stored[id]; !ok {
					t.Errorf("report %s of the same run was not stored", id)
				}
			}
			if want := 4 + 1 + len(tc.kept); len(stored) != want {
				t.Errorf("%d reports stored, want %d", len(stored), want)
			}
			assertKept(t, before, e.dump())
			if n := e.count(`SELECT count(*) FROM runs WHERE status = 'failed'`); n != 1 {
				t.Errorf("the run should be recorded as failed (%d failed runs)", n)
			}
		})
	}
}

// A directory with no readable file is a failure, not a silent success.
func TestIngestDirectoryWithNoReports(t *testing.T) {
	e := newEnv(t)
	e.write("nothing/readme.log", []byte("no reports here"))
	r := e.mustRun(exitFailure, "ingest", filepath.Join(e.dir, "nothing"))
	if !strings.Contains(r.stderr, filepath.Join(e.dir, "nothing")) || !strings.Contains(r.stderr, "no reports") {
		t.Errorf("stderr:\n%s", r.stderr)
	}
}

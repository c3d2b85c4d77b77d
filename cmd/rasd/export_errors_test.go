package main

import (
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"rasd/events"
)

func TestExportUsageErrors(t *testing.T) {
	e := exportEnv(t)
	out := filepath.Join(e.dir, "out.csv")
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"--from", "2023-13-01"}, "YYYY-MM-DD"},
		{[]string{"--to", "01/02/2023"}, "YYYY-MM-DD"},
		{[]string{"--from", "2023-06-01", "--to", "2023-05-01"}, "after"},
		{[]string{"--category", "murder"}, "kidnapping"},
		{[]string{"--format", "pdf", "--out", out}, "csv, xlsx or geojson"},
		{[]string{"--format", "xlsx"}, "--out"},
		{[]string{"--format", "XLSX"}, "--out"},
		{[]string{"--format", "csv", "extra-arg"}, "unknown command"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := e.run(append([]string{"export"}, tc.args...)...)
			if r.code != exitUsage {
				t.Fatalf("want exit 2, got %s", r)
			}
			if !strings.Contains(r.stderr, tc.says) || !strings.Contains(r.stderr, "--help") {
				t.Errorf("stderr should say %q and point at --help:\n%s", tc.says, r.stderr)
			}
			if r.stdout != "" {
				t.Errorf("a usage error wrote to stdout: %q", r.stdout)
			}
			if _, err := os.Stat(out); err == nil {
				t.Errorf("a usage error left a file at %s", out)
			}
		})
	}
}

func TestExportFailureLeavesNoFile(t *testing.T) {
	e := exportEnv(t)
	// --out inside a path that is a file, not a directory.
	notDir := e.write("plain-file", []byte("I am a file"))
	out := filepath.Join(notDir, "events.csv")
	r := e.run("export", "--format", "csv", "--out", out)
	if r.code != exitFailure || !strings.Contains(r.stderr, notDir) {
		t.Errorf("want exit 1 naming %s, got %s", notDir, r)
	}
	if _, err := os.Stat(out); err == nil {
		t.Errorf("a file was left at %s", out)
	}
	if got := string(mustRead(t, notDir)); got != "I am a file" {
		t.Errorf("the file in the way was changed: %q", got)
	}

	// An existing export survives a failed one and no temporary file is left.
	dir := filepath.Join(e.dir, "exports")
	old := e.write(filepath.Join("exports", "events.csv"), []byte("old export\n"))
	r = e.run("export", "--format", "nope", "--out", old)
	if r.code != exitUsage {
		t.Errorf("unknown format: %s", r)
	}
	r = e.raw(nil, "export", "--format", "csv", "--out", old, "--db", filepath.Join(e.dir, "missing.db"), "--config", e.cfg)
	if r.code != exitFailure {
		t.Errorf("missing database: %s", r)
	}
	if got := string(mustRead(t, old)); got != "old export\n" {
		t.Errorf("a failed export changed the existing file: %q", got)
	}
	entries, _ := os.ReadDir(dir)
	for _, en := range entries {
		if en.Name() != "events.csv" {
			t.Errorf("left behind in %s: %s", dir, en.Name())
		}
	}

	// A successful export replaces it.
	e.mustRun(exitOK, "export", "--format", "csv", "--out", old)
	if header, _ := readCSV(t, mustRead(t, old)); !slices.Equal(header, events.Columns) {
		t.Errorf("export over an old file: header %q", header)
	}
}

// An export that fails half-way (here: a row the store cannot read back,
// after several good ones) leaves neither a partial file nor a temporary
// one, and keeps the file an earlier export wrote.
func TestExportFailingMidWayLeavesNoPartialFile(t *testing.T) {
	e := exportEnv(t)
	db := e.open()
	if _, err := db.Exec(`UPDATE events SET fatalities = 'many' WHERE id = (SELECT max(id) FROM events)`); err != nil {
		t.Fatal(err)
	}
	for _, format := range []string{"csv", "xlsx", "geojson"} {
		t.Run(format, func(t *testing.T) {
			dir := filepath.Join(e.dir, "mid-"+format)
			fresh := filepath.Join(dir, "fresh."+format)
			old := e.write(filepath.Join("mid-"+format, "old."+format), []byte("earlier export"))
			for _, out := range []string{fresh, old} {
				r := e.run("export", "--format", format, "--out", out)
				if r.code != exitFailure || !strings.Contains(r.stderr, out) || !strings.Contains(r.stderr, "nothing was written") {
					t.Errorf("want exit 1 naming %s, got %s", out, r)
				}
			}
			if _, err := os.Stat(fresh); err == nil {
				t.Errorf("a partial file was left at %s", fresh)
			}
			if got := string(mustRead(t, old)); got != "earlier export" {
				t.Errorf("the earlier export was overwritten: %.40q", got)
			}
			entries, _ := os.ReadDir(dir)
			if len(entries) != 1 {
				var names []string
				for _, en := range entries {
					names = append(names, en.Name())
				}
				t.Errorf("files left in %s: %q", dir, names)
			}
		})
	}
	// To stdout the rows before the fault are out already; the exit status
	// says the export is incomplete.
	r := e.run("export", "--format", "csv")
	if r.code != exitFailure || !strings.Contains(r.stderr, "csv: event "+strconv.Itoa(len(expected(all)))) {
		t.Errorf("export to stdout: %s", r)
	}
}

func TestExportWithoutDatabase(t *testing.T) {
	e := newEnv(t)
	out := filepath.Join(e.dir, "events.csv")
	r := e.run("export", "--format", "csv", "--out", out)
	if r.code != exitFailure {
		t.Fatalf("want exit 1, got %s", r)
	}
	if !strings.Contains(r.stderr, e.db) || !strings.Contains(r.stderr, "rasd ingest") {
		t.Errorf("stderr should name the database and say to run ingest:\n%s", r.stderr)
	}
	for _, p := range []string{e.db, out} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("export without a database created %s", p)
		}
	}
}

package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"rasd/events"
)

// A coder that fails (or panics) on one report costs that report only.
func TestCoderFailureCostsOneReport(t *testing.T) {
	e := newEnv(t)
	e.coder = events.CoderFunc(func(r events.Report) ([]events.Event, error) {
		switch {
		case strings.Contains(r.Text, "panic-me"):
			panic("index out of range in a test coder")
		case strings.Contains(r.Text, "refuse-me"):
			return nil, errors.New("the test coder refuses this report")
		}
		return fakeCode(r)
	})
	input := e.write("mixed.jsonl", []byte(
		`{"id":"ok-1","published":"2024-06-01","text":"Gunmen killed a guard in Tripoli."}`+"\n"+
			`{"id":"bad-1","published":"2024-06-02","text":"panic-me: gunmen killed a driver in Tripoli."}`+"\n"+
			`{"id":"bad-2","published":"2024-06-03","text":"refuse-me: gunmen killed a baker in Tripoli."}`+"\n"+
			`{"id":"ok-2","published":"2024-06-04","text":"A teacher was kidnapped in Aden."}`+"\n"))
	r := e.run("ingest", input)
	if r.code != exitFailure {
		t.Fatalf("want exit 1, got %s", r)
	}
	for _, want := range []string{
		"error: " + input + ":2: coder failed: index out of range in a test coder",
		"error: " + input + ":3: the test coder refuses this report",
		summary(4, 2, 0, 0, 2, 2),
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr should say %q:\n%s", want, r.stderr)
		}
	}
	stored := e.reports()
	if len(stored) != 2 || stored["ok-1"].ID == "" || stored["ok-2"].ID == "" {
		t.Errorf("stored %v, want ok-1 and ok-2 only", stored)
	}
	// The failed reports were not stored, so a later run tries them again.
	e.coder = fakeCoder
	r = e.mustRun(exitOK, "ingest", input)
	if !strings.Contains(r.stderr, summary(4, 2, 0, 2, 0, 2)) {
		t.Errorf("retry: %s", r.stderr)
	}
}

// Coding in parallel and writing in small batches store exactly what one
// worker writing one batch stores: the same rows, the same event ids.
func TestWorkersAndBatchesDoNotChangeTheResult(t *testing.T) {
	ingest := func(e *env, args ...string) map[string][]string {
		t.Helper()
		r := e.raw(strings.NewReader(stdinJSONL), args...)
		if r.code != exitOK {
			t.Fatalf("ingest: %s", r)
		}
		return e.dump()
	}
	serial := newEnv(t)
	file := serial.write("serial.yaml", []byte("ingest:\n  workers: 1\n  batch: 500\n"))
	one := ingest(serial, "ingest", "--db", serial.db, "--config", file, formatsDir, "-")

	parallel := newEnv(t)
	t.Setenv("RASD_INGEST_WORKERS", "4")
	t.Setenv("RASD_INGEST_BATCH", "2")
	r := parallel.run("config")
	if f := configLine(t, r.stdout, "ingest.batch"); f[1] != "2" {
		t.Fatalf("RASD_INGEST_BATCH not in force: %q", f)
	}
	many := ingest(parallel, parallel.with([]string{"ingest", formatsDir, "-"})...)
	if len(one["events"]) == 0 {
		t.Fatal("no events: the comparison would prove nothing")
	}
	assertSameDump(t, one, many)
}

func TestSearchWithoutDatabase(t *testing.T) {
	e := newEnv(t)
	r := e.run("search", "طرابلس")
	if r.code != exitFailure || !strings.Contains(r.stderr, e.db) || !strings.Contains(r.stderr, "rasd ingest") {
		t.Errorf("want exit 1 naming the database and saying to run ingest, got %s", r)
	}
	if _, err := os.Stat(e.db); err == nil {
		t.Errorf("search created an empty database at %s", e.db)
	}
}

func TestIngestIntoUnwritablePlace(t *testing.T) {
	e := newEnv(t)
	report := filepath.Join(formatsDir, "benghazi.md")
	for _, db := range []string{
		filepath.Join(e.dir, "no", "such", "dir", "rasd.db"),
		e.dir, // a directory
	} {
		r := e.raw(nil, "ingest", "--config", e.cfg, "--db", db, report)
		if r.code != exitFailure || !strings.Contains(r.stderr, "open db "+db) {
			t.Errorf("--db %s: want exit 1 naming the database, got %s", db, r)
		}
	}
}

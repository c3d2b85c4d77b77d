package main

import (
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"context"
	"database/sql"
	"rasd/events"
	"rasd/schema"
	"time"
)

// A coder that fails (or panics) on one report costs that report only.
func TestCoderFailureCostsOneReport(t *testing.T) {
	e := newEnv(t)
	e.coder = events.CoderFunc(func(ctx context.Context, r events.Report) ([]events.Event, error) {
		switch {
		case strings.Contains(r.Text, "panic-me"):
			panic("index out of range in a test coder")
		case strings.Contains(r.Text, "refuse-me"):
			return nil, errors.New("the test coder refuses this report")
		}
		return fakeCode(ctx, r)
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

// slowCoder codes like fakeCoder, except a report whose text holds
// "SLOW", which it works on until its context is done.
var slowCoder = events.CoderFunc(func(ctx context.Context, r events.Report) ([]events.Event, error) {
	if strings.Contains(r.Text, "SLOW") {
		<-ctx.Done()
		return nil, ctx.Err()
	}
	return fakeCode(ctx, r)
})

// TestReportTimeLimit: a report whose coding runs past
// limits.report_timeout fails alone, saying so; the others are stored.
func TestReportTimeLimit(t *testing.T) {
	e := newEnv(t)
	e.coder = slowCoder
	t.Setenv("RASD_LIMITS_REPORT_TIMEOUT", "200ms")
	in := `{"id":"a","text":"Gunmen killed 2 men in Tripoli.","published":"2024-03-02"}
{"id":"slow","text":"SLOW report about Benghazi","published":"2024-03-02"}
{"id":"b","text":"Gunmen killed 3 men in Benghazi.","published":"2024-03-03"}
`
	start := time.Now()
	r := e.runStdin(in, "ingest", "-")
	if r.code != exitFailure || !strings.Contains(r.stderr, "report slow: coding took longer than 200ms") || !strings.Contains(r.stderr, "limits.report_timeout") {
		t.Fatalf("want exit 1 naming the slow report and the limit, got %s", r)
	}
	if took := time.Since(start); took > 5*time.Second {
		t.Errorf("took %s", took)
	}
	if n := e.count(`SELECT count(*) FROM reports`); n != 2 {
		t.Errorf("%d reports stored, want the two others", n)
	}
}

// TestInterruptStoresWhatWasCoded: Ctrl-C while a report is being coded
// stops the ingest within a second; the reports coded before it are
// stored, the run is marked interrupted, and the exit status says so.
func TestInterruptStoresWhatWasCoded(t *testing.T) {
	e := newEnv(t)
	e.coder = slowCoder
	t.Setenv("RASD_INGEST_BATCH", "2")
	t.Setenv("RASD_INGEST_WORKERS", "1")
	in := `{"id":"a","text":"Gunmen killed 2 men in Tripoli.","published":"2024-03-02"}
{"id":"b","text":"Gunmen killed 3 men in Benghazi.","published":"2024-03-03"}
{"id":"c","text":"Gunmen killed 4 men in Tripoli.","published":"2024-03-04"}
{"id":"slow","text":"SLOW report about Benghazi","published":"2024-03-02"}
{"id":"never","text":"Gunmen killed 5 men in Aden.","published":"2024-03-05"}
`
	ctx, cancel := context.WithCancel(context.Background())
	done := make(chan result, 1)
	go func() { done <- e.rawCtx(ctx, strings.NewReader(in), e.with([]string{"ingest", "-"})...) }()
	// wait until the first batch is stored, then interrupt while "slow" is coded
	deadline := time.Now().Add(10 * time.Second)
	for time.Now().Before(deadline) && countNoFail(e, `SELECT count(*) FROM reports`) < 2 {
		time.Sleep(20 * time.Millisecond)
	}
	time.Sleep(100 * time.Millisecond)
	interrupted := time.Now()
	cancel()
	r := <-done
	if took := time.Since(interrupted); took > time.Second {
		t.Errorf("stopped %s after the interrupt, want under a second", took)
	}
	if r.code != exitFailure || !strings.Contains(r.stderr, "interrupted") {
		t.Fatalf("want exit 1 saying it was interrupted, got %s", r)
	}
	// a and b (the first batch), and c (coded in the batch being coded)
	if n := e.count(`SELECT count(*) FROM reports`); n != 3 {
		t.Errorf("%d reports stored, want 3", n)
	}
	if n := e.count(`SELECT count(*) FROM runs WHERE status = 'interrupted'`); n != 1 {
		t.Errorf("%d runs marked interrupted", n)
	}
}

// countNoFail is count for a store that may not exist yet (0).
func countNoFail(e *env, query string) int {
	db, err := sql.Open("sqlite3", schema.DSN(e.db, schema.Options{}))
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	if err := db.QueryRow(query).Scan(&n); err != nil {
		return 0
	}
	return n
}

package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"rasd/events"
)

// TestFirstOpensRace: two processes creating the same new store at once
// both succeed (the version is read and the migration applied under one
// write lock), ten times over.
func TestFirstOpensRace(t *testing.T) {
	dir := t.TempDir()
	for i := range 10 {
		path := filepath.Join(dir, fmt.Sprintf("new-%d.db", i))
		var wg sync.WaitGroup
		errs := make([]error, 2)
		for j := range 2 {
			wg.Add(1)
			go func() {
				defer wg.Done()
				s, err := Open(context.Background(), path, Options{})
				if err == nil {
					_, err = s.Ingest(context.Background(), 0, []Item{{Report: report(fmt.Sprintf("r%d", j), "نص")}})
					s.Close()
				}
				errs[j] = err
			}()
		}
		wg.Wait()
		for j, err := range errs {
			if err != nil {
				t.Errorf("pair %d, opener %d: %v", i, j, err)
			}
		}
	}
}

// TestBusyWriterIsToldWhatToDo: a second writer waits for the busy timeout,
// then fails with a BusyError that names the store and the way out.
func TestBusyWriterIsToldWhatToDo(t *testing.T) {
	s := openTest(t)
	tx, err := s.DB().Begin() // BEGIN IMMEDIATE: the write lock
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	other, err := Open(context.Background(), s.Path(), Options{BusyTimeout: 200 * time.Millisecond})
	if err != nil {
		t.Fatal(err) // opening an up-to-date store only reads
	}
	defer other.Close()
	start := time.Now()
	_, err = other.Ingest(context.Background(), 0, []Item{{Report: report("x", "نص")}})
	var be *BusyError
	if !errors.As(err, &be) {
		t.Fatalf("want a BusyError, got %v", err)
	}
	if waited := time.Since(start); waited < 150*time.Millisecond {
		t.Errorf("gave up after %s, before the busy timeout", waited)
	}
	for _, want := range []string{s.Path(), "another rasd", "--busy-timeout"} {
		if !strings.Contains(err.Error(), want) {
			t.Errorf("message lacks %q: %v", want, err)
		}
	}
	if _, err := other.BeginRun(context.Background(), Run{Command: "ingest"}); !errors.As(err, &be) {
		t.Errorf("BeginRun: want a BusyError, got %v", err)
	}
}

// TestInterruptedRunsAreMarked: a run whose process died without finishing
// is 'interrupted' at the next open; a live one stays 'running'.
func TestInterruptedRunsAreMarked(t *testing.T) {
	s := openTest(t)
	cmd := exec.Command("true")
	if err := cmd.Run(); err != nil {
		t.Skipf("cannot start a process to get a dead pid: %v", err)
	}
	deadPID := cmd.Process.Pid
	live, err := s.BeginRun(context.Background(), Run{Command: "ingest"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO runs (started_at, version, command, pid, host) VALUES ('2024-01-01T00:00:00Z', 'x', 'ingest', ?, ?)`, deadPID, hostname()); err != nil {
		t.Fatal(err)
	}
	if _, err := s.DB().Exec(`INSERT INTO runs (started_at, version, command, pid, host) VALUES ('2024-01-01T00:00:00Z', 'x', 'ingest', ?, 'another-host')`, deadPID); err != nil {
		t.Fatal(err)
	}
	again, err := Open(context.Background(), s.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer again.Close()
	got := map[string]int{}
	rows, err := again.DB().Query(`SELECT status, count(*) FROM runs GROUP BY status`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	for rows.Next() {
		var st string
		var n int
		if err := rows.Scan(&st, &n); err != nil {
			t.Fatal(err)
		}
		got[st] = n
	}
	// this process's run and the other host's stay running; the dead one is interrupted
	if got["interrupted"] != 1 || got["running"] != 2 {
		t.Errorf("runs by status %v (live run %d)", got, live)
	}
}

// TestUpgradeFromVersion1: a store written by the first schema keeps its
// reports, finds them by search, and replaces them through the new keys.
func TestUpgradeFromVersion1(t *testing.T) {
	path := filepath.Join(t.TempDir(), "v1.db")
	ms, err := loadMigrations()
	if err != nil {
		t.Fatal(err)
	}
	db, err := sql.Open("sqlite3", DSN(path, Options{}))
	if err != nil {
		t.Fatal(err)
	}
	if err := migrateTo(context.Background(), db, ms[:1]); err != nil {
		t.Fatal(err)
	}
	// a version-1 ingest, as its writer wrote it
	for i, text := range []string{"قتل رجلان في طرابلس", "اختطف مهندس في بنغازي"} {
		id := fmt.Sprintf("old-%d", i)
		if _, err := db.Exec(`INSERT INTO reports (id, content_hash, text, ingested_at) VALUES (?, ?, ?, '2024-01-01T00:00:00Z')`, id, "h"+id, text); err != nil {
			t.Fatal(err)
		}
		if _, err := db.Exec(`INSERT INTO reports_fts (report_id, title, body) VALUES (?, '', ?)`, id, text); err != nil {
			t.Fatal(err)
		}
	}
	if _, err := db.Exec(`INSERT INTO events (event_id_cnty, timestamp, category, notes) VALUES ('LBY1', 0, 'killing', 'two men killed')`); err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`INSERT INTO events_fts (event_id, notes) VALUES (1, 'two men killed')`); err != nil {
		t.Fatal(err)
	}
	db.Close()

	s, err := Open(context.Background(), path, Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	var missing int
	if err := s.DB().QueryRow(`SELECT count(*) FROM reports WHERE fts_rowid IS NULL`).Scan(&missing); err != nil || missing != 0 {
		t.Fatalf("%d reports without their index row (%v)", missing, err)
	}
	var evRow int
	if err := s.DB().QueryRow(`SELECT rowid FROM events_fts WHERE events_fts MATCH 'killed'`).Scan(&evRow); err != nil || evRow != 1 {
		t.Fatalf("event notes keyed by rowid %d (%v), want the event id 1", evRow, err)
	}
	hits, err := s.Search(context.Background(), "بنغازي", 10)
	if err != nil || len(hits) != 1 || hits[0].ReportID != "old-1" {
		t.Fatalf("search after upgrade: %+v %v", hits, err)
	}
	// replacing an old report deletes its old index row, and only it
	out := ingest(t, s, Item{Report: events.Report{ID: "old-1", Text: "اختطف طبيب في سرت"}})
	if out[0].Status != Updated {
		t.Fatalf("replace: %+v", out)
	}
	if hits, _ := s.Search(context.Background(), "بنغازي", 10); len(hits) != 0 {
		t.Errorf("the replaced text is still found: %+v", hits)
	}
	if hits, _ := s.Search(context.Background(), "طرابلس", 10); len(hits) != 1 {
		t.Errorf("the other report's index row went too: %+v", hits)
	}
	if n := count(t, s, "reports_fts"); n != 2 {
		t.Errorf("%d index rows, want 2", n)
	}
}

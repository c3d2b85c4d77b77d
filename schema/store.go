package schema

import (
	"context"
	"database/sql"
	"fmt"
	"net/url"
	"time"

	_ "github.com/mattn/go-sqlite3" // the SQLite driver; build with -tags sqlite_fts5
)

// Store is an open rasd database.
type Store struct {
	db      *sql.DB
	path    string
	timeout time.Duration // how long a writer waits for another's lock
	// Prefix gives the ISO3 prefix of an event's event_id_cnty (LBY for
	// Libya). The store cannot know it from the event alone; rasd wires the
	// country table here. Events it has no prefix for get "XXX".
	Prefix func(iso int, country string) string
	// Now stamps rows (ingested_at, events.timestamp); injected so tests
	// are stable.
	Now func() time.Time
}

// Options tune how the store is opened.
type Options struct {
	// BusyTimeout is how long a write waits while another process holds
	// the write lock before it fails with a BusyError (0: DefaultBusyTimeout).
	BusyTimeout time.Duration
}

func (o Options) busyTimeout() time.Duration {
	if o.BusyTimeout <= 0 {
		return DefaultBusyTimeout
	}
	return o.BusyTimeout
}

// DSN builds the connection string: settings go in the DSN because a PRAGMA
// executed on a pool reaches one connection only.
func DSN(path string, o Options) string {
	v := url.Values{}
	v.Set("_foreign_keys", "on")
	v.Set("_journal_mode", "WAL")
	v.Set("_busy_timeout", fmt.Sprint(o.busyTimeout().Milliseconds()))
	v.Set("_synchronous", "NORMAL")
	v.Set("_txlock", "immediate")
	return "file:" + path + "?" + v.Encode()
}

// Open opens (creating when needed) the database at path, brings its
// schema up to date and marks the runs killed midway as interrupted.
func Open(ctx context.Context, path string, o Options) (*Store, error) {
	db, err := sql.Open("sqlite3", DSN(path, o))
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	s := &Store{db: db, path: path, timeout: o.busyTimeout(), Now: time.Now, Prefix: func(int, string) string { return "XXX" }}
	fail := func(err error) (*Store, error) {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, s.busy(err))
	}
	if err := connect(ctx, db, s.timeout); err != nil {
		return fail(err)
	}
	if err := migrate(ctx, db); err != nil {
		return fail(err)
	}
	if _, err := s.MarkInterrupted(ctx); err != nil {
		return fail(err)
	}
	return s, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// DB gives read access for callers that need plain SQL (tests, search).
func (s *Store) DB() *sql.DB { return s.db }

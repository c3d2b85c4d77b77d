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
	db   *sql.DB
	path string
	// Prefix gives the ISO3 prefix of an event's event_id_cnty (LBY for
	// Libya). The store cannot know it from the event alone; rasd wires the
	// country table here. Events it has no prefix for get "XXX".
	Prefix func(iso int, country string) string
	// Now stamps rows (ingested_at, events.timestamp); injected so tests
	// are stable.
	Now func() time.Time
}

// DSN builds the connection string: settings go in the DSN because a PRAGMA
// executed on a pool reaches one connection only.
func DSN(path string) string {
	v := url.Values{}
	v.Set("_foreign_keys", "on")
	v.Set("_journal_mode", "WAL")
	v.Set("_busy_timeout", "10000")
	v.Set("_synchronous", "NORMAL")
	v.Set("_txlock", "immediate")
	return "file:" + path + "?" + v.Encode()
}

// Open opens (creating when needed) the database at path and brings its
// schema up to date.
func Open(ctx context.Context, path string) (*Store, error) {
	db, err := sql.Open("sqlite3", DSN(path))
	if err != nil {
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := db.PingContext(ctx); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	if err := migrate(ctx, db); err != nil {
		db.Close()
		return nil, fmt.Errorf("open db %s: %w", path, err)
	}
	return &Store{db: db, path: path, Now: time.Now, Prefix: func(int, string) string { return "XXX" }}, nil
}

// Close closes the database.
func (s *Store) Close() error { return s.db.Close() }

// Path is the file the store was opened from.
func (s *Store) Path() string { return s.path }

// DB gives read access for callers that need plain SQL (tests, search).
func (s *Store) DB() *sql.DB { return s.db }

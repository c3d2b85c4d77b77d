package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/mattn/go-sqlite3"
)

// DefaultBusyTimeout is how long a writer waits for another writer's lock
// by default: a batch of an ingest commits in well under that, so a second
// rasd writing the same file waits its turn instead of failing.
const DefaultBusyTimeout = time.Minute

// BusyError says that the store stayed locked by another writer for longer
// than the busy timeout.
type BusyError struct {
	Path    string
	Timeout time.Duration
	Err     error
}

func (e *BusyError) Error() string {
	return fmt.Sprintf("%s is locked: another rasd (or another program) has been writing to it for more than %s; "+
		"wait for it to finish and run again, or wait longer with --busy-timeout (now %s)", e.Path, e.Timeout, e.Timeout)
}

func (e *BusyError) Unwrap() error { return e.Err }

// busy turns SQLite's "database is locked" into a BusyError naming the
// store and what to do; other errors pass through.
func (s *Store) busy(err error) error {
	return busyError(err, s.path, s.timeout)
}

func busyError(err error, path string, timeout time.Duration) error {
	if isBusy(err) {
		return &BusyError{Path: path, Timeout: timeout, Err: err}
	}
	return err
}

// isBusy reports whether err is SQLite's "database is locked".
func isBusy(err error) bool {
	var se sqlite3.Error
	return errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked)
}

// busyRetry is how often connect tries again while the file is locked.
const busyRetry = 20 * time.Millisecond

// connect opens the first connection. A connection switches the file to
// WAL mode as it opens, and SQLite refuses that at once, without waiting,
// while another process holds the file (two rasd creating one store at
// the same moment): connect tries again until the busy timeout.
func connect(ctx context.Context, db *sql.DB, timeout time.Duration) error {
	deadline := time.Now().Add(timeout)
	for {
		err := db.PingContext(ctx)
		if err == nil || !isBusy(err) || time.Now().After(deadline) {
			return err
		}
		select {
		case <-ctx.Done():
			return ctx.Err()
		case <-time.After(busyRetry):
		}
	}
}

package schema

import (
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
	var se sqlite3.Error
	if errors.As(err, &se) && (se.Code == sqlite3.ErrBusy || se.Code == sqlite3.ErrLocked) {
		return &BusyError{Path: path, Timeout: timeout, Err: err}
	}
	return err
}

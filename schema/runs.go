package schema

import (
	"context"
	"encoding/json"
	"errors"
	"fmt"
	"os"
	"syscall"
	"time"
)

// Run describes one invocation that wrote to the store, so a data team can
// tell which rasd version and configuration produced which rows.
type Run struct {
	ID      int64
	Version string
	Command string
	Config  any      // marshalled to JSON
	Inputs  []string // paths as given
}

// Counts are a run's outcome.
type Counts struct {
	Read, New, Updated, Duplicate, Failed, Events int
}

// BeginRun records the start of a run and returns its id.
func (s *Store) BeginRun(ctx context.Context, r Run) (int64, error) {
	cfg, err := json.Marshal(r.Config)
	if err != nil {
		return 0, fmt.Errorf("record run: %w", err)
	}
	inputs, err := json.Marshal(r.Inputs)
	if err != nil {
		return 0, fmt.Errorf("record run: %w", err)
	}
	res, err := s.db.ExecContext(ctx,
		`INSERT INTO runs (started_at, version, command, config, inputs, pid, host) VALUES (?, ?, ?, ?, ?, ?, ?)`,
		s.Now().UTC().Format(time.RFC3339), r.Version, r.Command, string(cfg), string(inputs), os.Getpid(), hostname())
	if err != nil {
		return 0, fmt.Errorf("record run: %w", s.busy(err))
	}
	return res.LastInsertId()
}

// FinishRun records a run's counts and status ("ok" or "failed").
func (s *Store) FinishRun(ctx context.Context, id int64, c Counts, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ?, reports_read = ?, reports_new = ?,
		reports_updated = ?, reports_duplicate = ?, reports_failed = ?, events_stored = ?, status = ? WHERE id = ?`,
		s.Now().UTC().Format(time.RFC3339), c.Read, c.New, c.Updated, c.Duplicate, c.Failed, c.Events, status, id)
	if err != nil {
		return fmt.Errorf("record run %d: %w", id, s.busy(err))
	}
	return nil
}

// MarkInterrupted marks 'interrupted' the runs still 'running' that were
// started on this host by a process that no longer exists: a run killed
// midway (SIGKILL, a crash, a power cut) never wrote its end. A run from
// another host cannot be checked and is left as it is. It returns how many
// it marked; it writes only when there are some, so a reader opening the
// store never waits for a writer's lock.
func (s *Store) MarkInterrupted(ctx context.Context) (int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id, pid FROM runs WHERE status = 'running' AND host = ? AND pid IS NOT NULL`, hostname())
	if err != nil {
		return 0, fmt.Errorf("check runs: %w", err)
	}
	var dead []int64
	for rows.Next() {
		var id, pid int64
		if err := rows.Scan(&id, &pid); err != nil {
			rows.Close()
			return 0, fmt.Errorf("check runs: %w", err)
		}
		if !alive(int(pid)) {
			dead = append(dead, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, fmt.Errorf("check runs: %w", err)
	}
	for _, id := range dead {
		if _, err := s.db.ExecContext(ctx, `UPDATE runs SET status = 'interrupted', finished_at = ? WHERE id = ? AND status = 'running'`,
			s.Now().UTC().Format(time.RFC3339), id); err != nil {
			return 0, fmt.Errorf("mark run %d interrupted: %w", id, err)
		}
	}
	return len(dead), nil
}

// alive reports whether a process with this pid exists on this host.
func alive(pid int) bool {
	if pid <= 0 {
		return false
	}
	if pid == os.Getpid() {
		return true
	}
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// hostname names this machine in runs; "" when it cannot be read.
func hostname() string {
	h, _ := os.Hostname()
	return h
}

package schema

import (
	"context"
	"encoding/json"
	"fmt"
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
		`INSERT INTO runs (started_at, version, command, config, inputs) VALUES (?, ?, ?, ?, ?)`,
		s.Now().UTC().Format(time.RFC3339), r.Version, r.Command, string(cfg), string(inputs))
	if err != nil {
		return 0, fmt.Errorf("record run: %w", err)
	}
	return res.LastInsertId()
}

// FinishRun records a run's counts and status ("ok" or "failed").
func (s *Store) FinishRun(ctx context.Context, id int64, c Counts, status string) error {
	_, err := s.db.ExecContext(ctx, `UPDATE runs SET finished_at = ?, reports_read = ?, reports_new = ?,
		reports_updated = ?, reports_duplicate = ?, reports_failed = ?, events_stored = ?, status = ? WHERE id = ?`,
		s.Now().UTC().Format(time.RFC3339), c.Read, c.New, c.Updated, c.Duplicate, c.Failed, c.Events, status, id)
	if err != nil {
		return fmt.Errorf("record run %d: %w", id, err)
	}
	return nil
}

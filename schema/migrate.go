// Package schema is rasd's store: a SQLite file that dashboards read
// directly. Its schema lives in embedded, numbered, forward-only migrations;
// this package applies them, writes reports with their events in one
// transaction, and reads events back for the exporters.
package schema

import (
	"context"
	"database/sql"
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strconv"
	"strings"
)

//go:embed migrations/*.sql
var migrations embed.FS

// migration is one numbered schema change.
type migration struct {
	version int
	name    string
	sql     string
}

func loadMigrations() ([]migration, error) {
	names, err := fs.Glob(migrations, "migrations/*.sql")
	if err != nil {
		return nil, err
	}
	var ms []migration
	for _, name := range names {
		base := strings.TrimPrefix(name, "migrations/")
		num, _, ok := strings.Cut(base, "_")
		v, err := strconv.Atoi(num)
		if !ok || err != nil {
			return nil, fmt.Errorf("migration %s: name must start with a number and '_'", base)
		}
		b, err := migrations.ReadFile(name)
		if err != nil {
			return nil, err
		}
		ms = append(ms, migration{version: v, name: base, sql: string(b)})
	}
	sort.Slice(ms, func(i, j int) bool { return ms[i].version < ms[j].version })
	for i := 1; i < len(ms); i++ {
		if ms[i].version == ms[i-1].version {
			return nil, fmt.Errorf("migrations %s and %s share version %d", ms[i-1].name, ms[i].name, ms[i].version)
		}
	}
	return ms, nil
}

// migrate applies every migration newer than the database's user_version.
// Each runs in its own immediate transaction that first reads the version
// again, so two rasd processes opening a new file at once never both apply
// one migration: the second waits for the first and then finds nothing to
// do. A failed migration leaves the file as it was.
func migrate(ctx context.Context, db *sql.DB) error {
	ms, err := loadMigrations()
	if err != nil {
		return err
	}
	return migrateTo(ctx, db, ms)
}

// migrateTo applies ms (in version order) as migrate does. A database that
// is up to date is only read: readers (a dashboard, an export) never wait
// for a writer's lock.
func migrateTo(ctx context.Context, db *sql.DB, ms []migration) error {
	if len(ms) == 0 {
		return nil
	}
	var current int
	if err := db.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	newest := ms[len(ms)-1].version
	if current > newest {
		return fmt.Errorf("database schema version %d is newer than this rasd (%d): upgrade rasd", current, newest)
	}
	for _, m := range ms {
		if m.version <= current {
			continue
		}
		if err := applyOnce(ctx, db, m, newest); err != nil {
			return err
		}
	}
	return nil
}

// applyOnce applies m unless the database already has it. newest is the
// newest version this rasd knows, to refuse a database from a newer one.
func applyOnce(ctx context.Context, db *sql.DB, m migration, newest int) error {
	// the DSN's _txlock=immediate makes this BEGIN IMMEDIATE: the version
	// is read under the write lock
	tx, err := db.BeginTx(ctx, nil)
	if err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	defer tx.Rollback()
	var current int
	if err := tx.QueryRowContext(ctx, "PRAGMA user_version").Scan(&current); err != nil {
		return fmt.Errorf("read schema version: %w", err)
	}
	if current > newest {
		return fmt.Errorf("database schema version %d is newer than this rasd (%d): upgrade rasd", current, newest)
	}
	if m.version <= current {
		return nil
	}
	if _, err := tx.ExecContext(ctx, m.sql); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	// PRAGMA takes no parameters; the version is an int we parsed.
	if _, err := tx.ExecContext(ctx, fmt.Sprintf("PRAGMA user_version = %d", m.version)); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	if err := tx.Commit(); err != nil {
		return fmt.Errorf("migration %s: %w", m.name, err)
	}
	return nil
}

// SchemaVersion is the version of the newest migration built into rasd.
func SchemaVersion() int {
	ms, err := loadMigrations()
	if err != nil || len(ms) == 0 {
		return 0
	}
	return ms[len(ms)-1].version
}

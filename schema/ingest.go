package schema

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"strings"
	"time"

	"rasd/events"
	"rasd/events/arabic"
)

// Item is one report and the events coded from it, written together.
type Item struct {
	Report events.Report
	Events []events.Event
}

// Status says what ingesting one report did.
type Status int

// Outcomes of ingesting a report.
const (
	New       Status = iota + 1 // stored for the first time
	Updated                     // its id was known with other content: replaced, events recoded
	Duplicate                   // the same content was already stored: nothing written
	Failed                      // nothing written; see Outcome.Err
)

func (s Status) String() string {
	return [...]string{"", "new", "updated", "duplicate", "failed"}[s]
}

// Outcome is what happened to one Item.
type Outcome struct {
	Status Status
	Events int // events written or merged into
	Err    error
}

// Ingest writes a batch of reports with their events in one transaction.
// Each report is written under its own savepoint: one that fails is rolled
// back alone and the rest of the batch is kept, and no report is ever left
// half-written. The returned error is for the batch as a whole (the database
// could not be written at all); per-report failures are in the outcomes.
func (s *Store) Ingest(ctx context.Context, runID int64, items []Item) ([]Outcome, error) {
	tx, err := s.db.BeginTx(ctx, nil)
	if err != nil {
		return nil, fmt.Errorf("ingest: %w", s.busy(err))
	}
	defer tx.Rollback()
	w, err := s.newWriter(ctx, tx, runID)
	if err != nil {
		return nil, err
	}
	defer w.close()
	out := make([]Outcome, len(items))
	for i, it := range items {
		if _, err := w.stmts["savepoint"].ExecContext(ctx); err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		o := w.write(ctx, it)
		if o.Status == Failed {
			if _, err := w.stmts["rollbackTo"].ExecContext(ctx); err != nil {
				return nil, fmt.Errorf("ingest: roll back report %s: %w", it.Report.ID, err)
			}
		}
		if _, err := w.stmts["release"].ExecContext(ctx); err != nil {
			return nil, fmt.Errorf("ingest: %w", err)
		}
		out[i] = o
	}
	if err := tx.Commit(); err != nil {
		return nil, fmt.Errorf("ingest: commit: %w", s.busy(err))
	}
	return out, nil
}

// writer holds one transaction's prepared statements.
type writer struct {
	s     *Store
	tx    *sql.Tx
	run   sql.NullInt64
	now   time.Time
	stmts map[string]*sql.Stmt
}

var writerSQL = map[string]string{
	// prepared once per batch: a savepoint per report costs a parse otherwise
	"savepoint":  `SAVEPOINT report`,
	"rollbackTo": `ROLLBACK TO report`,
	"release":    `RELEASE report`,
	"byID":       `SELECT content_hash FROM reports WHERE id = ?`,
	"byHash":     `SELECT id FROM reports WHERE content_hash = ? LIMIT 1`,
	"insReport":  `INSERT INTO reports (id, content_hash, title, text, source, url, lang, published, origin, run_id, ingested_at, fts_rowid) VALUES (?,?,?,?,?,?,?,?,?,?,?,?)`,
	"insFTS":     `INSERT INTO reports_fts (report_id, title, body) VALUES (?,?,?)`,
	"mergeFind":  `SELECT id, source, fatalities, confidence, target FROM events WHERE merge_key = ? LIMIT 1`,
	"mergeUpd":   `UPDATE events SET source = ?, fatalities = ?, confidence = ?, target = ?, timestamp = ? WHERE id = ?`,
	"nextID":     `INSERT INTO event_id_counters (prefix, next) VALUES (?, 2) ON CONFLICT (prefix) DO UPDATE SET next = next + 1 RETURNING next - 1`,
	"insEvent": `INSERT INTO events (event_id_cnty, event_date, year, time_precision, disorder_type, event_type, sub_event_type,
		actor1, assoc_actor_1, inter1, actor2, assoc_actor_2, inter2, civilian_targeting, iso, region, country,
		admin1, admin2, admin3, location, latitude, longitude, geo_precision, source, source_scale, notes, fatalities,
		tags, timestamp, category, target, confidence, merge_key)
		VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,?)`,
	"insEvFTS":  `INSERT INTO events_fts (rowid, event_id, notes) VALUES (?1, ?1, ?2)`,
	"insSource": `INSERT OR IGNORE INTO event_sources (event_id, report_id) VALUES (?, ?)`,
	"insEvid":   `INSERT INTO evidence (event_id, report_id, field, start, "end", text) VALUES (?,?,?,?,?,?)`,
}

func (s *Store) newWriter(ctx context.Context, tx *sql.Tx, runID int64) (*writer, error) {
	w := &writer{s: s, tx: tx, now: s.Now().UTC(), stmts: map[string]*sql.Stmt{}}
	if runID > 0 {
		w.run = sql.NullInt64{Int64: runID, Valid: true}
	}
	for name, q := range writerSQL {
		st, err := tx.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, fmt.Errorf("ingest: prepare %s: %w", name, err)
		}
		w.stmts[name] = st
	}
	return w, nil
}

func (w *writer) close() {
	for _, st := range w.stmts {
		st.Close()
	}
}

func (w *writer) write(ctx context.Context, it Item) Outcome {
	r := it.Report
	if r.ID == "" {
		return Outcome{Status: Failed, Err: errors.New("report has no id")}
	}
	hash := r.ContentHash()
	status := New
	var old string
	switch err := w.stmts["byID"].QueryRowContext(ctx, r.ID).Scan(&old); {
	case err == nil && old == hash:
		return Outcome{Status: Duplicate}
	case err == nil:
		status = Updated
		if err := w.forget(ctx, r.ID); err != nil {
			return Outcome{Status: Failed, Err: err}
		}
	case !errors.Is(err, sql.ErrNoRows):
		return Outcome{Status: Failed, Err: fmt.Errorf("look up report %s: %w", r.ID, err)}
	default:
		var other string
		switch err := w.stmts["byHash"].QueryRowContext(ctx, hash).Scan(&other); {
		case err == nil:
			return Outcome{Status: Duplicate}
		case !errors.Is(err, sql.ErrNoRows):
			return Outcome{Status: Failed, Err: fmt.Errorf("look up report %s: %w", r.ID, err)}
		}
	}
	var published any
	if r.Dated() {
		published = r.PublishedString()
	}
	res, err := w.stmts["insFTS"].ExecContext(ctx, r.ID, arabic.Fold(r.Title), arabic.Fold(r.Text))
	if err != nil {
		return Outcome{Status: Failed, Err: fmt.Errorf("index report %s: %w", r.ID, err)}
	}
	ftsRow, err := res.LastInsertId()
	if err != nil {
		return Outcome{Status: Failed, Err: fmt.Errorf("index report %s: %w", r.ID, err)}
	}
	if _, err := w.stmts["insReport"].ExecContext(ctx, r.ID, hash, r.Title, r.Text, r.Source, r.URL, r.Lang,
		published, r.Origin, w.run, w.now.Format(time.RFC3339), ftsRow); err != nil {
		return Outcome{Status: Failed, Err: fmt.Errorf("store report %s: %w", r.ID, err)}
	}
	for _, e := range it.Events {
		if err := w.writeEvent(ctx, r, e); err != nil {
			return Outcome{Status: Failed, Err: fmt.Errorf("store event of report %s: %w", r.ID, err)}
		}
	}
	return Outcome{Status: status, Events: len(it.Events)}
}

// forget removes what an earlier version of a report wrote, so the new
// version can be coded afresh: its evidence, its support for events, and the
// events no other report supports any more. Every delete goes through an
// index or a rowid: the time it takes does not grow with the store.
func (w *writer) forget(ctx context.Context, id string) error {
	const orphans = `SELECT s.event_id FROM event_sources s WHERE s.report_id = ?1 AND NOT EXISTS
		(SELECT 1 FROM event_sources o WHERE o.event_id = s.event_id AND o.report_id <> ?1)`
	for _, q := range []string{
		`DELETE FROM events_fts WHERE rowid IN (` + orphans + `)`,
		`DELETE FROM events WHERE id IN (` + orphans + `)`,
		`DELETE FROM evidence WHERE report_id = ?1`,
		`DELETE FROM event_sources WHERE report_id = ?1`,
		`DELETE FROM reports_fts WHERE rowid = (SELECT fts_rowid FROM reports WHERE id = ?1)`,
		`DELETE FROM reports WHERE id = ?1`,
	} {
		if _, err := w.tx.ExecContext(ctx, q, id); err != nil {
			return fmt.Errorf("replace report %s: %w", id, err)
		}
	}
	return nil
}

// MergeKey identifies a real-world incident the way CODEBOOK defines one
// event: same actors, same place, same day (and the same kind of harm).
// Events that are undated or unplaced never merge.
func MergeKey(e events.Event) string {
	if e.EventDate == "" || e.Location == "" {
		return ""
	}
	kind := "harm"
	if e.Category == events.Kidnapping {
		kind = "kidnapping"
	}
	return strings.Join([]string{e.EventDate, e.Country, e.Admin1, e.Location, e.Actor1, e.Actor2, kind}, "\x1f")
}

func (w *writer) writeEvent(ctx context.Context, r events.Report, e events.Event) error {
	key := MergeKey(e)
	if e.Source == "" {
		e.Source = r.Source
	}
	var id int64
	if key != "" {
		var src, target string
		var fat int
		var conf float64
		err := w.stmts["mergeFind"].QueryRowContext(ctx, key).Scan(&id, &src, &fat, &conf, &target)
		switch {
		case err == nil:
			// Reported, not verified: the lowest figure when sources disagree.
			fat = min(fat, e.Fatalities)
			conf = max(conf, e.Confidence)
			if target == "" {
				target = e.Target
			}
			if _, err := w.stmts["mergeUpd"].ExecContext(ctx, joinSources(src, e.Source), fat, conf, target, w.now.Unix(), id); err != nil {
				return err
			}
		case errors.Is(err, sql.ErrNoRows):
			id = 0
		default:
			return err
		}
	}
	if id == 0 {
		prefix := w.s.Prefix(e.ISO, e.Country)
		if prefix == "" {
			prefix = "XXX"
		}
		var n int64
		if err := w.stmts["nextID"].QueryRowContext(ctx, prefix).Scan(&n); err != nil {
			return fmt.Errorf("number event: %w", err)
		}
		res, err := w.stmts["insEvent"].ExecContext(ctx, fmt.Sprintf("%s%d", prefix, n),
			nullString(e.EventDate), nullInt(e.Year), nullInt(e.TimePrecision), e.DisorderType, e.EventType, e.SubEventType,
			e.Actor1, e.AssocActor1, nullInt(int(e.Inter1)), e.Actor2, e.AssocActor2, nullInt(int(e.Inter2)),
			e.CivilianTargeting, nullInt(e.ISO), e.Region, e.Country, e.Admin1, e.Admin2, e.Admin3, e.Location,
			nullCoord(e), nullCoordLon(e), nullInt(e.GeoPrecision), e.Source, e.SourceScale, e.Notes, e.Fatalities,
			e.Tags, w.now.Unix(), string(e.Category), e.Target, e.Confidence, nullString(key))
		if err != nil {
			return err
		}
		if id, err = res.LastInsertId(); err != nil {
			return err
		}
		if _, err := w.stmts["insEvFTS"].ExecContext(ctx, id, arabic.Fold(e.Notes)); err != nil {
			return err
		}
	}
	if _, err := w.stmts["insSource"].ExecContext(ctx, id, r.ID); err != nil {
		return err
	}
	for _, ev := range e.Evidence {
		if _, err := w.stmts["insEvid"].ExecContext(ctx, id, r.ID, ev.Field, ev.Start, ev.End, ev.Text); err != nil {
			return err
		}
	}
	return nil
}

// joinSources adds an outlet to a "; "-separated source list once.
func joinSources(list, name string) string {
	if name == "" {
		return list
	}
	if list == "" {
		return name
	}
	for _, s := range strings.Split(list, "; ") {
		if s == name {
			return list
		}
	}
	return list + "; " + name
}

func nullString(s string) any {
	if s == "" {
		return nil
	}
	return s
}

func nullInt(n int) any {
	if n == 0 {
		return nil
	}
	return n
}

// Coordinates are unknown, not (0, 0), when the event has no place.
func nullCoord(e events.Event) any {
	if e.GeoPrecision == 0 && e.Latitude == 0 && e.Longitude == 0 {
		return nil
	}
	return e.Latitude
}

func nullCoordLon(e events.Event) any {
	if e.GeoPrecision == 0 && e.Latitude == 0 && e.Longitude == 0 {
		return nil
	}
	return e.Longitude
}

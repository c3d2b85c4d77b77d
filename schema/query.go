package schema

import (
	"context"
	"database/sql"
	"fmt"
	"iter"
	"strings"

	"rasd/events"
)

// Filter selects events for export. Zero values select everything.
type Filter struct {
	Country  string // the country's name as events carry it (ACLED's English spelling)
	From, To string // YYYY-MM-DD, inclusive
	Category events.Category
	// Extended loads each event's supporting report ids and evidence too.
	Extended bool
}

func (f Filter) where() (string, []any) {
	var conds []string
	var args []any
	if f.Country != "" {
		conds = append(conds, "country = ?")
		args = append(args, f.Country)
	}
	if f.From != "" {
		conds = append(conds, "event_date >= ?")
		args = append(args, f.From)
	}
	if f.To != "" {
		conds = append(conds, "event_date <= ?")
		args = append(args, f.To)
	}
	if f.Category != "" {
		conds = append(conds, "category = ?")
		args = append(args, string(f.Category))
	}
	if len(conds) == 0 {
		return "", nil
	}
	return " WHERE " + strings.Join(conds, " AND "), args
}

const eventColumns = `id, event_id_cnty, coalesce(event_date, ''), coalesce(year, 0), coalesce(time_precision, 0),
	disorder_type, event_type, sub_event_type, actor1, assoc_actor_1, coalesce(inter1, 0), actor2, assoc_actor_2,
	coalesce(inter2, 0), civilian_targeting, coalesce(iso, 0), region, country, admin1, admin2, admin3, location,
	coalesce(latitude, 0), coalesce(longitude, 0), coalesce(geo_precision, 0), source, source_scale, notes,
	fatalities, tags, timestamp, category, target, confidence`

// Countries lists the countries of the stored events with their counts,
// most first ("Libya (120), Iraq (8)"), for telling a user what a selection
// that matched nothing could have matched.
func (s *Store) Countries(ctx context.Context) (string, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT CASE country WHEN '' THEN '(no country)' ELSE country END, count(*) FROM events
		GROUP BY country ORDER BY count(*) DESC, country`)
	if err != nil {
		return "", fmt.Errorf("list countries: %w", err)
	}
	defer rows.Close()
	var parts []string
	for rows.Next() {
		var name string
		var n int
		if err := rows.Scan(&name, &n); err != nil {
			return "", fmt.Errorf("list countries: %w", err)
		}
		parts = append(parts, fmt.Sprintf("%s (%d)", name, n))
	}
	return strings.Join(parts, ", "), rows.Err()
}

// Count returns how many events the filter selects.
func (s *Store) Count(ctx context.Context, f Filter) (int, error) {
	where, args := f.where()
	var n int
	if err := s.db.QueryRowContext(ctx, "SELECT count(*) FROM events"+where, args...).Scan(&n); err != nil {
		return 0, fmt.Errorf("count events: %w", err)
	}
	return n, nil
}

// Events streams the events the filter selects, in the order they were
// first stored. The iterator holds a read transaction while it runs; a
// concurrent ingest is not blocked (WAL) and is not seen half-done.
func (s *Store) Events(ctx context.Context, f Filter) iter.Seq2[events.Event, error] {
	return func(yield func(events.Event, error) bool) {
		where, args := f.where()
		rows, err := s.db.QueryContext(ctx, "SELECT "+eventColumns+" FROM events"+where+" ORDER BY id", args...)
		if err != nil {
			yield(events.Event{}, fmt.Errorf("read events: %w", err))
			return
		}
		defer rows.Close()
		var extra *extendedReader
		if f.Extended {
			if extra, err = s.newExtendedReader(ctx); err != nil {
				yield(events.Event{}, err)
				return
			}
			defer extra.close()
		}
		for rows.Next() {
			var e events.Event
			var id int64
			var inter1, inter2 int
			var cat string
			if err := rows.Scan(&id, &e.EventIDCnty, &e.EventDate, &e.Year, &e.TimePrecision, &e.DisorderType,
				&e.EventType, &e.SubEventType, &e.Actor1, &e.AssocActor1, &inter1, &e.Actor2, &e.AssocActor2,
				&inter2, &e.CivilianTargeting, &e.ISO, &e.Region, &e.Country, &e.Admin1, &e.Admin2, &e.Admin3,
				&e.Location, &e.Latitude, &e.Longitude, &e.GeoPrecision, &e.Source, &e.SourceScale, &e.Notes,
				&e.Fatalities, &e.Tags, &e.Timestamp, &cat, &e.Target, &e.Confidence); err != nil {
				yield(events.Event{}, fmt.Errorf("read events: %w", err))
				return
			}
			e.Inter1, e.Inter2, e.Category = events.Inter(inter1), events.Inter(inter2), events.Category(cat)
			if extra != nil {
				if err := extra.fill(ctx, id, &e); err != nil {
					yield(events.Event{}, err)
					return
				}
			}
			if !yield(e, nil) {
				return
			}
		}
		if err := rows.Err(); err != nil {
			yield(events.Event{}, fmt.Errorf("read events: %w", err))
		}
	}
}

// extendedReader loads what --extended adds to each event.
type extendedReader struct {
	conn      *sql.Conn
	sources   *sql.Stmt
	evidences *sql.Stmt
}

func (s *Store) newExtendedReader(ctx context.Context) (*extendedReader, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, fmt.Errorf("read events: %w", err)
	}
	x := &extendedReader{conn: conn}
	if x.sources, err = conn.PrepareContext(ctx, `SELECT report_id FROM event_sources WHERE event_id = ? ORDER BY report_id`); err != nil {
		x.close()
		return nil, fmt.Errorf("read events: %w", err)
	}
	if x.evidences, err = conn.PrepareContext(ctx, `SELECT field, start, "end", text FROM evidence WHERE event_id = ? ORDER BY id`); err != nil {
		x.close()
		return nil, fmt.Errorf("read events: %w", err)
	}
	return x, nil
}

func (x *extendedReader) close() {
	for _, st := range []*sql.Stmt{x.sources, x.evidences} {
		if st != nil {
			st.Close()
		}
	}
	x.conn.Close()
}

func (x *extendedReader) fill(ctx context.Context, id int64, e *events.Event) error {
	rows, err := x.sources.QueryContext(ctx, id)
	if err != nil {
		return fmt.Errorf("read event sources: %w", err)
	}
	for rows.Next() {
		var rid string
		if err := rows.Scan(&rid); err != nil {
			rows.Close()
			return fmt.Errorf("read event sources: %w", err)
		}
		e.ReportIDs = append(e.ReportIDs, rid)
	}
	rows.Close()
	if len(e.ReportIDs) > 0 {
		e.ReportID = e.ReportIDs[0]
	}
	rows, err = x.evidences.QueryContext(ctx, id)
	if err != nil {
		return fmt.Errorf("read evidence: %w", err)
	}
	defer rows.Close()
	for rows.Next() {
		var ev events.Evidence
		if err := rows.Scan(&ev.Field, &ev.Start, &ev.End, &ev.Text); err != nil {
			return fmt.Errorf("read evidence: %w", err)
		}
		e.Evidence = append(e.Evidence, ev)
	}
	return rows.Err()
}

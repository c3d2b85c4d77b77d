package exports

import (
	"encoding/json"

	"rasd/events"
)

// kind says how a column's value is typed, which decides how each format
// writes it and whether it may be neutralised.
type kind uint8

const (
	// kindText is text that came from a report or a dictionary: it is
	// neutralised against formula injection in CSV and XLSX.
	kindText kind = iota
	// kindDate is event_date, YYYY-MM-DD: a date cell in XLSX, text elsewhere.
	kindDate
	// kindCode is a positive integer code where 0 means unknown and is
	// written as an empty cell (year, time_precision, iso, geo_precision).
	kindCode
	// kindInt is an integer always written, 0 included (fatalities, timestamp).
	kindInt
	// kindCoord is a latitude or longitude, 4 decimals as ACLED writes them.
	kindCoord
	// kindInter is an actor type: text or a number per Options.NumericInter.
	kindInter
	// kindInteraction is the pair of actor types, text or a two-digit number.
	kindInteraction
	// kindScore is confidence, 2 decimals.
	kindScore
	// kindList is report_ids: "; "-joined in CSV and XLSX, an array in GeoJSON.
	kindList
	// kindJSON is evidence: JSON text in CSV and XLSX, raw JSON in GeoJSON.
	kindJSON
)

// column is one export column: its name, its kind, and the accessor that
// reads it from an event. Exactly one accessor is set, matching the kind
// (kindInteraction reads Inter1 and Inter2 itself). The table replaces
// events.Event.Row on the hot path: Row allocates a fresh []string and a
// string per number for every event, which a million-row export cannot
// afford. columns_test.go checks the table against Row cell by cell.
type column struct {
	name  string
	kind  kind
	width float64 // XLSX column width, in characters
	text  func(*events.Event) string
	num   func(*events.Event) int64
	float func(*events.Event) float64
	inter func(*events.Event) events.Inter
	list  func(*events.Event) []string
}

var acledColumns = []column{
	{name: "event_id_cnty", kind: kindText, width: 13, text: func(e *events.Event) string { return e.EventIDCnty }},
	{name: "event_date", kind: kindDate, width: 11, text: func(e *events.Event) string { return e.EventDate }},
	{name: "year", kind: kindCode, width: 6, num: func(e *events.Event) int64 { return int64(e.Year) }},
	{name: "time_precision", kind: kindCode, width: 8, num: func(e *events.Event) int64 { return int64(e.TimePrecision) }},
	{name: "disorder_type", kind: kindText, width: 20, text: func(e *events.Event) string { return e.DisorderType }},
	{name: "event_type", kind: kindText, width: 26, text: func(e *events.Event) string { return e.EventType }},
	{name: "sub_event_type", kind: kindText, width: 30, text: func(e *events.Event) string { return e.SubEventType }},
	{name: "actor1", kind: kindText, width: 36, text: func(e *events.Event) string { return e.Actor1 }},
	{name: "assoc_actor_1", kind: kindText, width: 26, text: func(e *events.Event) string { return e.AssocActor1 }},
	{name: "inter1", kind: kindInter, width: 17, inter: func(e *events.Event) events.Inter { return e.Inter1 }},
	{name: "actor2", kind: kindText, width: 30, text: func(e *events.Event) string { return e.Actor2 }},
	{name: "assoc_actor_2", kind: kindText, width: 26, text: func(e *events.Event) string { return e.AssocActor2 }},
	{name: "inter2", kind: kindInter, width: 17, inter: func(e *events.Event) events.Inter { return e.Inter2 }},
	{name: "interaction", kind: kindInteraction, width: 30},
	{name: "civilian_targeting", kind: kindText, width: 18, text: func(e *events.Event) string { return e.CivilianTargeting }},
	{name: "iso", kind: kindCode, width: 6, num: func(e *events.Event) int64 { return int64(e.ISO) }},
	{name: "region", kind: kindText, width: 16, text: func(e *events.Event) string { return e.Region }},
	{name: "country", kind: kindText, width: 14, text: func(e *events.Event) string { return e.Country }},
	{name: "admin1", kind: kindText, width: 16, text: func(e *events.Event) string { return e.Admin1 }},
	{name: "admin2", kind: kindText, width: 16, text: func(e *events.Event) string { return e.Admin2 }},
	{name: "admin3", kind: kindText, width: 16, text: func(e *events.Event) string { return e.Admin3 }},
	{name: "location", kind: kindText, width: 24, text: func(e *events.Event) string { return e.Location }},
	{name: "latitude", kind: kindCoord, width: 10, float: func(e *events.Event) float64 { return e.Latitude }},
	{name: "longitude", kind: kindCoord, width: 10, float: func(e *events.Event) float64 { return e.Longitude }},
	{name: "geo_precision", kind: kindCode, width: 8, num: func(e *events.Event) int64 { return int64(e.GeoPrecision) }},
	{name: "source", kind: kindText, width: 28, text: func(e *events.Event) string { return e.Source }},
	{name: "source_scale", kind: kindText, width: 18, text: func(e *events.Event) string { return e.SourceScale }},
	{name: "notes", kind: kindText, width: 80, text: func(e *events.Event) string { return e.Notes }},
	{name: "fatalities", kind: kindInt, width: 9, num: func(e *events.Event) int64 { return int64(e.Fatalities) }},
	{name: "tags", kind: kindText, width: 24, text: func(e *events.Event) string { return e.Tags }},
	{name: "timestamp", kind: kindInt, width: 12, num: func(e *events.Event) int64 { return e.Timestamp }},
}

var extendedColumns = []column{
	{name: "category", kind: kindText, width: 20, text: func(e *events.Event) string { return string(e.Category) }},
	{name: "target", kind: kindText, width: 24, text: func(e *events.Event) string { return e.Target }},
	{name: "confidence", kind: kindScore, width: 10, float: func(e *events.Event) float64 { return e.Confidence }},
	{name: "report_ids", kind: kindList, width: 24, list: reportIDs},
	{name: "evidence", kind: kindJSON, width: 60, text: evidenceJSON},
}

// columnsFor is the column list an export writes: the 31, then the
// extended ones on request. The slices are shared and must not be changed.
func columnsFor(o Options) []column {
	if !o.Extended {
		return acledColumns
	}
	all := make([]column, 0, len(acledColumns)+len(extendedColumns))
	return append(append(all, acledColumns...), extendedColumns...)
}

// header is the first row of CSV and XLSX.
func header(cols []column) []string {
	h := make([]string, len(cols))
	for i, c := range cols {
		h[i] = c.name
	}
	return h
}

// reportIDs lists every report supporting the event; an event not yet
// stored knows only the report it was coded from. Same rule as Event.Row.
func reportIDs(e *events.Event) []string {
	if len(e.ReportIDs) == 0 && e.ReportID != "" {
		return []string{e.ReportID}
	}
	return e.ReportIDs
}

// evidenceJSON renders the evidence list as JSON, "[]" when there is none,
// as Event.Row does. Evidence holds only strings and ints, so Marshal
// cannot fail.
func evidenceJSON(e *events.Event) string {
	if e.Evidence == nil {
		return "[]"
	}
	b, _ := json.Marshal(e.Evidence)
	return string(b)
}

// interactions precomputes ACLED's interaction cell for every pair of
// actor types (index 0 = no actor), through events.Interaction so the
// spelling has one source. Concatenating per row would allocate a string
// for every event.
type interactions struct {
	numeric bool
	cells   [9][9]string
}

func newInteractions(numeric bool) *interactions {
	t := &interactions{numeric: numeric}
	for a := range t.cells {
		for b := range t.cells[a] {
			t.cells[a][b] = events.Interaction(events.Inter(a), events.Inter(b), numeric)
		}
	}
	return t
}

// of is the interaction of an event; out-of-range codes fall back to
// events.Interaction, which treats them as no actor.
func (t *interactions) of(e *events.Event) string {
	a, b := e.Inter1, e.Inter2
	if a < 0 || int(a) >= len(t.cells) || b < 0 || int(b) >= len(t.cells) {
		return events.Interaction(a, b, t.numeric)
	}
	return t.cells[a][b]
}

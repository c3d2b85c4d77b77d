package schema

import (
	"context"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"

	"rasd/events"
)

func openTest(t *testing.T) *Store {
	t.Helper()
	s, err := Open(context.Background(), filepath.Join(t.TempDir(), "rasd.db"), Options{})
	if err != nil {
		t.Fatal(err)
	}
	s.Now = func() time.Time { return time.Date(2024, 3, 1, 12, 0, 0, 0, time.UTC) }
	s.Prefix = func(iso int, _ string) string {
		return map[int]string{434: "LBY", 368: "IRQ"}[iso]
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func report(id, text string) events.Report {
	return events.Report{ID: id, Text: text, Source: "Test Desk", Lang: "ar",
		Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC)}
}

func event(date, location string) events.Event {
	return events.Event{
		EventDate: date, Year: 2024, TimePrecision: 1,
		DisorderType: "Political violence", EventType: "Violence against civilians", SubEventType: "Attack",
		Actor1: "Unidentified Armed Group (Libya)", Inter1: events.PoliticalMilitia,
		Actor2: "Civilians (Libya)", Inter2: events.Civilians, CivilianTargeting: "Civilian targeting",
		ISO: 434, Region: "Northern Africa", Country: "Libya", Admin1: "Tripoli", Location: location,
		Latitude: 32.88743, Longitude: 13.18733, GeoPrecision: 1, Fatalities: 2,
		Notes: "On 2024-02-14, gunmen killed two men in Tripoli.", Category: events.Killing, Confidence: 0.8,
		Evidence: []events.Evidence{{Field: "location", Start: 3, End: 9, Text: "طرابلس"}},
	}
}

func ingest(t *testing.T, s *Store, items ...Item) []Outcome {
	t.Helper()
	out, err := s.Ingest(context.Background(), 0, items)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func count(t *testing.T, s *Store, table string) int {
	t.Helper()
	var n int
	if err := s.DB().QueryRow("SELECT count(*) FROM " + table).Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

func TestViewHasExactlyTheExportColumns(t *testing.T) {
	s := openTest(t)
	rows, err := s.DB().Query("SELECT * FROM acled_events LIMIT 0")
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	if !slices.Equal(cols, events.Columns) {
		t.Fatalf("acled_events columns:\n got %v\nwant %v", cols, events.Columns)
	}
}

func TestReopenKeepsSchema(t *testing.T) {
	path := filepath.Join(t.TempDir(), "x.db")
	for range 2 {
		s, err := Open(context.Background(), path, Options{})
		if err != nil {
			t.Fatal(err)
		}
		var v int
		s.DB().QueryRow("PRAGMA user_version").Scan(&v)
		if v != SchemaVersion() || v == 0 {
			t.Fatalf("user_version %d, want %d", v, SchemaVersion())
		}
		var mode string
		s.DB().QueryRow("PRAGMA journal_mode").Scan(&mode)
		if mode != "wal" {
			t.Fatalf("journal_mode %q, want wal", mode)
		}
		s.Close()
	}
}

func TestIngestTwiceStoresNothingTheSecondTime(t *testing.T) {
	s := openTest(t)
	items := []Item{
		{Report: report("a", "قتل رجلان في طرابلس"), Events: []events.Event{event("2024-02-14", "Tripoli")}},
		{Report: report("b", "no event here")},
	}
	first := ingest(t, s, items...)
	if first[0].Status != New || first[1].Status != New {
		t.Fatalf("first ingest: %+v", first)
	}
	before := []int{count(t, s, "reports"), count(t, s, "events"), count(t, s, "evidence"), count(t, s, "event_sources")}
	second := ingest(t, s, items...)
	for _, o := range second {
		if o.Status != Duplicate {
			t.Fatalf("second ingest: %+v", second)
		}
	}
	after := []int{count(t, s, "reports"), count(t, s, "events"), count(t, s, "evidence"), count(t, s, "event_sources")}
	if !slices.Equal(before, after) {
		t.Fatalf("counts changed: %v -> %v", before, after)
	}
	// the same content under another id is a duplicate too
	if o := ingest(t, s, Item{Report: report("copy-of-b", "no event here")}); o[0].Status != Duplicate {
		t.Fatalf("same content, new id: %v", o[0].Status)
	}
}

func TestFailedReportRollsBackAlone(t *testing.T) {
	s := openTest(t)
	ingest(t, s, Item{Report: report("old", "old text"), Events: []events.Event{event("2024-01-01", "Tripoli")}})
	bad := event("2024-02-14", "Misrata")
	bad.Inter1 = 42 // not an ACLED code: the foreign key refuses it
	out := ingest(t, s,
		Item{Report: report("good1", "first good")},
		Item{Report: report("bad", "bad one"), Events: []events.Event{event("2024-02-14", "Zawiya"), bad}},
		Item{Report: report("good2", "second good")},
	)
	if out[0].Status != New || out[2].Status != New || out[1].Status != Failed || out[1].Err == nil {
		t.Fatalf("outcomes: %+v", out)
	}
	if !strings.Contains(out[1].Err.Error(), "bad") {
		t.Errorf("error does not name the report: %v", out[1].Err)
	}
	var n int
	s.DB().QueryRow("SELECT count(*) FROM reports WHERE id = 'bad'").Scan(&n)
	if n != 0 {
		t.Fatal("failed report was stored")
	}
	if got := count(t, s, "events"); got != 1 {
		t.Fatalf("events = %d, want 1 (the half-written event must be rolled back)", got)
	}
	if got := count(t, s, "reports"); got != 3 {
		t.Fatalf("reports = %d, want 3", got)
	}
}

func TestSameIncidentMergesIntoOneEventWithTwoSources(t *testing.T) {
	s := openTest(t)
	r1, r2 := report("r1", "first account"), report("r2", "second account")
	r2.Source = "Other Wire"
	e1, e2 := event("2024-02-14", "Tripoli"), event("2024-02-14", "Tripoli")
	e2.Fatalities = 3
	ingest(t, s, Item{Report: r1, Events: []events.Event{e1}}, Item{Report: r2, Events: []events.Event{e2}})
	var got []events.Event
	for e, err := range s.Events(context.Background(), Filter{Extended: true}) {
		if err != nil {
			t.Fatal(err)
		}
		got = append(got, e)
	}
	if len(got) != 1 {
		t.Fatalf("%d events, want 1", len(got))
	}
	e := got[0]
	if e.Source != "Test Desk; Other Wire" || e.Fatalities != 2 || !slices.Equal(e.ReportIDs, []string{"r1", "r2"}) {
		t.Fatalf("merged event: source %q fatalities %d reports %v", e.Source, e.Fatalities, e.ReportIDs)
	}
	if len(e.Evidence) != 2 || e.EventIDCnty != "LBY1" {
		t.Fatalf("evidence %v id %q", e.Evidence, e.EventIDCnty)
	}
	// another day is another event, numbered on
	ingest(t, s, Item{Report: report("r3", "third"), Events: []events.Event{event("2024-02-15", "Tripoli")}})
	var ids []string
	for e, err := range s.Events(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		ids = append(ids, e.EventIDCnty)
	}
	if !slices.Equal(ids, []string{"LBY1", "LBY2"}) {
		t.Fatalf("ids %v", ids)
	}
}

func TestUpdatedReportIsRecodedAndIdsAreNotReused(t *testing.T) {
	s := openTest(t)
	ingest(t, s, Item{Report: report("r", "v1"), Events: []events.Event{event("2024-02-14", "Tripoli")}})
	out := ingest(t, s, Item{Report: report("r", "v2"), Events: []events.Event{event("2024-02-13", "Misrata")}})
	if out[0].Status != Updated {
		t.Fatalf("status %v", out[0].Status)
	}
	var locs, ids []string
	for e, err := range s.Events(context.Background(), Filter{}) {
		if err != nil {
			t.Fatal(err)
		}
		locs, ids = append(locs, e.Location), append(ids, e.EventIDCnty)
	}
	if !slices.Equal(locs, []string{"Misrata"}) || !slices.Equal(ids, []string{"LBY2"}) {
		t.Fatalf("after update: %v %v", locs, ids)
	}
	if n := count(t, s, "evidence"); n != 1 {
		t.Fatalf("evidence rows %d", n)
	}
}

func TestFilters(t *testing.T) {
	s := openTest(t)
	k := event("2024-02-10", "Zawiya")
	k.Category = events.Kidnapping
	iq := event("2024-02-12", "Kirkuk")
	iq.Country, iq.ISO = "Iraq", 368
	ingest(t, s, Item{Report: report("a", "a"), Events: []events.Event{event("2024-02-14", "Tripoli"), k, iq}})
	cases := []struct {
		f    Filter
		want []string
	}{
		{Filter{}, []string{"Tripoli", "Zawiya", "Kirkuk"}},
		{Filter{Country: "Libya"}, []string{"Tripoli", "Zawiya"}},
		{Filter{Country: "Iraq"}, []string{"Kirkuk"}},
		{Filter{Country: "libya"}, nil}, // the name as events carry it: rasd export resolves what users type
		{Filter{From: "2024-02-11", To: "2024-02-13"}, []string{"Kirkuk"}},
		{Filter{Category: events.Kidnapping}, []string{"Zawiya"}},
	}
	for _, c := range cases {
		var got []string
		for e, err := range s.Events(context.Background(), c.f) {
			if err != nil {
				t.Fatal(err)
			}
			got = append(got, e.Location)
		}
		if !slices.Equal(got, c.want) {
			t.Errorf("%+v: got %v want %v", c.f, got, c.want)
		}
		if n, _ := s.Count(context.Background(), c.f); n != len(c.want) {
			t.Errorf("%+v: count %d", c.f, n)
		}
	}
}

func TestViewWritesInterAsText(t *testing.T) {
	s := openTest(t)
	ingest(t, s, Item{Report: report("a", "a"), Events: []events.Event{event("2024-02-14", "Tripoli")}})
	var inter1, interaction string
	var lat float64
	if err := s.DB().QueryRow("SELECT inter1, interaction, latitude FROM acled_events").Scan(&inter1, &interaction, &lat); err != nil {
		t.Fatal(err)
	}
	if inter1 != "Political militia" || interaction != "Political militia-Civilians" || lat != 32.8874 {
		t.Fatalf("inter1 %q interaction %q lat %v", inter1, interaction, lat)
	}
	if want := events.Interaction(events.PoliticalMilitia, events.Civilians, false); interaction != want {
		t.Fatalf("view and Go disagree: %q vs %q", interaction, want)
	}
}

func TestSearchFoldsArabic(t *testing.T) {
	s := openTest(t)
	ingest(t, s, Item{Report: report("a", "اغتيال مسؤول في طَرَابُلُس مساء أمس")}, Item{Report: report("b", "Kidnapping in Misrata")})
	for q, want := range map[string]string{"طرابلس": "a", "طَرابلُس": "a", "اغتيال مسوول": "a", "misrata": "b", "KIDNAP*": "b"} {
		hits, err := s.Search(context.Background(), q, 10)
		if err != nil {
			t.Fatal(err)
		}
		if len(hits) != 1 || hits[0].ReportID != want {
			t.Errorf("search %q: %+v", q, hits)
		}
	}
	if hits, err := s.Search(context.Background(), `"unbalanced AND (`, 10); err != nil || len(hits) != 0 {
		t.Errorf("punctuation in query: %v %v", hits, err)
	}
}

func TestReaderSeesCommittedDataWhileWriterHoldsTransaction(t *testing.T) {
	s := openTest(t)
	ingest(t, s, Item{Report: report("a", "a"), Events: []events.Event{event("2024-02-14", "Tripoli")}})
	tx, err := s.DB().Begin()
	if err != nil {
		t.Fatal(err)
	}
	defer tx.Rollback()
	if _, err := tx.Exec(`INSERT INTO reports (id, content_hash, text, ingested_at) VALUES ('w', 'h', 't', 'now')`); err != nil {
		t.Fatal(err)
	}
	// a second connection (a dashboard) reads while the write transaction is open
	reader, err := Open(context.Background(), s.Path(), Options{})
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	n, err := reader.Count(context.Background(), Filter{})
	if err != nil || n != 1 {
		t.Fatalf("reader during write: %d %v", n, err)
	}
	var reports int
	reader.DB().QueryRow("SELECT count(*) FROM reports").Scan(&reports)
	if reports != 1 {
		t.Fatalf("reader saw uncommitted report: %d", reports)
	}
}

package main

import (
	"bytes"
	"encoding/csv"
	"encoding/json"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"

	"github.com/xuri/excelize/v2"

	"rasd/events"
)

// countryOf is the country the fake coder gives a location.
func countryOf(location string) string {
	for _, p := range fakePlaces {
		if p.location == location {
			return p.country
		}
	}
	return ""
}

// expected lists the formatReports events a filter keeps, read off the
// fixture table rather than the database.
func expected(keep func(w want) bool) []want {
	var out []want
	for _, w := range formatReports {
		if w.category != "" && keep(w) {
			out = append(out, w)
		}
	}
	return out
}

func all(want) bool { return true }

// exportEnv is an env whose database holds testdata/formats.
func exportEnv(t *testing.T) *env {
	t.Helper()
	e := newEnv(t)
	e.mustRun(exitOK, "ingest", formatsDir)
	return e
}

// readCSV parses CSV output into its header and rows.
func readCSV(t *testing.T, data []byte) ([]string, [][]string) {
	t.Helper()
	recs, err := csv.NewReader(bytes.NewReader(data)).ReadAll()
	if err != nil {
		t.Fatalf("export is not valid CSV: %v\n%s", err, data)
	}
	if len(recs) == 0 {
		t.Fatal("empty CSV")
	}
	return recs[0], recs[1:]
}

// byName turns a row into a column → cell map.
func byName(header, row []string) map[string]string {
	m := make(map[string]string, len(header))
	for i, h := range header {
		if i < len(row) {
			m[h] = row[i]
		}
	}
	return m
}

func TestViewHasTheACLEDColumns(t *testing.T) {
	e := exportEnv(t)
	rows, err := e.open().Query(`SELECT * FROM acled_events LIMIT 0`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	cols, err := rows.Columns()
	if err != nil {
		t.Fatal(err)
	}
	if len(cols) != 31 || !slices.Equal(cols, events.Columns) {
		t.Errorf("acled_events columns:\n got %q\nwant %q", cols, events.Columns)
	}
}

func TestExportCSV(t *testing.T) {
	e := exportEnv(t)
	r := e.mustRun(exitOK, "export", "--format", "csv")
	header, rows := readCSV(t, []byte(r.stdout))
	if !slices.Equal(header, events.Columns) {
		t.Fatalf("CSV header:\n got %q\nwant %q", header, events.Columns)
	}
	wantEvents := expected(all)
	if len(rows) != len(wantEvents) {
		t.Fatalf("%d rows, want %d", len(rows), len(wantEvents))
	}
	if !strings.Contains(r.stderr, strconv.Itoa(len(wantEvents))+" events written to stdout (csv)") {
		t.Errorf("stderr: %s", r.stderr)
	}
	stamp := strconv.FormatInt(fixedNow.Unix(), 10)
	ids := map[string]bool{}
	for _, w := range wantEvents {
		var found map[string]string
		for _, row := range rows {
			m := byName(header, row)
			if m["event_date"] == w.published {
				found = m
			}
		}
		if found == nil {
			t.Errorf("no row dated %s (%s)", w.published, w.title)
			continue
		}
		country := countryOf(w.location)
		iso, prefix, lat := "434", "LBY", "32.8872"
		switch w.location {
		case "Aden":
			iso, prefix, lat = "887", "YEM", "12.7794"
		case "Benghazi":
			lat = "32.1149"
		}
		checks := map[string]string{
			"year": w.published[:4], "time_precision": "1", "country": country, "iso": iso, "location": w.location,
			"latitude": lat, "fatalities": strconv.Itoa(w.fatalities), "source": w.source, "timestamp": stamp,
			"inter1": "Political militia", "inter2": "Civilians", "interaction": "Political militia-Civilians",
			"admin2": "", "tags": "",
		}
		for col, v := range checks {
			if found[col] != v {
				t.Errorf("%s: %s = %q, want %q", w.title, col, found[col], v)
			}
		}
		id := found["event_id_cnty"]
		if !strings.HasPrefix(id, prefix) || ids[id] {
			t.Errorf("%s: event_id_cnty %q: want a new id starting %s", w.title, id, prefix)
		}
		ids[id] = true
	}
	// A note with a comma, a semicolon and quotes comes back whole.
	note := "Gunmen killed 2 traders in a Tripoli market on Friday, witnesses said; one heard the attackers shout \"close the shops\"."
	if !slices.ContainsFunc(rows, func(row []string) bool { return byName(header, row)["notes"] == note }) {
		t.Errorf("no row has the note %q", note)
	}

	// The CSV holds what dashboards read from the view.
	view := viewRows(t, e)
	if len(view) != len(rows) {
		t.Fatalf("view has %d rows, CSV %d", len(view), len(rows))
	}
	for i := range rows {
		if !slices.Equal(rows[i], view[i]) {
			t.Errorf("row %d differs between CSV and acled_events:\n csv  %q\n view %q", i+1, rows[i], view[i])
		}
	}
}

// viewRows reads acled_events as text, ordered like an export: NULL as an
// empty cell, coordinates with ACLED's 4 decimals.
func viewRows(t *testing.T, e *env) [][]string {
	t.Helper()
	rows, err := e.open().Query(`SELECT a.* FROM acled_events a JOIN events e ON e.event_id_cnty = a.event_id_cnty ORDER BY e.id`)
	if err != nil {
		t.Fatal(err)
	}
	defer rows.Close()
	var out [][]string
	for rows.Next() {
		vals := make([]any, len(events.Columns))
		ptrs := make([]any, len(vals))
		for i := range vals {
			ptrs[i] = &vals[i]
		}
		if err := rows.Scan(ptrs...); err != nil {
			t.Fatal(err)
		}
		row := make([]string, len(vals))
		for i, v := range vals {
			switch v := v.(type) {
			case nil:
			case int64:
				row[i] = strconv.FormatInt(v, 10)
			case float64:
				row[i] = strconv.FormatFloat(v, 'f', 4, 64)
			case []byte:
				row[i] = string(v)
			case string:
				row[i] = v
			default:
				t.Fatalf("unexpected %T in the view", v)
			}
		}
		out = append(out, row)
	}
	return out
}

func TestExportXLSXMatchesCSV(t *testing.T) {
	e := exportEnv(t)
	for _, extra := range [][]string{nil, {"--extended"}, {"--numeric-inter"}} {
		name := strings.Join(append([]string{"plain"}, extra...), " ")
		t.Run(name, func(t *testing.T) {
			csvOut := e.mustRun(exitOK, append([]string{"export", "--format", "csv"}, extra...)...).stdout
			header, rows := readCSV(t, []byte(csvOut))
			path := filepath.Join(e.dir, "out", "events.xlsx")
			e.mustRun(exitOK, append([]string{"export", "--format", "xlsx", "--out", path}, extra...)...)
			f, err := excelize.OpenFile(path)
			if err != nil {
				t.Fatal(err)
			}
			defer f.Close()
			if sheets := f.GetSheetList(); !slices.Contains(sheets, "events") {
				t.Fatalf("sheets %q: no events sheet", sheets)
			}
			got, err := f.GetRows("events")
			if err != nil {
				t.Fatal(err)
			}
			if len(got) != len(rows)+1 {
				t.Fatalf("events sheet has %d rows, CSV %d (+ header)", len(got), len(rows))
			}
			// GetRows drops trailing empty cells: pad to the header's width.
			for i := range got {
				for len(got[i]) < len(header) {
					got[i] = append(got[i], "")
				}
			}
			if !slices.Equal(got[0], header) {
				t.Errorf("XLSX header:\n got %q\nwant %q", got[0], header)
			}
			for i, row := range rows {
				for j := range header {
					if got[i+1][j] != row[j] {
						t.Errorf("row %d, %s: XLSX %q, CSV %q", i+1, header[j], got[i+1][j], row[j])
					}
				}
			}
			// Dates are dates and numbers numbers, not text that looks like them.
			col := slices.Index(header, "event_date") + 1
			cell, _ := excelize.CoordinatesToCellName(col, 2)
			if typ, _ := f.GetCellType("events", cell); typ == excelize.CellTypeSharedString || typ == excelize.CellTypeInlineString {
				t.Errorf("event_date cell %s is text", cell)
			}
		})
	}
}

func TestExportFilters(t *testing.T) {
	e := exportEnv(t)
	cases := []struct {
		args []string
		keep func(w want) bool
	}{
		{[]string{"--country", "Libya"}, func(w want) bool { return countryOf(w.location) == "Libya" }},
		{[]string{"--country", "yem"}, func(w want) bool { return countryOf(w.location) == "Yemen" }},
		{[]string{"--from", "2023-08-01", "--to", "2023-10-31"}, func(w want) bool {
			return w.published >= "2023-08-01" && w.published <= "2023-10-31"
		}},
		{[]string{"--from", "2024-01-01"}, func(w want) bool { return w.published >= "2024-01-01" }},
		{[]string{"--category", "kidnapping"}, func(w want) bool { return w.category == "kidnapping" }},
		{[]string{"--country", "Libya", "--category", "killing", "--to", "2023-08-01"}, func(w want) bool {
			return countryOf(w.location) == "Libya" && w.category == "killing" && w.published <= "2023-08-01"
		}},
	}
	for _, tc := range cases {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := e.mustRun(exitOK, append([]string{"export", "--format", "csv", "--extended"}, tc.args...)...)
			header, rows := readCSV(t, []byte(r.stdout))
			wantRows := expected(tc.keep)
			if len(wantRows) == 0 {
				t.Fatal("the case selects nothing: it would not test the filter")
			}
			var got, wantDates []string
			for _, row := range rows {
				m := byName(header, row)
				got = append(got, m["event_date"]+" "+m["country"]+" "+m["category"])
			}
			for _, w := range wantRows {
				wantDates = append(wantDates, w.published+" "+countryOf(w.location)+" "+w.category)
			}
			slices.Sort(got)
			slices.Sort(wantDates)
			if !slices.Equal(got, wantDates) {
				t.Errorf("selected\n %q\nwant\n %q", got, wantDates)
			}
		})
	}
}

func TestExportExtendedAndBOM(t *testing.T) {
	e := exportEnv(t)
	out := filepath.Join(e.dir, "ext.csv")
	e.mustRun(exitOK, "export", "--extended", "--bom", "--out", out)
	data := mustRead(t, out)
	if !bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}) {
		t.Fatalf("--bom: file starts % x", data[:min(3, len(data))])
	}
	header, rows := readCSV(t, data[3:])
	if want := append(slices.Clone(events.Columns), events.ExtendedColumns...); !slices.Equal(header, want) {
		t.Fatalf("--extended header:\n got %q\nwant %q", header, want)
	}
	stored := e.reports()
	for _, row := range rows {
		m := byName(header, row)
		rep, ok := stored[m["report_ids"]]
		if !ok {
			t.Errorf("report_ids %q names no stored report", m["report_ids"])
			continue
		}
		if m["event_date"] != rep.Published || m["confidence"] != "0.50" {
			t.Errorf("%s: date %q confidence %q", rep.ID, m["event_date"], m["confidence"])
		}
		var ev []events.Evidence
		if err := json.Unmarshal([]byte(m["evidence"]), &ev); err != nil {
			t.Errorf("%s: evidence is not JSON: %v", rep.ID, err)
			continue
		}
		// The fake coder cites the place name; the offsets are code points
		// into the stored text.
		if len(ev) != 1 || ev[0].Field != "location" {
			t.Errorf("%s: evidence %+v", rep.ID, ev)
			continue
		}
		runes := []rune(rep.Text)
		if ev[0].End > len(runes) || string(runes[ev[0].Start:ev[0].End]) != ev[0].Text {
			t.Errorf("%s: evidence %+v does not point at its text", rep.ID, ev[0])
		}
	}
	// Without --bom a CSV starts with the header itself.
	plain := e.mustRun(exitOK, "export").stdout
	if !strings.HasPrefix(plain, "event_id_cnty,") {
		t.Errorf("CSV without --bom starts %q", plain[:min(20, len(plain))])
	}
}

func TestExportGeoJSON(t *testing.T) {
	e := exportEnv(t)
	out := filepath.Join(e.dir, "map", "events.geojson")
	e.mustRun(exitOK, "export", "--out", out) // format from the extension
	var fc struct {
		Type     string `json:"type"`
		Features []struct {
			Type     string `json:"type"`
			Geometry struct {
				Type        string    `json:"type"`
				Coordinates []float64 `json:"coordinates"`
			} `json:"geometry"`
			Properties map[string]any `json:"properties"`
		} `json:"features"`
	}
	if err := json.Unmarshal(mustRead(t, out), &fc); err != nil {
		t.Fatalf("GeoJSON does not parse: %v", err)
	}
	if fc.Type != "FeatureCollection" || len(fc.Features) != len(expected(all)) {
		t.Fatalf("got a %q of %d features, want a FeatureCollection of %d", fc.Type, len(fc.Features), len(expected(all)))
	}
	for _, f := range fc.Features {
		loc, _ := f.Properties["location"].(string)
		var place *fakePlace
		for i := range fakePlaces {
			if fakePlaces[i].location == loc {
				place = &fakePlaces[i]
			}
		}
		if f.Type != "Feature" || f.Geometry.Type != "Point" || place == nil || len(f.Geometry.Coordinates) != 2 {
			t.Errorf("feature %+v", f)
			continue
		}
		// RFC 7946: longitude first.
		if lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]; abs(lon-place.lon) > 1e-4 || abs(lat-place.lat) > 1e-4 {
			t.Errorf("%s at [%v, %v], want [%v, %v]", loc, lon, lat, place.lon, place.lat)
		}
		if f.Properties["country"] != place.country {
			t.Errorf("%s: country %v", loc, f.Properties["country"])
		}
	}
	// An .xlsx --out without --format is a workbook.
	x := filepath.Join(e.dir, "events.xlsx")
	e.mustRun(exitOK, "export", "--out", x)
	if !bytes.HasPrefix(mustRead(t, x), []byte("PK")) {
		t.Errorf("%s is not a zip file", x)
	}
}

func abs(f float64) float64 {
	if f < 0 {
		return -f
	}
	return f
}

package exports

import (
	"archive/zip"
	"bytes"
	"errors"
	"io"
	"regexp"
	"slices"
	"strings"
	"testing"
	"time"

	"github.com/xuri/excelize/v2"

	"rasd/events"
)

// exportXLSX writes a workbook and opens it again. Read back small files
// only: excelize's reader holds the whole sheet in memory.
func exportXLSX(t *testing.T, es []events.Event, opts Options) ([]byte, *excelize.File) {
	t.Helper()
	var buf bytes.Buffer
	n, err := XLSX(&buf, seqOf(es), opts)
	if err != nil {
		t.Fatalf("XLSX: %v", err)
	}
	if n != len(es) {
		t.Fatalf("XLSX wrote %d events, want %d", n, len(es))
	}
	f, err := excelize.OpenReader(bytes.NewReader(buf.Bytes()))
	if err != nil {
		t.Fatalf("reopen: %v", err)
	}
	t.Cleanup(func() { _ = f.Close() })
	return buf.Bytes(), f
}

func xlsxFixture() []events.Event { return append(syntheticEvents(12), trickyEvent()) }

// TestXLSXMatchesCSV compares the events sheet, as a spreadsheet shows it
// (number formats applied), with the CSV of the same events.
func TestXLSXMatchesCSV(t *testing.T) {
	es := xlsxFixture()
	for _, opts := range []Options{{}, {Extended: true, NumericInter: true}} {
		_, want := exportCSV(t, es, opts)
		_, f := exportXLSX(t, es, opts)
		got, err := f.GetRows(EventsSheet)
		if err != nil {
			t.Fatal(err)
		}
		if len(got) != len(want) {
			t.Fatalf("%+v: sheet has %d rows, CSV %d", opts, len(got), len(want))
		}
		for i := range want {
			row := got[i]
			for len(row) < len(want[i]) { // GetRows drops trailing empty cells
				row = append(row, "")
			}
			if !slices.Equal(row, want[i]) {
				for j := range want[i] {
					if row[j] != want[i][j] {
						t.Errorf("%+v row %d column %s: sheet %q, CSV %q", opts, i+1, want[0][j], row[j], want[i][j])
					}
				}
			}
		}
	}
}

func TestXLSXTypedCells(t *testing.T) {
	e := trickyEvent() // event_date 2016-01-15, longitude -3.9956
	e.Latitude = 12.63924
	_, f := exportXLSX(t, []events.Event{e}, Options{NumericInter: true})
	cell := func(name string) string {
		c, err := excelize.CoordinatesToCellName(col(t, name)+1, 2)
		if err != nil {
			t.Fatal(err)
		}
		return c
	}
	raw := func(name string) string {
		v, err := f.GetCellValue(EventsSheet, cell(name), excelize.Options{RawCellValue: true})
		if err != nil {
			t.Fatal(err)
		}
		return v
	}
	numFmt := func(name string) string {
		id, err := f.GetCellStyle(EventsSheet, cell(name))
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		if st.CustomNumFmt == nil {
			return ""
		}
		return *st.CustomNumFmt
	}
	isNumber := func(name string) bool {
		typ, err := f.GetCellType(EventsSheet, cell(name))
		if err != nil {
			t.Fatal(err)
		}
		return typ == excelize.CellTypeNumber || typ == excelize.CellTypeUnset
	}
	for _, tc := range []struct{ column, raw, format string }{
		{"event_date", "42384", "yyyy-mm-dd"}, // 2016-01-15 as a serial day
		{"longitude", "-3.9956", "0.0000"},
		{"latitude", "12.6392", "0.0000"}, // stored rounded, as the CSV shows it
		{"year", "2016", ""},
		{"time_precision", "3", ""},
		{"iso", "466", ""},
		{"geo_precision", "3", ""},
		{"fatalities", "2", ""},
		{"timestamp", "1715644802", ""},
		{"inter1", "3", ""},
		{"inter2", "7", ""},
		{"interaction", "37", ""},
	} {
		if !isNumber(tc.column) {
			t.Errorf("%s is not a number cell", tc.column)
		}
		if got := raw(tc.column); got != tc.raw {
			t.Errorf("%s raw value = %q, want %q", tc.column, got, tc.raw)
		}
		if got := numFmt(tc.column); got != tc.format {
			t.Errorf("%s number format = %q, want %q", tc.column, got, tc.format)
		}
	}
	for _, name := range []string{"event_id_cnty", "actor1", "notes", "source"} {
		if typ, _ := f.GetCellType(EventsSheet, cell(name)); typ != excelize.CellTypeInlineString {
			t.Errorf("%s cell type = %v, want text", name, typ)
		}
	}
	if got := raw("actor1"); !strings.HasPrefix(got, "'=HYPERLINK") {
		t.Errorf("actor1 = %q, want it neutralised", got)
	}
}

func TestXLSXLayout(t *testing.T) {
	es := xlsxFixture()
	raw, f := exportXLSX(t, es, Options{})
	if got := f.GetSheetList(); !slices.Equal(got, []string{EventsSheet, CodebookSheet, AboutSheet}) {
		t.Errorf("sheets = %q", got)
	}
	id, err := f.GetCellStyle(EventsSheet, "A1")
	if err != nil {
		t.Fatal(err)
	}
	if st, err := f.GetStyle(id); err != nil || st.Font == nil || !st.Font.Bold {
		t.Errorf("header style %+v (%v), want bold", st, err)
	}
	panes, err := f.GetPanes(EventsSheet)
	if err != nil || !panes.Freeze || panes.YSplit != 1 || panes.TopLeftCell != "A2" {
		t.Errorf("panes = %+v (%v), want the first row frozen", panes, err)
	}
	if w, err := f.GetColWidth(EventsSheet, "AB"); err != nil || w != 80 { // notes
		t.Errorf("notes column width = %v (%v), want 80", w, err)
	}
	sheet := sheetXML(t, raw, "xl/worksheets/sheet1.xml")
	if !regexp.MustCompile(`<autoFilter ref="\$?A\$?1:\$?AE\$?14"`).MatchString(sheet) {
		t.Error("events sheet has no autoFilter over A1:AE14 (header and 13 events)")
	}
	var filter bool
	for _, d := range f.GetDefinedName() {
		filter = filter || d.Name == "_xlnm._FilterDatabase" && strings.Contains(d.RefersTo, "$A$1:$AE$14")
	}
	if !filter {
		t.Errorf("no _FilterDatabase name over the data: %+v", f.GetDefinedName())
	}
}

func TestXLSXArabicRightToLeft(t *testing.T) {
	_, f := exportXLSX(t, []events.Event{syntheticEvent(1)}, Options{})
	align := func(name string) *excelize.Alignment {
		c, _ := excelize.CoordinatesToCellName(col(t, name)+1, 2)
		id, err := f.GetCellStyle(EventsSheet, c)
		if err != nil {
			t.Fatal(err)
		}
		st, err := f.GetStyle(id)
		if err != nil {
			t.Fatal(err)
		}
		return st.Alignment
	}
	for _, name := range []string{"location", "notes"} { // بنغازي, an Arabic note
		if a := align(name); a == nil || a.Horizontal != "right" || a.ReadingOrder != 2 {
			t.Errorf("%s alignment = %+v, want right-to-left", name, a)
		}
	}
	for _, name := range []string{"country", "source"} { // Libya; "Libya Observer; الوسط"
		if a := align(name); a != nil && a.ReadingOrder == 2 {
			t.Errorf("%s is set right-to-left", name)
		}
	}
}

func TestXLSXCodebook(t *testing.T) {
	for _, opts := range []Options{{}, {Extended: true}} {
		_, f := exportXLSX(t, syntheticEvents(1), opts)
		rows, err := f.GetRows(CodebookSheet)
		if err != nil {
			t.Fatal(err)
		}
		cols := header(columnsFor(opts))
		if len(rows) != len(cols)+1 {
			t.Fatalf("extended=%v: codebook has %d rows, want header + %d", opts.Extended, len(rows), len(cols))
		}
		for i, name := range cols {
			r := rows[i+1]
			if len(r) != 4 || r[0] != name || len(r[1]) < 10 || r[2] == "" {
				t.Errorf("codebook row %d = %q, want %s with a meaning and a format", i+1, r, name)
			}
		}
	}
}

func TestXLSXAbout(t *testing.T) {
	opts := Options{About: About{Tool: "rasd", Version: "v0.3.1", GeneratedAt: time.Date(2025, 3, 4, 5, 6, 7, 0, time.UTC),
		Database: "/srv/rasd.db", Filters: "country=Libya from=2024-01-01", Counts: []Count{{"events in the store", 1234}}}}
	_, f := exportXLSX(t, syntheticEvents(3), opts)
	rows, err := f.GetRows(AboutSheet)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]string{}
	for _, r := range rows {
		if len(r) == 2 {
			got[r[0]] = r[1]
		}
	}
	for k, want := range map[string]string{
		"tool": "rasd", "version": "v0.3.1", "generated at": "2025-03-04T05:06:07Z", "database": "/srv/rasd.db",
		"filters": "country=Libya from=2024-01-01", "events in this file": "3", "events in the store": "1234",
		"place data": GeoNamesAttribution,
	} {
		if got[k] != want {
			t.Errorf("about %q = %q, want %q", k, got[k], want)
		}
	}
	props, err := f.GetDocProps()
	if err != nil || props.Creator != "rasd v0.3.1" || props.Created != "2025-03-04T05:06:07Z" {
		t.Errorf("document properties %+v (%v), want creator rasd v0.3.1 created 2025-03-04T05:06:07Z", props, err)
	}
}

func TestXLSXIteratorErrorWritesNothing(t *testing.T) {
	boom := errors.New("read events: database is locked")
	var buf bytes.Buffer
	n, err := XLSX(&buf, failingSeq(syntheticEvents(3), boom), Options{})
	if !errors.Is(err, boom) || n != 3 {
		t.Errorf("n, err = %d, %v; want 3 and the iterator's error", n, err)
	}
	if buf.Len() != 0 {
		t.Errorf("wrote %d bytes of a workbook that failed", buf.Len())
	}
}

// sheetXML reads one part of the workbook's zip.
func sheetXML(t *testing.T, xlsx []byte, name string) string {
	t.Helper()
	zr, err := zip.NewReader(bytes.NewReader(xlsx), int64(len(xlsx)))
	if err != nil {
		t.Fatal(err)
	}
	rc, err := zr.Open(name)
	if err != nil {
		t.Fatalf("open %s: %v", name, err)
	}
	defer rc.Close()
	b, err := io.ReadAll(rc)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

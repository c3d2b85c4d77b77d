package exports

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"rasd/events"
)

// writeCodebookSheet documents every column of the events sheet, one row
// each, in the order they appear there. The form described follows the
// options the file was written with (text or numeric actor types).
func writeCodebookSheet(f *excelize.File, st *xlsxStyles, cols []column, opts Options) error {
	if _, err := f.NewSheet(CodebookSheet); err != nil {
		return err
	}
	rows := [][]any{{"column", "meaning", "format", "defined by"}}
	for _, c := range cols {
		doc, ok := columnDocs[c.name]
		if !ok {
			return fmt.Errorf("no codebook entry for column %s", c.name)
		}
		format := doc.format
		if opts.NumericInter && doc.numeric != "" {
			format = doc.numeric
		}
		set := "ACLED"
		if slices.Contains(events.ExtendedColumns, c.name) {
			set = "rasd extension"
		}
		rows = append(rows, []any{c.name, doc.meaning, format, set})
	}
	return writeTable(f, CodebookSheet, st, rows, []float64{20, 90, 48, 15})
}

// writeAboutSheet says where the file came from, and carries the GeoNames
// attribution whatever the caller filled in.
func writeAboutSheet(f *excelize.File, st *xlsxStyles, opts Options, n int) error {
	if _, err := f.NewSheet(AboutSheet); err != nil {
		return err
	}
	a := opts.About
	generated := ""
	if !a.GeneratedAt.IsZero() {
		generated = a.GeneratedAt.Format(time.RFC3339)
	}
	filters := a.Filters
	if filters == "" {
		filters = "none (all events)"
	}
	columns := fmt.Sprintf("%d ACLED columns", len(events.Columns))
	if opts.Extended {
		columns += fmt.Sprintf(" + %d rasd extension columns (%s)", len(events.ExtendedColumns),
			strings.Join(events.ExtendedColumns, ", "))
	}
	actorTypes := "text, as current ACLED files write them (e.g. Political militia)"
	if opts.NumericInter {
		actorTypes = "numeric codes, as older ACLED files write them (e.g. 3, interaction 37)"
	}
	rows := [][]any{
		{"field", "value"},
		{"tool", a.Tool},
		{"version", a.Version},
		{"generated at", generated},
		{"database", a.Database},
		{"filters", filters},
		{"events in this file", n},
		{"columns", columns},
		{"actor types", actorTypes},
	}
	for _, c := range a.Counts {
		rows = append(rows, []any{c.Label, c.N})
	}
	rows = append(rows,
		[]any{"coding", "ACLED-style event data; the codebook sheet describes every column. Fatalities are as reported, not verified."},
		[]any{"place data", GeoNamesAttribution},
	)
	if err := writeTable(f, AboutSheet, st, rows, []float64{22, 100}); err != nil {
		return err
	}
	return setDocProps(f, a)
}

// setDocProps fills the workbook's document properties (File > Info), which
// otherwise name excelize's author and a 2006 creation date.
func setDocProps(f *excelize.File, a About) error {
	creator := strings.TrimSpace(a.Tool + " " + a.Version)
	if creator == "" {
		creator = "rasd"
	}
	p := &excelize.DocProperties{Creator: creator, LastModifiedBy: creator, Title: "Coded events",
		Description: "ACLED-style event data. " + GeoNamesAttribution}
	if !a.GeneratedAt.IsZero() {
		p.Created = a.GeneratedAt.UTC().Format(time.RFC3339)
		p.Modified = p.Created
	}
	return f.SetDocProps(p)
}

// writeTable writes a small sheet: the first row is a bold, frozen header;
// text cells are neutralised like the events sheet's, since the about
// sheet echoes user-supplied filters and paths.
func writeTable(f *excelize.File, sheet string, st *xlsxStyles, rows [][]any, widths []float64) error {
	for i, w := range widths {
		col, err := excelize.ColumnNumberToName(i + 1)
		if err != nil {
			return err
		}
		if err := f.SetColWidth(sheet, col, col, w); err != nil {
			return err
		}
	}
	for r, row := range rows {
		for i, v := range row {
			if s, ok := v.(string); ok {
				row[i] = neutralise(s)
			}
		}
		cell := "A" + strconv.Itoa(r+1)
		if err := f.SetSheetRow(sheet, cell, &row); err != nil {
			return err
		}
	}
	last, err := excelize.CoordinatesToCellName(len(widths), len(rows))
	if err != nil {
		return err
	}
	lastHeader, err := excelize.CoordinatesToCellName(len(widths), 1)
	if err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A2", last, st.wrap); err != nil {
		return err
	}
	if err := f.SetCellStyle(sheet, "A1", lastHeader, st.header); err != nil {
		return err
	}
	return f.SetPanes(sheet, frozenHeader())
}

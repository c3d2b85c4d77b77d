package exports

import (
	"archive/zip"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"time"

	"github.com/xuri/excelize/v2"

	"rasd/events"
)

// Sheet names, fixed so that scripts reading the workbook can rely on them.
const (
	EventsSheet   = "events"
	CodebookSheet = "codebook"
	AboutSheet    = "about"
)

// MaxXLSXEvents is the most events one XLSX file holds: Excel's limit of
// 1,048,576 rows a sheet, less the header. Larger selections are CSV's job.
const MaxXLSXEvents = 1_048_576 - 1

// XLSX writes a workbook with three sheets and returns how many events it
// wrote:
//   - events: the same header and cells as CSV, typed: event_date a real
//     date (yyyy-mm-dd), codes, counts and timestamps numbers, coordinates
//     numbers shown with 4 decimals, identifiers and names text. The header
//     is bold and frozen, an autofilter spans the data, columns have
//     readable widths, and text whose first letter is Arabic is set
//     right-to-left.
//   - codebook: one row per column of the events sheet, saying what it
//     holds and in what form.
//   - about: where the file came from (Options.About) and the GeoNames
//     attribution the place data's licence requires.
//
// Rows go through excelize's StreamWriter, which spills to a temporary file
// past 16 MB, and the zip is written straight to w rather than assembled in
// memory first (excelize's own File.Write would buffer the whole file), so
// memory stays flat however many events there are.
//
// Nothing reaches w until every event has been read: when the iterator
// yields an error, or there are more than MaxXLSXEvents, XLSX returns the
// error wrapped and w holds nothing.
func XLSX(w io.Writer, seq iter.Seq2[events.Event, error], opts Options) (n int, err error) {
	f := excelize.NewFile()
	defer func() {
		if cerr := f.Close(); cerr != nil && err == nil {
			err = fmt.Errorf("xlsx: remove temporary files: %w", cerr)
		}
	}()
	st, err := newXLSXStyles(f)
	if err != nil {
		return 0, fmt.Errorf("xlsx: styles: %w", err)
	}
	cols := columnsFor(opts)
	if n, err = writeEventsSheet(f, st, cols, seq, opts); err != nil {
		return n, err
	}
	if err := writeCodebookSheet(f, st, cols, opts); err != nil {
		return n, fmt.Errorf("xlsx: codebook sheet: %w", err)
	}
	if err := writeAboutSheet(f, st, opts, n); err != nil {
		return n, fmt.Errorf("xlsx: about sheet: %w", err)
	}
	if err := writeZip(f, w); err != nil {
		return n, fmt.Errorf("write xlsx: %w", err)
	}
	return n, nil
}

// writeEventsSheet streams the events into the first sheet. Widths and the
// frozen pane must be set before the first row (they are written ahead of
// the sheet data); the autofilter, which needs the last row, is set after
// the rows but before Flush, which writes it after the sheet data.
func writeEventsSheet(f *excelize.File, st *xlsxStyles, cols []column, seq iter.Seq2[events.Event, error], opts Options) (int, error) {
	if err := f.SetSheetName(f.GetSheetName(0), EventsSheet); err != nil {
		return 0, fmt.Errorf("xlsx: name sheet: %w", err)
	}
	sw, err := f.NewStreamWriter(EventsSheet)
	if err != nil {
		return 0, fmt.Errorf("xlsx: stream writer: %w", err)
	}
	for i, c := range cols {
		width := c.width
		if opts.NumericInter && (c.kind == kindInter || c.kind == kindInteraction) {
			width = 11
		}
		if err := sw.SetColWidth(i+1, i+1, width); err != nil {
			return 0, fmt.Errorf("xlsx: column width: %w", err)
		}
	}
	if err := sw.SetPanes(frozenHeader()); err != nil {
		return 0, fmt.Errorf("xlsx: freeze header: %w", err)
	}
	vals := make([]any, len(cols))
	for i, name := range header(cols) {
		vals[i] = excelize.Cell{StyleID: st.header, Value: name}
	}
	if err := sw.SetRow("A1", vals); err != nil {
		return 0, fmt.Errorf("xlsx: header: %w", err)
	}
	cells := eventCells{cols: cols, st: st, numeric: opts.NumericInter, inter: newInteractions(opts.NumericInter)}
	n := 0
	ev := new(events.Event) // one slot: &e of the loop variable would allocate per event
	for e, err := range seq {
		if err != nil {
			return n, fmt.Errorf("xlsx: event %d: %w", n+1, err)
		}
		if n == MaxXLSXEvents {
			return n, fmt.Errorf("xlsx: more than %d events do not fit in one sheet; export csv instead", MaxXLSXEvents)
		}
		*ev = e
		cells.fill(vals, ev)
		if err := sw.SetRow("A"+strconv.Itoa(n+2), vals); err != nil {
			return n, fmt.Errorf("xlsx: row %d: %w", n+2, err)
		}
		n++
	}
	last, err := excelize.CoordinatesToCellName(len(cols), n+1)
	if err != nil {
		return n, fmt.Errorf("xlsx: autofilter range: %w", err)
	}
	if err := f.AutoFilter(EventsSheet, "A1:"+last, nil); err != nil {
		return n, fmt.Errorf("xlsx: autofilter: %w", err)
	}
	if err := sw.Flush(); err != nil {
		return n, fmt.Errorf("xlsx: flush events sheet: %w", err)
	}
	return n, nil
}

// frozenHeader keeps the header row in view while scrolling.
func frozenHeader() *excelize.Panes {
	return &excelize.Panes{Freeze: true, YSplit: 1, TopLeftCell: "A2", ActivePane: "bottomLeft",
		Selection: []excelize.Selection{{SQRef: "A2", ActiveCell: "A2", Pane: "bottomLeft"}}}
}

// eventCells turns an event into typed cell values for SetRow. A nil value
// leaves the cell out, the XLSX form of CSV's empty cell.
type eventCells struct {
	cols    []column
	st      *xlsxStyles
	numeric bool
	inter   *interactions
}

func (c *eventCells) fill(vals []any, e *events.Event) {
	for i := range c.cols {
		col := &c.cols[i]
		switch col.kind {
		case kindText, kindJSON:
			vals[i] = c.text(col.text(e))
		case kindDate:
			s := col.text(e)
			if serial, ok := excelDate(s); ok {
				vals[i] = excelize.Cell{StyleID: c.st.date, Value: serial}
			} else {
				vals[i] = c.text(s)
			}
		case kindCode:
			vals[i] = nil
			if v := col.num(e); v != 0 {
				vals[i] = v
			}
		case kindInt:
			vals[i] = col.num(e)
		case kindCoord:
			vals[i] = excelize.Cell{StyleID: c.st.coord, Value: rounded(col.float(e), 4)}
		case kindScore:
			vals[i] = excelize.Cell{StyleID: c.st.score, Value: rounded(col.float(e), 2)}
		case kindInter:
			vals[i] = nil
			if it := col.inter(e); it.Valid() {
				if c.numeric {
					vals[i] = int64(it)
				} else {
					vals[i] = it.String()
				}
			}
		case kindInteraction:
			vals[i] = c.interaction(c.inter.of(e))
		case kindList:
			vals[i] = c.text(strings.Join(col.list(e), "; "))
		}
	}
}

// text is a neutralised text cell, right-to-left when its first letter is
// Arabic.
func (c *eventCells) text(s string) any {
	if s == "" {
		return nil
	}
	s = neutralise(s)
	if rightToLeft(s) {
		return excelize.Cell{StyleID: c.st.rtl, Value: s}
	}
	return s
}

// interaction is a number in numeric mode (37), text otherwise.
func (c *eventCells) interaction(s string) any {
	if s == "" {
		return nil
	}
	if c.numeric {
		if v, err := strconv.Atoi(s); err == nil {
			return int64(v)
		}
	}
	return s
}

// rounded gives the cell the value CSV shows, not just the same look:
// a latitude of 32.88722 is stored as 32.8872, as in the CSV.
func rounded(v float64, decimals int) float64 {
	var buf [32]byte
	r, err := strconv.ParseFloat(string(strconv.AppendFloat(buf[:0], v, 'f', decimals, 64)), 64)
	if err != nil { // NaN or Inf: keep as is; excelize writes them as text
		return v
	}
	return r
}

// excelEpoch is day 0 of Excel's 1900 date system. Serial numbers count
// days from it correctly from 1900-03-01 on (Excel counts a 29 February
// 1900 that never was); earlier dates are left as text.
var excelEpoch = time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC)

// excelDate reads a YYYY-MM-DD date as an Excel serial day number. It
// parses by hand because time.Parse is the single largest cost of a row.
func excelDate(s string) (int64, bool) {
	if len(s) != 10 || s[4] != '-' || s[7] != '-' {
		return 0, false
	}
	y, ok1 := digits(s[0:4])
	m, ok2 := digits(s[5:7])
	d, ok3 := digits(s[8:10])
	if !ok1 || !ok2 || !ok3 || y < 1900 || (y == 1900 && m < 3) {
		return 0, false
	}
	t := time.Date(y, time.Month(m), d, 0, 0, 0, 0, time.UTC)
	if t.Year() != y || int(t.Month()) != m || t.Day() != d { // 2024-02-30 and the like
		return 0, false
	}
	return int64(t.Sub(excelEpoch) / (24 * time.Hour)), true
}

func digits(s string) (int, bool) {
	n := 0
	for i := 0; i < len(s); i++ {
		if s[i] < '0' || s[i] > '9' {
			return 0, false
		}
		n = n*10 + int(s[i]-'0')
	}
	return n, true
}

// writeZip writes the workbook to w as it is zipped. excelize's File.Write
// builds the whole zip in a bytes.Buffer before copying it out, which for a
// million rows is hundreds of megabytes; handing it a zip.Writer on w
// streams instead, and the buffer it still fills stays empty. The fastest
// deflate level is used: the sheet XML is very repetitive, so it costs a
// little size and saves most of the compression time.
func writeZip(f *excelize.File, w io.Writer) error {
	zw := zip.NewWriter(w)
	zw.RegisterCompressor(zip.Deflate, func(out io.Writer) (io.WriteCloser, error) {
		return flate.NewWriter(out, flate.BestSpeed)
	})
	f.SetZipWriter(func(io.Writer) excelize.ZipWriter { return zw })
	var rest countingWriter
	if err := f.Write(&rest); err != nil {
		return err
	}
	if rest.n != 0 {
		return errors.New("excelize buffered part of the workbook instead of streaming it")
	}
	return nil
}

// countingWriter guards writeZip's assumption that excelize writes
// everything through the zip writer it was given.
type countingWriter struct{ n int64 }

func (c *countingWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

package reader

import (
	"encoding/csv"
	"errors"
	"io"
	"iter"
	"strings"

	"rasd/events"
)

// csvColumns maps the header names rasd knows (lowercased) to the report
// field they fill. Where several name one field, the first present in this
// order wins: text before body before content, published before date.
var csvColumns = []struct{ name, field string }{
	{"id", "id"},
	{"title", "title"},
	{"text", "text"},
	{"body", "text"},
	{"content", "text"},
	{"published", "published"},
	{"date", "published"},
	{"source", "source"},
	{"url", "url"},
	{"link", "url"},
	{"lang", "lang"},
}

// ReadCSV reads a .csv file whose header row names the fields (any case,
// any order; unknown columns ignored). Spreadsheet exports in Arabic
// locales separate with ';' and some tools with tabs, so the separator is
// taken from the header line. A bad row fails alone, placed by the line it
// starts on.
func ReadCSV(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		s, err := decodeFile(r, name, "", 0)
		if err != nil {
			yield(events.Report{}, err)
			return
		}
		cr := csv.NewReader(strings.NewReader(s))
		cr.Comma = sniffComma(s)
		header, err := cr.Read()
		if err != nil {
			yield(events.Report{}, csvError(name, err))
			return
		}
		cols, err := csvHeader(header)
		if err != nil {
			yield(events.Report{}, &Error{Path: name, Line: 1, Err: err})
			return
		}
		rows := 0
		for {
			row, err := cr.Read()
			if errors.Is(err, io.EOF) {
				break
			}
			rows++
			if err != nil {
				if !yield(events.Report{}, csvError(name, err)) {
					return
				}
				continue
			}
			line, _ := cr.FieldPos(0)
			if !yield(finish(csvRecord(row, cols), atLine(name, line), opts)) {
				return
			}
		}
		if rows == 0 {
			yield(events.Report{}, &Error{Path: name, Err: problemf(ErrNoReports, "no reports: the file has a header row but no rows")})
		}
	}
}

// csvHeader maps each report field to its column index.
func csvHeader(header []string) (map[string]int, error) {
	index := make(map[string]int, len(header))
	for i, h := range header {
		h = strings.ToLower(strings.TrimSpace(h))
		if _, dup := index[h]; !dup {
			index[h] = i
		}
	}
	cols := make(map[string]int)
	for _, c := range csvColumns {
		if i, ok := index[c.name]; ok {
			if _, set := cols[c.field]; !set {
				cols[c.field] = i
			}
		}
	}
	if _, ok := cols["text"]; !ok {
		return nil, problemf(ErrSyntax, "the header row names no text column (it has %s): name one text, body or content", strings.Join(header, ", "))
	}
	return cols, nil
}

func csvRecord(row []string, cols map[string]int) record {
	get := func(field string) string {
		if i, ok := cols[field]; ok && i < len(row) {
			return row[i]
		}
		return ""
	}
	return record{
		id: get("id"), title: get("title"), text: get("text"), published: get("published"),
		source: get("source"), url: get("url"), lang: get("lang"),
	}
}

// sniffComma picks the separator that occurs most in the header line.
func sniffComma(s string) rune {
	head, _, _ := strings.Cut(s, "\n")
	best, n := ',', strings.Count(head, ",")
	for _, c := range []rune{';', '\t'} {
		if k := strings.Count(head, string(c)); k > n {
			best, n = c, k
		}
	}
	return best
}

func csvError(name string, err error) error {
	var pe *csv.ParseError
	if errors.As(err, &pe) {
		msg := problemf(ErrSyntax, "malformed CSV at column %d: %v", pe.Column, pe.Err)
		switch {
		case errors.Is(pe.Err, csv.ErrFieldCount):
			msg = problemf(ErrSyntax, "the row has a different number of fields than the header: quote fields that hold the separator")
		case errors.Is(pe.Err, csv.ErrQuote) && pe.Line > pe.StartLine:
			// a quote left open takes every line after it into one field
			msg = problemf(ErrSyntax, "a quote opened in this row is not closed where it should be: lines %d to %d were read as one field "+
				"(line %d column %d is where it went wrong), so the rows on them are lost; close the quote, or write a quote inside a field as \"\", and read the file again",
				pe.StartLine, pe.Line, pe.Line, pe.Column)
		}
		return &Error{Path: name, Line: pe.StartLine, Err: msg}
	}
	return &Error{Path: name, Err: err}
}

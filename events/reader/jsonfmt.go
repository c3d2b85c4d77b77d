package reader

import (
	"bytes"
	"encoding/json"
	"errors"
	"io"
	"iter"
	"strings"

	"rasd/events"
)

// jsonReport is the JSON shape of a report, shared by .json and .jsonl.
// encoding/json matches names case-insensitively and skips unknown fields,
// so gold files (with "events" and "notes") read as reports. body and
// content stand in for text, date for published, as in CSV headers.
type jsonReport struct {
	ID        jsonID `json:"id"`
	Title     string `json:"title"`
	Text      string `json:"text"`
	Body      string `json:"body"`
	Content   string `json:"content"`
	Published string `json:"published"`
	Date      string `json:"date"`
	Source    string `json:"source"`
	URL       string `json:"url"`
	Lang      string `json:"lang"`
}

// jsonID accepts an id written as a number as well as a string: databases
// export integer keys, and refusing them would help nobody.
type jsonID string

func (id *jsonID) UnmarshalJSON(b []byte) error {
	switch {
	case len(b) > 0 && b[0] == '"':
		var s string
		if err := json.Unmarshal(b, &s); err != nil {
			return err
		}
		*id = jsonID(s)
	case string(b) == "null":
	case len(b) > 0 && (b[0] == '-' || (b[0] >= '0' && b[0] <= '9')):
		*id = jsonID(b)
	default:
		return errors.New(`field "id" must be a string or a number`)
	}
	return nil
}

func (j *jsonReport) record() record {
	return record{
		id:        string(j.ID),
		title:     j.Title,
		text:      firstNonEmpty(j.Text, j.Body, j.Content),
		source:    j.Source,
		url:       j.URL,
		lang:      j.Lang,
		published: firstNonEmpty(j.Published, j.Date),
	}
}

func firstNonEmpty(ss ...string) string {
	for _, s := range ss {
		if strings.TrimSpace(s) != "" {
			return s
		}
	}
	return ""
}

// ReadJSON reads a .json file holding one report object or an array of
// them. Reports in an array are placed by the line their object starts on.
// A syntax error ends the file (JSON cannot resynchronise); an element of
// the wrong shape fails alone.
func ReadJSON(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		s, err := decodeFile(r, name, "", 0)
		if err != nil {
			yield(events.Report{}, err)
			return
		}
		data := []byte(s)
		start := len(data) - len(bytes.TrimLeft(data, " \t\r\n"))
		switch data[start] {
		case '{':
			var j jsonReport
			if err := json.Unmarshal(data, &j); err != nil {
				yield(events.Report{}, jsonError(name, data, 0, err))
				return
			}
			yield(finish(j.record(), at(name), opts))
		case '[':
			readJSONArray(data, name, opts, yield)
		default:
			yield(events.Report{}, &Error{Path: name, Line: lineAt(data, start), Err: problemf(ErrSyntax, "want a JSON object or an array of objects")})
		}
	}
}

func readJSONArray(data []byte, name string, opts Options, yield func(events.Report, error) bool) {
	dec := json.NewDecoder(bytes.NewReader(data))
	if _, err := dec.Token(); err != nil { // the '['
		yield(events.Report{}, jsonError(name, data, 0, err))
		return
	}
	n, line, lineOff := 0, 1, 0
	for dec.More() {
		off := int(dec.InputOffset())
		for off < len(data) && strings.IndexByte(" \t\r\n,", data[off]) >= 0 {
			off++
		}
		line += bytes.Count(data[lineOff:off], []byte{'\n'})
		lineOff = off
		var raw json.RawMessage
		if err := dec.Decode(&raw); err != nil {
			yield(events.Report{}, jsonError(name, data, 0, err))
			return
		}
		n++
		if raw[0] != '{' {
			if !yield(events.Report{}, &Error{Path: name, Line: line, Err: problemf(ErrSyntax, "array element %d is not a JSON object", n)}) {
				return
			}
			continue
		}
		var j jsonReport
		if err := json.Unmarshal(raw, &j); err != nil {
			if !yield(events.Report{}, jsonError(name, raw, line, err)) {
				return
			}
			continue
		}
		if !yield(finish(j.record(), atLine(name, line), opts)) {
			return
		}
	}
	if _, err := dec.Token(); err != nil { // the ']'
		yield(events.Report{}, jsonError(name, data, 0, err))
		return
	}
	if n == 0 {
		yield(events.Report{}, &Error{Path: name, Err: problemf(ErrNoReports, "no reports: the array is empty")})
	}
}

// jsonError turns an encoding/json error into a positioned one. data is what
// was being decoded; line is its first line in the file (0 when data is the
// whole file, so the line comes from the error's offset).
func jsonError(name string, data []byte, line int, err error) error {
	unit := "file"
	if line > 0 {
		unit = "line"
	}
	var (
		syn *json.SyntaxError
		typ *json.UnmarshalTypeError
	)
	switch {
	case errors.As(err, &syn) && syn.Error() == "unexpected end of JSON input",
		errors.Is(err, io.ErrUnexpectedEOF):
		err = problemf(ErrSyntax, "truncated JSON: the %s ends inside an object; complete it or remove it", unit)
		if line == 0 {
			line = lineAt(data, len(data))
		}
	case errors.As(err, &syn):
		if line == 0 {
			line = lineAt(data, int(syn.Offset))
		}
		err = problemf(ErrSyntax, "malformed JSON at byte %d of the %s: %v", syn.Offset, unit, syn)
	case errors.As(err, &typ):
		err = problemf(ErrSyntax, "field %q is a JSON %s: write it as a string", typ.Field, typ.Value)
	default:
		err = problemf(ErrSyntax, "malformed JSON: %v", err)
	}
	if line == 0 {
		line = 1
	}
	return &Error{Path: name, Line: line, Err: err}
}

// lineAt is the 1-based line of byte offset off in data.
func lineAt(data []byte, off int) int {
	off = min(max(off, 0), len(data))
	return 1 + bytes.Count(data[:off], []byte{'\n'})
}

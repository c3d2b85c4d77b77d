package reader

import (
	"strconv"
	"unicode/utf16"
	"unicode/utf8"
)

// quickReport decodes a JSONL line (valid UTF-8) in one pass, for the
// common case: one object, lower-case field names, string values (a number
// or string id), no escaped surrogates. It reports false for anything
// else, including every malformed line, and the caller then asks
// encoding/json, whose answer (or error message) is the reference: what
// quickReport accepts, json.Unmarshal reads the same way (TestQuickReport
// and FuzzQuickReport check this). encoding/json scans a line twice, once
// to validate it and once to decode it, and reading JSONL was a sixth of
// 'rasd extract'.
func quickReport(line []byte) (jsonReport, bool) {
	q := quickJSON{b: line}
	var j jsonReport
	q.space()
	if !q.byte('{') {
		return j, false
	}
	q.space()
	if q.byte('}') {
		return j, q.end()
	}
	for {
		key, ok := q.plainString()
		if !ok {
			return j, false
		}
		q.space()
		if !q.byte(':') {
			return j, false
		}
		q.space()
		if !q.field(&j, key) {
			return j, false
		}
		q.space()
		if q.byte(',') {
			q.space()
			continue
		}
		if q.byte('}') {
			return j, q.end()
		}
		return j, false
	}
}

// quickJSON is a cursor over one line.
type quickJSON struct {
	b []byte
	i int
}

func (q *quickJSON) space() {
	for q.i < len(q.b) {
		switch q.b[q.i] {
		case ' ', '\t', '\r', '\n':
			q.i++
		default:
			return
		}
	}
}

func (q *quickJSON) byte(c byte) bool {
	if q.i < len(q.b) && q.b[q.i] == c {
		q.i++
		return true
	}
	return false
}

// end reports whether nothing but white space follows.
func (q *quickJSON) end() bool {
	q.space()
	return q.i == len(q.b)
}

// field reads the value of key into j; values of other keys are checked
// and skipped. encoding/json matches names without regard to case: a key
// that is not lower-case ASCII is left to it.
func (q *quickJSON) field(j *jsonReport, key string) bool {
	var dst *string
	switch key {
	case "id":
		// a string, a number (kept as written) or null, as jsonID reads it
		switch {
		case q.literal("null"):
			return true
		case q.i < len(q.b) && (q.b[q.i] == '-' || isDigitByte(q.b[q.i])):
			start := q.i
			if !q.number() {
				return false
			}
			j.ID = jsonID(q.b[start:q.i])
			return true
		}
		s, ok := q.string()
		j.ID = jsonID(s)
		return ok
	case "title":
		dst = &j.Title
	case "text":
		dst = &j.Text
	case "body":
		dst = &j.Body
	case "content":
		dst = &j.Content
	case "published":
		dst = &j.Published
	case "date":
		dst = &j.Date
	case "source":
		dst = &j.Source
	case "url":
		dst = &j.URL
	case "lang":
		dst = &j.Lang
	default:
		for k := 0; k < len(key); k++ {
			if c := key[k]; c >= utf8.RuneSelf || ('A' <= c && c <= 'Z') {
				return false
			}
		}
		return q.skip(0)
	}
	if q.literal("null") {
		return true // null leaves a field as it was
	}
	s, ok := q.string()
	if ok {
		*dst = s
	}
	return ok
}

func isDigitByte(c byte) bool { return '0' <= c && c <= '9' }

// plainString reads a string with no escapes (a key).
func (q *quickJSON) plainString() (string, bool) {
	if !q.byte('"') {
		return "", false
	}
	start := q.i
	for q.i < len(q.b) {
		switch c := q.b[q.i]; {
		case c == '"':
			q.i++
			return string(q.b[start : q.i-1]), true
		case c == '\\' || c < 0x20:
			return "", false
		}
		q.i++
	}
	return "", false
}

// string reads a string value, decoding its escapes.
func (q *quickJSON) string() (string, bool) {
	if !q.byte('"') {
		return "", false
	}
	start := q.i
	for q.i < len(q.b) {
		c := q.b[q.i]
		if c == '"' {
			q.i++
			return string(q.b[start : q.i-1]), true
		}
		if c == '\\' {
			return q.escaped(start)
		}
		if c < 0x20 {
			return "", false
		}
		q.i++
	}
	return "", false
}

// escaped finishes a string that has escapes, from its first one.
func (q *quickJSON) escaped(start int) (string, bool) {
	out := append(make([]byte, 0, len(q.b)-start), q.b[start:q.i]...)
	for q.i < len(q.b) {
		// the plain run up to the next quote, escape or control byte
		j := q.i
		for j < len(q.b) && q.b[j] != '"' && q.b[j] != '\\' && q.b[j] >= 0x20 {
			j++
		}
		out = append(out, q.b[q.i:j]...)
		q.i = j
		if q.i == len(q.b) {
			break
		}
		switch c := q.b[q.i]; {
		case c == '"':
			q.i++
			return string(out), true
		case c < 0x20:
			return "", false
		}
		if q.i+1 >= len(q.b) {
			return "", false
		}
		e := q.b[q.i+1]
		q.i += 2
		switch e {
		case '"', '\\', '/':
			out = append(out, e)
		case 'b':
			out = append(out, '\b')
		case 'f':
			out = append(out, '\f')
		case 'n':
			out = append(out, '\n')
		case 'r':
			out = append(out, '\r')
		case 't':
			out = append(out, '\t')
		case 'u':
			if q.i+4 > len(q.b) {
				return "", false
			}
			v, err := strconv.ParseUint(string(q.b[q.i:q.i+4]), 16, 16)
			if err != nil || utf16.IsSurrogate(rune(v)) {
				return "", false // surrogates: encoding/json pairs them its own way
			}
			out = utf8.AppendRune(out, rune(v))
			q.i += 4
		default:
			return "", false
		}
	}
	return "", false
}

func (q *quickJSON) literal(word string) bool {
	if len(q.b)-q.i >= len(word) && string(q.b[q.i:q.i+len(word)]) == word {
		q.i += len(word)
		return true
	}
	return false
}

// number checks a number by JSON's grammar.
func (q *quickJSON) number() bool {
	q.byte('-')
	digits := func() bool {
		start := q.i
		for q.i < len(q.b) && isDigitByte(q.b[q.i]) {
			q.i++
		}
		return q.i > start
	}
	switch {
	case q.byte('0'):
	case !digits():
		return false
	}
	if q.byte('.') && !digits() {
		return false
	}
	if q.byte('e') || q.byte('E') {
		if !q.byte('+') {
			q.byte('-')
		}
		if !digits() {
			return false
		}
	}
	return true
}

// maxDepth bounds the nesting quickReport follows; deeper values go to
// encoding/json, which has its own limit.
const maxDepth = 100

// skip checks and passes over any value.
func (q *quickJSON) skip(depth int) bool {
	if q.i >= len(q.b) || depth > maxDepth {
		return false
	}
	switch c := q.b[q.i]; {
	case c == '"':
		_, ok := q.string()
		return ok
	case c == '-' || isDigitByte(c):
		return q.number()
	case c == 't':
		return q.literal("true")
	case c == 'f':
		return q.literal("false")
	case c == 'n':
		return q.literal("null")
	case c == '[':
		q.i++
		q.space()
		if q.byte(']') {
			return true
		}
		for {
			if !q.skip(depth + 1) {
				return false
			}
			q.space()
			if q.byte(']') {
				return true
			}
			if !q.byte(',') {
				return false
			}
			q.space()
		}
	case c == '{':
		q.i++
		q.space()
		if q.byte('}') {
			return true
		}
		for {
			if _, ok := q.string(); !ok {
				return false
			}
			q.space()
			if !q.byte(':') {
				return false
			}
			q.space()
			if !q.skip(depth + 1) {
				return false
			}
			q.space()
			if q.byte('}') {
				return true
			}
			if !q.byte(',') {
				return false
			}
			q.space()
		}
	}
	return false
}

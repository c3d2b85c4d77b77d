package reader

import (
	"errors"
	"fmt"
)

// Error is a failure to read an input, or one report in it, together with
// the place to look. A user fixing a 10,000-line JSONL file needs the line,
// not just the file; the shape follows encoding/csv's ParseError.
type Error struct {
	// Path is the file as it was named or found ("stdin" for -).
	Path string
	// Line is the 1-based line of the report or of the fault, or 0 when
	// the whole file is at fault or the format has no useful lines.
	Line int
	// Err says what is wrong and, where it can, how to fix it.
	Err error
}

// Error reads "path:line: message", or "path: message" without a line, so
// editors and terminals can jump to the place.
func (e *Error) Error() string {
	if e.Line > 0 {
		return fmt.Sprintf("%s:%d: %v", e.Path, e.Line, e.Err)
	}
	return fmt.Sprintf("%s: %v", e.Path, e.Err)
}

// Unwrap lets callers test for the kinds below with errors.Is.
func (e *Error) Unwrap() error { return e.Err }

// The kinds of failure a caller may want to tell apart (to count them, or
// to decide whether a file is worth retrying after a conversion). Each is
// wrapped with the details and the fix.
var (
	// ErrEmpty: the file holds nothing but white space.
	ErrEmpty = errors.New("empty file")
	// ErrBinary: the file holds NUL bytes or control codes, so it is not
	// text in any encoding rasd reads.
	ErrBinary = errors.New("binary data")
	// ErrEncoding: the file is text but neither UTF-8 nor an Arabic legacy
	// encoding rasd recognises.
	ErrEncoding = errors.New("unknown text encoding")
	// ErrNoText: a report has no body to code.
	ErrNoText = errors.New("no text")
	// ErrDate: a report names a publication date that cannot be read.
	// Dropping it silently would misdate every event in the report.
	ErrDate = errors.New("unreadable date")
	// ErrFormat: the file's name promises no format rasd knows.
	ErrFormat = errors.New("unknown format")
	// ErrSyntax: the input is not well-formed in its format (truncated
	// JSON, a CSV row of the wrong width, an unclosed front matter, a feed
	// the feed parser rejects).
	ErrSyntax = errors.New("malformed input")
	// ErrNoReports: a well-formed file holds no report at all (an empty
	// array, a CSV header alone, a feed with no items).
	ErrNoReports = errors.New("no reports")
	// ErrTooLarge: a report, a line or a file is over a configured limit
	// (Options.MaxReportBytes, MaxInputBytes).
	ErrTooLarge = errors.New("too large")
)

// errAt wraps err with a position; it keeps an existing *Error as it is so
// positions are never stacked.
func errAt(path string, line int, err error) error {
	var e *Error
	if errors.As(err, &e) {
		return err
	}
	return &Error{Path: path, Line: line, Err: err}
}

// problem is an error of one of the kinds above that carries its own whole
// message, so that messages read naturally ("truncated JSON: ...") and
// errors.Is still finds the kind.
type problem struct {
	kind error
	msg  string
}

func (p *problem) Error() string { return p.msg }
func (p *problem) Unwrap() error { return p.kind }

// problemf makes a problem of kind with a formatted message.
func problemf(kind error, format string, args ...any) error {
	return &problem{kind: kind, msg: fmt.Sprintf(format, args...)}
}

// recovered turns a panic in a third-party parser (readability, the feed
// parser) into an error for the file, so one pathological page costs one
// report, not the whole run. Use it deferred, with the function's error.
func recovered(name string, err *error) {
	if p := recover(); p != nil {
		*err = &Error{Path: name, Err: fmt.Errorf("the parser failed on this file (%v): please report it with the file", p)}
	}
}

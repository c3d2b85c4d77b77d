package reader

import (
	"errors"
	"io"
	"iter"
	"strconv"
	"strings"
	"testing"
	"time"

	"rasd/events"
)

// item is one yielded pair, for comparing sequences.
type item struct {
	r   events.Report
	err error
}

func collect(seq iter.Seq2[events.Report, error]) []item {
	var out []item
	for r, err := range seq {
		out = append(out, item{r, err})
	}
	return out
}

// reports returns the reports of a sequence and fails the test on any error.
func reports(t *testing.T, seq iter.Seq2[events.Report, error]) []events.Report {
	t.Helper()
	var out []events.Report
	for r, err := range seq {
		if err != nil {
			t.Fatalf("unexpected error: %v", err)
		}
		out = append(out, r)
	}
	return out
}

// only returns the single report of a sequence, failing otherwise.
func only(t *testing.T, seq iter.Seq2[events.Report, error]) events.Report {
	t.Helper()
	rs := reports(t, seq)
	if len(rs) != 1 {
		t.Fatalf("got %d reports, want 1", len(rs))
	}
	return rs[0]
}

// errorsOf returns the errors of a sequence and how many reports came with
// no error.
func errorsOf(seq iter.Seq2[events.Report, error]) (errs []error, good int) {
	for _, it := range collect(seq) {
		if it.err != nil {
			errs = append(errs, it.err)
		} else {
			good++
		}
	}
	return errs, good
}

// checkErr asserts err is an *Error at path:line wrapping kind, whose
// message holds every one of wants.
func checkErr(t *testing.T, err error, path string, line int, kind error, wants ...string) {
	t.Helper()
	if err == nil {
		t.Fatalf("got no error, want one at %s:%d", path, line)
	}
	var e *Error
	if !errors.As(err, &e) {
		t.Fatalf("error %q (%T) is not a *reader.Error", err, err)
	}
	if e.Path != path || e.Line != line {
		t.Errorf("error at %s:%d, want %s:%d (%v)", e.Path, e.Line, path, line, err)
	}
	if kind != nil && !errors.Is(err, kind) {
		t.Errorf("error %q is not %v", err, kind)
	}
	msg := err.Error()
	prefix := path + ": "
	if line > 0 {
		prefix = path + ":" + strconv.Itoa(line) + ": "
	}
	if !strings.HasPrefix(msg, prefix) {
		t.Errorf("error %q does not start with %q", msg, prefix)
	}
	for _, w := range wants {
		if !strings.Contains(msg, w) {
			t.Errorf("error %q does not mention %q", msg, w)
		}
	}
}

func date(s string) time.Time {
	t, err := time.Parse(time.DateOnly, s)
	if err != nil {
		panic(err)
	}
	return t
}

// errCase is one broken input: the line and kind of the error it must
// give, words its message must hold, and how many good reports the rest
// of the input still yields.
type errCase struct {
	name  string
	in    string
	line  int
	kind  error
	wants []string
	good  int
}

// checkErrCases reads each case with read, as the file path, and checks it
// fails once, alone, as the case says.
func checkErrCases(t *testing.T, path string, read func(io.Reader, string, Options) iter.Seq2[events.Report, error], cases []errCase) {
	t.Helper()
	for _, tt := range cases {
		t.Run(tt.name, func(t *testing.T) {
			errs, good := errorsOf(read(strings.NewReader(tt.in), path, Options{}))
			if len(errs) != 1 || good != tt.good {
				t.Fatalf("got %d errors (%v) and %d reports, want 1 and %d", len(errs), errs, good, tt.good)
			}
			checkErr(t, errs[0], path, tt.line, tt.kind, tt.wants...)
		})
	}
}

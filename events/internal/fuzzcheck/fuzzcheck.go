// Package fuzzcheck holds the checks the fuzz targets of several packages
// share.
package fuzzcheck

import (
	"bytes"
	"strconv"
	"strings"
	"testing"
)

// Placed fails t unless err starts with name and a line of data
// ("team/actors.tsv:12: …"), or says that data is empty and so has no line
// to name.
func Placed(t testing.TB, err error, name string, data []byte) {
	t.Helper()
	msg, ok := strings.CutPrefix(err.Error(), name+":")
	if !ok {
		t.Fatalf("error %q does not start with %s:", err, name)
	}
	lines := bytes.Count(data, []byte{'\n'}) + 1
	digits, _, ok := strings.Cut(msg, ":")
	line, convErr := strconv.Atoi(digits)
	switch {
	case strings.HasPrefix(msg, " empty"):
		return // no header line: there is no line to name
	case !ok || convErr != nil:
		t.Fatalf("error %q names no line", err)
	case line < 1 || line > lines:
		t.Fatalf("error %q names line %d of an input of %d lines", err, line, lines)
	}
}

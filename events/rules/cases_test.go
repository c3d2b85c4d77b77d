package rules

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"context"
	"rasd/events"
	"rasd/events/internal/golden"
	"rasd/events/reader"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/cases")

// TestCases codes the report of every testdata/cases/<case>/report.md,
// read as rasd reads a Markdown file (front matter with published and
// lang), and compares its events, as JSON lines, with events.golden.jsonl
// beside it: an empty golden says the report holds no event. Each report's
// front matter states, in a "# why:" comment, the one behaviour the case
// pins down. Run with -update to rewrite the goldens, then review the diff.
func TestCases(t *testing.T) {
	c := newTestCoder(t)
	files, err := filepath.Glob("testdata/cases/*/report.md")
	if err != nil || len(files) == 0 {
		t.Fatalf("no cases: %v", err)
	}
	for _, f := range files {
		dir := filepath.Dir(f)
		t.Run(filepath.Base(dir), func(t *testing.T) {
			r := readCase(t, f)
			r.ID = filepath.Base(dir)
			evs, err := c.Code(context.Background(), r)
			if err != nil {
				t.Fatal(err)
			}
			golden.Check(t, filepath.Join(dir, "events.golden.jsonl"), eventLines(t, evs), *update)
		})
	}
}

// readCase reads a case's report and checks that it says why it is there
// and is dated, so that a golden never depends on the day the test runs.
func readCase(t testing.TB, path string) events.Report {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	front, _, _ := strings.Cut(strings.TrimPrefix(string(b), "---\n"), "\n---\n")
	if !strings.Contains(front, "\n# why: ") {
		t.Errorf("%s: the front matter has no \"# why:\" line saying what the case pins down", path)
	}
	var r events.Report
	for rep, err := range reader.ReadText(bytes.NewReader(b), path, reader.Options{Source: "test"}) {
		if err != nil {
			t.Fatal(err)
		}
		r = rep
	}
	if !r.Dated() {
		t.Fatalf("%s: no published date in the front matter", path)
	}
	return r
}

// eventLines writes events as the coder's JSON, one a line.
func eventLines(t testing.TB, evs []events.Event) []byte {
	t.Helper()
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	for _, e := range evs {
		if err := enc.Encode(e); err != nil {
			t.Fatal(err)
		}
	}
	return buf.Bytes()
}

package reader

import (
	"bytes"
	"encoding/json"
	"flag"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/events/internal/golden"
)

var update = flag.Bool("update", false, "rewrite testdata/golden/*.golden.jsonl from the current output")

// goldenLine is one yielded pair as the golden files record it.
type goldenLine struct {
	Origin    string `json:"origin,omitempty"`
	ID        string `json:"id,omitempty"`
	Title     string `json:"title,omitempty"`
	Source    string `json:"source,omitempty"`
	URL       string `json:"url,omitempty"`
	Lang      string `json:"lang,omitempty"`
	Published string `json:"published,omitempty"`
	Text      string `json:"text,omitempty"`
	Error     string `json:"error,omitempty"`
}

// TestGolden reads every input under testdata/golden and compares all it
// yields, reports and errors alike, with <input>.golden.jsonl. A new case is
// a new file; review the diff after -update.
func TestGolden(t *testing.T) {
	inputs := goldenInputs(t)
	for _, in := range inputs {
		t.Run(filepath.Base(in), func(t *testing.T) {
			var got bytes.Buffer
			enc := json.NewEncoder(&got)
			enc.SetEscapeHTML(false)
			for r, err := range Read([]string{in}, nil, Options{}) {
				g := goldenLine{Origin: r.Origin, ID: r.ID, Title: r.Title, Source: r.Source, URL: r.URL, Lang: r.Lang, Text: r.Text}
				if r.Dated() {
					g.Published = r.Published.Format(time.RFC3339)
				}
				if err != nil {
					g.Error = err.Error()
				}
				if err := enc.Encode(g); err != nil {
					t.Fatal(err)
				}
			}
			golden.Check(t, in+".golden.jsonl", got.Bytes(), *update)
		})
	}
}

// goldenInputs lists the inputs under testdata/golden, without the
// expected outputs beside them.
func goldenInputs(t *testing.T) []string {
	t.Helper()
	all, err := filepath.Glob("testdata/golden/*")
	if err != nil {
		t.Fatal(err)
	}
	var inputs []string
	for _, p := range all {
		if !strings.HasSuffix(p, ".golden.jsonl") {
			inputs = append(inputs, p)
		}
	}
	if len(inputs) < 10 {
		t.Fatalf("found %d golden inputs, want at least 10", len(inputs))
	}
	return inputs
}

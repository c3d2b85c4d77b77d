package eval

import (
	"bytes"
	"os"
	"strconv"
	"strings"
	"testing"
)

// FuzzReadGold reads arbitrary bytes as a gold file. It must not panic;
// an error names the file and a line inside it (file:line:); a gold
// report has an id, a text, its origin at a line of the file, the file's
// name, and events that are its own.
func FuzzReadGold(f *testing.F) {
	golden, err := os.ReadFile("../reader/testdata/golden/gold.jsonl")
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		goldJSONL, string(golden), "", "\n\n", "\r\n",
		`{"id":"bad","text":"x","events":[{"inter1":12}]}`, `{"id":"g","text":"x","events":[{"inter1":"Rebels"}, 5]}`,
		`{"id":"g","text":"x","published":"2024-02-30"}`, `{"id":"g","text":"x","published":"0224-01-01"}`,
		`{"id":"","text":"x"}`, `{"id":"g"}`, `{"id":"g","text":"x","events":{}}`, `{"id":"g","text":"x","events":[{"event_key":7}]}`,
		`{"id":"g","text":"x"` + "\n", `[1]`, `{"id":"g","text":"x"}` + "\n" + `{"id":"h","text":"y","events":[{"latitude":"north"}]}`,
		`{"id":"g","text":"x"}` + "\n" + strings.Repeat(" ", 70<<10) + "\n",
	} {
		f.Add([]byte(s))
	}
	f.Fuzz(func(t *testing.T, data []byte) {
		const name = "eval/dev/gold.jsonl"
		lines := bytes.Count(data, []byte{'\n'}) + 1
		golds, err := ReadGold(bytes.NewReader(data), name)
		if err != nil {
			digits, _, _ := strings.Cut(strings.TrimPrefix(err.Error(), name+":"), ":")
			if line, err2 := strconv.Atoi(digits); !strings.HasPrefix(err.Error(), name+":") || err2 != nil || line < 1 || line > lines {
				t.Fatalf("error %q names no line of %s (%d lines)", err, name, lines)
			}
			return
		}
		last := 0
		for _, g := range golds {
			r := g.Report
			digits, ok := strings.CutPrefix(r.Origin, name+":")
			line, err := strconv.Atoi(digits)
			if r.ID == "" || r.Text == "" || g.File != name || !ok || err != nil || line <= last || line > lines {
				t.Fatalf("gold report read wrong (after line %d): %+v", last, g)
			}
			last = line
			for _, e := range g.Events {
				if e.ReportID != r.ID {
					t.Fatalf("%s: event of report %q", r.Origin, e.ReportID)
				}
			}
		}
	})
}

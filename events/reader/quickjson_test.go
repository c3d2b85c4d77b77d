package reader

import (
	"encoding/json"
	"testing"
	"unicode/utf8"
)

// TestQuickReport: the lines quickReport takes decode as encoding/json
// decodes them, and it leaves every unusual or broken line to
// encoding/json.
func TestQuickReport(t *testing.T) {
	takes := []string{
		`{"id": "r1", "title": "قتل مسلح", "text": "نص \"مقتبس\"\nسطر \u00e9 \/ \\", "published": "2018-11-28"}`,
		`{"id": 42, "text": "t", "extra": {"a": [1, -2.5e+3, true, false, null, {"b": "c"}]}, "n": 0}`,
		`  {"id": -7.25E-2, "body": "b", "date": "2020-01-01", "source": "s", "url": "u", "lang": "ar"}  `,
		`{"text": "first", "text": "second", "title": null}`,
		`{"id": null, "content": ""}`,
		`{}`,
	}
	for _, line := range takes {
		got, ok := quickReport([]byte(line))
		if !ok {
			t.Errorf("quickReport left %s to encoding/json", line)
			continue
		}
		var want jsonReport
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("%s: %v", line, err)
		}
		if got != want {
			t.Errorf("%s:\n got %+v\nwant %+v", line, got, want)
		}
	}
	leaves := []string{
		`{"Text": "case-insensitive match"}`,
		`{"ſource": "folds to source in encoding/json"}`,
		`{"te\u0078t": "escaped key"}`,
		`{"text": "\ud83d\ude00"}`,
		`{"text": 5}`,
		`{"id": true}`,
		`{"id": 01}`,
		`{"text": "a"} trailing`,
		`{"text": "a",}`,
		`{"text": "unterminated}`,
		`{"text": "tab	inside"}`,
		`{"x": [1, 2,]}`,
		`{"x": -}`,
		`{"x": 1.}`,
		`["not an object"]`,
		``,
	}
	for _, line := range leaves {
		if _, ok := quickReport([]byte(line)); ok {
			t.Errorf("quickReport took %s", line)
		}
	}
}

// FuzzQuickReport: whatever quickReport accepts, encoding/json accepts
// and decodes the same.
func FuzzQuickReport(f *testing.F) {
	f.Add(`{"id": "r1", "text": "قتل \"x\" \u0041", "published": "2018-11-28", "n": [1, {"a": null}]}`)
	f.Add(`{"id": 12e3, "TEXT": "x"}`)
	f.Fuzz(func(t *testing.T, line string) {
		if !utf8.ValidString(line) {
			return // the reader converts legacy encodings first
		}
		got, ok := quickReport([]byte(line))
		if !ok {
			return
		}
		var want jsonReport
		if err := json.Unmarshal([]byte(line), &want); err != nil {
			t.Fatalf("quickReport took %q, encoding/json says %v", line, err)
		}
		if got != want {
			t.Fatalf("%q:\n got %+v\nwant %+v", line, got, want)
		}
	})
}

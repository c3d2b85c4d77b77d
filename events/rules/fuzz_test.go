package rules

import (
	"context"
	"path/filepath"
	"testing"
	"time"
	"unicode/utf8"

	"rasd/events"
)

// fuzzEpoch is the day a fuzzed publication date counts from: days 0 is
// an undated report, any other the day that many days from it.
var fuzzEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

// FuzzCode codes arbitrary text with the test coder. It must not panic or
// fail (the context is never done); on valid UTF-8 (what the reader hands
// on) every evidence span and every rejection span lies within the text in
// code points and the runes there are exactly its Text; every event is the
// report's, dated by a real day of its year or undated, with no negative
// count and a confidence in [0, 1]; and Explain codes the events Code does.
func FuzzCode(f *testing.F) {
	c := newTestCoder(f)
	files, err := filepath.Glob("testdata/cases/*/report.md")
	if err != nil || len(files) == 0 {
		f.Fatalf("no cases: %v", err)
	}
	for _, path := range files {
		r := readCase(f, path)
		f.Add(r.Text, int16(r.Published.Sub(fuzzEpoch).Hours()/24))
	}
	for _, s := range []string{
		"طرابلس – قُتل ثلاثة مدنيين، مساء أمس الأحد، برصاص مسلحين مجهولين في مدينة طرابلس.\nGunmen abducted two engineers on Sunday near Kirkuk.",
		"قتل مسلحون مجهولون ثلاثة مدنيين أمس السبت في مدينة سرت، واختطفوا اثنين آخرين في بنغازي يوم الجمعة.",
		"", " ", "قتل", "killed", "قتل قتل قتل قتل قتل قتل قتل قتل قتل قتل في سرت أمس",
		"Gunmen killed 1000000000000000000000 people in Sirte yesterday.", "قُتِلَ ـــ أمـــس 🔴 في طَرَابُلُس\u200f",
	} {
		f.Add(s, int16(8800))
		f.Add(s, int16(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int16) {
		r := events.Report{ID: "fuzz", Text: text, Source: "fuzz"}
		if days != 0 {
			r.Published = fuzzEpoch.AddDate(0, 0, int(days))
		}
		evs, err := c.Code(context.Background(), r)
		if err != nil {
			t.Fatalf("Code: %v", err)
		}
		explained, rejected, err := c.Explain(context.Background(), r)
		if err != nil {
			t.Fatalf("Explain: %v", err)
		}
		if a, b := describe(evs), describe(explained); a != b {
			t.Fatalf("Code and Explain differ:\n%s\n%s", a, b)
		}
		if !utf8.ValidString(text) {
			return // offsets count code points of valid text
		}
		runes := []rune(text)
		span := func(what string, start, end int, words string) {
			t.Helper()
			if start < 0 || start >= end || end > len(runes) {
				t.Fatalf("%s: span %d-%d of a text of %d runes", what, start, end, len(runes))
			}
			if got := string(runes[start:end]); got != words {
				t.Fatalf("%s: span %d-%d says %q, the text there is %q", what, start, end, words, got)
			}
		}
		for _, e := range evs {
			checkEvent(t, e, r)
			for _, ev := range e.Evidence {
				span("evidence for "+ev.Field, ev.Start, ev.End, ev.Text)
			}
		}
		for _, rj := range rejected {
			if rj.Event > len(evs) || rj.Event < 0 || (rj.Event > 0 && rj.Field != "location" && rj.Field != "event_date") {
				t.Fatalf("a note on event %d (%q) of %d events", rj.Event, rj.Field, len(evs))
			}
			if rj.Event > 0 && rj.Start < 0 && rj.End < 0 && rj.Text == "" {
				continue // a field read from no words (the publication date)
			}
			span("note ("+rj.Reason+")", rj.Start, rj.End, rj.Text)
		}
	})
}

func checkEvent(t *testing.T, e events.Event, r events.Report) {
	t.Helper()
	if e.ReportID != r.ID {
		t.Fatalf("event of report %q from report %q", e.ReportID, r.ID)
	}
	if e.EventDate != "" {
		d, err := time.Parse(time.DateOnly, e.EventDate)
		if err != nil || d.Year() != e.Year {
			t.Fatalf("event date %q, year %d (%v)", e.EventDate, e.Year, err)
		}
	}
	if e.Fatalities < 0 || e.Confidence < 0 || e.Confidence > 1 {
		t.Fatalf("fatalities %d, confidence %v", e.Fatalities, e.Confidence)
	}
	if len(e.Evidence) == 0 {
		t.Fatalf("an event with no evidence: %+v", e)
	}
}

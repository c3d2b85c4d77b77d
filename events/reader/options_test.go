package reader

import (
	"strings"
	"testing"
	"time"
)

// TestOptionsAreFallbacks checks every field of Options against a report
// that gives its own value and one that does not, in each format that can
// carry the value.
func TestOptionsAreFallbacks(t *testing.T) {
	flag := Options{Published: date("2020-01-01"), Source: "Flag Source", Lang: "en"}
	tests := []struct {
		name, in                string
		read                    readFunc
		published, source, lang string
	}{
		{"jsonl own values", `{"text": "نص", "published": "2024-03-05", "source": "Own", "lang": "ar"}`, ReadJSONL, "2024-03-05", "Own", "ar"},
		{"jsonl silent", `{"text": "نص عربي خالص"}`, ReadJSONL, "2020-01-01", "Flag Source", "en"},
		{"text own values", "---\npublished: 2024-03-05\nsource: Own\nlang: ar\n---\nنص", ReadText, "2024-03-05", "Own", "ar"},
		{"text silent", "نص عربي خالص", ReadText, "2020-01-01", "Flag Source", "en"},
		{"csv own values", "text,date,source,lang\nنص,2024-03-05,Own,ar\n", ReadCSV, "2024-03-05", "Own", "ar"},
		{"csv silent", "text,date,source,lang\nنص,,,\n", ReadCSV, "2020-01-01", "Flag Source", "en"},
		{"html own values", `<html lang="ar"><head><meta property="og:site_name" content="Own"><meta property="article:published_time" content="2024-03-05"></head><body><p>نص</p></body></html>`, ReadHTML, "2024-03-05", "Own", "ar"},
		{"html silent", `<html><body><p>نص عربي خالص</p></body></html>`, ReadHTML, "2020-01-01", "Flag Source", "en"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, tt.read(strings.NewReader(tt.in), "x", flag))
			if r.PublishedString() != tt.published || r.Source != tt.source || r.Lang != tt.lang {
				t.Errorf("got published %q source %q lang %q, want %q %q %q", r.PublishedString(), r.Source, r.Lang, tt.published, tt.source, tt.lang)
			}
		})
	}
}

// TestNoDateStaysUndated checks that nothing invents a date: not the
// reader, not the clock.
func TestNoDateStaysUndated(t *testing.T) {
	for _, seq := range []struct {
		name string
		r    []item
	}{
		{"jsonl", collect(ReadJSONL(strings.NewReader(`{"text": "x"}`), "a.jsonl", Options{Source: "S"}))},
		{"text", collect(ReadText(strings.NewReader("x y z"), "a.txt", Options{Lang: "en"}))},
		{"feed", collect(ReadFeed(strings.NewReader(rss(`<item><description>x</description></item>`)), "a.rss", Options{}))},
		{"html", collect(ReadHTML(strings.NewReader(`<p>x y z</p>`), "a.html", Options{}))},
	} {
		if len(seq.r) != 1 || seq.r[0].err != nil {
			t.Fatalf("%s: %v", seq.name, seq.r)
		}
		if r := seq.r[0].r; r.Dated() || !r.Published.IsZero() || r.PublishedString() != "" {
			t.Errorf("%s: undated report got %v", seq.name, r.Published)
		}
	}
}

// TestBadDateIsNotMaskedByFlag checks that --published does not replace a
// date the report states but rasd cannot read: that date may be right, and
// the flag's may be wrong for this report.
func TestBadDateIsNotMaskedByFlag(t *testing.T) {
	items := collect(ReadJSONL(strings.NewReader(`{"id": "b", "text": "x", "published": "sometime"}`), "a.jsonl", Options{Published: date("2020-01-01")}))
	checkErr(t, items[0].err, "a.jsonl", 1, ErrDate, `"sometime"`, "remove it and pass --published")
	if items[0].r.ID != "b" || items[0].r.Dated() {
		t.Errorf("failed report = %+v", items[0].r)
	}
}

func TestOwnZoneKept(t *testing.T) {
	r := only(t, ReadJSONL(strings.NewReader(`{"text": "x", "published": "2024-03-05T23:30:00-05:00"}`), "a.jsonl", Options{}))
	if r.PublishedString() != "2024-03-05" {
		t.Errorf("date moved to %s", r.PublishedString())
	}
	if !r.Published.Equal(time.Date(2024, 3, 6, 4, 30, 0, 0, time.UTC)) {
		t.Errorf("instant changed: %v", r.Published)
	}
}

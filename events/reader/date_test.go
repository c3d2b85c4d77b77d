package reader

import (
	"errors"
	"strings"
	"testing"
	"time"
)

func TestParseDate(t *testing.T) {
	ok := []struct{ in, want string }{
		{"2024-03-05", "2024-03-05T00:00:00Z"},
		{" 2024-03-05 ", "2024-03-05T00:00:00Z"},
		{"2024-03-05T10:20:30Z", "2024-03-05T10:20:30Z"},
		{"2024-03-05T10:20:30.123+03:00", "2024-03-05T10:20:30+03:00"},
		{"2024-03-05T23:20:30-05:00", "2024-03-05T23:20:30-05:00"},
		{"2024-03-05T10:20:30+0300", "2024-03-05T10:20:30+03:00"},
		{"2024-03-05T10:20:30", "2024-03-05T10:20:30Z"},
		{"2024-03-05T10:20", "2024-03-05T10:20:00Z"},
		{"2024-03-05 10:20:30", "2024-03-05T10:20:30Z"},
		{"2024-03-05 10:20:30 +0200", "2024-03-05T10:20:30+02:00"},
		{"2024-03-05 10:20", "2024-03-05T10:20:00Z"},
		{"2024/03/05", "2024-03-05T00:00:00Z"},
		{"Tue, 05 Mar 2024 10:20:30 GMT", "2024-03-05T10:20:30Z"},
		{"Tue, 5 Mar 2024 10:20:30 +0200", "2024-03-05T10:20:30+02:00"},
		{"Tuesday, 5 Mar 2024 10:20:30 +0200", "2024-03-05T10:20:30+02:00"},
		{"05 Mar 24 10:20 +0000", "2024-03-05T10:20:00Z"},
		{"5 March 2024", "2024-03-05T00:00:00Z"},
		{"5 mar 2024", "2024-03-05T00:00:00Z"},
		{"March 5, 2024", "2024-03-05T00:00:00Z"},
		{"Mar 5, 2024", "2024-03-05T00:00:00Z"},
		{"Tuesday, March 5, 2024", "2024-03-05T00:00:00Z"},
		{"MARCH 5 2024", "2024-03-05T00:00:00Z"},
	}
	for _, tt := range ok {
		got, err := ParseDate(tt.in)
		if err != nil {
			t.Errorf("ParseDate(%q): %v", tt.in, err)
			continue
		}
		if s := got.Format(time.RFC3339); s != tt.want {
			t.Errorf("ParseDate(%q) = %s, want %s", tt.in, s, tt.want)
		}
	}
	for _, in := range []string{"", "yesterday", "31/02/2024", "05/03/2024", "2024-02-30", "2024-13-01", "0224-03-05", "2224-03-05", "٥ مارس ٢٠٢٤", "Funday, 5 March 2024", "1710000000"} {
		if got, err := ParseDate(in); err == nil {
			t.Errorf("ParseDate(%q) = %v, want an error", in, got)
		}
	}
}

// TestParseDateOption checks that the parser given in Options is the one
// used, so the Arabic date parser can be plugged in without this package
// depending on it.
func TestParseDateOption(t *testing.T) {
	opts := Options{ParseDate: func(s string) (time.Time, error) {
		if s == "٥ مارس ٢٠٢٤" {
			return time.Date(2024, 3, 5, 0, 0, 0, 0, time.UTC), nil
		}
		return time.Time{}, errors.New("the parser says no")
	}}
	in := `{"text": "x", "published": "٥ مارس ٢٠٢٤"}` + "\n" + `{"text": "y", "published": "2024-03-05"}` + "\n"
	items := collect(ReadJSONL(strings.NewReader(in), "h.jsonl", opts))
	if items[0].err != nil || items[0].r.PublishedString() != "2024-03-05" {
		t.Errorf("parser not used: %+v %v", items[0].r, items[0].err)
	}
	checkErr(t, items[1].err, "h.jsonl", 2, ErrDate, "the parser says no")

	// no parser given: the machine formats
	r := only(t, ReadJSONL(strings.NewReader(`{"text": "y", "published": "2024-03-05"}`), "h.jsonl", Options{}))
	if r.PublishedString() != "2024-03-05" {
		t.Errorf("published = %q", r.PublishedString())
	}
}

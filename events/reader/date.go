package reader

import (
	"errors"
	"strings"
	"time"
)

// dateLayouts are tried in order after a leading weekday ("Thu, ") has been
// cut, so that RFC 1123/822 forms need no weekday variants. A "2" day
// accepts one or two digits where "02" would demand two.
var dateLayouts = []string{
	time.DateOnly,
	time.RFC3339,
	"2006-01-02T15:04:05Z0700",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04",
	time.DateTime,
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 MST",
	"2006-01-02 15:04",
	"2006/01/02",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	"2 Jan 2006 15:04 MST",
	"2 Jan 2006 15:04 -0700",
	"2 Jan 06 15:04:05 MST",
	"2 Jan 06 15:04:05 -0700",
	"2 Jan 06 15:04 MST",
	"2 Jan 06 15:04 -0700",
	"2 January 2006",
	"2 Jan 2006",
	"January 2, 2006",
	"Jan 2, 2006",
	"January 2 2006",
	"Jan 2 2006",
}

var errDateForm = errors.New("not ISO 8601, RFC 1123 or a date like 2 January 2006")

// ParseDate reads a publication date in the machine formats of feeds, HTML
// metadata, JSON and CMS exports, and plain English dates: what Options
// uses when given no fuller parser. Zoned times keep their zone, so the
// date is the one the outlet saw. It rejects years outside 1900–2100: a
// typo such as 0224 would otherwise date events 1,800 years ago.
func ParseDate(s string) (time.Time, error) {
	s = cutWeekday(strings.TrimSpace(s))
	for _, layout := range dateLayouts {
		t, err := time.Parse(layout, s)
		if err != nil {
			continue
		}
		if !inYears(t) {
			return time.Time{}, errors.New("year out of range 1900–2100")
		}
		return t, nil
	}
	return time.Time{}, errDateForm
}

// cutWeekday drops a leading English weekday and its comma ("Thu, ",
// "Thursday, "): it says nothing the date does not.
func cutWeekday(s string) string {
	i := strings.IndexByte(s, ',')
	if i < 3 || i > len("wednesday") {
		return s
	}
	w := strings.ToLower(s[:i])
	for d := time.Sunday; d <= time.Saturday; d++ {
		name := strings.ToLower(d.String())
		if w == name || w == name[:3] {
			return strings.TrimSpace(s[i+1:])
		}
	}
	return s
}

// inYears reports whether t's year is one a publication date may have:
// 1900–2100 (a Hijri year written in ISO form, or a typo, is outside).
func inYears(t time.Time) bool { return t.Year() >= 1900 && t.Year() <= 2100 }

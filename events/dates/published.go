package dates

import (
	"errors"
	"fmt"
	"strings"
	"time"

	"rasd/events/arabic"
)

// ErrNoDate is returned (wrapped) by ParsePublished when the value holds no
// date it can read.
var ErrNoDate = errors.New("no date found")

// publishedLayouts are the machine formats publication dates come in: feeds
// (RFC 1123/822/850, with one- or two-digit days), ISO 8601 and RFC 3339 from
// HTML metadata and JSON, and the SQL-ish forms of CMS exports. Layouts
// without a zone read as UTC.
var publishedLayouts = []string{
	time.RFC3339Nano,
	"2006-01-02T15:04Z07:00",
	"2006-01-02T15:04:05",
	"2006-01-02T15:04",
	"2006-01-02 15:04:05Z07:00",
	"2006-01-02 15:04:05 -0700",
	"2006-01-02 15:04:05 -0700 MST",
	"2006-01-02 15:04:05 MST",
	time.DateTime,
	"2006-01-02 15:04",
	time.DateOnly,
	"2006/01/02",
	"20060102",
	"20060102T150405Z0700",
	time.RFC1123,
	time.RFC1123Z,
	"Mon, 2 Jan 2006 15:04:05 MST",
	"Mon, 2 Jan 2006 15:04:05 -0700",
	"Mon, 2 Jan 2006 15:04 MST",
	"Mon, 2 Jan 2006 15:04 -0700",
	"Mon, 02 Jan 2006 15:04:05 -0700 (MST)",
	"2 Jan 2006 15:04:05 MST",
	"2 Jan 2006 15:04:05 -0700",
	time.RFC822,
	time.RFC822Z,
	"2 Jan 06 15:04 MST",
	time.RFC850,
	time.ANSIC,
	time.UnixDate,
	time.RubyDate,
}

// numberFirstLayouts and wordFirstLayouts split publishedLayouts, in order,
// by what their first element is: a number (year, day) or a word (weekday,
// month).
var numberFirstLayouts, wordFirstLayouts = func() (num, word []string) {
	for _, l := range publishedLayouts {
		if '0' <= l[0] && l[0] <= '9' {
			num = append(num, l)
		} else {
			word = append(word, l)
		}
	}
	return num, word
}()

// ParsePublished reads a report's publication date in any common form:
// ISO 8601 / RFC 3339, RFC 1123/822/850 (feeds), "2006-01-02 15:04:05",
// English "2 January 2006", "January 2, 2006", "Jan 2, 2006", Arabic dates
// with month names of all three families and Arabic-Indic digits, weekday
// prefixes ("al-thulatha' 12 maris 2024", "Tuesday, 12 March 2024"), and
// Hijri dates marked AH (converted with the tabular calendar; see the
// package doc).
//
// A date alone comes back at midnight UTC. A date with a time keeps the
// zone it was written in, so its calendar date is the one the writer saw.
func (lx *Lexicon) ParsePublished(s string) (time.Time, error) {
	v := strings.TrimSpace(s)
	if v == "" {
		return time.Time{}, fmt.Errorf("parse published date: %w", ErrNoDate)
	}
	// a layout that opens with a number cannot read a date that opens
	// with a word, and the other way round: try only the ones that can (a
	// failed time.Parse costs an error value)
	layouts := publishedLayouts
	switch c := v[0] | 0x20; {
	case '0' <= v[0] && v[0] <= '9':
		layouts = numberFirstLayouts
	case 'a' <= c && c <= 'z':
		layouts = wordFirstLayouts
	}
	for _, l := range layouts {
		t, err := time.Parse(l, v)
		if err != nil {
			continue
		}
		return checkYear(s, t)
	}
	if t, ok := lx.writtenDate(v); ok {
		return checkYear(s, t)
	}
	return time.Time{}, fmt.Errorf("parse published date %q: %w (a numeric date is read day first, 31/12/2024; write ISO dates, 2024-12-31, to be sure)", s, ErrNoDate)
}

// checkYear refuses a publication year outside 1900–2100: a typo (0224),
// a placeholder (0000, 9999) or a Hijri year written in ISO form (1445-…)
// would date every event of the report by centuries.
func checkYear(s string, t time.Time) (time.Time, error) {
	if y := t.Year(); y < minYear || y > maxYear {
		return time.Time{}, fmt.Errorf("parse published date %q: year %04d is outside %d–%d: is it a typo, or a Hijri year (write a Hijri date with its month name and AH, or convert it)?", s, y, minYear, maxYear)
	}
	return t, nil
}

// writtenDate finds the first full date (with its year) in a date written
// in words, reusing the event-date grammar with no publication date.
func (lx *Lexicon) writtenDate(s string) (time.Time, bool) {
	folded := arabic.Fold(s)
	toks := lx.tokenize(folded, nil)
	// a numeric publication date is read day first, as most of the world
	// (and rasd's Arabic sources) write it: one rule, never turned round
	p := parser{lx: lx, text: folded, toks: toks, order: dayFirst}
	for i := range toks {
		if m, ok := p.fullDate(i); ok && m.fixed {
			return m.date, true
		}
	}
	return time.Time{}, false
}

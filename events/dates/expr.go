package dates

import (
	"strings"
	"time"
)

// Precision is ACLED's time_precision: how much of an event's date the report
// actually gives. Coding a "last week" event at precision 1 would claim a day
// nobody reported; the codebook's scale keeps the claim honest.
type Precision int

// The precision levels of the codebook. None marks expressions vaguer than a
// month ("in recent years", "in 2019"), from which no event may be coded.
const (
	None  Precision = 0
	Day   Precision = 1
	Week  Precision = 2
	Month Precision = 3
)

// Flags qualify an expression so the coder can decide whether it dates a new
// event at all.
type Flags uint8

const (
	// Vague: the text gives less than a month ("in recent months", "mundhu
	// sanawat", for years, a bare year). ACLED does not code such events.
	Vague Flags = 1 << iota
	// Old: the date lies long before publication (more than OldAfter, or a
	// named earlier year): anniversaries, trials, background. The coder asks
	// this to tell old news from new events.
	Old
	// Future: the date lies after publication ("tomorrow", "next week", a
	// year that has not come). An event there is a bug to report, not a row.
	Future
	// Dateline: the date stands in the report's dateline ("BENGHAZI, Feb 15
	// (Agency) -"). It says when the report was filed, not when anything
	// happened: the coder never binds a mention to it, and falls back to it only
	// when the text dates an event no other way.
	Dateline
)

// OldAfter is how long before publication a resolved date must lie to count
// as Old. A quarter of a year keeps "last month" and "early March" (in a May
// report) new, while a date of the previous year is old news.
const OldAfter = 90 * 24 * time.Hour

func (f Flags) String() string {
	var parts []string
	for _, p := range []struct {
		f    Flags
		name string
	}{{Vague, "vague"}, {Old, "old"}, {Future, "future"}, {Dateline, "dateline"}} {
		if f&p.f != 0 {
			parts = append(parts, p.name)
		}
	}
	return strings.Join(parts, "|")
}

// Form says which kind of wording an expression was read from, for evidence
// and for --verbose explanations ("dated by a weekday", "by a named month").
type Form uint8

// The forms Find recognises.
const (
	Absolute Form = iota + 1 // a calendar date: "12 March 2024", "12 adhar", "2024-03-12"
	Relative                 // a day counted from publication: "yesterday", "qabl yawmayn"
	Weekday                  // a named day of the week: "on Tuesday", "masa' al-thulatha'"
	Period                   // a week or month: "last week", "muntasaf al-shahr", "in March"
	Stretch                  // a stretch longer than a month: "in recent years", "'am 2013"
	Anaphor                  // a day counted from the date told before: "the same day", "al-yawm al-tali", "two days later"
)

func (f Form) String() string {
	switch f {
	case Absolute:
		return "absolute"
	case Relative:
		return "relative"
	case Weekday:
		return "weekday"
	case Period:
		return "period"
	case Stretch:
		return "stretch"
	case Anaphor:
		return "anaphor"
	}
	return "unknown"
}

// Expr is one date expression found in a report, resolved against the
// report's publication date.
type Expr struct {
	// Start and End are Unicode code-point offsets into the original text,
	// End exclusive: the evidence span the coder cites.
	Start, End int
	// Text is the original text of the span, diacritics and all.
	Text string
	// Date is the resolved calendar date at midnight UTC: the day itself for
	// precision 1, the codebook's representative day (a Wednesday, the 15th,
	// the 1st or last day) for coarser precisions, a best guess when Vague.
	Date time.Time
	// Precision is the ACLED time_precision the wording supports; None when
	// Vague.
	Precision Precision
	// Flags mark vague, old, future and dateline expressions.
	Flags Flags
	// Form is the kind of wording the date was read from.
	Form Form
}

// Codable reports whether an event may be dated by e: a month or better, and
// not after publication. Old expressions are codable dates; whether the event
// is news is the coder's question.
func (e Expr) Codable() bool { return e.Flags&(Vague|Future) == 0 && e.Precision != None }

// Is reports whether all of the given flags are set.
func (e Expr) Is(f Flags) bool { return e.Flags&f == f }

// DateString is Date as ACLED's event_date, YYYY-MM-DD.
func (e Expr) DateString() string { return e.Date.Format(time.DateOnly) }

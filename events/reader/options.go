package reader

import (
	"fmt"
	"time"
)

// Options are what the command line knows about reports that may not say it
// themselves (--published, --source, --lang). Every field is a fallback: a
// report's own value wins, because the file is closer to the truth than a
// flag given for a whole batch. Zero values leave the gap open.
type Options struct {
	// Published dates reports that carry no date. Left zero, such reports
	// stay undated: rasd never uses today's date.
	Published time.Time
	// Source names the outlet of reports that name none.
	Source string
	// Lang ("ar" or "en") is the language of reports that do not declare
	// one; when empty the language is detected from the text.
	Lang string
	// ParseDate reads the publication dates reports state. A fuller parser
	// (Arabic month names, Hijri dates: the dates package's) is given here
	// by whoever wires rasd, so this package does not depend on it; nil
	// reads the machine formats of feeds, HTML metadata, JSON and CMS
	// exports, and plain English dates (ParseDate).
	ParseDate func(string) (time.Time, error)
	// MaxReportBytes bounds a report's text (0: DefaultMaxReportBytes): a
	// longer report fails alone, named by its file and line, so that no
	// report can stall the coding of the others.
	MaxReportBytes int
	// Warn is told of what a walk of a directory passes over (files of an
	// unknown type, pipes and devices, broken or looping links), so nothing
	// is left out without a word; nil drops the warnings.
	Warn func(msg string)
	// MaxInputBytes bounds what is read for one report (0:
	// DefaultMaxInputBytes): a JSONL line, a text, Markdown or HTML file. A
	// longer one fails alone, before it is parsed.
	MaxInputBytes int
}

// The default limits: a report of 1 MiB of text is some 150,000 words,
// far beyond any news article; 16 MiB of input leaves room for the markup
// of a scraped page around it.
const (
	DefaultMaxReportBytes = 1 << 20
	DefaultMaxInputBytes  = 16 << 20
)

func (o Options) warn(format string, args ...any) {
	if o.Warn != nil {
		o.Warn(fmt.Sprintf(format, args...))
	}
}

func (o Options) maxReport() int {
	if o.MaxReportBytes > 0 {
		return o.MaxReportBytes
	}
	return DefaultMaxReportBytes
}

func (o Options) maxInput() int {
	if o.MaxInputBytes > 0 {
		return o.MaxInputBytes
	}
	return DefaultMaxInputBytes
}

// size spells a byte count for messages.
func size(n int) string {
	switch {
	case n >= 1<<20 && n%(1<<20) == 0:
		return fmt.Sprintf("%d MiB", n>>20)
	case n >= 1<<20:
		return fmt.Sprintf("%.1f MiB", float64(n)/(1<<20))
	case n >= 1<<10 && n%(1<<10) == 0:
		return fmt.Sprintf("%d KiB", n>>10)
	}
	return fmt.Sprintf("%d bytes", n)
}

// parseDate reads a stated publication date with the configured parser.
func (o Options) parseDate(s string) (time.Time, error) {
	if o.ParseDate == nil {
		return ParseDate(s)
	}
	return o.ParseDate(s)
}

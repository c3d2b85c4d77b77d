package reader

import "time"

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
}

// parseDate reads a stated publication date with the configured parser.
func (o Options) parseDate(s string) (time.Time, error) {
	if o.ParseDate == nil {
		return ParseDate(s)
	}
	return o.ParseDate(s)
}

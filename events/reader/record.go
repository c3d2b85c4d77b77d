package reader

import (
	"crypto/sha256"
	"encoding/hex"
	"fmt"
	"path/filepath"
	"strings"
	"time"

	"rasd/events"
	"unicode"
)

// record is a report as a format found it: raw strings, before fallbacks,
// dates and ids are settled. Every format fills one and hands it to
// finish, so the rules below hold for all of them.
type record struct {
	id, title, text, source, url, lang string
	// published is the date as written; date is set instead when the format
	// has already parsed it (feeds).
	published string
	date      time.Time
	// dateLine is the line of the published field when the format knows it
	// (front matter), so a bad date is reported where it is written.
	dateLine int
}

// where is the position of a record in its input.
type where struct {
	path string
	// line is the 1-based line of the record, 0 for a file that is one
	// report (text, HTML, a single JSON object).
	line int
	// origin is what Report.Origin will say ("path", "path:12",
	// "path item 3").
	origin string
	// seq makes a derived id unique within a file that holds many reports
	// (the line, or the item number), "" for a one-report file.
	seq string
}

func at(path string) where { return where{path: path, origin: path} }

func atLine(path string, line int) where {
	return where{path: path, line: line, origin: fmt.Sprintf("%s:%d", path, line), seq: fmt.Sprint(line)}
}

// finish applies the rules every format shares: the report's own values win
// and Options fill the gaps; the text must not be empty; the id is the given
// one or is derived from the file name and the text, so it is the same on
// every run. On error the returned report carries only ID and Origin, so a
// caller can say which report failed.
func finish(rec record, w where, opts Options) (events.Report, error) {
	r := events.Report{
		ID:     strings.TrimSpace(rec.id),
		Title:  cleanTitle(rec.title),
		Text:   cleanText(rec.text),
		Source: strings.TrimSpace(rec.source),
		URL:    strings.TrimSpace(rec.url),
		Origin: w.origin,
	}
	if r.Text == "" {
		return events.Report{ID: r.ID, Origin: r.Origin}, errAt(w.path, w.line, problemf(ErrNoText, "no text: the report's text is missing or empty"))
	}
	if !strings.ContainsFunc(r.Text, func(c rune) bool { return unicode.IsLetter(c) || unicode.IsDigit(c) }) {
		return events.Report{ID: r.ID, Origin: r.Origin}, errAt(w.path, w.line, problemf(ErrNoText,
			"no text: the report's text holds no word, only spaces, invisible characters or punctuation"))
	}
	if n := len(r.Text); n > opts.maxReport() {
		return events.Report{ID: r.ID, Origin: r.Origin}, errAt(w.path, w.line, problemf(ErrTooLarge,
			"the report's text is %s, more than %s (limits.report_bytes): it was left out; split it into several reports, or raise the limit", size(n), size(opts.maxReport())))
	}
	if r.ID == "" {
		r.ID = derivedID(w, r.Text)
	}
	if r.Source == "" {
		r.Source = strings.TrimSpace(opts.Source)
	}
	if r.Lang = normLang(rec.lang); r.Lang == "" {
		if r.Lang = normLang(opts.Lang); r.Lang == "" {
			r.Lang = DetectLang(r.Text)
		}
	}
	switch published := strings.TrimSpace(rec.published); {
	case !rec.date.IsZero():
		r.Published = rec.date
	case published != "":
		t, err := opts.parseDate(published)
		if err != nil {
			line := w.line
			if rec.dateLine > 0 {
				line = rec.dateLine
			}
			return events.Report{ID: r.ID, Origin: r.Origin}, errAt(w.path, line,
				problemf(ErrDate, "published %q is not a date rasd reads (%v): write it as YYYY-MM-DD (or remove it and pass --published)", published, err))
		}
		r.Published = t
	default:
		r.Published = opts.Published
	}
	return r, nil
}

// derivedID names a report that has no id: the file's base name without its
// extension, the record's line or number in a many-report file, and the
// first 10 hex digits of the SHA-256 of the text. Base name rather than path,
// so the id does not change with the directory rasd is run from.
func derivedID(w where, text string) string {
	base := filepath.Base(w.path)
	base = strings.TrimSuffix(base, filepath.Ext(base))
	base = strings.Join(strings.Fields(base), "_")
	if base == "" || base == "." {
		base = "report"
	}
	sum := sha256.Sum256([]byte(text))
	h := hex.EncodeToString(sum[:5])
	if w.seq != "" {
		return base + "-" + w.seq + "-" + h
	}
	return base + "-" + h
}

// cleanText makes line ends LF and trims the ends, so that the same report
// has the same text (and id, and evidence offsets) whichever system wrote it.
func cleanText(s string) string {
	if strings.IndexByte(s, '\r') >= 0 {
		s = strings.ReplaceAll(s, "\r\n", "\n")
		s = strings.ReplaceAll(s, "\r", "\n")
	}
	return strings.TrimSpace(s)
}

// cleanTitle puts a title on one line: feeds and HTML break titles where
// their markup did.
func cleanTitle(s string) string {
	s = strings.TrimSpace(s)
	if strings.ContainsAny(s, "\n\r\t") || strings.Contains(s, "  ") {
		s = strings.Join(strings.Fields(s), " ")
	}
	return s
}

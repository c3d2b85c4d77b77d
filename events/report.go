// Package events holds rasd's domain: the reports it reads, the events it codes
// from them, and the contract a coder fulfils. It imports the standard library
// and text libraries only, so the coder can run anywhere a report can be read.
package events

import (
	"crypto/sha256"
	"encoding/hex"
	"time"
)

// Report is one news report as rasd reads it, whatever the input format.
type Report struct {
	ID        string    `json:"id"`
	Title     string    `json:"title,omitempty"`
	Text      string    `json:"text"`
	Source    string    `json:"source,omitempty"`
	URL       string    `json:"url,omitempty"`
	Lang      string    `json:"lang,omitempty"`
	Published time.Time `json:"-"`
	// Origin names where the report was read from ("file.jsonl:12"), so that
	// every message about it can point a user at the right place.
	Origin string `json:"-"`
}

// Dated reports whether the report carries a publication date. Undated
// reports are stored but their events cannot be dated: rasd never falls back
// to today's date.
func (r Report) Dated() bool { return !r.Published.IsZero() }

// ContentHash identifies the report's content, so that re-ingesting the same
// report (even under another path) adds nothing.
func (r Report) ContentHash() string {
	h := sha256.New()
	for _, s := range []string{r.Title, "\x00", r.Text, "\x00", r.Source, "\x00", r.URL, "\x00", r.Lang, "\x00", r.PublishedString()} {
		h.Write([]byte(s))
	}
	return hex.EncodeToString(h.Sum(nil))
}

// PublishedString is the publication date as YYYY-MM-DD, or "" when unknown.
func (r Report) PublishedString() string {
	if !r.Dated() {
		return ""
	}
	return r.Published.Format(time.DateOnly)
}

// Package eval scores a coder against gold reports: event precision, recall
// and F1 per language, per-field accuracy over matched events, and the rate
// of false events in reports that describe none. It is how rasd's coding
// quality is measured, never asserted.
package eval

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"time"

	"rasd/events"
)

// Gold is one annotated report: the report as rasd reads it and the events a
// careful human coder found in it.
type Gold struct {
	Report events.Report
	Notes  string
	Events []GoldEvent
	// File is the gold file the report was read from (ReadGold's name):
	// rasd eval scores each file apart, so invented and real sets are seen
	// apart.
	File string
}

// GoldEvent is an annotated event; EventKey is shared by reports that
// describe the same real-world incident.
type GoldEvent struct {
	events.Event
	EventKey string
}

type goldLine struct {
	ID        string            `json:"id"`
	Lang      string            `json:"lang"`
	Source    string            `json:"source"`
	Published string            `json:"published"`
	Title     string            `json:"title"`
	Text      string            `json:"text"`
	URL       string            `json:"url"`
	Notes     string            `json:"notes"`
	Events    []json.RawMessage `json:"events"`
}

// ReadGold parses gold reports, one JSON object a line. name is used in
// errors, which carry the line number.
func ReadGold(r io.Reader, name string) ([]Gold, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 64<<20)
	var out []Gold
	line := 0
	for sc.Scan() {
		line++
		if len(sc.Bytes()) == 0 {
			continue
		}
		var g goldLine
		if err := json.Unmarshal(sc.Bytes(), &g); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		if g.ID == "" || g.Text == "" {
			return nil, fmt.Errorf("%s:%d: gold report needs an id and a text", name, line)
		}
		rep := events.Report{ID: g.ID, Title: g.Title, Text: g.Text, Source: g.Source, URL: g.URL, Lang: g.Lang,
			Origin: fmt.Sprintf("%s:%d", name, line)}
		if g.Published != "" {
			t, err := time.Parse(time.DateOnly, g.Published)
			if err != nil {
				return nil, fmt.Errorf("%s:%d: published %q: want YYYY-MM-DD", name, line, g.Published)
			}
			rep.Published = t
		}
		gold := Gold{Report: rep, Notes: g.Notes, File: name}
		for i, raw := range g.Events {
			var ge GoldEvent
			if err := json.Unmarshal(raw, &ge.Event); err != nil {
				return nil, fmt.Errorf("%s:%d: event %d: %w", name, line, i+1, err)
			}
			var key struct {
				EventKey string `json:"event_key"`
			}
			if err := json.Unmarshal(raw, &key); err != nil {
				return nil, fmt.Errorf("%s:%d: event %d: %w", name, line, i+1, err)
			}
			ge.EventKey = key.EventKey
			ge.ReportID = g.ID
			gold.Events = append(gold.Events, ge)
		}
		out = append(out, gold)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// Package rules is rasd's coder: it reads a report the way a trained ACLED
// coder would — find the words that report violence, discard the mentions
// that are not new incidents (denials, threats, trials, anniversaries,
// metaphors, statistics), bind each remaining mention to the date, place and
// actors that govern it, gather mentions of one incident, and fill every
// column it can defend with the words it was read from.
package rules

import (
	"context"
	"fmt"
	"slices"

	"rasd/events"
)

// Coder codes reports with lexicons and finders. It is safe for concurrent
// use: Code keeps all its state on the stack.
type Coder struct {
	lx *Lexicons
	f  Finders
}

// New returns a coder. Finders that are nil find nothing.
func New(lx *Lexicons, f Finders) *Coder { return &Coder{lx: lx, f: f} }

// Rejection is what the coder says about a report for 'rasd extract
// --verbose': a candidate it did not code, and why (Event 0), or, for the
// Event-th event it coded (from 1), why a field was read from the words it
// was (Field "location" or "event_date").
type Rejection struct {
	Text       string // the trigger's words, or the field's evidence
	Start, End int    // code points of the report text
	Reason     string
	Cue        string // the words that decided it, when a cue did
	Event      int
	Field      string
}

// Code codes one report. It stops, with ctx's error, soon after ctx is
// done.
func (c *Coder) Code(ctx context.Context, r events.Report) ([]events.Event, error) {
	evs, _, err := c.code(ctx, r, false)
	return evs, err
}

// Explain codes one report and also returns every candidate it rejected,
// for 'rasd extract --verbose'.
func (c *Coder) Explain(ctx context.Context, r events.Report) ([]events.Event, []Rejection, error) {
	return c.code(ctx, r, true)
}

// code codes r; explain asks for the rejections too.
func (c *Coder) code(ctx context.Context, r events.Report, explain bool) ([]events.Event, []Rejection, error) {
	if err := ctx.Err(); err != nil {
		return nil, nil, stopped(err)
	}
	d := newDoc(r.Text, c.lx)
	defer d.release()
	d.ctx = ctx
	cands := d.candidates()
	var b *binder
	for i, cand := range cands {
		if d.stop(i) {
			return nil, nil, stopped(d.err)
		}
		if cand.rejected == "" {
			if b == nil {
				// dates, places and actors are looked up only for reports
				// with a candidate left to bind, and only as far as the
				// paragraph after the last such candidate
				b = c.newBinder(d, r, d.bindLimit(cands), d.candidateParagraphs(cands))
				b.incidentSents = map[int]bool{}
				for _, o := range cands {
					b.incidentSents[o.sent] = true
					b.triggers = append(b.triggers, o.m.Start)
				}
				slices.Sort(b.triggers)
			}
			b.bind(cand)
		}
	}
	var rej []Rejection
	note := func(cand *candidate, reason string) {
		if !explain {
			return
		}
		s, e, w := d.folded.Original(cand.m.Start, cand.m.End)
		rj := Rejection{Text: w, Start: s, End: e, Reason: reason}
		if cand.cue != nil {
			_, _, rj.Cue = d.folded.Original(cand.cue.Start, cand.cue.End)
		}
		rej = append(rej, rj)
	}
	incidents := d.group(cands)
	if d.err != nil {
		return nil, nil, stopped(d.err)
	}
	for _, cand := range cands {
		if cand.rejected != "" {
			note(cand, cand.rejected)
		}
	}
	if b != nil && len(incidents) > 0 {
		first, last := len(d.sentences), 0
		for _, in := range incidents {
			for _, c := range in.cands {
				first, last = min(first, c.sent), max(last, c.sent)
			}
		}
		last = min(last+3, len(d.sentences)-1)
		b.actorSpan = span{start: d.sentences[first].start, end: d.sentences[last].end}
	}
	var out []events.Event
	seen := map[string]bool{}
	for i, in := range incidents {
		if d.stop(i) {
			return nil, nil, stopped(d.err)
		}
		in.prominent, in.escaped = d.prominentVictim(in), d.escapedTarget(in)
		in.resolve()
		if in.rejected == "" && !in.where.ok {
			in.rejected = "no place named: CODEBOOK does not code country-only events"
		}
		if in.rejected != "" {
			for _, cand := range in.cands {
				note(cand, in.rejected)
			}
			continue
		}
		e := b.event(in)
		key := e.EventDate + "|" + e.Location + "|" + string(kindOf(e.Category))
		if seen[key] {
			continue // the same incident told twice in one report
		}
		seen[key] = true
		out = append(out, e)
		if explain {
			rej = append(rej, d.choices(len(out), in)...)
		}
	}
	return out, rej, nil
}

// choices says why event n's place and date were read where they were.
func (d *doc) choices(n int, in *incident) []Rejection {
	var out []Rejection
	add := func(field string, start, end int, why string) {
		if why == "" {
			return
		}
		rj := Rejection{Event: n, Field: field, Reason: why, Start: -1, End: -1}
		if start >= 0 && end > start {
			rj.Start, rj.End, rj.Text = d.folded.Original(start, end)
		}
		out = append(out, rj)
	}
	add("location", in.where.start, in.where.end, in.where.why)
	add("event_date", in.when.start, in.when.end, in.when.why)
	return out
}

// stopped says why coding stopped before the end of a report.
func stopped(err error) error { return fmt.Errorf("coding stopped: %w", err) }

func kindOf(c events.Category) string {
	if c == events.Kidnapping {
		return "kidnapping"
	}
	return "harm"
}

// bindLimit is the folded byte where binding stops needing the text: the
// end of the paragraph after the last candidate not rejected.
func (d *doc) bindLimit(cands []*candidate) int {
	last := -1
	for _, c := range cands {
		if c.rejected == "" {
			last = max(last, c.sent)
		}
	}
	if last < 0 {
		return len(d.text)
	}
	para := d.sentences[last].para + 1
	limit := len(d.text)
	for _, s := range d.sentences[last:] {
		if s.para > para {
			limit = s.start
			break
		}
	}
	return limit
}

// candidateParagraphs are the paragraphs that can bind a candidate: the
// lead (the dateline, the report's main news) and those holding one.
func (d *doc) candidateParagraphs(cands []*candidate) map[int]bool {
	keep := map[int]bool{0: true}
	for _, c := range cands {
		if c.rejected == "" {
			keep[d.sentences[c.sent].para] = true
		}
	}
	return keep
}

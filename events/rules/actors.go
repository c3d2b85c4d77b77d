package rules

import (
	"rasd/events"
)

// actors fills actor1 and actor2. The perpetrator is the group that
// claimed the incident, else the named group nearest a trigger, else the
// unidentified armed group of the country. Victims of violence against
// civilians are the civilians of the country; state forces killed are
// their force (actor2).
func (b *binder) actors(in *incident, e *events.Event, country string, vs, ve int, stateVictim bool, ev func(string, int, int)) {
	var ms []ActorMention
	if b.f.Actors != nil {
		ms = b.f.Actors(b.r.Text, country, e.Year)
	}
	d := b.d
	sents := map[int]bool{}
	for _, c := range in.cands {
		sents[c.sent] = true
	}
	type placed struct {
		ActorMention
		start, end int
	}
	var cands []placed
	for _, m := range ms {
		s, en := d.folded.ByteOf(m.Start), d.folded.ByteOf(m.End)
		if sents[d.sentenceOf(s)] {
			cands = append(cands, placed{m, s, en})
		}
	}
	// the victims' force: a state actor named right after the victims
	victim := -1
	if stateVictim {
		for i, m := range cands {
			if m.State && m.start >= vs && d.wordsBetween(ve, m.start) <= 3 {
				victim = i
				break
			}
		}
	}
	best, bestScore, role, roleDist := -1, 1<<30, -1, 1<<30
	for i, m := range cands {
		if m.Role && m.Name != "" {
			dist := 1 << 20
			for _, c := range in.cands {
				dist = min(dist, d.wordsBetween(min(m.end, c.m.Start), max(m.start, c.m.End)))
			}
			if dist < roleDist && dist <= 6 {
				role, roleDist = i, dist
			}
		}
		if i == victim || m.Role || m.Member || m.Name == "" {
			continue
		}
		dist := 1 << 20
		for _, c := range in.cands {
			dist = min(dist, d.wordsBetween(min(m.end, c.m.Start), max(m.start, c.m.End)))
		}
		score := dist
		if m.Generic {
			score += 50 // a named group beats "gunmen" when both are there
		}
		if claimed(d, m.start, in) {
			score -= 100
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		e.Actor1, e.Inter1 = cands[best].Name, cands[best].Inter
		ev("actor1", cands[best].start, cands[best].end)
	}
	if e.Actor1 == "" && country != "" {
		e.Actor1, e.Inter1 = "Unidentified Armed Group ("+country+")", events.PoliticalMilitia
	}
	if role >= 0 && !stateVictim {
		e.AssocActor2 = cands[role].Name
		ev("assoc_actor_2", cands[role].start, cands[role].end)
	}
	switch {
	case victim >= 0:
		e.Actor2, e.Inter2 = cands[victim].Name, cands[victim].Inter
		ev("actor2", cands[victim].start, cands[victim].end)
	case stateVictim && country != "":
		e.Actor2, e.Inter2 = "Military Forces of "+country, events.StateForces
		ev("actor2", vs, ve)
	case country != "":
		name := "Civilians (" + country + ")"
		if b.f.Civilians != nil {
			name = b.f.Civilians(country)
		}
		e.Actor2, e.Inter2 = name, events.Civilians
	}
}

// claimed reports whether an actor mention stands in a sentence with a
// claim of responsibility.
func claimed(d *doc, pos int, in *incident) bool {
	s := d.sentenceOf(pos)
	for _, cue := range d.cues {
		if d.sentenceOf(cue.Start) != s {
			continue
		}
		for _, e := range cue.Entries {
			if ci, _ := e.Info.(cueInfo); ci.kind == "claim" {
				return true
			}
		}
	}
	return false
}

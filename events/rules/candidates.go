package rules

import (
	"strings"
	"unicode/utf8"

	"rasd/events"
	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// candidate is one trigger occurrence and what its context says of it.
type candidate struct {
	m      lexicon.Match
	info   triggerInfo
	sent   int  // sentence index
	clause span // the trigger's clause
	// mods are the cues around the trigger that do not reject it (attempt,
	// injury, claim, clash …) with the match that showed each.
	mods map[cueKind]lexicon.Match
	// when and where the mention's event happened, bound from the text
	when  when
	where where
	// rejected says why the candidate is not an event ("" when kept), and
	// cue is the match that decided it, for --verbose.
	rejected string
	cue      *lexicon.Match
}

// Cue windows: how many words may stand between a "before" cue and the
// trigger. A negation governs the verb right after it ("did not kill");
// other cues govern the clause they open.
const (
	negationWindow = 2
	cueWindow      = 5
)

// window is how many words may stand between a "before" cue and the trigger.
func window(kind cueKind) int {
	switch kind {
	case cueNegation, cuePlan:
		// a plan governs the act it names: "plot to kill", "مؤامرة لاغتيال";
		// "a plot from abroad is behind the assassination" is no plan
		return negationWindow
	}
	return cueWindow
}

// candidates turns trigger matches into candidates and judges each one by
// its context.
func (d *doc) candidates() []*candidate {
	out := make([]*candidate, 0, len(d.triggers))
	for i, m := range d.triggers {
		if d.stop(i) {
			return out
		}
		info, _ := m.Entry().Info.(triggerInfo)
		si := d.sentenceOf(m.Start)
		c := &candidate{m: m, info: info, sent: si, clause: d.clauseBounds(d.sentences[si], m.Start), mods: map[cueKind]lexicon.Match{}}
		d.judge(c)
		out = append(out, c)
	}
	return out
}

// prevWord returns the word before byte i and where it starts.
func (d *doc) prevWord(i int) (int, string) {
	j := i
	for j > 0 && d.text[j-1] == ' ' {
		j--
	}
	k := j
	for k > 0 {
		r, n := utf8.DecodeLastRuneInString(d.text[:k])
		if !arabic.IsWordRune(r) {
			break
		}
		k -= n
	}
	return k, d.text[k:j]
}

// countedIncidents reports whether a trigger is counted as a number of
// incidents (words.tsv's incident nouns: "three hundred operations of
// assassination", "dozens of cases of kidnapping"): a statistic, not one
// event.
func (d *doc) countedIncidents(c *candidate) bool {
	ws, w := d.prevWord(c.m.Start)
	if d.w.has(setPartitive, w) {
		ws, w = d.prevWord(ws)
	}
	w = strings.ToLower(arabic.TrimWa(w))
	if !d.w.has(setIncidentNoun, w) || ws < c.clause.start {
		return false
	}
	v, _, _, ok := d.numberBefore(ws, c.clause.start, 2)
	return ok && v >= 2
}

func (d *doc) judge(c *candidate) {
	if d.countedIncidents(c) {
		c.rejected = rejectReasons[cueStatistics]
		return
	}
	s := d.sentences[c.sent]
	near := overlapping(d.cues, s.start, s.end)
	for i := range near {
		cue := near[i]
		if cue.End <= s.start || cue.Start >= s.end {
			continue
		}
		for _, e := range cue.Entries {
			ci, _ := e.Info.(cueInfo)
			if !d.cueApplies(c, cue, ci) {
				continue
			}
			if ci.kind == cueAccident && d.violenceIn(s, cue) {
				continue // "a car bomb killed 12 and started a fire": violence, whatever followed
			}
			if ci.kind == cueProtest && (c.info.category == events.Kidnapping || c.info.category == events.Assassination || d.perpetratorIn(c.clause)) {
				continue // an activist assassinated or abducted, gunmen killing as protests go on: no protest death
			}
			if reason, ok := rejectReasons[ci.kind]; ok && c.rejected == "" {
				c.rejected, c.cue = reason, &near[i]
				continue
			}
			if ci.kind == cueRelease && c.info.category == events.Kidnapping && c.rejected == "" {
				c.rejected, c.cue = "a release, not a new kidnapping", &near[i]
				continue
			}
			if _, seen := c.mods[ci.kind]; !seen {
				c.mods[ci.kind] = cue
			}
		}
	}
}

func (d *doc) cueApplies(c *candidate, cue lexicon.Match, ci cueInfo) bool {
	switch ci.scope {
	case scopeBefore:
		return cue.End <= c.m.Start && cue.Start >= c.clause.start && d.wordsBetween(cue.End, c.m.Start) <= window(ci.kind)
	case scopeAfter:
		return cue.Start >= c.m.End && cue.Start < c.clause.end && d.wordsBetween(c.m.End, cue.Start) <= 1
	case scopeClause:
		// "killed in the city, which saw protests": past a relative
		// pronoun the words describe a noun, not the act
		return cue.Start >= c.clause.start && cue.End <= c.clause.end && (cue.Start < c.m.Start || !d.relativeBetween(c.m.End, cue.Start))
	default:
		return true
	}
}

// relativeBetween reports whether a relative pronoun (words.tsv set
// relative) stands between folded bytes a and b.
func (d *doc) relativeBetween(a, b int) bool {
	for _, w := range strings.Fields(d.text[a:b]) {
		if d.w.has(setRelative, strings.Trim(w, ",،.\"'()")) {
			return true
		}
	}
	return false
}

// violenceIn reports whether sentence s names a weapon or an attack
// outside the accident cue's words ("a bomb hidden in a gas cylinder",
// "an airstrike sparked a fire", "gunmen shot the driver, causing a
// crash"): deaths there were inflicted.
func (d *doc) violenceIn(s span, cue lexicon.Match) bool {
	for _, w := range overlapping(d.weapons, s.start, s.end) {
		if w.Start >= s.start && w.End <= s.end && (w.End <= cue.Start || w.Start >= cue.End) && !d.w.has(setBlast, d.text[w.Start+len(w.Prefix):w.End]) {
			return true // a weapon, not a bare "explosion" (a gas leak explodes too)
		}
	}
	for _, t := range overlapping(d.triggers, s.start, s.end) {
		if info, _ := t.Entry().Info.(triggerInfo); info.attack && t.Start >= s.start && t.End <= s.end && (t.End <= cue.Start || t.Start >= cue.End) {
			return true
		}
	}
	return false
}

// perpetratorIn reports whether a word for attackers (words.tsv set
// perpetrator: gunmen, مسلحون) stands in span cl.
func (d *doc) perpetratorIn(cl span) bool {
	for _, w := range strings.Fields(d.text[cl.start:cl.end]) {
		if d.w.has(setPerpetrator, strings.ToLower(strings.Trim(w, ",،.\"'()"))) {
			return true
		}
	}
	return false
}

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
			if ci.kind == cueAccident && d.violenceIn(s, cue, c) {
				continue // "a car bomb killed 12 and started a fire": violence, whatever followed
			}
			if ci.kind == cueProtest && (c.info.category == events.Kidnapping || c.info.category == events.Assassination || d.attackerSubject(c)) {
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

// violenceIn reports whether sentence s names, outside the accident cue's
// words, a weapon (not a bare blast word) or an attack that killed: one
// before candidate c's trigger ("a bomb hidden in a gas cylinder
// exploded, killing four"; "an airstrike … sparked a fire"), or one after
// it that stands nearer it than the accident cue ("قتل ثلاثة بقصف … ما أدى
// إلى اندلاع حريق"; not "killed in a car crash while fleeing an
// airstrike").
func (d *doc) violenceIn(s span, cue lexicon.Match, c *candidate) bool {
	cueDist := d.wordsBetween(min(cue.End, c.m.Start), max(cue.Start, c.m.End))
	killed := func(m lexicon.Match) bool {
		if m.Start < s.start || m.End > s.end || m.End > cue.Start && m.Start < cue.End {
			return false
		}
		return m.End <= c.m.Start || m.Start >= c.m.End && d.wordsBetween(c.m.End, m.Start) < cueDist
	}
	for _, w := range overlapping(d.weapons, s.start, s.end) {
		if killed(w) && !d.w.has(setBlast, d.text[w.Start+len(w.Prefix):w.End]) {
			return true // a weapon, not a bare "explosion" (a gas leak explodes too)
		}
	}
	for _, t := range overlapping(d.triggers, s.start, s.end) {
		if info, _ := t.Entry().Info.(triggerInfo); info.attack && t.Start != c.m.Start && killed(t) {
			return true
		}
	}
	return false
}

// attackerSubject reports whether a word for attackers (words.tsv set
// attacker: gunmen, مسلحون) is the subject of candidate c's trigger: before
// it in its clause, or the word right after an Arabic verb.
func (d *doc) attackerSubject(c *candidate) bool {
	for _, w := range strings.Fields(d.text[c.clause.start:c.m.Start]) {
		if d.isAttacker(w) {
			return true
		}
	}
	if (c.m.Prefix == "" || arabicVerbPrefix(c.m.Prefix)) && c.m.End < c.clause.end && arabic.IsArabicLetter(firstRune(d.text[c.m.Start:])) {
		if f := strings.Fields(d.text[c.m.End:c.clause.end]); len(f) > 0 && d.isAttacker(f[0]) {
			return true
		}
	}
	return false
}

// isAttacker reports whether word w, punctuation and a leading wa- or
// fa- aside, is in words.tsv's attacker set.
func (d *doc) isAttacker(w string) bool {
	w = strings.ToLower(strings.Trim(w, ",،.\"'()"))
	if d.w.has(setAttacker, w) {
		return true
	}
	if arabic.StartsWithConjunction(w) {
		_, n := utf8.DecodeRuneInString(w)
		return d.w.has(setAttacker, w[n:])
	}
	return false
}

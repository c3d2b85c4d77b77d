package rules

import (
	"strings"

	"rasd/events"
	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// fatalities counts the dead of an incident per CODEBOOK: reported figures,
// injured never counted, vague amounts by convention, 0 when the text says
// no one died. It returns the figure and the folded span it was read from
// (start < 0 when it is a default).
func (d *doc) fatalities(in *incident) (int, int, int) {
	best, bs, be := -1, -1, -1
	for _, c := range in.cands {
		if !c.info.death {
			continue
		}
		if in.category == events.AssassinationAttempt && c.info.category != events.Killing {
			continue // "attempt to kill" is not a death; only a separate killing counts
		}
		n, s, e := d.deathCount(c)
		if n > best {
			best, bs, be = n, s, e
		}
	}
	if best < 0 {
		if in.category == events.Assassination {
			return 1, -1, -1 // an assassination is a killing of one at least
		}
		return 0, -1, -1
	}
	return best, bs, be
}

// deathCount reads how many died from a death mention's clause: the
// numbered group of people nearest the trigger that is not closer to an
// injury word. Groups joined in one clause ("a commissioner and two of his
// guards") add up.
func (d *doc) deathCount(c *candidate) (int, int, int) {
	cl := c.clause
	// a bare number next to the trigger: "killed 12", "maqtal 12",
	// "killing at least 71"
	if v, _, en, ok := d.numberAfter(d.pastBound(c.m.End, cl.end), cl.end, 0); ok && !d.personAt(en, cl.end) {
		return v, c.m.Start, en
	}
	if v, _, st, ok := d.numberBefore(c.m.Start, cl.start, 0); ok {
		return v, st, c.m.End
	}
	total, start, end := 0, -1, -1
	for _, g := range d.counts(cl) {
		if d.injuredGroup(g, c) || d.subjectOf(g, c) || total > 0 && d.subsetBefore(g.start) {
			continue // "27 civilians, among them five children": five of the 27
		}
		if d.wordsBetween(min(g.end, c.m.Start), max(g.start, c.m.End)) > 8 {
			continue
		}
		total += g.value
		if start < 0 || g.start < start {
			start = g.start
		}
		end = max(end, g.end)
	}
	if total > 0 {
		return total, min(start, c.m.Start), max(end, c.m.End)
	}
	// "X was killed", "assassinated the imam": one person, and those
	// joined to them later in the sentence (", and two of his guards")
	return 1 + d.companions(c), c.m.Start, c.m.End
}

// subsetBefore reports whether the word or two right before byte i mark
// a part of a group told before (words.tsv set subset: بينهم، including).
func (d *doc) subsetBefore(i int) bool {
	a, w1 := d.prevWord(i)
	if d.w.has(setSubset, w1) {
		return true
	}
	_, w2 := d.prevWord(a)
	return d.w.has(setSubset, w2+" "+w1)
}

// companions counts people joined to a single victim after the trigger in
// its sentence: "wa-ithnan min hurrasihi", "and two of his bodyguards".
func (d *doc) companions(c *candidate) int {
	sent := d.sentences[c.sent]
	for _, n := range overlapping(d.numbers, c.m.End, sent.end) {
		if n.Start < c.m.End || n.End > sent.end || d.wordsBetween(c.m.End, n.Start) > 15 {
			continue
		}
		info, _ := n.Entry().Info.(numberInfo)
		if info.kind != lexicon.Exact || info.value < 2 || info.value > 20 {
			continue
		}
		_, prev := d.prevWord(n.Start)
		joined := arabic.StartsWithWa(n.Prefix) || d.w.has(setAnd, prev)
		if joined && d.partitiveAfter(n.End, sent.end) {
			return info.value
		}
	}
	return 0
}

// personAt reports whether a person word starts right after byte i.
func (d *doc) personAt(i, limit int) bool {
	for _, p := range overlapping(d.persons, i, limit) {
		if p.Start >= i && p.Start < limit && d.wordsBetween(i, p.Start) == 0 {
			return true
		}
	}
	return false
}

// injuredGroup reports whether an injury word stands nearer to the group
// than the death trigger does ("three were killed and two wounded").
func (d *doc) injuredGroup(g count, c *candidate) bool {
	dTrig := d.wordsBetween(min(g.end, c.m.Start), max(g.start, c.m.End))
	// "shot dead four guards and wounded a driver": with no victims
	// before the trigger, the group between it and the injury word is the
	// trigger's object ("three were killed and two wounded" has them)
	object := c.m.End <= g.start && !d.victimsBefore(c)
	for _, cue := range overlapping(d.cues, c.clause.start, c.clause.end) {
		if cue.Start < c.clause.start || cue.Start >= c.clause.end {
			continue
		}
		ci, _ := cue.Entry().Info.(cueInfo)
		if ci.kind != cueInjury {
			continue
		}
		if _, w := d.prevWord(cue.Start); object && g.end <= cue.Start && !d.w.has(setBePast, w) && !d.w.has(setBe, w) {
			continue // an active injury verb after the object; "… and three civilians were wounded" is passive
		}
		dCue := d.wordsBetween(min(g.end, cue.Start), max(g.start, cue.End))
		if dCue < dTrig || dCue == dTrig && cue.Start >= g.end {
			return true // a tie goes to the injury word after the group: "… killed and ten others are injured"
		}
	}
	return false
}

// victimsBefore reports whether a counted group of people stands before
// candidate c's trigger in its clause (the subject of a passive: "three
// were killed").
func (d *doc) victimsBefore(c *candidate) bool {
	for _, g := range d.counts(c.clause) {
		if g.end <= c.m.Start {
			return true
		}
	}
	return false
}

// weapon finds the highest-ranked weapon cue in the incident's sentences.
func (d *doc) weapon(in *incident) (weaponInfo, int, int, bool) {
	var best weaponInfo
	bs, be, found := -1, -1, false
	for _, si := range in.sentences() {
		s := d.sentences[si]
		for _, w := range overlapping(d.weapons, s.start, s.end) {
			if d.sentenceOf(w.Start) != si {
				continue
			}
			info, _ := w.Entry().Info.(weaponInfo)
			if !found || info.rank < best.rank {
				best, bs, be, found = info, w.Start, w.End, true
			}
		}
	}
	return best, bs, be, found
}

// stateVictims reports whether the dead or abducted were state forces
// ("three soldiers were killed"): the nearest person word to a death
// mention is of kind state.
func (d *doc) stateVictims(in *incident) (int, int, bool) {
	for _, c := range in.cands {
		if c.info.attack {
			continue // "an attack that members launched": those next to an attack word are its doers as often as its victims
		}
		best, bs, be := 1<<30, -1, -1
		kind := personKind(0)
		for _, g := range d.counts(c.clause) {
			if d.subjectOf(g, c) {
				continue // "Security forces killed five militants": the doers
			}
			dist := d.wordsBetween(min(g.end, c.m.Start), max(g.start, c.m.End))
			if dist < best && !d.injuredGroup(g, c) {
				best, bs, be, kind = dist, g.start, g.end, g.kind
			}
		}
		if kind == personState && best <= 4 && !d.militantAfter(be) && !d.membersOf(be) {
			return bs, be, true
		}
	}
	return -1, -1, false
}

// militantVictims reports whether the dead were armed men of a non-state
// group: the nearest counted group is militants ("10 terrorists killed"), or
// elements described as such ("10 of the terrorist elements").
func (d *doc) militantVictims(in *incident) bool {
	for _, c := range in.cands {
		if c.info.attack {
			continue
		}
		best, kind, end := 1<<30, personKind(0), -1
		for _, g := range d.counts(c.clause) {
			if d.subjectOf(g, c) {
				continue // "Security forces killed five militants": the doers
			}
			dist := d.wordsBetween(min(g.end, c.m.Start), max(g.start, c.m.End))
			if dist < best && !d.injuredGroup(g, c) {
				best, kind, end = dist, g.kind, g.end
			}
		}
		if best <= 4 && (kind == personMilitant || kind == personState && d.militantAfter(end)) {
			return true
		}
	}
	return false
}

// militantAfter reports whether a militant word follows byte i directly
// ("the terrorist elements").
func (d *doc) militantAfter(i int) bool {
	for _, p := range startingFrom(d.persons, i) {
		if p.Start >= i && d.wordsBetween(i, p.Start) == 0 {
			info, _ := p.Entry().Info.(personInfo)
			return info.kind == personMilitant
		}
	}
	return false
}

// subjectOf reports whether a counted group is the subject of an active
// verb trigger ("Three gunmen killed a farmer"), so not its victims.
func (d *doc) subjectOf(g count, c *candidate) bool {
	if c.info.passive {
		return false
	}
	if g.start >= c.m.End {
		if !arabic.IsArabicLetter(firstRune(d.text[c.m.Start:])) {
			// "two men were killed by soldiers": after an
			// English passive stand the agents, not the victims
			_, w := d.prevWord(c.m.Start)
			return d.w.has(setBePast, w)
		}
		// verb-subject-object: of two groups after an Arabic verb, the
		// first is the subject ("a group killed a shepherd", verb first)
		if d.wordsBetween(c.m.End, g.start) > 1 {
			return false
		}
		for _, o := range d.counts(c.clause) {
			if o.start < g.end || d.wordsBetween(g.end, o.start) > 2 || d.subsetBefore(o.start) {
				continue // "27 civilians, among them five children": one group
			}
			// "five civilians were killed and others wounded": a conjunction starts another
			// clause of the report, not the verb's object
			between := strings.Fields(d.text[g.end:o.start])
			joined := false
			for _, w := range between {
				if arabic.StartsWithConjunction(w) {
					joined = true
				}
			}
			if !joined && !arabic.StartsWithWa(d.text[o.start:]) {
				return true
			}
		}
		return false
	}
	if g.end > c.m.Start {
		return false
	}
	if arabic.IsArabicLetter(firstRune(d.text[c.m.Start:])) {
		// unvowelled q-t-l reads qatala (killed) or qutila (was killed): the
		// group before it is the subject only when another group stands
		// after it as the object ("a group [subject] killed a shepherd")
		for _, o := range d.counts(c.clause) {
			if o.start >= c.m.End && d.wordsBetween(c.m.End, o.start) <= 2 {
				return true
			}
		}
		return false
	}
	_, w := d.prevWord(c.m.Start)
	// "two soldiers were killed": the group before a passive is its victim
	return !d.w.has(setBePast, w) && !d.w.has(setBe, w)
}

// membersOf reports whether a partitive follows byte i: "members of" a
// named force are that group's men, not the state's.
func (d *doc) membersOf(i int) bool { return d.partitiveAfter(i, len(d.text)) }

// partitiveAfter reports whether a partitive ("of": words.tsv) opens the
// few bytes after byte i, before limit.
func (d *doc) partitiveAfter(i, limit int) bool {
	rest := strings.TrimLeft(d.text[i:min(limit, i+partitiveReach)], " ")
	for _, p := range d.w.in(setPartitive) {
		if strings.HasPrefix(rest, p+" ") {
			return true
		}
	}
	return false
}

// partitiveReach is how many bytes after a group a partitive is looked
// for in: a space and the word.
const partitiveReach = 8

// clashDead reports whether the dead fell in a clash between armed men and
// the text calls them only "people" ("a dozen people were killed when
// rival armed groups clashed"): a battle, not an attack on civilians.
func (d *doc) clashDead(in *incident) bool {
	clash := false
	for _, c := range in.cands {
		if _, ok := c.mods[cueClash]; ok {
			clash = true
		}
	}
	if !clash {
		return false
	}
	for _, c := range in.cands {
		for _, g := range d.counts(c.clause) {
			words := strings.Fields(d.text[g.start:g.end])
			if len(words) == 0 || !d.w.has(setGenericPeople, words[len(words)-1]) {
				return false // civilians, women, a doctor: named as unarmed
			}
		}
	}
	return true
}

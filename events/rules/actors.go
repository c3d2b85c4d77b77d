package rules

import (
	"fmt"
	"strings"

	"rasd/events"
	"rasd/events/arabic"
	"slices"
	"sort"
)

// actors fills actor1 and actor2. The perpetrator is the group that
// claimed the incident, else the named group nearest a trigger, else the
// unidentified armed group of the country. Victims of violence against
// civilians are the civilians of the country; state forces killed are
// their force (actor2).
func (b *binder) actors(in *incident, e *events.Event, country string, vs, ve int, stateVictim bool, ev func(string, int, int)) {
	ms := b.actorMentions(country, e.Year)
	d := b.d
	sents := map[int]bool{}
	last := 0
	for _, c := range in.cands {
		sents[c.sent] = true
		last = max(last, c.sent)
	}
	// A claim or blame in the next sentences of the paragraph (or the next
	// one) names the perpetrator too: "Police blamed the X group for the attack".
	for s := last + 1; s < len(d.sentences) && s <= last+3; s++ {
		if d.sentences[s].block > d.sentences[last].block+1 {
			break
		}
		if d.hasCue(d.sentences[s], cueClaim) {
			sents[s] = true
		}
	}
	// the mentions in those sentences, in text order
	var cands []actorAt
	for _, si := range sortedKeys(sents) {
		s := d.sentences[si]
		lo := sort.Search(len(ms), func(i int) bool { return ms[i].start >= s.start })
		hi := lo + sort.Search(len(ms)-lo, func(i int) bool { return ms[lo+i].start >= s.end })
		for _, m := range ms[lo:hi] {
			if d.sentenceOf(m.start) == si {
				cands = append(cands, m)
			}
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
	if victim < 0 {
		// "the killing of 40 members of the X militia", "killed 12 fighters of the
		// ADF": a group named as the victims' own is the victim side
		var spans, doers []span
		for _, m := range cands {
			if !m.Role && !m.Member && m.Name != "" {
				doers = append(doers, span{start: m.start, end: m.end})
			}
			if m.Generic || m.Role || m.Member || m.Name == "" {
				spans = append(spans, span{start: -1, end: -1})
				continue
			}
			spans = append(spans, span{start: m.start, end: m.end})
		}
		victim = d.armedVictims(in, spans, doers)
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
		switch {
		case claimed(d, m.start, in):
			score -= 100
		case agent(d, m.start, m.end, in):
			score -= 30
		case m.State:
			// Police and soldiers named near a killing are mostly the ones
			// who found the body, cordoned the area or said something: a
			// state force is the perpetrator only in the agent's place.
			continue
		}
		if score < bestScore {
			best, bestScore = i, score
		}
	}
	if best >= 0 {
		e.Actor1, e.Inter1 = cands[best].Name, cands[best].Inter
		ev("actor1", cands[best].start, cands[best].end)
	} else if name, inter, s, en := b.nationalWeapon(in, country, e.Year); name != "" {
		e.Actor1, e.Inter1 = name, inter
		ev("actor1", s, en)
		defer func() {
			if e.Actor1 == e.Actor2 { // "a Syrian shelling killed two soldiers": not the army on itself
				e.Actor1, e.Inter1 = "Unidentified Armed Group ("+country+")", events.PoliticalMilitia
			}
		}()
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
		police := d.w.containsAny(setPolice, d.text[vs:ve])
		name := ""
		if b.f.Forces != nil {
			name = b.f.Forces(police, country, e.Year)
		}
		if name == "" {
			name = "Military Forces of " + country // no table: ACLED's stem without regime years
			if police {
				name = "Police Forces of " + country
			}
		}
		e.Actor2, e.Inter2 = name, events.StateForces
		ev("actor2", vs, ve)
	case country != "":
		home := country
		if n := b.nationality(in); n != "" {
			home = n // CODEBOOK: Egyptian workers kidnapped in Libya are "Civilians (Egypt)"
		}
		e.Actor2, e.Inter2 = "Civilians ("+home+")", events.Civilians
	}
}

// nationalWeapon reads a country's forces from the incident's own weapon
// (the one its type is read from) or one of its attack words, when a
// country name or adjective stands right beside it ("a Russian missile
// strike", "US drone strike", "غارات إسرائيلية"): that country's military,
// external when it is not the event's country. Not a weapon's origin
// ("طائرة مسيرة إيرانية الصنع"). It returns "" when there is none.
func (b *binder) nationalWeapon(in *incident, country string, year int) (string, events.Inter, int, int) {
	if b.f.Forces == nil {
		return "", 0, -1, -1
	}
	d := b.d
	var means []span
	if _, ws, we, ok := d.weapon(in); ok {
		means = append(means, span{start: ws, end: we})
		// and the weapons listed with it: "Israeli rocket and drone strikes"
		for _, w := range overlapping(d.weapons, max(0, ws-48), ws) {
			if between := strings.Fields(d.text[min(w.End, ws):ws]); w.End <= ws && len(between) == 1 && d.w.has(setAnd, between[0]) {
				means = append(means, span{start: w.Start, end: w.End})
			}
		}
	}
	for _, c := range in.cands {
		if c.info.attack {
			means = append(means, span{start: c.m.Start, end: c.m.End})
		}
	}
	for _, si := range in.sentences() {
		s := d.sentences[si]
		lo, hi := startIn(b.placeStarts, s.start, s.end)
		for j := lo; j < hi; j++ {
			m := b.places[j]
			if !m.CountryOnly || m.Fields.Country == "" || !d.besideMeans(m.start, m.end, m.Adjective, means) || d.originAfter(m.end) {
				continue
			}
			name := b.f.Forces(false, m.Fields.Country, year)
			if name == "" {
				continue
			}
			inter := events.StateForces
			if m.Fields.Country != country {
				inter = events.ExternalForces
			}
			return name, inter, m.start, m.end
		}
	}
	return "", 0, -1, -1
}

// besideMeans reports whether one of the spans means stands beside the
// country named at folded [a, b), with only spaces between: right after it
// in English ("Russian missile"), right before an Arabic adjective
// ("غارات إسرائيلية").
func (d *doc) besideMeans(a, b int, adjective bool, means []span) bool {
	arabicName := arabic.IsArabicLetter(firstRune(d.text[a:]))
	for _, w := range means {
		if arabicName && adjective && w.end <= a && strings.TrimSpace(d.text[w.end:a]) == "" {
			return true
		}
		if !arabicName && w.start >= b && strings.TrimSpace(d.text[b:w.start]) == "" {
			return true
		}
	}
	return false
}

// originAfter reports whether a word of origin (words.tsv set origin:
// الصنع, "made") follows folded byte i: the country made the weapon.
func (d *doc) originAfter(i int) bool {
	f := strings.Fields(strings.TrimLeft(d.text[i:min(len(d.text), i+40)], "- "))
	return len(f) > 0 && d.w.has(setOrigin, strings.Trim(f[0], ",،."))
}

// claimed reports whether an actor mention stands in a sentence with a
// claim of responsibility.
func claimed(d *doc, pos int, in *incident) bool {
	return d.hasCue(d.sentences[d.sentenceOf(pos)], cueClaim)
}

// hasCue reports whether a cue of the kind stands inside span s.
func (d *doc) hasCue(s span, kind cueKind) bool {
	for _, cue := range overlapping(d.cues, s.start, s.end) {
		if cue.Start < s.start || cue.End > s.end {
			continue
		}
		for _, e := range cue.Entries {
			if ci, _ := e.Info.(cueInfo); ci.kind == kind {
				return true
			}
		}
	}
	return false
}

// agent reports whether an actor mention at [s, e) stands where the doer
// of one of the incident's triggers stands: before it in its clause with no
// reporting verb between, after it behind an agent marker, or right after
// an active Arabic verb ("ightala musallahun", gunmen assassinated).
func agent(d *doc, s, e int, in *incident) bool {
	for _, c := range in.cands {
		if c.info.body {
			continue // "Police found the bodies": the finder is not the killer
		}
		if e <= c.m.Start && s >= c.clause.start && d.wordsBetween(e, c.m.Start) <= 8 && !d.reportBetween(e, c.m.Start) {
			return true
		}
		if e <= c.clause.start && d.resultClause(c) {
			// "Russian forces shelled X on Monday, killing two": the doer
			// is the subject of the clause the result clause follows
			// the subject: among the first words of that clause
			if pc := d.prevClause(c); s >= pc.start && pc.start < c.clause.start && d.wordsBetween(pc.start, s) <= 2 && d.wordsBetween(e, c.m.Start) <= 8 && !d.reportBetween(e, c.m.Start) {
				return true
			}
		}
		if s >= c.m.End && s <= c.clause.end && d.wordsBetween(c.m.End, s) <= 4 {
			between := d.text[c.m.End:s]
			for _, mk := range d.w.in(setAgent) {
				if strings.Contains(" "+between+" ", " "+mk+" ") || strings.HasSuffix(strings.TrimSpace(between), mk) {
					return true
				}
			}
			if !c.info.passive && c.m.Prefix != "" && d.wordsBetween(c.m.End, s) == 0 && arabicVerbPrefix(c.m.Prefix) {
				return true
			}
		}
	}
	return false
}

// prevClause returns the clause before candidate c's, found once per
// candidate.
func (d *doc) prevClause(c *candidate) span {
	if d.prevClauses == nil {
		d.prevClauses = map[*candidate]span{}
	}
	pc, ok := d.prevClauses[c]
	if !ok {
		pc = d.clauseBounds(d.sentences[c.sent], max(c.clause.start-2, 0))
		d.prevClauses[c] = pc
	}
	return pc
}

// resultClause reports whether candidate c's clause opens with words of
// result (words.tsv set result: "killing", "مما أسفر عن"): it tells what
// the act of the clause before it did.
func (d *doc) resultClause(c *candidate) bool {
	lead := strings.TrimLeft(d.text[c.clause.start:c.m.End], " ,،")
	for _, r := range d.w.in(setResult) {
		if strings.HasPrefix(lead, r) && (len(lead) == len(r) || lead[len(r)] == ' ') {
			return true
		}
	}
	return false
}

// arabicVerbPrefix reports whether a trigger's prefix marks an imperfect or
// past verb form rather than a noun (no article, no preposition, no
// future).
func arabicVerbPrefix(p string) bool {
	pc, ok := arabic.ParseProclitics(p)
	return ok && pc.Verb != 0 && pc.Prep == 0 && !pc.Future
}

// reportBetween reports whether a reporting cue ("said", "qala") stands
// between two offsets.
func (d *doc) reportBetween(a, b int) bool {
	for _, cue := range overlapping(d.cues, a, b) {
		if cue.Start < a || cue.End > b {
			continue
		}
		for _, e := range cue.Entries {
			if ci, _ := e.Info.(cueInfo); ci.kind == cueReport {
				return true
			}
		}
	}
	return false
}

// actorAt is an actor mention placed in the folded text.
type actorAt struct {
	ActorMention
	start, end int
}

// sortedKeys returns a set's members in ascending order.
func sortedKeys(set map[int]bool) []int {
	out := make([]int, 0, len(set))
	for k := range set {
		out = append(out, k)
	}
	slices.Sort(out)
	return out
}

// actorMentions finds the report's actor mentions resolved for a country
// and year, in text order, once per pair: the events of one report mostly
// share both.
func (b *binder) actorMentions(country string, year int) []actorAt {
	if b.f.Actors == nil {
		return nil
	}
	key := fmt.Sprint(country, "|", year)
	if ms, ok := b.actorMemo[key]; ok {
		return ms
	}
	if b.actorMemo == nil {
		b.actorMemo = map[string][]actorAt{}
	}
	if b.actorsFound == nil || b.actorsFoundIn != b.actorSpan {
		b.actorsFound, b.actorsFoundIn = b.f.Actors(b.actorText()), b.actorSpan
	}
	found := b.actorsFound(country, year)
	ms := make([]actorAt, len(found))
	for i, m := range found {
		ms[i] = actorAt{m, b.d.folded.ByteOf(m.Start), b.d.folded.ByteOf(m.End)}
	}
	b.actorMemo[key] = ms
	return ms
}

// actorText is the folded text actors are looked for in: the incidents'
// sentences and a few after them (actorSpan), once that is known, with
// the paragraphs of no candidate blanked.
func (b *binder) actorText() arabic.Folded {
	f := b.d.folded
	if b.actorSpan.end > b.actorSpan.start {
		f = f.Slice(b.actorSpan.start, b.actorSpan.end)
		if b.keep != nil {
			// the incidents' paragraphs and the ones right after them
			// (claims, blame), counted from the slice's first paragraph
			first := b.d.sentences[b.d.sentenceOf(b.actorSpan.start)].para
			keep := map[int]bool{}
			for p := range b.keep {
				keep[p-first], keep[p-first+1] = true, true
			}
			f = f.WithText(blankFolded(f.Text, keep))
		}
	}
	return f
}

// nationality returns the country whose adjective stands right next to
// the victims ("Egyptian workers", "ummalan misriyyin"), or "".
func (b *binder) nationality(in *incident) string {
	d := b.d
	for _, c := range in.cands {
		for _, g := range d.counts(c.clause) {
			if d.injuredGroup(g, c) {
				continue
			}
			// only the place right before the group, those inside it and
			// the one right after it can touch it
			k := sort.SearchInts(b.placeStarts, g.start)
			j := k + sort.SearchInts(b.placeStarts[k:], g.end)
			for _, p := range b.places[max(0, k-1):min(len(b.places), j+1)] {
				if !p.CountryOnly || p.Fields.Country == "" {
					continue
				}
				adjacent := (p.start >= g.end && d.wordsBetween(g.end, p.start) == 0) ||
					(p.end <= g.start && d.wordsBetween(p.end, g.start) == 0) ||
					(p.start >= g.start && p.end <= g.end) // "five Egyptian workers"
				if adjacent {
					return p.Fields.Country
				}
			}
		}
	}
	return ""
}

// doerBefore reports whether an actor mention stands before the trigger in
// its clause: the subject of a verb-after-subject sentence.
func doerBefore(doers []span, c *candidate) bool {
	for _, m := range doers {
		if m.end <= c.m.Start && m.start >= c.clause.start {
			return true
		}
	}
	return false
}

// armedVictims returns the index of the span (an actor mention) that
// names the group of the counted dead or abducted: right after the count,
// behind min or of ("40 members of the X militia", "12 fighters of the
// ADF"); -1 when there is none. Spans with start < 0 are skipped.
func (d *doc) armedVictims(in *incident, mentions, doers []span) int {
	for _, c := range in.cands {
		// the victims stand after the trigger when it is an English verb
		// (killed 12 fighters of) or an Arabic noun or passive ("maqtal 40
		// members of"); after an active Arabic verb stands its subject
		// ("ikhtatafa musallahun min", gunmen from ... abducted), unless the
		// doers were named before it ("gunmen killed two members of the
		// regime's forces", subject first)
		arabicTrigger := arabic.IsArabicLetter(firstRune(d.text[c.m.Start:]))
		if arabicTrigger && !c.info.passive && !doerBefore(doers, c) {
			continue
		}
		for _, g := range d.counts(c.clause) {
			if g.start < c.m.End || d.subjectOf(g, c) {
				continue
			}
			for i, m := range mentions {
				if m.start >= 0 && m.start < g.end && m.end > g.start {
					return i // "14 Boko Haram fighters": the group names the victims
				}
				if m.start >= c.m.End && m.end <= g.start && d.wordsBetween(m.end, g.start) == 0 {
					return i // "a senior Islamic State commander"
				}
				if m.start < g.end || d.wordsBetween(g.end, m.start) > 2 {
					continue
				}
				if d.partitiveBetween(g.end, m.start) {
					return i
				}
			}
		}
	}
	return -1
}

// militantSides sets the sides of an incident in which militants died:
// they are actor2 (their named group, else an unidentified armed group),
// and the force that killed them, when the text names none, is the
// country's military — raids and battles, not unknown gunmen, kill them.
func (b *binder) militantSides(in *incident, e *events.Event, country string, raid bool) {
	if country == "" {
		return
	}
	if e.Inter2 == events.Civilians || e.Inter2 == 0 {
		e.Actor2, e.Inter2 = "Unidentified Armed Group ("+country+")", events.PoliticalMilitia
		e.AssocActor2, e.CivilianTargeting = "", ""
	}
	if raid && strings.HasPrefix(e.Actor1, "Unidentified Armed Group") && b.f.Forces != nil {
		if name := b.f.Forces(false, country, e.Year); name != "" {
			e.Actor1, e.Inter1 = name, events.StateForces
		}
	}
	if e.Actor1 == e.Actor2 && raid {
		e.Actor1, e.Inter1 = "Unidentified Armed Group ("+country+")", events.PoliticalMilitia
	}
}

// partitiveBetween reports whether a partitive ("of": words.tsv) stands
// between two offsets as a word of its own, or, in Arabic, opening what is
// there with a pronoun glued on ("of them").
func (d *doc) partitiveBetween(a, b int) bool {
	between := strings.TrimSpace(d.text[a:b])
	for _, p := range d.w.in(setPartitive) {
		if strings.Contains(" "+between+" ", " "+p+" ") || arabic.IsArabicLetter(firstRune(p)) && strings.HasPrefix(between, p) {
			return true
		}
	}
	return false
}

package rules

import (
	"sort"
	"strings"

	"rasd/events"
	"rasd/events/arabic"
	"rasd/events/lexicon"
	"rasd/events/places"
	"slices"
)

// incident is one real-world event as the report tells it: the trigger
// mentions that describe it, and where and when it happened.
type incident struct {
	cands []*candidate
	when  when
	where where
	// category, once resolved
	category events.Category
	rejected string
	// prominent: the victim is named for a role that makes a person a
	// target (an official, a cleric, a journalist), set by the doc.
	prominent bool
	// escaped: the report says the target survived (set by the doc)
	escaped bool
	// n is the incident's place in the order incidents were told
	n int
}

// when is an event's date as bound from the text.
type when struct {
	date      string // YYYY-MM-DD, "" when the report is undated
	precision int
	start     int // folded bytes of the expression, -1 when none (publication date)
	end       int
	own       bool // found in the trigger's own sentence
	// later is set when the day was read from a later sentence (the lead
	// names none); unlent is then the day the mention had without it,
	// which grouping compares: a borrowed day makes no two mentions one
	later  bool
	unlent string
	// statement is set when the day is a statement's about the incident
	// (its own day untold)
	statement bool
	text      string
	why       string // how it was chosen, for rasd extract --verbose
}

// read reports whether the day was read for the mention itself: neither
// the publication's nor lent by a later sentence.
func (w when) read() bool { return w.start >= 0 && !w.later }

// groupDate is the day grouping compares (see later).
func (w when) groupDate() string {
	if w.later {
		return w.unlent
	}
	return w.date
}

// where is an event's place as bound from the text; the coder fills the
// event fields from it.
type where struct {
	ok    bool
	key   string // identifies the place (for grouping)
	start int    // folded bytes, -1 when from the dateline or nowhere
	end   int
	own   bool
	// clause: named in the trigger's own clause, the strongest binding
	clause bool
	// parent is the city's key when the place is a district of it
	parent string
	place  placeFields
	why    string // how it was chosen, for rasd extract --verbose
}

// placeFields are the event columns a place fills.
type placeFields struct {
	Country, Admin1, Admin2, Location string
	ISO                               int
	Region                            string
	Lat, Lon                          float64
	Precision                         int
	// Former is the country the place was in before a date, if any.
	Former *places.FormerCountry
}

// harmKind groups categories the way one incident may mix them: a
// kidnapping in which the victim is killed is one harm incident.
func harmKind(c *candidate) string {
	if c.info.category == events.Kidnapping {
		return "kidnapping"
	}
	return "harm"
}

// group gathers kept candidates into incidents: a mention joins the latest
// incident of a compatible kind when it happened at the same place and
// date, or when it names neither and follows within the paragraph.
func (d *doc) group(cands []*candidate) []*incident {
	g := grouping{d: d, byKey: map[string][]int{}, byBlock: map[int][]int{}, lastOfKind: map[string]int{}, rejectedKinds: map[string]bool{}}
	for i, c := range cands {
		if d.stop(i) {
			return nil
		}
		g.add(c)
		if c.rejected != "" {
			g.rejectedKinds[harmKind(c)] = true
		}
	}
	return g.out
}

// grouping is the state of group: the incidents so far and what finds
// the ones a mention may join without reading them all, so grouping stays
// linear in the report's length.
type grouping struct {
	d   *doc
	out []*incident
	// lastOfKind is the latest incident whose first mention is of a harm
	// kind ("harm", "kidnapping"); byKey the incidents by the date and city
	// they were bound to (entries may be stale: sameIncident decides);
	// byBlock the incidents whose last mention is in a block, by block.
	lastOfKind map[string]int
	byKey      map[string][]int
	byBlock    map[int][]int
	// dated: some incident has a date of its own; rejectedKinds: a mention
	// of that harm kind was rejected before the current one
	dated         bool
	rejectedKinds map[string]bool
}

// placeKey is a bound place's city: a district's is its city's, so that
// two places are one (samePlace) exactly when their keys are equal.
func placeKey(w where) string {
	if w.parent != "" {
		return w.parent
	}
	return w.key
}

func (g *grouping) index(i int) {
	in := g.out[i]
	if in.when.own {
		g.dated = true
	}
	if in.where.ok {
		k := in.when.groupDate() + "\x00" + placeKey(in.where)
		if l := g.byKey[k]; len(l) == 0 || l[len(l)-1] != i {
			g.byKey[k] = append(l, i)
		}
	}
	b := g.d.sentences[in.cands[len(in.cands)-1].sent].block
	if l := g.byBlock[b]; len(l) == 0 || l[len(l)-1] != i {
		g.byBlock[b] = append(l, i)
	}
}

// maxIncidentMentions bounds the mentions one incident gathers. Real
// reports tell an incident in a few (at most 16 in rasd's real corpora);
// past the bound, a text that repeats itself starts a new incident, so the
// rules that read all of an incident's mentions stay bounded.
const maxIncidentMentions = 60

// open reports whether an incident may take another mention.
func (in *incident) open() bool { return len(in.cands) < maxIncidentMentions }

// latest returns the latest incident of a harm kind, or nil (also when it
// is full).
func (g *grouping) latest(kind string) *incident {
	if i, ok := g.lastOfKind[kind]; ok && g.out[i].open() {
		return g.out[i]
	}
	return nil
}

// sameAs returns the latest incident c is one with (sameIncident), or
// nil. Only three kinds of incident can be: those whose last mention is in
// c's block or in the sentence before c (the same sentence, a follow-up,
// the same paragraph), and, for a mention with a date and a place of its
// own, those bound to the same date and city.
func (g *grouping) sameAs(c *candidate) *incident {
	d := g.d
	best := -1
	try := func(i int) {
		if i > best && g.out[i].open() && d.sameIncident(g.out[i], c) {
			best = i
		}
	}
	for _, i := range g.byBlock[d.sentences[c.sent].block] {
		try(i)
	}
	if c.sent > 0 {
		for _, i := range g.byBlock[d.sentences[c.sent-1].block] {
			try(i)
		}
	}
	if c.when.own && c.where.own {
		for _, i := range g.byKey[c.when.date+"\x00"+placeKey(c.where)] {
			try(i)
		}
	}
	if best < 0 {
		return nil
	}
	return g.out[best]
}

func (g *grouping) add(c *candidate) {
	d, out := g.d, g.out
	if c.rejected != "" {
		return
	}
	if c.info.generic && len(out) > 0 {
		// "… one more of the recent killings": a plural in the sentence
		// of an incident speaks of it, not of a new one.
		if last := out[len(out)-1]; last.open() && last.cands[len(last.cands)-1].sent == c.sent && harmKind(last.cands[0]) == harmKind(c) {
			last.cands = append(last.cands, c)
			g.index(len(out) - 1)
			return
		}
	}
	if (!c.when.own || c.when.precision >= 2) && d.aggregate(c) {
		c.rejected = "an aggregate (hundreds, thousands) with no time of its own"
		return
	}
	var joined *incident
	if _, later := c.mods[cueLater]; later && c.info.category == events.Killing {
		// "later died of his wounds": a victim of an incident
		// already told, whatever day the death came.
		joined = g.latest("harm")
	}
	if joined == nil && d.anaphoric(c) {
		// "the killing", "al-qatla" (the dead): told again, not a new incident.
		joined = g.latest(harmKind(c))
		// "the killing of a journalist in X on 14 August" tells its own
		// day and place: a new incident, not a reference back
		fresh := c.when.own && c.where.own && c.when.precision == 1
		if joined == nil && g.rejectedKinds[harmKind(c)] && !fresh {
			// an earlier mention of its kind was rejected (old, tried,
			// condemned, remembered): this one refers to that event
			c.rejected = "refers back to an earlier event the report does not date as new"
			return
		}
	}
	if joined == nil {
		joined = g.sameAs(c)
	}
	if joined == nil && !c.when.own && len(out) == 0 && d.sentences[c.sent].block > 0 && !c.info.body {
		// A report tells its news in the lead; a mention with no time
		// of its own further down, before any incident, is background
		// ("a former spy survived an assassination attempt …", months ago).
		c.rejected = "no time of its own, outside the report's lead"
		return
	}
	if joined == nil && c.when.own && c.when.statement && !c.where.own && g.dated && d.retells(c) {
		// "a statement on Sunday said five died in the attack": a day of
		// a statement, no place, and the incident named back — the
		// incident told before, no new one on the statement's day
		joined = g.latest(harmKind(c))
	}
	if joined == nil && !c.when.own && g.dated {
		// No time of its own, after an incident the report dates: a
		// re-mention in another paragraph, or background ("abductions
		// happen often on that road"). It joins the latest incident of its
		// kind (any, for an attack) when it names no other place; otherwise
		// it is no event.
		if !c.where.own {
			if c.info.attack && out[len(out)-1].open() {
				joined = out[len(out)-1]
			} else if !c.info.attack {
				joined = g.latest(harmKind(c))
			}
		}
		if joined == nil {
			c.rejected = "no time of its own, after an incident the report dates"
			return
		}
	}
	if joined == nil {
		i := len(g.out)
		g.out = append(g.out, &incident{cands: []*candidate{c}, when: c.when, where: c.where, n: i})
		g.lastOfKind[harmKind(c)] = i
		g.index(i)
		return
	}
	joined.cands = append(joined.cands, c)
	if c.where.ok && (!joined.where.ok || c.where.clause && !joined.where.clause && c.where.place.Country == joined.where.place.Country) {
		// "X survived an assassination attempt, after gunmen opened fire ... in the Ain Zara area":
		// the place in the clause that tells the act beats one borrowed from the sentence
		joined.where = c.where
		joined.where.why = "from another mention of the incident: " + c.where.why
	}
	if !joined.when.read() && c.when.read() {
		joined.when = c.when
		joined.when.why = "from another mention of the incident: " + c.when.why
	}
	g.index(joined.n)
}

func (d *doc) sameIncident(in *incident, c *candidate) bool {
	last := in.cands[len(in.cands)-1]
	sameSentence := last.sent == c.sent
	kindsFit := harmKind(last) == harmKind(c) || sameSentence && !d.enumerated(last, c) || c.info.attack || last.info.attack
	// CODEBOOK: same actors, same place, same day is one event — a guard
	// shot dead during a school abduction makes the abduction a killing.
	samePlaceDay := c.when.own && c.when.precision == 1 && c.where.own && in.where.ok && c.when.date == in.when.groupDate() && samePlace(c.where, in.where)
	// The next sentence, naming no time or place of its own, goes on
	// telling the same incident ("The attackers ... shot dead a guard").
	followUp := !c.when.own && !c.where.own && c.sent == last.sent+1
	if !kindsFit && !samePlaceDay && !followUp {
		return false
	}
	// an attack whose date is borrowed from another clause of the sentence
	// goes on telling the incident before it ("... two days earlier X was
	// killed, by gunfire, in B"), whatever that borrowed date says
	borrowed := sameSentence && c.info.attack && !c.clause.contains(c.when.start)
	if c.when.own && in.when.read() && c.when.date != in.when.date && !borrowed {
		return false
	}
	if c.where.own && in.where.ok && !samePlace(c.where, in.where) {
		return false
	}
	if sameSentence {
		return true
	}
	// Another sentence: the same incident when it repeats the date and the
	// place, or names neither and comes next in the same paragraph.
	if c.when.own && c.where.own {
		return c.when.date == in.when.groupDate() && samePlace(c.where, in.where)
	}
	return d.sentences[c.sent].block == d.sentences[last.sent].block || c.sent == last.sent+1
}

// resolve decides an incident's category from all its mentions.
func (in *incident) resolve() {
	var attempt, assassination, killing, kidnapping, attack, survived bool
	for _, c := range in.cands {
		_, tried := c.mods[cueAttempt]
		switch {
		case c.info.category == events.AssassinationAttempt:
			attempt = true
		case c.info.category == events.Assassination && tried:
			attempt = true
		case c.info.category == events.Assassination && !c.info.weak:
			assassination = true
		case c.info.category == events.Killing && !c.info.weak:
			killing = true
		case c.info.category == events.Killing:
			_, found := c.mods[cueFound]
			killing = killing || len(in.cands) > 1 || (found && c.info.body)
		case c.info.category == events.Kidnapping && !c.info.weak:
			kidnapping = true
		case c.info.category == events.Kidnapping:
			kidnapping = kidnapping || len(in.cands) > 1
		case c.info.attack:
			attack = true
			if tried {
				attempt = true
			}
		}
		if _, ok := c.mods[cueAttempt]; ok && c.info.attack {
			survived = true
		}
	}
	if in.prominent && killing && in.escaped {
		attempt = true // the target got away hurt, a guard of his died
	}
	if in.prominent && !attempt && !assassination {
		switch {
		case killing && !survived:
			assassination = true
		case killing || attack:
			attempt = attempt || survived || !killing
		}
	}
	switch {
	case attempt:
		in.category = events.AssassinationAttempt
	case assassination && !survived:
		in.category = events.Assassination
	case assassination:
		in.category = events.AssassinationAttempt
	case killing:
		in.category = events.Killing
	case kidnapping:
		in.category = events.Kidnapping
	case attack:
		in.rejected = "an attack with no reported death, abduction or target"
	default:
		in.rejected = "only weak mentions"
	}
}

// sentences returns the indexes of the sentences the incident's mentions
// stand in, ascending, each once.
func (in *incident) sentences() []int {
	var out []int
	for _, c := range in.cands {
		if !slices.Contains(out, c.sent) {
			out = append(out, c.sent)
		}
	}
	slices.Sort(out)
	return out
}

// samePlace reports whether two bound places are one: the same place, or a
// city and one of its districts.
func samePlace(a, b where) bool {
	return a.key == b.key || (a.parent != "" && a.parent == b.key) || (b.parent != "" && b.parent == a.key) ||
		(a.parent != "" && a.parent == b.parent)
}

// anaphoric reports whether a mention is a definite noun that refers to an
// incident already told: Arabic "al-qatla", "al-ightiyal" (the article on a noun
// trigger) and English "the killing", "the abduction".
func (d *doc) anaphoric(c *candidate) bool {
	return !c.info.weak && d.definite(c.m)
}

// definite reports whether a trigger is a definite noun: the Arabic
// article on it, or an English determiner right before it ("the killing",
// "this abduction", "that raid").
func (d *doc) definite(m lexicon.Match) bool {
	if p := m.Prefix; p != "" {
		pc, _ := arabic.ParseProclitics(p)
		return pc.Article
	}
	t := strings.TrimRight(d.text[:m.Start], " ")
	i := strings.LastIndexAny(t, " \n") + 1
	return d.w.has(setDeterminer, strings.ToLower(t[i:]))
}

// retells reports whether candidate c's clause names an incident back
// after its trigger: an incident trigger with a determiner or the Arabic
// article ("died in the attack", "during that raid", "في الهجوم").
func (d *doc) retells(c *candidate) bool {
	k := sort.Search(len(d.triggers), func(k int) bool { return d.triggers[k].Start >= c.m.End })
	for _, t := range d.triggers[k:] {
		if t.Start >= c.clause.end {
			break
		}
		if d.definite(t) {
			return true // weak nouns too: "the attack", "that raid"
		}
	}
	return false
}

// aggregate reports whether the people a mention counts are a vague
// multitude ("hundreds of demonstrators", "thousands of civilians").
func (d *doc) aggregate(c *candidate) bool {
	for _, n := range d.counts(c.clause) {
		if n.vague && n.value >= 100 {
			return true
		}
		if n.vague && n.value >= 10 && !c.when.own && n.start >= c.m.End {
			return true // "armed groups have killed dozens of teachers" with no time of its own
		}
	}
	v, vague, _, ok := d.numberBefore(c.m.Start, c.clause.start, 3)
	if ok && vague && v >= 100 {
		return true
	}
	if av, avague, _, aok := d.numberAfter(c.m.End, c.clause.end, 0); aok && avague && av >= 10 && !c.when.own {
		return true // "have killed dozens of teachers"
	}
	// "5,000 abductees in a militia's prisons": a count in the thousands with no day
	// of its own is a tally
	for _, n := range d.counts(c.clause) {
		if n.value >= 500 && (c.when.start < 0 || c.when.precision != 1) {
			return true
		}
	}
	return ok && v >= 500 && (c.when.start < 0 || c.when.precision != 1)
}

// prominentVictim reports whether a role that makes a person a target
// stands in the sentence of one of the incident's triggers, before it or
// just after it, and is not the speaker ("a police official said").
func (d *doc) prominentVictim(in *incident) bool {
	for _, c := range in.cands {
		s := d.sentences[c.sent]
		for _, cue := range overlapping(d.cues, s.start, s.end) {
			if cue.Start < s.start || cue.End > s.end {
				continue
			}
			ci, _ := cue.Entry().Info.(cueInfo)
			if ci.kind != cueProminent {
				continue
			}
			// the victim's role before the trigger, as the sentence's subject
			// ("A village elder who ... was killed"), or in apposition after
			// it ("killed X, a former judge")
			if cue.Start >= c.m.End && d.wordsBetween(c.m.End, cue.Start) > 8 {
				continue
			}
			if c.info.attack && cue.End <= c.m.Start && d.wordsBetween(cue.End, c.m.Start) > 4 && !d.hasCue(span{start: cue.End, end: c.m.Start}, cueInjury) {
				// an attack is on a person named with it, after it as its
				// object, or wounded by it ("the judge was hurt when a bomb
				// hit his convoy")
				continue
			}
			if d.reportBetween(cue.End, min(s.end, cue.End+40)) || d.speakerBefore(s, cue.Start) {
				continue // "a security official said", "wa-qala mas'ul mahalli"
			}
			return true
		}
	}
	return false
}

// escapedTarget reports whether a survival cue ("escaped", "survived",
// "naja") stands in the incident's sentences or the one after them.
func (d *doc) escapedTarget(in *incident) bool {
	for _, c := range in.cands {
		for s := c.sent; s <= c.sent+1 && s < len(d.sentences); s++ {
			sp := d.sentences[s]
			for _, cue := range overlapping(d.cues, sp.start, sp.end) {
				if cue.Start < sp.start || cue.End > sp.end {
					continue
				}
				if ci, _ := cue.Entry().Info.(cueInfo); ci.kind != cueAttempt {
					continue
				}
				// "the gunmen escaped": the attackers got away, not the target
				if _, w := d.prevWord(cue.Start); d.w.has(setPerpetrator, strings.ToLower(w)) {
					continue
				}
				return true
			}
		}
	}
	return false
}

// enumerated reports whether a list connector (words.tsv: "the attempt on
// X, as well as kidnappings of civilians") stands between two mentions of
// different kinds, alone or joined by wa- ("and").
func (d *doc) enumerated(a, b *candidate) bool {
	if harmKind(a) == harmKind(b) {
		return false
	}
	between := " " + d.text[min(a.m.End, b.m.Start):max(a.m.End, b.m.Start)] + " "
	for _, c := range d.w.in(setListConnector) {
		if strings.Contains(between, " "+c+" ") || strings.Contains(between, " "+arabic.Wa+c+" ") {
			return true
		}
	}
	return false
}

// speakerBefore reports whether a reporting verb stands right before byte
// i, in its clause and at most two words away ("and a local official said").
func (d *doc) speakerBefore(s span, i int) bool {
	cl := d.clauseBounds(s, i)
	for _, cue := range overlapping(d.cues, cl.start, i) {
		if cue.End > i || cue.Start < cl.start || d.wordsBetween(cue.End, i) > 2 {
			continue
		}
		if ci, _ := cue.Entry().Info.(cueInfo); ci.kind == cueReport {
			return true
		}
	}
	return false
}

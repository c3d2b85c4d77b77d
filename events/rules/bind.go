package rules

import (
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode/utf8"

	"rasd/events"
	"rasd/events/arabic"
	"rasd/events/places"
	"sort"
)

// binder ties mentions to the dates and places that govern them.
type binder struct {
	d       *doc
	r       events.Report
	f       Finders
	dates   []dateAt
	places  []placeAt
	country string // the report's focus country
	// actorSpans are the actor mentions, found when a target needs them
	actorSpans []span
	actorMemo  map[string][]actorAt
	// actorsFound names the actors found in actorText for a country and
	// year; actorsFoundIn is the actorSpan they were found in.
	actorsFound   func(country string, year int) []ActorMention
	actorsFoundIn span
	// actorSpan is the part of the text actors are looked for in: the
	// incidents' sentences and the three after them (claims, blame)
	actorSpan span
	keep      map[int]bool // paragraphs read for dates, places and actors
	// incidentSents are the sentences holding a candidate, kept or not;
	// triggers are the candidates' trigger starts, in text order
	incidentSents map[int]bool
	triggers      []int
	clauseAt      map[int]span // the clause around a place's start, by its byte
	// history are the sentences dated more than 30 days before publication
	history map[int]bool

	// the dates' and places' folded spans, in text order, for nearest
	dateStarts, dateEnds   []int
	placeStarts, placeEnds []int
	// datelineDate is the dateline date a mention with no date of its own
	// falls back to (-1: none); datelinePlaces the dateline's places;
	// firstHome the report's first place in its main country that is not
	// aside, or its first one (-1: none)
	datelineDate   int
	datelinePlaces []int
	// firstToldDate is the first date that is not the dateline's
	// (len(dates): none), for a lead that tells no date
	firstToldDate int
	firstHome     int
	// firstIn is, by country, the report's first place there that is not
	// aside
	firstIn map[string]int
}

// dateAt and placeAt are mentions placed in the folded text.
type dateAt struct {
	DateMention
	start, end int
}

type placeAt struct {
	PlaceMention
	start, end int
}

// newBinder finds the dates and places of the report's text up to byte
// limit of the folded text (the end of the paragraph after the last
// candidate kept: what follows cannot bind a mention).
func (c *Coder) newBinder(d *doc, r events.Report, limit int, keep map[int]bool) *binder {
	b := &binder{d: d, r: r, f: c.f}
	folded, view := d.folded, r
	if limit < len(d.text) {
		folded = d.folded.Slice(0, limit)
		_, _, view.Text = d.folded.Original(0, limit)
	}
	// dates, like places, are read in the lead and the candidates'
	// paragraphs: the others are blanked byte for byte
	folded = folded.WithText(blankFolded(folded.Text, keep))
	b.keep = keep
	if c.f.Dates != nil {
		for _, m := range c.f.Dates(view.Text, folded, r.Published) {
			b.dates = append(b.dates, dateAt{DateMention: m, start: d.folded.ByteOf(m.Start), end: d.folded.ByteOf(m.End)})
		}
	}
	if c.f.Places != nil {
		// Places are read in the lead and in the paragraphs with a
		// candidate; the others are blanked (spaces keep every offset), so
		// the gazetteer does not spend its time on background paragraphs.
		view.Text = blankParagraphs(view.Text, keep)
		ms, country := c.f.Places(view)
		for _, m := range ms {
			b.places = append(b.places, placeAt{PlaceMention: m, start: d.folded.ByteOf(m.Start), end: d.folded.ByteOf(m.End)})
		}
		b.country = country
	}
	b.index()
	return b
}

// index lays out the binder's spans for search and finds, once, the
// fallbacks every mention may need.
func (b *binder) index() {
	b.datelineDate, b.firstHome, b.firstToldDate = -1, -1, len(b.dates)
	for i, m := range b.dates {
		b.dateStarts, b.dateEnds = append(b.dateStarts, m.start), append(b.dateEnds, m.end)
		if !m.Dateline && b.firstToldDate == len(b.dates) {
			b.firstToldDate = i
		}
		if b.datelineDate < 0 && m.Dateline && !m.Vague && !m.Future && m.Precision > 0 && !m.Date.IsZero() {
			b.datelineDate = i
		}
	}
	// sentences dated more than 30 days before publication tell history:
	// their towns are no fallback for an incident that names none
	history := map[int]bool{}
	b.history = history
	if b.r.Dated() {
		for _, m := range b.dates {
			if !m.Future && !m.Date.IsZero() && b.r.Published.Sub(m.Date) > backgroundAge {
				history[b.d.sentenceOf(m.start)] = true
			}
		}
	}
	// weaker is whether place j is a worse fallback than place k
	weaker := func(j, k int) bool {
		pj, pk := b.places[j], b.places[k]
		if pj.Aside != pk.Aside {
			return pj.Aside
		}
		return history[b.d.sentenceOf(pj.start)] && !history[b.d.sentenceOf(pk.start)]
	}
	for i, m := range b.places {
		b.placeStarts, b.placeEnds = append(b.placeStarts, m.start), append(b.placeEnds, m.end)
		if m.Dateline {
			b.datelinePlaces = append(b.datelinePlaces, i)
		}
		if !m.CountryOnly && !m.Foreign && m.Fields.Country == b.country && (b.firstHome < 0 || weaker(b.firstHome, i)) {
			b.firstHome = i // the first place of the report's country not aside nor in history, else the first one
		}
		if j, ok := b.firstIn[m.Fields.Country]; !m.CountryOnly && !m.Dateline && !m.Aside && (!ok || weaker(j, i)) {
			if b.firstIn == nil {
				b.firstIn = map[string]int{}
			}
			b.firstIn[m.Fields.Country] = i
		}
	}
}

// startIn returns the range [lo, hi) of the spans (by their sorted starts)
// that start in [a, b).
func startIn(starts []int, a, b int) (lo, hi int) {
	lo = sort.SearchInts(starts, a)
	hi = lo + sort.SearchInts(starts[lo:], b)
	return lo, hi
}

// nearest picks, among spans, the one governing position [s, e): first in
// the same clause, then in the same sentence (nearest in words), then the
// latest one before it in the same paragraph. own is true for the first two.
// penalty, when not nil, adds to a span's distance in words (a place abroad
// loses to a town of the report's country in the same sentence); carries,
// when not nil, says which spans may govern a later sentence.
func (b *binder) nearest(c *candidate, starts, ends []int, usable func(int) bool, penalty func(int) int, carries func(int) bool) (idx int, own bool) {
	d := b.d
	sent := d.sentences[c.sent]
	best, bestDist := -1, 1<<30
	lo, hi := startIn(starts, sent.start, sent.end) // the clause is inside the sentence
	// the clause first; but a clause holding only a place that loses to any
	// town (abroad, a province, a road's end) lets the sentence compete
	for pass := 0; pass < 2 && (best < 0 || bestDist >= weakPlace); pass++ {
		scope := c.clause
		if pass == 1 {
			scope = sent
		}
		for i := lo; i < hi; i++ {
			if !usable(i) || starts[i] < scope.start || ends[i] > scope.end {
				continue
			}
			dist := d.wordsBetween(min(ends[i], c.m.Start), max(starts[i], c.m.End))
			if starts[i] >= c.m.End {
				dist-- // after the trigger wins a tie: "qutila ... fi Tarabulus"
			}
			if penalty != nil {
				dist += penalty(i)
			}
			if dist < bestDist {
				best, bestDist = i, dist
			}
		}
	}
	if best >= 0 {
		return best, true
	}
	// the latest usable one before the sentence, in its block (spans are
	// in text order, blocks never go back); in that sentence, a span that
	// loses to any town gives way to an earlier one that does not ("in
	// London, England": London)
	for i := lo - 1; i >= 0; i-- {
		si := d.sentenceOf(starts[i])
		if d.sentences[si].block != sent.block {
			break
		}
		if !usable(i) || (carries != nil && !carries(i)) {
			continue
		}
		if penalty != nil && penalty(i) >= weakPlace {
			for j := i - 1; j >= 0 && d.sentenceOf(starts[j]) == si; j-- {
				if usable(j) && penalty(j) < weakPlace {
					return j, false
				}
			}
		}
		return i, false
	}
	return -1, false
}

// dateOfAnother reports whether the trigger of a candidate other than c
// follows the date ending at folded byte end with no word between: "the
// December 31 attack" dates that attack, not a later trigger.
func (b *binder) dateOfAnother(c *candidate, end int) bool {
	k := sort.SearchInts(b.triggers, end)
	if k == len(b.triggers) || b.triggers[k] == c.m.Start || b.d.wordsBetween(end, b.triggers[k]) != 0 {
		return false
	}
	// English puts the date before the noun it dates; an Arabic date after
	// a verb trigger is that verb's anyway
	t := b.d.text[b.triggers[k]]
	return t < utf8.RuneSelf && (t|0x20 >= 'a' && t|0x20 <= 'z')
}

// statementDate reports whether the date at folded [ds, de), before
// candidate c's trigger, dates a statement about it rather than the
// incident: a reporting verb stands right next to the date ("said on
// Sunday that", "qalat masadir, al-arba'a, inna"), or between the date and
// the trigger a few words after the date ("On Saturday, officials
// acknowledged that …").
func (d *doc) statementDate(c *candidate, ds, de int) bool {
	if de > c.m.Start {
		return false
	}
	for _, cue := range overlapping(d.cues, max(0, ds-200), c.m.Start) {
		if cue.End > c.m.Start {
			continue
		}
		ci, _ := cue.Entry().Info.(cueInfo)
		if ci.kind != cueReport && ci.kind != cueCall {
			continue // a statement, or a call or demand ("on Friday called on X to investigate")
		}
		switch {
		case cue.End <= ds && d.wordsBetween(cue.End, ds) <= 2 && d.complementizerAfter(de, c.m.Start):
			return true // the verb, its subject, the date, then "that"
		case cue.Start >= de && d.wordsBetween(de, cue.Start) <= 4 && !d.breakBetween(cue.End, c.m.Start):
			return true // the date, the speaker, the verb, and what it reports
		}
	}
	return false
}

// complementizerAfter reports whether the first word after folded byte i,
// before byte limit, is a complementizer ("that", inna).
func (d *doc) complementizerAfter(i, limit int) bool {
	j := i
	for j < limit {
		r, n := utf8.DecodeRuneInString(d.text[j:])
		if arabic.IsWordRune(r) {
			break
		}
		j += n
	}
	k := arabic.WordEnd(d.text, j)
	return j < limit && k <= limit && d.w.has(setComplementizer, d.text[j:k])
}

// breakBetween reports whether a clause break stands in folded [a, b).
func (d *doc) breakBetween(a, b int) bool {
	for j := a; j < b; j++ {
		if d.clauseBreak(d.text, j) {
			return true
		}
	}
	return false
}

// backgroundAge is how long before publication an incident told outside
// the lead may lie and still be coded (CODEBOOK's background rule).
const backgroundAge = 30 * 24 * time.Hour

// placeAfterReach is how many sentences after an incident's a place may be
// read from when none comes before it.
const placeAfterReach = 3

// placeAfter returns the first town (no country, dateline or place aside;
// abroad too: "a Turkish drone … The strike near Kirkuk") after candidate
// c's sentence, in the next placeAfterReach
// sentences that tell of an incident and are no history, within its
// paragraph and the next, or -1.
func (b *binder) placeAfter(c *candidate) int {
	sent := b.d.sentences[c.sent]
	for j := sort.SearchInts(b.placeStarts, sent.end); j < len(b.places); j++ {
		m := b.places[j]
		n := b.d.sentenceOf(m.start)
		if n > c.sent+placeAfterReach {
			break
		}
		if b.d.sentences[n].block > sent.block+1 {
			break // the paragraph after at most
		}
		if m.CountryOnly || m.Dateline || m.Aside || !b.incidentSents[n] || b.history[n] {
			continue
		}
		return j
	}
	return -1
}

// dateAfter returns, for candidate c of a lead that tells no date (none
// but the dateline's before the end of its sentence), the first day
// (precision 1, fresh) told in the next placeAfterReach sentences that
// tell of an incident, within its paragraph and the next, or -1.
func (b *binder) dateAfter(c *candidate) int {
	sent := b.d.sentences[c.sent]
	first := sort.SearchInts(b.dateStarts, sent.end)
	if b.firstToldDate < first {
		return -1 // the report has told a date before: not its lead
	}
	for j := first; j < len(b.dates); j++ {
		m := b.dates[j]
		n := b.d.sentenceOf(m.start)
		if n > c.sent+placeAfterReach || b.d.sentences[n].block > sent.block+1 {
			break
		}
		if m.Dateline || m.Old || m.Vague || m.Future || m.Precision != 1 || !b.incidentSents[n] || b.history[n] {
			continue
		}
		return j
	}
	return -1
}

// otherTriggerInClause reports whether the clause around folded byte at
// holds the trigger of a candidate told before c: a place there is that
// earlier incident's.
func (b *binder) otherTriggerInClause(c *candidate, at int) bool {
	cl, ok := b.clauseAt[at]
	if !ok {
		cl = b.d.clauseBounds(b.d.sentences[b.d.sentenceOf(at)], at)
		if b.clauseAt == nil {
			b.clauseAt = map[int]span{}
		}
		b.clauseAt[at] = cl // a place's clause, found once for all candidates
	}
	if cl.contains(c.m.Start) {
		return false
	}
	lo, hi := startIn(b.triggers, cl.start, min(cl.end, c.m.Start))
	return hi > lo
}

// weakPlace is the penalty from which a span of the clause lets the rest
// of the sentence compete (bindPlace's province, road and abroad).
const weakPlace = 100

// bind sets a candidate's date and place, or rejects it when they rule it
// out (old news, a date vaguer than a month, a date after publication).
func (b *binder) bind(c *candidate) {
	b.bindDate(c)
	if c.rejected != "" {
		return
	}
	b.bindPlace(c)
	if c.when.start < 0 {
		b.lendDate(c)
	}
}

// lendDate gives candidate c, which has only the publication date, the
// day the next sentences of the incident tell when its lead names none:
// "gunmen attacked a checkpoint in X, killing five. The attack came on
// Tuesday, when …". Not a day of a sentence that names another place
// ("… in X. On Monday a bomb killed two in Y": Monday is Y's).
func (b *binder) lendDate(c *candidate) {
	j := b.dateAfter(c)
	if j < 0 {
		return
	}
	m := b.dates[j]
	if c.where.ok && b.placeElsewhere(b.d.sentenceOf(m.start), c.where) {
		return
	}
	unlent := c.when.date
	c.when = when{date: m.Date.Format(time.DateOnly), precision: m.Precision, start: m.start, end: m.end, text: m.Text, later: true, unlent: unlent,
		why: "no date before it: the day a later sentence of the incident gives"}
	if n, ok := b.d.daysAfter(c); ok {
		c.when.date = m.Date.AddDate(0, 0, -n).Format(time.DateOnly)
		c.when.why += fmt.Sprintf(", %d day(s) before it, as the words before it say", n)
	}
	b.foundPrecision(c)
}

// foundPrecision gives a body found, dated to the day, precision 2: the
// day it was found.
func (b *binder) foundPrecision(c *candidate) {
	if c.info.body && c.when.precision == 1 {
		c.when.precision = 2
	}
}

// placeElsewhere reports whether sentence n names a place (no country,
// dateline or place aside) that is not w.
func (b *binder) placeElsewhere(n int, w where) bool {
	sent := b.d.sentences[n]
	lo, hi := startIn(b.placeStarts, sent.start, sent.end)
	for j := lo; j < hi; j++ {
		if m := b.places[j]; !m.CountryOnly && !m.Dateline && !m.Aside {
			return !samePlace(where{key: m.Key, parent: m.Parent}, w)
		}
	}
	return false
}

func (b *binder) bindDate(c *candidate) {
	starts, ends := b.dateStarts, b.dateEnds
	anchor := c
	if f, ok := c.mods[cueFound]; ok && c.info.body {
		// "the bodies of two men kidnapped last month were found on
		// Tuesday": a body is dated by its finding
		a := *c
		a.m.Start, a.m.End = f.Start, f.End
		anchor = &a
	}
	usable := func(i int) bool { return !b.dates[i].Dateline && !b.dateOfAnother(c, ends[i]) }
	i, own := b.nearest(anchor, starts, ends, usable, nil, nil)
	if i < 0 || (!own && (b.dates[i].Vague || b.dates[i].Old)) {
		// Nothing governs the mention: the dateline's date, else the
		// publication date, when there is one.
		c.when = when{start: -1, end: -1}
		if b.r.Dated() {
			c.when.date, c.when.precision, c.when.why = b.r.PublishedString(), 1, "no date of its own: the publication date"
			if n, ok := b.d.daysAfter(c); ok {
				// "calm returned, the day after an attack": n days before
				// the report's day
				c.when.date = b.r.Published.AddDate(0, 0, -n).Format(time.DateOnly)
				c.when.why = fmt.Sprintf("no date of its own: %d day(s) before the publication date, as the words before it say", n)
			}
		}
		if j := b.datelineDate; j >= 0 {
			m := b.dates[j]
			c.when = when{date: m.Date.Format(time.DateOnly), precision: m.Precision, start: m.start, end: m.end, text: m.Text, why: "no date of its own: the dateline's"}
		}
		if c.info.generic {
			c.rejected = "a general mention with no time of its own"
		}
		b.foundPrecision(c)
		return
	}
	if own && (b.dates[i].Old || b.dates[i].Vague) && !c.clause.contains(b.dates[i].start) {
		// "gunmen killed X, a mayor since 2015, outside his office on
		// Monday": an old year in another clause of the sentence
		// describes the person; a fresh date in the sentence is the event's.
		sent := b.d.sentences[c.sent]
		lo, hi := startIn(starts, sent.start, sent.end)
		for j := lo; j < hi; j++ {
			if m := b.dates[j]; sent.contains(m.start) && !m.Dateline && !m.Old && !m.Vague && !m.Future {
				i = j
				break
			}
		}
	}
	if own && b.dates[i].Precision > 1 && b.dates[i].end <= c.m.Start {
		// "in the past week we had reports of the killing of X on 14
		// August": a day told after the trigger beats a period before it
		sent := b.d.sentences[c.sent]
		lo, hi := startIn(starts, c.m.End, sent.end)
		for j := lo; j < hi; j++ {
			if m := b.dates[j]; m.Precision == 1 && !m.Dateline && !m.Old && !m.Vague && !m.Future {
				i = j
				break
			}
		}
	}
	statement := false
	if own && b.d.statementDate(c, b.dates[i].start, b.dates[i].end) {
		// "police said on Sunday that troops had killed … on Saturday": the
		// day next to the reporting verb is the statement's; another date
		// of the sentence is the incident's, else the statement's day at
		// precision 2 (CODEBOOK: the day it was announced)
		statement = true
		sent := b.d.sentences[c.sent]
		lo, hi := startIn(starts, sent.start, sent.end)
		for j := lo; j < hi; j++ {
			if m := b.dates[j]; j != i && sent.contains(m.start) && !m.Dateline && !m.Old && !m.Vague && !m.Future && !b.d.statementDate(c, m.start, m.end) {
				i, statement = j, false
				break
			}
		}
	}
	m := b.dates[i]
	switch {
	case m.Future:
		c.rejected = "its date is after publication (" + m.Text + ")"
		return
	case m.Old:
		c.rejected = "old news (" + m.Text + ")"
		return
	case m.Vague:
		c.rejected = "its time is vaguer than a month (" + m.Text + ")"
		return
	}
	if c.info.generic && (!own || statement) {
		c.rejected = "a general mention with no time of its own"
		return
	}
	date := m.Date
	if n, ok := b.d.daysAfter(c); ok && !c.clause.contains(m.start) {
		// "on Friday, three days after a judge was shot": the told
		// incident is n days before the date of the main clause
		date = date.AddDate(0, 0, -n)
	}
	if b.r.Dated() && b.d.sentences[c.sent].block > 0 && b.r.Published.Sub(date) > backgroundAge {
		// CODEBOOK: an incident told as background, outside the lead, is
		// coded only within 30 days before publication; older is history
		c.rejected = "background more than 30 days before publication (" + m.Text + ")"
		return
	}
	c.when = when{date: date.Format(time.DateOnly), precision: m.Precision, start: m.start, end: m.end, own: own, text: m.Text, why: b.nearestWhy(c, i, own, "date")}
	if !date.Equal(m.Date) {
		c.when.why += fmt.Sprintf(", counted %d day(s) back from it", int(m.Date.Sub(date).Hours()/24))
	}
	c.when.statement = statement
	if statement && c.when.precision < 2 {
		c.when.precision = 2
		c.when.why = "the day of a statement about it (the incident's own day untold): precision 2"
	}
	b.foundPrecision(c)
}

func (b *binder) bindPlace(c *candidate) {
	starts, ends := b.placeStarts, b.placeEnds
	// A place aside (the hospital victims were taken to, a road's ends) is
	// the event's only when the report gives it no other.
	asides := true
	usable := func(i int) bool {
		return !b.places[i].CountryOnly && !b.places[i].Dateline && (asides || !b.places[i].Aside)
	}
	penalty := func(i int) int {
		p := 0
		if b.places[i].Foreign {
			p += 1000
		}
		if b.places[i].Region || b.places[i].Road {
			p += 100 // "near the X-Y road, close to the village of Z": Z
		}
		if !b.places[i].Cued {
			p += 6 // "the security director of Tripoli": a name in a title loses to "in the Ain Zara area"
		}
		if b.otherTriggerInClause(c, starts[i]) {
			p += 20 // "X was killed in A, and two days before, Y was shot ... in B": B is Y's
		}
		return p
	}
	// a place carries over to a later sentence from the lead or from a
	// sentence about an incident, not from a title or a statement between
	// ("the attorney for the district of X")
	carries := func(i int) bool {
		n := b.d.sentenceOf(starts[i])
		return n == 0 || b.incidentSents[n]
	}
	asides = false
	i, own := b.nearest(c, starts, ends, usable, penalty, carries)
	carriedAside, vague := -1, false
	why := ""
	if i >= 0 {
		why = b.nearestWhy(c, i, own, "place")
	}
	if i < 0 {
		// a place aside in the sentence itself beats the dateline; one from
		// an earlier sentence comes after the report's first place
		asides = true
		if j, ownAside := b.nearest(c, starts, ends, usable, penalty, carries); ownAside {
			i, own = j, true
			why = "the only place of its sentence, though beside the event (a hospital, a home town, a landmark)"
		} else {
			carriedAside = j
		}
		asides = false
	}
	if i >= 0 && own && b.places[i].Fields.Precision > 1 {
		// "the mayor of town X in the countryside of province Y": a town of the sentence inside the
		// broader area chosen is the more precise place
		sent := b.d.sentences[c.sent]
		lo, hi := startIn(starts, sent.start, sent.end)
		for j := lo; j < hi; j++ {
			m := b.places[j]
			if j == i || !usable(j) || m.Foreign || m.Fields.Precision != 1 || !sent.contains(m.start) {
				continue
			}
			p := b.places[i].Fields
			if m.Fields.Country == p.Country && places.Distance(m.Fields.Lat, m.Fields.Lon, p.Lat, p.Lon) <= 60 {
				i = j
				why = "a town of its sentence inside the broader area named nearer it"
				break
			}
		}
	}
	if i >= 0 && own && b.places[i].Region {
		// A province named in the sentence and a town of it in the dateline:
		// the town.
		for _, j := range b.datelinePlaces {
			if m := b.places[j]; !m.CountryOnly && !m.Region && m.Fields.Country == b.places[i].Fields.Country && m.Fields.Admin1 == b.places[i].Fields.Admin1 {
				i = j
				why = "the dateline's town, in the province its sentence names"
				break
			}
		}
	}
	if i < 0 {
		// "kidnapped in Libya": the sentence names the country only (by its
		// name: an adjective is mostly people's nationality); the report's
		// first town in that country
		sent := b.d.sentences[c.sent]
		lo, hi := startIn(starts, sent.start, sent.end)
		for j := lo; j < hi && i < 0; j++ {
			if m := b.places[j]; m.CountryOnly && !m.Adjective {
				if k, ok := b.firstIn[m.Fields.Country]; ok {
					i, vague = k, true
					why = "its sentence names only the country: the report's first town there"
				}
			}
		}
	}
	if i < 0 {
		for _, j := range b.datelinePlaces {
			if !b.places[j].CountryOnly {
				i, why = j, "no place of its own: the dateline"
				break
			}
		}
	}
	if i < 0 && b.firstHome >= 0 && !b.places[b.firstHome].Aside {
		i, why = b.firstHome, "no place of its own: the report's first place in its main country"
	}
	if i < 0 && carriedAside >= 0 {
		i, why = carriedAside, "no other place: one beside an earlier incident (a hospital, a home town)"
	}
	if i < 0 && b.firstHome >= 0 {
		i, why = b.firstHome, "no other place: the report's first place in its main country, though beside the event"
	}
	if i < 0 {
		// nothing before it: a place told just after the incident ("…
		// killed X in an airstrike. The strike hit the airport of Y"), in
		// the next sentences that tell of it
		if i = b.placeAfter(c); i >= 0 {
			why = "nothing before it: the first town of the next sentences about an incident"
		}
	}
	if i < 0 {
		c.where = where{start: -1, end: -1}
		return
	}
	m := b.places[i]
	c.where = where{ok: true, key: m.Key, parent: m.Parent, start: m.start, end: m.end, own: own, clause: own && m.start >= c.clause.start && m.end <= c.clause.end, place: m.Fields}
	c.where.why = why
	if vague && c.where.place.Precision < 2 {
		c.where.place.Precision = 2 // somewhere in the country, coded to its town the report names
	}
}

// nearestWhy says how nearest found span i for c: own (its clause, its
// sentence) or carried from an earlier sentence; what names "place" or
// "date".
func (b *binder) nearestWhy(c *candidate, i int, own bool, what string) string {
	starts := b.placeStarts
	if what == "date" {
		starts = b.dateStarts
	}
	switch {
	case !own:
		return "no " + what + " in its sentence: the latest one before it in its paragraph"
	case c.clause.contains(starts[i]):
		return "the nearest " + what + " in its clause"
	default:
		return "the nearest " + what + " in its sentence"
	}
}

// blankParagraphs returns text with every paragraph not in keep turned to
// spaces, rune for rune (line breaks stay), so code-point offsets hold.
func blankParagraphs(text string, keep map[int]bool) string {
	if len(keep) > strings.Count(text, "\n") {
		return text // every paragraph kept
	}
	out := make([]byte, 0, len(text))
	for para, rest := 0, text; ; para++ {
		line, more, found := strings.Cut(rest, "\n")
		if keep[para] {
			out = append(out, line...)
		} else {
			for range utf8.RuneCountInString(line) {
				out = append(out, ' ')
			}
		}
		if !found {
			break
		}
		out = append(out, '\n')
		rest = more
	}
	return string(out)
}

// blankFolded turns every byte of the paragraphs not in keep into a space,
// so the text keeps its length and its map to the original.
func blankFolded(text string, keep map[int]bool) string {
	if len(keep) > strings.Count(text, "\n") {
		return text
	}
	out := []byte(text)
	para, blank := 0, !keep[0]
	for i, c := range out {
		if c == '\n' {
			para++
			blank = !keep[para]
			continue
		}
		if blank {
			out[i] = ' '
		}
	}
	return string(out)
}

// daysAfter reads "N days after" (or "N days before", negative) opening
// the candidate's clause before its trigger, as words.tsv's days-after
// patterns write it ("three days after a judge was shot"). It
// returns N and whether it found one.
func (d *doc) daysAfter(c *candidate) (int, bool) {
	clause := d.text[c.clause.start:c.m.Start]
	words := strings.Fields(clause)
	at := 0 // byte offset in clause of words[i]
	for i := 0; i < len(words); i++ {
		at += strings.Index(clause[at:], words[i])
		for _, p := range d.w.days {
			// "N days after" opens the clause; a word for the day after
			// ("ghadat") may stand anywhere before the trigger, but only
			// before an incident noun that the trigger is or tells the
			// outcome of ("ghadat hujum asfara 'an maqtal"): "ghadat
			// al-intikhabat qutila" dates the killing by its own clause
			if p.counted && i >= maxDaysAfterStart {
				continue
			}
			if !p.counted && (words[i] != p.words[0] || !d.incidentAfter(c.clause.start+at+len(words[i]), c.m.Start)) {
				continue
			}
			if n, ok := d.daysPattern(p.words, words[i:]); ok {
				return p.sign * n, true
			}
		}
		at += len(words[i])
	}
	return 0, false
}

// incidentAfter reports whether the word after folded byte a, or the one
// after a determiner ("the day after the attack"), is a trigger that
// starts no later than b (the candidate's own).
func (d *doc) incidentAfter(a, b int) bool {
	k := sort.Search(len(d.triggers), func(k int) bool { return d.triggers[k].Start >= a })
	if k == len(d.triggers) || d.triggers[k].Start > b {
		return false
	}
	between := strings.Fields(d.text[a:d.triggers[k].Start])
	return len(between) == 0 || len(between) == 1 && d.w.has(setDeterminer, between[0])
}

// maxDaysAfterStart is how far into the clause "N days after" may open:
// it leads the clause, after a word or three ("on Monday, two days after").
const maxDaysAfterStart = 4

// maxDaysAfter is the largest N read: beyond two weeks the text names a
// date of its own.
const maxDaysAfter = 14

// daysPattern matches pattern (words, "#" for the count) at the start of
// words and returns the count.
func (d *doc) daysPattern(pattern, words []string) (int, bool) {
	if len(words) < len(pattern) {
		return 0, false
	}
	n := 0
	if !slices.Contains(pattern, "#") {
		n = 1 // a word for the day after or before ("ghadat", "the eve of")
	}
	for i, p := range pattern {
		if p != "#" {
			if words[i] != p {
				return 0, false
			}
			continue
		}
		v, ok := d.w.valueOf(setDayCount, words[i])
		if !ok {
			v, ok = d.lx.numberWords[words[i]]
		}
		if !ok {
			var err error
			v, err = strconv.Atoi(words[i])
			ok = err == nil
		}
		if !ok || v <= 0 || v > maxDaysAfter {
			return 0, false
		}
		n = v
	}
	return n, n > 0
}

package dates

import (
	"time"
	"unicode/utf8"
)

// parser walks the known tokens of one text and matches date expressions.
// Each rule starts at a core token (a number, a month, a weekday, "yesterday",
// a unit such as "week") and reaches back over the words that qualify it
// ("late on", masa', qabl thalatha) and forward over those that follow
// (al-madi, "ago", a year). Back reach stops at floor, the end of the
// previous match.
type parser struct {
	lx    *Lexicon
	text  string
	toks  []token
	pub   time.Time // publication date at midnight UTC; zero when unknown
	floor int
	// dateline is the byte offset where the report's dateline ends (0: none).
	dateline int
	// anchor is the last day told before the current token, outside the
	// dateline: what "the same day" and "two days later" count from.
	anchor    time.Time
	hasAnchor bool
	// order is how the report writes numeric dates with slashes, dots or
	// dashes (numericOrder): one rule for the whole report, never decided
	// date by date
	order numericOrder
}

// match is a resolved expression in token coordinates.
type match struct {
	first, last int // token indices, inclusive
	date        time.Time
	prec        Precision
	flags       Flags
	form        Form
	// fixed: the date is written out in full and needs no publication date.
	fixed bool
}

// run calls emit for every expression, left to right, never overlapping.
func (p *parser) run(emit func(match)) {
	for i := 0; i < len(p.toks); {
		if m, ok := p.at(i); ok {
			m = p.finish(m)
			if m.prec == Day && !p.inDateline(m) {
				p.anchor, p.hasAnchor = m.date, true
			}
			emit(m)
			i = m.last + 1
			p.floor = i
			continue
		}
		i++
	}
}

// at tries the rules whose core token is toks[i].
func (p *parser) at(i int) (match, bool) {
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		if m, ok := p.absolute(i); ok {
			return m, true
		}
		return p.year(i)
	case kOrd:
		return p.absolute(i)
	case kCard:
		if t.val >= 20 { // "twenty-first of March"
			return p.absolute(i)
		}
	case kMonth, kHead, kHijri:
		return p.namedMonth(i)
	case kWeekday:
		return p.weekday(i)
	case kUnit:
		return p.unit(i)
	case kTod:
		return p.todCore(i)
	case kWord:
		switch t.val {
		case wToday, wTonight, wYesterday, wTomorrow:
			return p.relativeDay(i)
		case wOvernight:
			return p.overnight(i)
		case wRecently, wTimes:
			return p.recently(i)
		case wWeekend:
			return p.weekend(i)
		case wHours:
			return p.hoursAgo(i)
		}
	}
	return match{}, false
}

// inDateline reports whether m is the date of the report's dateline.
func (p *parser) inDateline(m match) bool {
	return m.form == Absolute && int(p.toks[m.last].end) <= p.dateline
}

// anaphor dates an expression counted from the last day told: n days after
// it (before it when n < 0), in the year that follows it if one does ("fi
// nafs al-yawm min 'am 1980": the same day and month, another year).
func (p *parser) anaphor(first, last, n int) (match, bool) {
	if !p.hasAnchor {
		return match{}, false
	}
	d := addDays(p.anchor, n)
	if y, at, _ := p.yearAfter(last, minYear, maxYear); y != 0 && validDay(y, d.Month(), d.Day()) {
		d, last = day(y, d.Month(), d.Day()), at
	}
	return match{first: first, last: last, date: d, prec: Day, form: Anaphor}, true
}

// finish sets the Old and Future flags of a dated expression.
func (p *parser) finish(m match) match {
	if p.pub.IsZero() || m.prec == None {
		return m
	}
	if m.date.After(p.pub) {
		m.flags |= Future
	} else if p.pub.Sub(m.date) > OldAfter {
		m.flags |= Old
	}
	return m
}

// next is the index of the token right after toks[i] in the text, or -1
// when a word the grammar does not know (or nothing) comes between.
func (p *parser) next(i int) int {
	if i < 0 || i+1 >= len(p.toks) || p.toks[i+1].idx != p.toks[i].idx+1 {
		return -1
	}
	return i + 1
}

// prev is the index of the token right before toks[i], or -1; it never
// reaches into the previous match.
func (p *parser) prev(i int) int {
	if i <= p.floor || i >= len(p.toks) || p.toks[i-1].idx != p.toks[i].idx-1 {
		return -1
	}
	return i - 1
}

func (p *parser) is(i int, k kind) bool { return i >= 0 && p.toks[i].kind == k }

func (p *parser) isW(i int, w int16) bool {
	return i >= 0 && p.toks[i].kind == kWord && p.toks[i].val == w
}

// isHours reports whether toks[i] is a word of hours or time: "the early
// hours of", "late in" (fi waqt muta'akhkhir min).
func (p *parser) isHours(i int) bool { return p.isW(i, wHours) || p.isW(i, wTime) }

// isPair reports whether toks[i] and toks[j] are the two words of a
// phrase meaning w.
func (p *parser) isPair(i, j int, w int16) bool {
	if i < 0 || j < 0 {
		return false
	}
	e, ok := p.lx.pair(&p.toks[i], p.word(j))
	return ok && e.kind == kWord && e.val == w
}

// isPart reports whether toks[i] names a part of a period: early, mid,
// late, matla', muntasaf, awakhir.
func (p *parser) isPart(i int) bool { return p.isW(i, wEarly) || p.isW(i, wMid) || p.isW(i, wLate) }

func (p *parser) isPunct(i int, r byte) bool {
	return i >= 0 && p.toks[i].kind == kPunct && p.toks[i].val == int16(r)
}

func (p *parser) isUnit(i int, unit int16, aux uint8) bool {
	return i >= 0 && p.toks[i].kind == kUnit && p.toks[i].val == unit && p.toks[i].aux&(auxPlural|auxDual) == aux
}

// word is the folded text of toks[i] without its proclitics.
func (p *parser) word(i int) string {
	t := &p.toks[i]
	return p.text[int(t.start)+int(t.skip) : t.end]
}

// arabic reports whether toks[i] is an Arabic word.
func (p *parser) arabic(i int) bool { return p.text[p.toks[i].start] >= 0x80 }

// trimLead moves first past the prepositions that may introduce an
// expression but are not part of its evidence ("in", "on", fi, khilal).
func (p *parser) trimLead(first, last int) int {
	for first < last {
		t := &p.toks[first]
		if t.kind == kWord && (t.val == wIn || t.val == wOn || t.val == wAt || t.val == wThe || t.val == wOf) ||
			t.kind == kPunct {
			first++
			continue
		}
		break
	}
	return first
}

// clauseEnds reports whether the text after toks[i] ends a clause: a
// punctuation mark, a line break or the end of the text.
func (p *parser) clauseEnds(i int) bool {
	for j := int(p.toks[i].end); j < len(p.text); {
		r, n := utf8.DecodeRuneInString(p.text[j:])
		switch r {
		case ' ', '\t', '\r':
			j += n
			continue
		case '\n':
			return true
		}
		return p.lx.mark(r).clause
	}
	return true
}

// modAfter reads an Arabic modifier after a noun: al-madi, al-jari,
// al-muqbil (last, this, next).
func (p *parser) modAfter(i int) (mod int16, at int) {
	j := p.next(i)
	if p.isW(j, wPast) || p.isW(j, wThis) || p.isW(j, wNext) || p.isW(j, wRecent) {
		return p.toks[j].val, j
	}
	return 0, i
}

// yearAfter reads the year written after a date: "12 March 2024", "12
// March, 2024", "12 adhar 'am 2024", "fi yulyu min al-'am 2004" (in July of
// the year 2004), "sibtambir min al-'am al-madi" (September of last year) —
// with its era mark (AD, AH) if any. It reports the year's last
// token and whether a Hijri mark was read.
func (p *parser) yearAfter(i int, lo, hi int) (year, at int, hijriMark bool) {
	j := p.next(i)
	if p.isPunct(j, ',') {
		j = p.next(j)
	}
	of := p.isW(j, wOf) && p.arabic(j)
	if of {
		j = p.next(j)
	}
	if p.isUnit(j, unitYear, 0) { // 'am 2013, al-'am al-madi
		if mod, at := p.modAfter(j); (mod == wPast || mod == wThis) && p.toks[j].aux&auxArticle != 0 && !p.pub.IsZero() {
			if mod == wPast {
				return p.pub.Year() - 1, at, false
			}
			return p.pub.Year(), at, false
		}
		j = p.next(j)
	} else if of {
		return 0, i, false
	}
	if !p.is(j, kNum) || p.toks[j].aux != 4 || int(p.toks[j].val) < lo || int(p.toks[j].val) > hi {
		return 0, i, false
	}
	year, at = int(p.toks[j].val), j
	if k := p.next(j); p.isW(k, wHijriMark) {
		return year, k, true
	} else if p.isW(k, wGregMark) {
		return year, k, false
	}
	return year, at, false
}

package dates

import "time"

// Periods and durations: "last week", al-usbu' al-madi, muntasaf al-shahr
// al-jari, "in March", "three days ago", qabl yawmayn, "in recent weeks",
// "in recent years", 'am 2013. Each resolves to the codebook's
// representative day of the
// period with the precision the wording supports.

// unitPhrase is what surrounds a unit word: its count, its relation to
// publication, the part of the period, and whether it counts back.
type unitPhrase struct {
	count   int   // N of "N days"; -1 for few/several/bid'a; 0 unwritten
	rel     int16 // wPast, wPastEn, wThis, wNext, wRecent or 0
	pos     int16 // wEarly, wMid, wLate or 0
	ago     bool  // "ago", "earlier", qabl
	since   bool  // mundhu, since, for
	earlier bool  // "earlier this week"
	later   bool  // "later this month"
	story   int   // -1 for "N days earlier", +1 for "N days later": counted from the story's day
}

// unit reads an expression built on a unit word (day, week, month, year).
func (p *parser) unit(i int) (match, bool) {
	t := &p.toks[i]
	u := t.val
	plural, dual := t.aux&auxPlural != 0, t.aux&auxDual != 0
	sing := !plural && !dual
	if u == unitDay && sing && !p.arabic(i) {
		if m, ok := p.dayAnaphor(i); ok {
			return m, true
		}
	}
	nx := p.next(i)
	if sing {
		switch {
		case u == unitDay && (p.is(nx, kWeekday) || p.isW(nx, wYesterday) || p.isW(nx, wToday) || p.is(nx, kNum) || p.is(nx, kOrd)):
			return match{}, false // yawm al-jum'a, yawm ams, yawm 12 maris: the day of a date
		case u == unitMonth && (p.is(nx, kMonth) || p.is(nx, kHead)):
			return match{}, false // shahr maris, the month of March
		case u == unitYear && p.is(nx, kNum):
			return match{}, false // 'am 2013, the year 2013
		case u == unitWeek && p.isW(nx, wOf):
			// "during the week of 4 March 2024": that week, precision 2
			if k := p.next(nx); k >= 0 && p.toks[k].kind != kUnit { // no chain of weeks
				if m, ok := p.at(k); ok && m.prec == Day && m.form == Absolute {
					var ph unitPhrase
					start := m.date
					if start.Weekday() == time.Sunday {
						start = addDays(start, 1) // "the week of Sunday 3 March": the week it opens
					}
					return match{first: p.trimLead(p.unitBefore(i, &ph), i), last: m.last,
						date: weekMid(monday(start), p.pub), prec: Week, form: Period, fixed: m.fixed}, true
				}
			}
		}
	}
	var ph unitPhrase
	if dual {
		ph.count = 2
	}
	last := p.unitAfter(i, &ph, plural)
	if last < 0 {
		return match{}, false
	}
	first := p.unitBefore(i, &ph)
	switch {
	case ph.count == 0 && (ph.pos != 0 || ph.rel != 0):
		// mundhu matla' al-'am, mundhu al-usbu' al-madi, "for the past
		// week": the period is named, mundhu and "for" only say the event
		// lasted since
		ph.ago, ph.since = false, false
	case ph.count == 0 && sing && (ph.ago || ph.since):
		ph.count = 1 // qabl yawm, mundhu 'am, "a week ago" has its "a"
	}
	if k := p.ofAfter(last); ph.ago && p.arabic(i) && k >= 0 && !p.dateAfterOf(k) {
		// qabl yawmayn min al-ightiyal: two days before an event the text
		// names, not two days before publication; no date of its own
		return match{}, false
	}
	first = p.trimLead(first, i)
	// "two days later", "three days earlier": days of the story, counted
	// from the day told before; "earlier" falls back to publication
	if ph.story != 0 && u == unitDay && ph.count > 0 && p.hasAnchor {
		return p.anaphor(first, last, ph.story*ph.count)
	}
	if ph.story > 0 {
		return match{}, false
	}
	m, ok := p.resolveUnit(u, sing, ph)
	if !ok {
		return match{}, false
	}
	m.first, m.last = first, last
	return m, true
}

// unitAfter reads what follows a unit word; -1 rejects the phrase.
func (p *parser) unitAfter(i int, ph *unitPhrase, plural bool) int {
	last := i
	j := p.next(last)
	if plural && p.is(j, kCard) && p.arabic(j) { // al-ayyam al-thalatha al-madiya, the past three days
		ph.count, last = int(p.toks[j].val), j
		j = p.next(j)
	}
	if p.isW(j, wFew) { // al-asabi' al-qalila al-madiya, the past few weeks
		ph.count, last = -1, j
		j = p.next(j)
	}
	if mod, at := p.modAfter(last); mod != 0 {
		ph.rel, last = mod, at
		j = p.next(at)
	}
	if p.is(j, kCard) && p.toks[j].val == 1 && p.arabic(j) { // yawm wahid, one day
		ph.count, last = 1, j
		j = p.next(j)
	}
	switch {
	case p.isW(j, wAgo):
		ph.ago, last = true, j
	case p.isW(j, wEarlier):
		ph.ago, ph.story, last = true, -1, j
	case p.isW(j, wLater):
		ph.story, last = 1, j
	}
	return last
}

// unitBefore reads what precedes a unit word and returns the first token.
func (p *parser) unitBefore(i int, ph *unitPhrase) int {
	first := i
	for k := p.prev(first); k >= 0; k = p.prev(first) {
		t := &p.toks[k]
		switch {
		case t.kind == kNum && t.aux <= 3 && ph.count == 0:
			ph.count = int(t.val)
		case t.kind == kCard && ph.count == 0:
			ph.count = int(t.val)
		case p.isW(k, wOf) && p.is(p.prev(k), kCard) && p.toks[p.prev(k)].val == 2: // a couple of
			ph.count = 2
			k = p.prev(k)
			if a := p.prev(k); p.is(a, kCard) && p.toks[a].val == 1 {
				k = a
			}
		case p.isW(k, wFew):
			if ph.count == 0 {
				ph.count = -1
			}
			if a := p.prev(k); p.is(a, kCard) && p.toks[a].val == 1 { // a few
				k = a
			}
		case p.isW(k, wAbout), p.isW(k, wThe):
		case (p.isW(k, wPast) || p.isW(k, wPastEn) || p.isW(k, wThis) || p.isW(k, wNext) || p.isW(k, wRecent)) && ph.rel == 0:
			ph.rel = t.val
		case p.isW(k, wEarlier) && ph.rel == wThis:
			ph.earlier = true
		case p.isW(k, wLater) && ph.rel == wThis:
			ph.later = true
		case (p.isPart(k) || p.isW(k, wFirst)) && ph.pos == 0:
			ph.pos = t.val
			if t.val == wFirst {
				ph.pos = wEarly
			}
		case p.isW(k, wIn) && ph.rel == 0 && (p.isW(p.prev(k), wEarlier) || p.isW(p.prev(k), wLater)):
			// "earlier in the week", "later in the month"
			ph.rel = wThis
			ph.earlier, ph.later = p.isW(p.prev(k), wEarlier), p.isW(p.prev(k), wLater)
			k = p.prev(k)
		case p.isW(k, wOf) && ph.pos == 0: // "the end of last month"
			if !p.isPart(p.prev(k)) {
				return first
			}
		case p.isPunct(k, '-') && p.isW(p.prev(k), wMid): // mid-month
		case p.isW(k, wBefore) && p.arabic(k):
			ph.ago = true
			return k
		case p.isW(k, wSince):
			ph.since = true
			return k
		default:
			return first
		}
		first = k
	}
	return first
}

// ofAfter returns the "of" (min) token right after token i, or one word
// further ("qabl yawmayn faqat min": an "only" between), or -1.
func (p *parser) ofAfter(i int) int {
	j := i + 1
	if i < 0 || j >= len(p.toks) || p.toks[j].idx > p.toks[i].idx+2 || !p.isW(j, wOf) {
		return -1
	}
	return j
}

// dateAfterOf reports whether a date word follows the "of" (min) at token
// k: "qabl yawmayn min yawm al-jum'a" counts from that day, which the
// grammar reads on its own.
func (p *parser) dateAfterOf(k int) bool {
	j := p.next(k)
	return p.is(j, kWeekday) || p.is(j, kNum) || p.is(j, kMonth) || p.isW(j, wToday) || p.isW(j, wYesterday) || p.is(j, kUnit)
}

// resolveUnit dates a unit phrase.
func (p *parser) resolveUnit(u int16, sing bool, ph unitPhrase) (match, bool) {
	pub := p.pub
	back := ph.ago || ph.since
	exact, few := ph.count > 0, ph.count < 0
	window := ph.rel == wPast || ph.rel == wPastEn || ph.rel == wRecent
	switch u {
	case unitDay:
		switch {
		case back && exact:
			return match{date: addDays(pub, -ph.count), prec: Day, form: Relative}, true
		case back || !sing && window: // qabl ayyam, "in recent days", the past three days
			n := 3
			if exact && ph.count <= 7 {
				n = ph.count / 2
			}
			return match{date: addDays(pub, -n), prec: Week, form: Relative}, true
		}
	case unitWeek:
		switch {
		case back && exact && ph.count <= 4:
			return match{date: weekMid(addDays(monday(pub), -7*ph.count), pub), prec: Week, form: Period}, true
		case back || !sing && (window || few):
			return p.monthPeriod(pub.Year(), pub.Month(), 0), true // in recent weeks
		case ph.rel == wPastEn: // the past week: the trailing seven days
			return match{date: addDays(pub, -3), prec: Week, form: Period}, true
		case ph.rel == wPast:
			return match{date: weekMid(addDays(monday(pub), -7), pub), prec: Week, form: Period}, true
		case ph.rel == 0 && ph.pos == wLate: // nihayat al-usbu': the weekend just past
			return match{date: onOrBefore(time.Saturday, pub), prec: Week, form: Period}, true
		case ph.rel == wThis && !ph.later, ph.rel == 0 && ph.pos != 0:
			return match{date: weekMid(monday(pub), pub), prec: Week, form: Period}, true
		case ph.rel == wNext || ph.later:
			return match{date: addDays(monday(pub), 9), prec: Week, form: Period}, true
		}
	case unitMonth:
		switch {
		case back && exact && ph.count <= 12:
			y, m := monthBack(pub, ph.count)
			return p.monthPeriod(y, m, 0), true
		case back || !sing && (window || few):
			return match{date: pub, prec: None, flags: Vague, form: Stretch}, true // in recent months
		case ph.rel == wPast:
			y, m := monthBack(pub, 1)
			return p.monthPeriod(y, m, ph.pos), true
		case ph.rel == wThis && !ph.later, ph.rel == wPastEn, ph.rel == 0 && ph.pos != 0:
			return p.monthPeriod(pub.Year(), pub.Month(), ph.pos), true
		case ph.rel == wNext || ph.later:
			y, m := monthBack(pub, -1)
			return p.monthPeriod(y, m, ph.pos), true
		}
	case unitYear:
		switch {
		case back && exact:
			return match{date: pub.AddDate(-ph.count, 0, 0), prec: None, flags: Vague | Old, form: Stretch}, true
		case back || !sing && (window || few):
			f := Vague
			if ph.ago {
				f |= Old
			}
			return match{date: pub, prec: None, flags: f, form: Stretch}, true
		case ph.rel == wPast:
			return match{date: day(pub.Year()-1, 7, 1), prec: None, flags: Vague | Old, form: Stretch}, true
		case ph.rel == wThis && !ph.later, ph.rel == wPastEn, ph.rel == 0 && ph.pos != 0:
			return match{date: pub, prec: None, flags: Vague, form: Stretch}, true
		case ph.rel == wNext || ph.later:
			return match{date: day(pub.Year()+1, 7, 1), prec: None, flags: Vague | Future, form: Stretch}, true
		}
	}
	return match{}, false
}

// monthPeriod is the codebook's date for month m of year y, or a part of it:
// the beginning (the 1st, precision 3), the middle (the 15th, precision 2),
// the end (the last day, precision 3), or only the month (the 15th or the
// midpoint of the elapsed days, precision 3). Days of the publication month
// after publication become the publication date.
func (p *parser) monthPeriod(y int, m time.Month, pos int16) match {
	mt := match{prec: Month, form: Period}
	current := y == p.pub.Year() && m == p.pub.Month()
	switch pos {
	case wEarly:
		mt.date = day(y, m, 1)
	case wMid:
		mt.date, mt.prec = day(y, m, 15), Week
	case wLate:
		mt.date = day(y, m, daysIn(y, m))
	default:
		mt.date = monthMid(y, m, p.pub)
	}
	if current {
		mt.date = notAfter(mt.date, p.pub)
	}
	return mt
}

// namedMonth reads a month named without its day: "in March", "mid-March",
// khilal shahr adhar (during the month of March), awakhir ut (late August),
// maris al-madi (last March), "March 2023" — or, in English, a
// month-first date.
func (p *parser) namedMonth(i int) (match, bool) {
	if m, ok := p.monthFirst(i); ok {
		return m, true
	}
	m, hijri, last, ok := p.month(i)
	if !ok || hijri {
		return match{}, false
	}
	first := i
	var pos int16
	intro := false
	if j := p.prev(first); p.isUnit(j, unitMonth, 0) && p.toks[j].aux&auxArticle == 0 {
		first, intro = j, true // shahr maris
	}
	if j := p.prev(first); p.isPunct(j, '-') && p.isW(p.prev(j), wMid) {
		first, pos = p.prev(j), wMid // mid-March
	} else if p.isW(j, wOf) {
		if k := p.prev(j); p.isPart(k) {
			first, pos = k, p.toks[k].val // the end of March
		}
	} else if p.isPart(j) {
		first, pos = j, p.toks[j].val // muntasaf maris, early March
	}
	if j := p.prev(first); p.isW(j, wIn) || p.isW(j, wSince) || p.isW(j, wUntil) {
		intro = true
	}
	mod, at := p.modAfter(last)
	if mod != 0 {
		last = at
	}
	year, at, _ := p.yearAfter(last, minYear, maxYear)
	if year != 0 {
		last = at
	}
	if p.toks[i].aux&auxWeak != 0 && !intro && pos == 0 && mod == 0 && year == 0 {
		return match{}, false // maris "practised", "may", ab ~ "father"
	}
	mon := time.Month(m)
	var y int
	switch {
	case year != 0:
		y = year
	case mod == wThis:
		y = p.pub.Year()
	case mod == wNext:
		y = p.pub.Year()
		if mon <= p.pub.Month() {
			y++
		}
	case mod == wPast:
		y = p.pub.Year()
		if mon >= p.pub.Month() { // maris al-madi in March is last year's
			y--
		}
	default:
		y = p.pub.Year()
		if mon > p.pub.Month() {
			y--
		}
	}
	mt := p.monthPeriod(y, mon, pos)
	mt.first, mt.last, mt.fixed = first, last, year != 0
	return mt, true
}

// year reads a year named alone: 'am 2013, "in 2019", mundhu 2014, "(1987)".
// A year is vaguer than a month: the expression is Vague, and Old or Future
// when the year is not the publication's.
func (p *parser) year(i int) (match, bool) {
	t := &p.toks[i]
	if t.aux != 4 {
		return match{}, false
	}
	y := int(t.val)
	hijri := false
	last := i
	if j := p.next(i); p.isW(j, wHijriMark) {
		hijri, last = true, j
	} else if p.isW(j, wGregMark) {
		last = j
	}
	mid := day(y, 7, 1)
	pubYear := p.pub.Year()
	if hijri {
		if y < minHijri || y > maxHijri {
			return match{}, false
		}
		mid = fromHijri(y, 7, 1)
		pubYear, _, _ = toHijri(p.pub)
	} else if y < minYear || y > maxYear {
		return match{}, false
	}
	first := i
	j := p.prev(i)
	switch {
	case p.isUnit(j, unitYear, 0):
		first = j // 'am 2013, "the year 2019"
		if k := p.prev(j); p.isPart(k) {
			first = k
		}
	case p.isPart(j):
		first = j // early 2019, matla' 2019
	case p.isPunct(j, '-') && p.isW(p.prev(j), wMid):
		first = p.prev(j) // mid-2019
	case p.isW(j, wIn) || p.isW(j, wSince) || p.isW(j, wUntil) || p.isW(j, wTo) || hijri || last != i:
	case p.isPunct(j, '(') && p.isPunct(p.next(last), ')'):
	default:
		return match{}, false
	}
	mt := match{first: first, last: last, prec: None, flags: Vague, form: Stretch, fixed: true, date: mid}
	if !p.pub.IsZero() {
		switch {
		case y < pubYear:
			mt.flags |= Old
		case y > pubYear:
			mt.flags |= Future
		default:
			mt.date = p.pub
		}
	}
	return mt, true
}

package dates

import "time"

// Days named relative to publication (today, yesterday, amsi al-awwal the
// day before yesterday) and days named by their weekday (on Tuesday, masa'
// al-thulatha' Tuesday evening, al-jum'a al-madi last Friday), with the times
// of day that attach to them (sabah, masa', layla, "late on", "Friday
// night"). A time of day never moves the date, except laylat before a
// weekday (see the package documentation); it only widens the evidence
// span.

// dayLead reaches back from a day word over what qualifies it: yawm (the day
// of), a time of day in construct (masa' al-thulatha', muntasaf layl al-sabt:
// midnight of Saturday), "fi waqt muta'akhkhir min" (late in), English "late
// on", "early", "the night of", "in the early hours of", "overnight". night
// reports a leading eve word (laylat), which shifts a weekday.
func (p *parser) dayLead(i int) (first int, night bool) {
	first = i
	if j := p.prev(first); p.isUnit(j, unitDay, 0) && p.toks[j].aux&auxArticle == 0 && p.arabic(j) {
		first = j // yawm al-jum'a, yawm ams
	}
	if j := p.prev(first); p.is(j, kTod) && p.arabic(j) && p.toks[j].aux&auxAdverb == 0 {
		first = j
		night = p.toks[j].aux&auxEve != 0
		if k := p.prev(j); p.isW(k, wMid) {
			first = k // muntasaf layl al-sabt
		}
	}
	// Arabic: (fi) waqt muta'akhkhir min / sa'at muta'akhkhira min /
	// al-sa'at al-ula min: late in, in the late hours of, in the first hours of
	if j := p.prev(first); p.isW(j, wOf) && p.arabic(j) {
		if k := p.prev(j); p.isW(k, wLateAdj) || p.isW(k, wEarlyAdj) {
			if h := p.prev(k); p.isHours(h) {
				first = h
			}
		}
	}
	if p.arabic(i) {
		return first, night
	}
	// English: "the night of Friday", "the early hours of Friday"
	if j := p.prev(first); p.isW(j, wOf) {
		if k := p.prev(j); p.is(k, kTod) {
			first = k
		} else if p.isHours(k) {
			first = k
			if e := p.prev(k); p.isW(e, wEarly) || p.isW(e, wLate) {
				first = e
			}
		}
	}
	// "late on Friday", "early Friday", "overnight on Friday"
	j := p.prev(first)
	if p.isW(j, wOn) {
		if k := p.prev(j); p.isW(k, wLate) || p.isW(k, wEarly) || p.isW(k, wOvernight) {
			first = k
		}
	} else if p.isW(j, wLate) || p.isW(j, wEarly) || p.isW(j, wOvernight) {
		first = j
	}
	return first, night
}

// dayTail reaches forward over a time of day after a day word: "Friday
// night", al-khamis masa'an (Thursday in the evening), al-jum'a laylan —
// unless it opens the next expression ("... al-ahad masa' al-ithnayn":
// Sunday, Monday evening).
func (p *parser) dayTail(i int) int {
	j := p.next(i)
	if !p.is(j, kTod) {
		return i
	}
	if k := p.next(j); p.is(k, kWeekday) || p.isW(k, wYesterday) || p.isW(k, wToday) {
		return i
	}
	return j
}

// relativeDay reads today, tonight, yesterday, tomorrow and their Arabic
// forms, with the weekday that often follows them in Arabic (ams al-ahad,
// yesterday Sunday).
func (p *parser) relativeDay(i int) (match, bool) {
	w := p.toks[i].val
	first, last := i, i
	d := p.pub
	switch w {
	case wToday:
		j := p.next(i)
		if p.arabic(i) {
			// al-yawm nafsuh, fi nafs al-yawm, al-yawm al-tali, al-yawm
			// al-sabiq (the same, the next, the previous day): "the day" of
			// the story, counted from the day told before
			switch k := p.prev(i); {
			case p.isW(j, wSame):
				return p.anaphor(i, j, 0)
			case p.isW(k, wSame):
				return p.anaphor(k, i, 0)
			case p.isW(j, wFollowing):
				return p.anaphor(i, j, 1)
			case p.isW(j, wPast):
				return p.anaphor(i, j, -1)
			}
			// al-yawm al-awwal, al-yawm al-'alami (the first day, the world
			// day): "the day", not today
			if p.isW(j, wNotToday) || p.is(j, kOrd) {
				return match{}, false
			}
		}
		// hatta al-yawm, "until today": a state lasting to now, not an event's day
		if p.isW(p.prev(i), wUntil) {
			return match{}, false
		}
	case wTonight:
		switch j := p.next(i); {
		case p.isW(j, wPast): // al-layla al-madiya, last night
			d, last = addDays(d, -1), j
		case p.isW(j, wNext): // muntasaf al-layla al-muqbila, midnight tomorrow: a deadline, not an event
			return match{}, false
		}
	case wYesterday:
		d = addDays(d, -1)
		k := i
		switch j := p.prev(i); {
		case p.isW(j, wFirst) || p.isW(j, wBefore) && p.arabic(j): // awwal ams, qabl ams
			d, k = addDays(d, -1), j
		case p.isW(j, wOf) && p.isW(p.prev(j), wFirst): // awwal min ams
			d, k = addDays(d, -1), p.prev(j)
		case p.isW(j, wBefore) && p.isUnit(p.prev(j), unitDay, 0): // the day before yesterday
			d, k = addDays(d, -1), p.prev(j)
			if t := p.prev(k); p.isW(t, wThe) {
				k = t
			}
		}
		if j := p.next(i); p.isPair(i, j, wDayBefore) { // amsi al-awwal
			d, last = addDays(d, -1), j
		}
		first = k
	case wTomorrow:
		d = addDays(d, 1)
		if j := p.prev(i); p.isW(j, wAfter) { // ba'd ghad, the day after tomorrow
			d, first = addDays(d, 1), j
		}
	}
	lead, _ := p.dayLead(first)
	first = lead
	// ams al-ahad, al-yawm al-thulatha', ghadan al-jum'a: the weekday wins (see the
	// package doc)
	if j := p.next(last); p.is(j, kWeekday) && w != wTonight && p.arabic(j) {
		wd := time.Weekday(p.toks[j].val)
		switch {
		case d.Weekday() == wd:
		case w == wTomorrow:
			d = after(wd, p.pub)
		default:
			d = onOrBefore(wd, p.pub)
		}
		last = j
	}
	last = p.dayTail(last)
	return match{first: first, last: last, date: d, prec: Day, form: Relative}, true
}

// weekday reads a named day of the week with what qualifies it: yawm,
// al-madi, "last", a time of day, and a full date that may follow it
// ("al-thulatha' 12 maris 2024", "Tuesday, March 12").
func (p *parser) weekday(i int) (match, bool) {
	first, night := p.dayLead(i)
	j := p.next(i)
	if p.isPunct(j, ',') || p.isW(j, wCorr) {
		j = p.next(j)
	}
	if j >= 0 {
		if m, ok := p.fullDate(j); ok {
			m.first = first
			return m, true
		}
	}
	wd := time.Weekday(p.toks[i].val)
	last := i
	mod, at := p.modAfter(i)
	if mod != 0 {
		last = at
	} else if k := p.prev(first); p.isW(k, wPast) || p.isW(k, wThis) || p.isW(k, wNext) {
		mod, first = p.toks[k].val, k // last Tuesday
		if e := p.prev(k); p.isW(e, wLate) || p.isW(e, wEarly) {
			first = e
		}
	}
	if first == i && mod == 0 && p.isW(p.prev(i), wBlock) {
		return match{}, false // suq al-jum'a, salat al-jum'a: the Friday market, Friday prayers
	}
	// a night named by both its days: laylat al-sabt ila al-ahad, layl
	// al-jum'a-al-sabt, laylat al-khamis al-jum'a, "Friday night into
	// Saturday": the night that starts
	// on the first day
	k := p.dayTail(last)
	if k != last || first != i || night || p.arabic(i) {
		n := p.next(k)
		if p.isW(n, wTo) || p.isPunct(n, '-') || p.isPunct(n, '/') {
			n = p.next(n)
		} else if !p.arabic(i) {
			n = -1
		}
		if p.is(n, kWeekday) && time.Weekday(p.toks[n].val) == (wd+1)%7 {
			night, last = false, n
		}
	}
	target := wd
	if night { // laylat al-sabt: the evening before Saturday
		target = (wd + 6) % 7
	}
	var d time.Time
	switch mod {
	case wPast:
		d = onOrBefore(target, p.pub)
		if d.Equal(p.pub) {
			d = addDays(d, -7)
		}
	case wNext:
		d = after(target, p.pub)
	default:
		d = onOrBefore(target, p.pub)
	}
	last = p.dayTail(last)
	return match{first: first, last: last, date: d, prec: Day, form: Weekday}, true
}

// overnight alone is the night before publication; "overnight on Friday" is
// left to the weekday rule, which reaches back over it.
func (p *parser) overnight(i int) (match, bool) {
	j := p.next(i)
	if p.isW(j, wOn) || p.isW(j, wTo) {
		j = p.next(j)
	}
	if p.is(j, kWeekday) {
		return match{}, false
	}
	return match{first: i, last: i, date: addDays(p.pub, -1), prec: Day, form: Relative}, true
}

// todCore reads a time of day that names its day by itself: "last night",
// "this morning", hadha al-sabah.
func (p *parser) todCore(i int) (match, bool) {
	j := p.prev(i)
	switch {
	case p.isW(j, wPast) && p.toks[i].val == todNight:
		return match{first: j, last: i, date: addDays(p.pub, -1), prec: Day, form: Relative}, true
	case p.isW(j, wThis):
		return match{first: j, last: i, date: p.pub, prec: Day, form: Relative}, true
	}
	return match{}, false
}

// weekend reads "the weekend", "last weekend": a Saturday, precision 2.
func (p *parser) weekend(i int) (match, bool) {
	first := i
	d := onOrBefore(time.Saturday, p.pub)
	if j := p.prev(i); p.isW(j, wPast) {
		d, first = addDays(monday(p.pub), -2), j
	} else if p.isW(j, wThis) {
		first = j
	}
	return match{first: first, last: i, date: d, prec: Week, form: Period}, true
}

// recently reads "recently", mu'akhkharan, fi al-awina al-akhira (in recent
// times): the weeks before
// publication, dated like "in recent weeks".
func (p *parser) recently(i int) (match, bool) {
	last := i
	if p.isW(i, wTimes) {
		j := p.next(i)
		if !p.isW(j, wRecent) {
			return match{}, false
		}
		last = j
	}
	return match{first: i, last: last, date: monthMid(p.pub.Year(), p.pub.Month(), p.pub), prec: Month, form: Period}, true
}

// hoursAgo reads "hours ago", qabl sa'at, mundhu 48 sa'a: the publication day, or
// the days the hours add up to.
func (p *parser) hoursAgo(i int) (match, bool) {
	first, last, n := i, i, 0
	k := p.prev(i)
	if p.is(k, kNum) || p.is(k, kCard) {
		n, first, k = int(p.toks[k].val), k, p.prev(k)
	} else if p.isW(k, wFew) {
		first, k = k, p.prev(k)
	}
	if p.isW(k, wAbout) {
		first, k = k, p.prev(k)
	}
	back := false
	if (p.isW(k, wBefore) || p.isW(k, wSince)) && p.arabic(k) {
		first, back = k, true
	}
	if j := p.next(i); p.isW(j, wAgo) || p.isW(j, wEarlier) {
		last, back = j, true
	}
	if !back {
		return match{}, false
	}
	return match{first: first, last: last, date: addDays(p.pub, -n/24), prec: Day, form: Relative}, true
}

// dayAnaphor reads English days counted from the day told before: "the
// same day", "that day", "later that day", "the next day", "the following
// day", "the previous day", and "the day before"/"the day after" closing a
// clause.
func (p *parser) dayAnaphor(i int) (match, bool) {
	first, last, n := i, i, 0
	k := p.prev(i)
	switch {
	case p.isW(k, wSame):
		first = k
	case p.isW(k, wThat):
		first = k
		if e := p.prev(k); p.isW(e, wLater) || p.isW(e, wEarlier) {
			first = e
		}
	case p.isW(k, wFollowing) || p.isW(k, wNext):
		first, n = k, 1
	case p.isW(k, wPast):
		first, n = k, -1
	default:
		// "the day before." but not "a day before the attack", which
		// relates another event to this one
		j := p.next(i)
		if !p.isW(k, wThe) || !(p.isW(j, wBefore) || p.isW(j, wAfter)) || !p.clauseEnds(j) {
			return match{}, false
		}
		last, n = j, 1
		if p.isW(j, wBefore) {
			n = -1
		}
	}
	if t := p.prev(first); p.isW(t, wThe) {
		first = t
	}
	return p.anaphor(first, last, n)
}

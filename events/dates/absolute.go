package dates

import "time"

// Calendar dates as written: "12 March 2024", "12 adhar 2024" in
// Arabic-Indic digits, "12 juan" (June, Maghrebi), "al-thalith min ut"
// (the third of August), "March 12, 2024", "2024-03-12", "12/03/2024", and
// Hijri dates ("5 Ramadan 1445 AH").

// Years a four-digit number may be: Gregorian and Hijri.
const (
	minYear, maxYear   = 1900, 2100
	minHijri, maxHijri = 1300, 1600
)

// absolute reads a date that starts with its day (a number or an ordinal)
// or a numeric date.
func (p *parser) absolute(i int) (match, bool) {
	if m, ok := p.numeric(i); ok {
		return m, true
	}
	d, j, ok := p.dayNumber(i)
	if !ok {
		return match{}, false
	}
	ordinal := p.toks[i].kind != kNum
	k := p.next(j)
	of := p.isW(k, wOf)
	if of {
		k = p.next(k)
	} else if ordinal && p.arabic(i) {
		return match{}, false // al-thalith needs min: "al-thalith min ut"
	}
	if k < 0 {
		return match{}, false
	}
	// "12 min al-shahr al-jari" (the 12th of this month), "the 3rd of this
	// month", "of last month"
	if rel, at, ok := p.thisOrLastMonth(k); ok && of {
		y, m := p.pub.Year(), p.pub.Month()
		switch rel {
		case wPast:
			y, m = monthBack(p.pub, 1)
		case wNext:
			y, m = monthBack(p.pub, -1)
		}
		if !validDay(y, m, d) {
			return match{}, false
		}
		return match{first: i, last: at, date: day(y, m, d), prec: Day, form: Absolute}, true
	}
	if p.isUnit(k, unitMonth, 0) && p.toks[k].aux&auxArticle == 0 {
		k = p.next(k) // "al-thalith min shahr ut": the third of the month of August
	}
	if k < 0 {
		return match{}, false
	}
	m, hijri, last, ok := p.month(k)
	if !ok {
		return match{}, false
	}
	return p.resolveDate(i, last, m, d, hijri)
}

// resolveDate finishes a date whose day and month were read, toks[first] to
// toks[last]: it reads the modifier or year that follows and resolves.
func (p *parser) resolveDate(first, last, m, d int, hijri bool) (match, bool) {
	mod, at := p.modAfter(last)
	if mod != 0 {
		last = at
	}
	lo, hi := minYear, maxYear
	if hijri {
		lo, hi = minHijri, maxHijri
	}
	year, at, _ := p.yearAfter(last, lo, hi)
	mt := match{first: first, prec: Day, form: Absolute}
	if year != 0 {
		last = at
		mt.fixed = true
	}
	mt.last = last
	switch {
	case hijri:
		hy := year
		if hy == 0 {
			hy = hijriYearBefore(m, d, p.pub)
		}
		if d < 1 || d > 30 {
			return match{}, false
		}
		mt.date = fromHijri(hy, m, d)
	case year != 0:
		if !validDay(year, time.Month(m), d) {
			return match{}, false
		}
		mt.date = day(year, time.Month(m), d)
	case mod == wThis:
		if !validDay(p.pub.Year(), time.Month(m), d) {
			return match{}, false
		}
		mt.date = day(p.pub.Year(), time.Month(m), d)
	case mod == wNext:
		y := p.pub.Year()
		if !validDay(y, time.Month(m), d) || !day(y, time.Month(m), d).After(p.pub) {
			y++
		}
		if !validDay(y, time.Month(m), d) {
			return match{}, false
		}
		mt.date = day(y, time.Month(m), d)
	default:
		y, ok := p.rangeYear(last, time.Month(m), d)
		if !ok {
			if y, ok = inferYear(time.Month(m), d, p.pub); !ok {
				return match{}, false
			}
		}
		mt.date = day(y, time.Month(m), d)
	}
	return mt, true
}

// rangeYear takes the year of a range's first date from its second: "from
// 31 March to 31 October 2011", "12 - 14 March 2024" is not this case (the
// first has no month), "March 3 to March 9, 2019" is.
func (p *parser) rangeYear(last int, m time.Month, d int) (int, bool) {
	j := p.next(last)
	if !p.isW(j, wTo) && !p.isW(j, wUntil) && !p.isPunct(j, '-') {
		return 0, false
	}
	k := p.next(j)
	if k < 0 {
		return 0, false
	}
	end, ok := p.fullDate(k)
	if !ok || !end.fixed {
		return 0, false
	}
	y := end.date.Year()
	if !validDay(y, m, d) || day(y, m, d).After(end.date) {
		y--
	}
	return y, validDay(y, m, d)
}

// thisOrLastMonth reads al-shahr al-jari, al-shahr al-madi, hadha al-shahr
// (this, last, this month), "this month",
// "last month" at toks[k].
func (p *parser) thisOrLastMonth(k int) (rel int16, last int, ok bool) {
	if p.isW(k, wThis) || p.isW(k, wPast) || p.isW(k, wNext) { // this month, hadha al-shahr
		if u := p.next(k); p.isUnit(u, unitMonth, 0) {
			return p.toks[k].val, u, true
		}
		return 0, 0, false
	}
	if p.isUnit(k, unitMonth, 0) && p.toks[k].aux&auxArticle != 0 {
		if mod, at := p.modAfter(k); mod == wThis || mod == wPast || mod == wNext {
			return mod, at, true
		}
	}
	return 0, 0, false
}

// dayNumber reads a day of the month: 12, 12th, "third", "twenty-first",
// al-thalith (third), al-hadi 'ashar (eleventh), al-thani wa-l-'ishrin
// (twenty-second).
func (p *parser) dayNumber(i int) (d, last int, ok bool) {
	t := &p.toks[i]
	switch t.kind {
	case kNum:
		if t.aux > 2 || t.val < 1 || t.val > 31 {
			return 0, 0, false
		}
		d, last = int(t.val), i
		if j := p.next(i); p.isW(j, wSuffix) {
			last = j
		}
		return d, last, true
	case kOrd:
		d, last = int(t.val), i
		if p.arabic(i) && d < 10 {
			j := p.next(i)
			if p.is(j, kCard) && p.toks[j].val == 10 { // al-hadi 'ashar
				return d + 10, j, true
			}
			if p.is(j, kOrd) && (p.toks[j].val == 20 || p.toks[j].val == 30) && p.toks[j].skip > 0 { // al-thani wa-l-'ishrin
				if d+int(p.toks[j].val) > 31 {
					return 0, 0, false
				}
				return d + int(p.toks[j].val), j, true
			}
		}
		return d, last, true
	case kCard: // twenty-first, thirty-first
		if t.val != 20 && t.val != 30 || p.arabic(i) {
			return 0, 0, false
		}
		j := p.next(i)
		if !p.isPunct(j, '-') {
			return 0, 0, false
		}
		k := p.next(j)
		if !p.is(k, kOrd) || p.toks[k].val > 9 || p.arabic(k) {
			return 0, 0, false
		}
		if d = int(t.val + p.toks[k].val); d > 31 {
			return 0, 0, false
		}
		return d, k, true
	}
	return 0, 0, false
}

// month reads a month name at toks[i]: one word, a two-word name (kanun
// al-thani, dhu al-hijja), and an equivalent in another family written
// after it ("adhar/maris", "kanun al-thani (yanayir)").
func (p *parser) month(i int) (m int, hijri bool, last int, ok bool) {
	m, hijri, last, ok = p.monthName(i)
	if !ok {
		return 0, false, 0, false
	}
	j := p.next(last)
	if p.isPunct(j, '/') || p.isPunct(j, '(') {
		if k := p.next(j); k >= 0 {
			if m2, h2, l2, ok2 := p.monthName(k); ok2 && m2 == m && h2 == hijri {
				last = l2
				if c := p.next(last); p.isPunct(j, '(') && p.isPunct(c, ')') {
					last = c
				}
			}
		}
	}
	return m, hijri, last, true
}

func (p *parser) monthName(i int) (m int, hijri bool, last int, ok bool) {
	t := &p.toks[i]
	switch t.kind {
	case kMonth:
		if t.end-t.start <= 4 && !p.arabic(i) { // "Oct.", "Sept."
			if j := p.next(i); p.isPunct(j, '.') {
				return int(t.val), false, j, true
			}
		}
		return int(t.val), false, i, true
	case kHijri:
		return int(t.val), true, i, true
	case kHead:
		j := p.next(i)
		if j < 0 {
			return 0, false, 0, false
		}
		if e, ok := p.lx.pair(t, p.word(j)); ok {
			return int(e.val), e.kind == kHijri, j, true
		}
	}
	return 0, false, 0, false
}

// numericOrder is how a report writes the day and the month of a numeric
// date that ends with its year: 12/03/2024.
type numericOrder uint8

const (
	dayFirst   numericOrder = iota + 1 // 12/03/2024 is 12 March: Arabic, and most of the world
	monthFirst                         // 03/12/2024 is 12 March: United States sources and incident summaries
)

// reportOrder decides the report's numeric order once, in three steps:
// the first numeric date that can be read only one way sets it (25/03/2024
// says day first, 03/25/2024 month first); else, when the publication
// date is known and only one order puts every numeric date of the report on
// or before it, that order; else text written mostly in Latin letters is
// month first, as the English-language wire summaries and incident notes
// that write such dates are, and Arabic text is day first. A date that
// contradicts the order is not read: a day and a month are never swapped
// date by date.
func (p *parser) reportOrder() numericOrder {
	var dates [][3]int
	for i := range p.toks {
		a, b, c, ok := p.numericParts(i)
		if !ok {
			continue
		}
		va, vb := int(p.toks[a].val), int(p.toks[b].val)
		switch {
		case va > 12 && vb <= 12:
			return dayFirst
		case vb > 12 && va <= 12:
			return monthFirst
		}
		dates = append(dates, [3]int{va, vb, int(p.toks[c].val)})
	}
	if !p.pub.IsZero() && len(dates) > 0 {
		past := func(o numericOrder) bool {
			for _, d := range dates {
				day, month := d[0], d[1]
				if o == monthFirst {
					day, month = month, day
				}
				if time.Date(d[2], time.Month(month), day, 0, 0, 0, 0, time.UTC).After(p.pub) {
					return false
				}
			}
			return true
		}
		switch df, mf := past(dayFirst), past(monthFirst); {
		case df && !mf:
			return dayFirst
		case mf && !df:
			return monthFirst
		}
	}
	latin, arabicLetters := 0, 0
	for _, r := range p.text {
		switch {
		case r >= 'a' && r <= 'z':
			latin++
		case r >= 0x0620 && r <= 0x064A:
			arabicLetters++
		}
	}
	if latin > arabicLetters {
		return monthFirst
	}
	return dayFirst
}

// numericParts finds a numeric date that ends with its year at token i:
// the tokens of its first two numbers and of the year.
func (p *parser) numericParts(i int) (a, b, c int, ok bool) {
	if !p.is(i, kNum) {
		return 0, 0, 0, false
	}
	a = i
	s1 := p.next(a)
	if !p.isPunct(s1, '-') && !p.isPunct(s1, '/') && !p.isPunct(s1, '.') {
		return 0, 0, 0, false
	}
	b = p.next(s1)
	s2 := p.next(b)
	c = p.next(s2)
	if !p.is(b, kNum) || !p.is(c, kNum) || !p.isPunct(s2, byte(p.toks[s1].val)) {
		return 0, 0, 0, false
	}
	if p.toks[c].aux != 4 || p.toks[a].aux > 2 || p.toks[b].aux > 2 {
		return 0, 0, 0, false
	}
	return a, b, c, true
}

// numeric reads 2024-03-12, and 12/03/2024, 12.03.2024 or 12-03-2024 in
// the report's order (reportOrder).
func (p *parser) numeric(i int) (match, bool) {
	a := i
	s1 := p.next(a)
	if !p.isPunct(s1, '-') && !p.isPunct(s1, '/') && !p.isPunct(s1, '.') {
		return match{}, false
	}
	b := p.next(s1)
	s2 := p.next(b)
	c := p.next(s2)
	if !p.is(b, kNum) || !p.is(c, kNum) || !p.isPunct(s2, byte(p.toks[s1].val)) {
		return match{}, false
	}
	va, vb, vc := int(p.toks[a].val), int(p.toks[b].val), int(p.toks[c].val)
	var y, m, d int
	switch {
	case p.toks[a].aux == 4 && p.toks[b].aux <= 2 && p.toks[c].aux <= 2:
		y, m, d = va, vb, vc
	case p.toks[c].aux == 4 && p.toks[a].aux <= 2 && p.toks[b].aux <= 2:
		// in the report's order; a date that does not fit it (the month
		// over 12) is not read rather than turned round
		y, m, d = vc, vb, va
		if p.order == monthFirst {
			m, d = va, vb
		}
	default:
		return match{}, false
	}
	if y < minYear || y > maxYear || !validDay(y, time.Month(m), d) {
		return match{}, false
	}
	return match{first: a, last: c, date: day(y, time.Month(m), d), prec: Day, form: Absolute, fixed: true}, true
}

// monthFirst reads English month-first dates: "March 12", "March 12th,
// 2024". Arabic writes the day first.
func (p *parser) monthFirst(i int) (match, bool) {
	if p.arabic(i) {
		return match{}, false
	}
	m, hijri, last, ok := p.month(i)
	if !ok || hijri {
		return match{}, false
	}
	j := p.next(last)
	if !p.is(j, kNum) {
		return match{}, false
	}
	d, dl, ok := p.dayNumber(j)
	if !ok {
		return match{}, false
	}
	return p.resolveDate(i, dl, m, d, false)
}

// fullDate reads a date with its day, day first or month first.
func (p *parser) fullDate(i int) (match, bool) {
	if m, ok := p.absolute(i); ok {
		return m, true
	}
	if p.is(i, kMonth) {
		return p.monthFirst(i)
	}
	return match{}, false
}

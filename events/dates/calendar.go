package dates

import "time"

// Calendar arithmetic on dates at midnight UTC. Resolution works on calendar
// days, never on instants, so time zones cannot move an event by a day.

func day(y int, m time.Month, d int) time.Time { return time.Date(y, m, d, 0, 0, 0, 0, time.UTC) }

// dateOf is t's calendar date, as written in t's own zone, at midnight UTC.
func dateOf(t time.Time) time.Time {
	y, m, d := t.Date()
	return day(y, m, d)
}

func addDays(t time.Time, n int) time.Time { return t.AddDate(0, 0, n) }

func daysIn(y int, m time.Month) int { return day(y, m+1, 0).Day() }

func validDay(y int, m time.Month, d int) bool {
	return m >= 1 && m <= 12 && d >= 1 && d <= daysIn(y, m)
}

// onOrBefore is the latest date with weekday w on or before ref.
func onOrBefore(w time.Weekday, ref time.Time) time.Time {
	return addDays(ref, -((int(ref.Weekday()) - int(w) + 7) % 7))
}

// after is the first date with weekday w after ref.
func after(w time.Weekday, ref time.Time) time.Time {
	n := (int(w) - int(ref.Weekday()) + 7) % 7
	if n == 0 {
		n = 7
	}
	return addDays(ref, n)
}

// monday is the Monday that starts t's week (weeks run Monday to Sunday).
func monday(t time.Time) time.Time { return addDays(t, -((int(t.Weekday()) + 6) % 7)) }

// weekMid is the codebook's date for a week known but not the day: its
// Wednesday, or, when that is after publication, the midpoint of the days
// from Monday to publication (rounded down).
func weekMid(mon, pub time.Time) time.Time {
	wed := addDays(mon, 2)
	if pub.IsZero() || !wed.After(pub) {
		return wed
	}
	return addDays(mon, int(pub.Sub(mon).Hours()/24)/2)
}

// monthMid is the codebook's date for a month known but not the day: the
// 15th, or, when that is after publication, the midpoint of the days from the
// 1st to publication (rounded down).
func monthMid(y int, m time.Month, pub time.Time) time.Time {
	mid := day(y, m, 15)
	if pub.IsZero() || !mid.After(pub) {
		return mid
	}
	first := day(y, m, 1)
	if pub.Before(first) {
		return mid
	}
	return addDays(first, (pub.Day()-1)/2)
}

// notAfter clamps a day of the current period to publication: "late this
// month" in a report of the 10th happened by the 10th.
func notAfter(t, pub time.Time) time.Time {
	if !pub.IsZero() && t.After(pub) {
		return pub
	}
	return t
}

// inferYear is the latest year that puts day d of month m on or before
// publication ("28 December" in a 3 January report is last year's).
func inferYear(m time.Month, d int, pub time.Time) (int, bool) {
	y := pub.Year()
	if validDay(y, m, d) && !day(y, m, d).After(pub) {
		return y, true
	}
	for y--; y > pub.Year()-8; y-- { // 29 February may need a few years
		if validDay(y, m, d) {
			return y, true
		}
	}
	return 0, false
}

// monthBack is the year and month n months before t's.
func monthBack(t time.Time, n int) (int, time.Month) {
	f := day(t.Year(), t.Month(), 1).AddDate(0, -n, 0)
	return f.Year(), f.Month()
}

package dates

import (
	"math"
	"time"
)

// Hijri dates are converted with the tabular (arithmetical) Islamic
// calendar: months of 30 and 29 days in turn, 11 leap years in 30. The
// calendars newspapers print (Umm al-Qura, or months begun by sighting the
// moon) can differ from it by a day, occasionally two; an event dated by a
// Hijri date alone may be that far off.

// hijriEpoch is the Julian day number of 1 Muharram 1 AH (16 July 622,
// Julian calendar), the civil epoch.
const hijriEpoch = 1948440

// unixEpochJDN is the Julian day number of 1 January 1970.
const unixEpochJDN = 2440588

// hijriJDN is the Julian day number of a Hijri date.
func hijriJDN(y, m, d int) int {
	return d + (59*(m-1)+1)/2 + (y-1)*354 + (3+11*y)/30 + hijriEpoch - 1
}

// fromHijri converts a Hijri date to its Gregorian date at midnight UTC.
func fromHijri(y, m, d int) time.Time {
	return time.Unix(int64(hijriJDN(y, m, d)-unixEpochJDN)*86400, 0).UTC()
}

// toHijri converts a Gregorian date to its tabular Hijri date.
func toHijri(t time.Time) (y, m, d int) {
	t = dateOf(t)
	jdn := int(t.Unix()/86400) + unixEpochJDN
	y = int(math.Floor(float64(30*(jdn-hijriEpoch)+10646) / 10631))
	m = min(12, int(math.Ceil(float64(jdn-29-hijriJDN(y, 1, 1))/29.5))+1)
	m = max(m, 1)
	d = jdn - hijriJDN(y, m, 1) + 1
	return y, m, d
}

// hijriYearBefore is the latest Hijri year that puts day d of Hijri month m
// on or before publication.
func hijriYearBefore(m, d int, pub time.Time) int {
	y, pm, pd := toHijri(pub)
	if m > pm || m == pm && d > pd {
		y--
	}
	return y
}

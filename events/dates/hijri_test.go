package dates

import (
	"testing"
	"time"
)

func TestHijriEpoch(t *testing.T) {
	// 1 Muharram 1 AH is 16 July 622 in the Julian calendar, 19 July in the
	// proleptic Gregorian calendar Go uses.
	if got := fromHijri(1, 1, 1); !got.Equal(time.Date(622, 7, 19, 0, 0, 0, 0, time.UTC)) {
		t.Errorf("1 Muharram 1 = %s", got.Format(time.DateOnly))
	}
}

// The tabular calendar is within a day or two of the dates the Saudi
// (Umm al-Qura) calendar printed.
func TestHijriKnownDates(t *testing.T) {
	tests := []struct {
		y, m, d int
		want    string
	}{
		{1445, 9, 1, "2024-03-11"},  // Ramadan 1445
		{1444, 10, 1, "2023-04-21"}, // Eid al-Fitr 1444
		{1444, 12, 10, "2023-06-28"},
		{1446, 1, 1, "2024-07-07"},
		{1440, 9, 1, "2019-05-06"},
		{1400, 1, 1, "1979-11-21"},
	}
	for _, tc := range tests {
		got := fromHijri(tc.y, tc.m, tc.d)
		want := mustDate(t, tc.want)
		if diff := got.Sub(want).Hours() / 24; diff < -2 || diff > 2 {
			t.Errorf("fromHijri(%d, %d, %d) = %s, want %s ± 2 days", tc.y, tc.m, tc.d, got.Format(time.DateOnly), tc.want)
		}
	}
}

func TestHijriRoundTrip(t *testing.T) {
	for d := mustDate(t, "1990-01-01"); d.Year() < 2031; d = addDays(d, 1) {
		y, m, dd := toHijri(d)
		if m < 1 || m > 12 || dd < 1 || dd > 30 {
			t.Fatalf("toHijri(%s) = %d-%d-%d", d.Format(time.DateOnly), y, m, dd)
		}
		if back := fromHijri(y, m, dd); !back.Equal(d) {
			t.Fatalf("%s -> %d-%d-%d -> %s", d.Format(time.DateOnly), y, m, dd, back.Format(time.DateOnly))
		}
	}
}

// A Hijri day and month without a year take the latest year that does not
// put them after publication.
func TestHijriYearInference(t *testing.T) {
	pub := mustDate(t, "2024-03-20") // 10 Ramadan 1445 (tabular)
	if y := hijriYearBefore(9, 10, pub); y != 1445 {
		t.Errorf("10 Ramadan before %s: year %d, want 1445", wed, y)
	}
	if y := hijriYearBefore(9, 11, pub); y != 1444 {
		t.Errorf("11 Ramadan before %s: year %d, want 1444", wed, y)
	}
}

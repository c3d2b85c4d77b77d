package dates

import (
	"fmt"
	"strings"
	"testing"
	"time"
	"unicode/utf8"
)

// fuzzEpoch is the day a fuzzed publication date counts from: days 0 is
// undated, any other the day that many days from it (1910–2089).
var fuzzEpoch = time.Date(2000, 1, 1, 0, 0, 0, 0, time.UTC)

func fuzzPublished(days int16) time.Time {
	if days == 0 {
		return time.Time{}
	}
	return fuzzEpoch.AddDate(0, 0, int(days))
}

func fuzzDays(tb testing.TB, date string) int16 {
	if date == "" {
		return 0
	}
	return int16(mustDate(tb, date).Sub(fuzzEpoch).Hours() / 24)
}

// FuzzParsePublished: ParsePublished never panics; a date it returns has
// a year in 1900–2100, and a failure returns the zero time and says it is
// about a publication date.
func FuzzParsePublished(f *testing.F) {
	lx := testLexicon(f)
	for _, s := range []string{
		"2024-03-12", " 2024-03-12\n", "2024-03-12T10:30:00.123+02:00", "2024-03-12 10:30:00 +0300", "20240312",
		"Tue, 12 Mar 2024 10:30:00 GMT", "Tuesday, 12-Mar-24 10:30:00 GMT", "Tue Mar 12 10:30:00 2024", "12 Mar 24 10:30 +0300",
		"Tuesday, 12 March 2024", "March 12, 2024", "12/03/2024", "31/12/2024", "12/31/2024",
		"١٢ آذار ٢٠٢٤", "12 كانون الثاني 2024", "الثلاثاء، 12 مارس 2024 - 10:45", "نشر في: الثلاثاء ١٢ آذار/مارس ٢٠٢٤",
		"5 رمضان 1445 هـ", "الجمعة 5 رمضان 1445هـ", "1 محرم 1 هـ", "30 ذو الحجة 9999 هـ",
		"0224-01-01", "9999-12-31", "1445-09-05", "2101-01-01T00:00:00+14:00", "1899-12-31T23:00:00-12:00",
		"", "   ", "not a date", "قتل أمس", "12 مارس", "2024-13-45", "31 فبراير 2024", "٣١/٠٢/٢٠٢٤",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, s string) {
		d, err := lx.ParsePublished(s)
		if err != nil {
			if !d.IsZero() || !strings.HasPrefix(err.Error(), "parse published date") {
				t.Fatalf("ParsePublished(%q) = %v, %v", s, d, err)
			}
			return
		}
		if y := d.Year(); y < minYear || y > maxYear {
			t.Fatalf("ParsePublished(%q) = %v: a year outside %d–%d", s, d, minYear, maxYear)
		}
	})
}

// FuzzFind: Find never panics, and on valid UTF-8 (what the reader hands
// on) every expression's Text is exactly the runes [Start, End) of the
// text, the expressions come in text order without overlapping, a
// precision of None goes with Vague and only then, every form is one Find
// recognises, and finding again (with the token pool warm) finds the same.
func FuzzFind(f *testing.F) {
	lx := testLexicon(f)
	for _, tc := range findCases {
		f.Add(tc.text, fuzzDays(f, tc.pub))
	}
	for _, s := range []string{
		"🔴 عاجل: قتل مسلحون ناشطاً أمس، واختطفوا آخر قبل ٣ أيام",
		"في ٢٠٢٤-٠٣-١٢ وفي ۱۲ مارس",
		"MISRATA, March 19 (Agency) – Gunmen seized an activist on Friday.",
		"خلال المدة من 30 أبريل إلى 15 نوفمبر 2012، ثم في اليوم التالي",
		"from 28 December to 3 January 2023; two days later, on 5/1 and 1/13",
		"قُتِلَ رَجُلٌ أَمْسِ فِي طَرَابُلُس\n\nوَقَعَ الهُجُومُ مَسَاءَ الثُّلَاثَاءِ",
		"أمـــس", "", " ", "\u200f", "ً", "12", "12 12 12 12", "في 31 فبراير 2024", "1445 هـ 2024",
	} {
		f.Add(s, fuzzDays(f, "2024-03-20"))
		f.Add(s, int16(0))
	}
	f.Fuzz(func(t *testing.T, text string, days int16) {
		pub := fuzzPublished(days)
		got := lx.Find(text, pub)
		if !utf8.ValidString(text) {
			return // offsets count code points of valid text
		}
		rs := []rune(text)
		end := 0
		for i, e := range got {
			switch {
			case e.Start < end || e.Start >= e.End || e.End > len(rs):
				t.Fatalf("expression %d spans %d-%d of %d runes, after one ending at %d: %+v", i, e.Start, e.End, len(rs), end, got)
			case string(rs[e.Start:e.End]) != e.Text:
				t.Fatalf("expression %d: runes %d-%d are %q, not its text %q", i, e.Start, e.End, string(rs[e.Start:e.End]), e.Text)
			case (e.Precision == None) != e.Is(Vague):
				t.Fatalf("expression %d %q: precision %d with flags %q", i, e.Text, e.Precision, e.Flags)
			case e.Form.String() == "unknown":
				t.Fatalf("expression %d %q: form %d", i, e.Text, e.Form)
			}
			end = e.End
		}
		if a, b := describeExprs(got), describeExprs(lx.Find(text, pub)); a != b {
			t.Fatalf("a second Find differs:\n%s\n%s", a, b)
		}
	})
}

func describeExprs(es []Expr) string {
	var b strings.Builder
	for _, e := range es {
		fmt.Fprintf(&b, "%d-%d %q %s p%d %q %s\n", e.Start, e.End, e.Text, e.DateString(), e.Precision, e.Flags, e.Form)
	}
	return b.String()
}

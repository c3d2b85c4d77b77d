package dates

import (
	"errors"
	"testing"
	"time"
)

func TestParsePublished(t *testing.T) {
	tests := []struct {
		in   string
		want string // the calendar date as written
		utc  bool   // midnight UTC (a date without a time)
	}{
		// ISO 8601 / RFC 3339 and SQL-ish forms
		{"2024-03-12", "2024-03-12", true},
		{" 2024-03-12\n", "2024-03-12", true},
		{"2024-03-12T10:30:00Z", "2024-03-12", false},
		{"2024-03-12T23:30:00-05:00", "2024-03-12", false},
		{"2024-03-12T01:30:00+03:00", "2024-03-12", false},
		{"2024-03-12T10:30:00.123+02:00", "2024-03-12", false},
		{"2024-03-12T10:30+02:00", "2024-03-12", false},
		{"2024-03-12T10:30:00", "2024-03-12", false},
		{"2024-03-12T10:30", "2024-03-12", false},
		{"2024-03-12 10:30:00", "2024-03-12", false},
		{"2024-03-12 10:30:00+03:00", "2024-03-12", false},
		{"2024-03-12 10:30:00 +0300", "2024-03-12", false},
		{"2024-03-12 10:30", "2024-03-12", false},
		{"2024/03/12", "2024-03-12", true},
		{"20240312", "2024-03-12", true},
		// feeds
		{"Tue, 12 Mar 2024 10:30:00 GMT", "2024-03-12", false},
		{"Tue, 12 Mar 2024 10:30:00 +0300", "2024-03-12", false},
		{"Tue, 5 Mar 2024 10:30:00 +0000", "2024-03-05", false},
		{"Sat, 24 Feb 2018 16:40:46 +0400", "2018-02-24", false},
		{"12 Mar 24 10:30 GMT", "2024-03-12", false},
		{"12 Mar 24 10:30 +0300", "2024-03-12", false},
		{"Tuesday, 12-Mar-24 10:30:00 GMT", "2024-03-12", false},
		{"Tue Mar 12 10:30:00 2024", "2024-03-12", false},
		// English in words
		{"12 March 2024", "2024-03-12", true},
		{"March 12, 2024", "2024-03-12", true},
		{"Mar 12, 2024", "2024-03-12", true},
		{"Tuesday, 12 March 2024", "2024-03-12", true},
		{"Tuesday 12 March 2024 10:30 GMT", "2024-03-12", true},
		{"12/03/2024", "2024-03-12", true},
		// Arabic, all three month families, Arabic-Indic digits, weekdays
		{"12 مارس 2024", "2024-03-12", true},
		{"١٢ آذار ٢٠٢٤", "2024-03-12", true},
		{"12 كانون الثاني 2024", "2024-01-12", true},
		{"١ شباط ٢٠٢٤", "2024-02-01", true},
		{"9 نيسان 2024", "2024-04-09", true},
		{"5 أيار 2024", "2024-05-05", true},
		{"9 حزيران 2024", "2024-06-09", true},
		{"9 تموز 2024", "2024-07-09", true},
		{"9 آب 2024", "2024-08-09", true},
		{"9 أيلول 2024", "2024-09-09", true},
		{"12 تشرين الأول 2023", "2023-10-12", true},
		{"9 تشرين الثاني 2024", "2024-11-09", true},
		{"9 كانون الأول 2024", "2024-12-09", true},
		{"3 يناير 2024", "2024-01-03", true},
		{"3 جانفي 2024", "2024-01-03", true},
		{"3 فيفري 2024", "2024-02-03", true},
		{"3 أفريل 2024", "2024-04-03", true},
		{"3 أبريل 2024", "2024-04-03", true},
		{"3 ماي 2024", "2024-05-03", true},
		{"3 مايو 2024", "2024-05-03", true},
		{"3 جوان 2024", "2024-06-03", true},
		{"3 يونيو 2024", "2024-06-03", true},
		{"3 جويلية 2024", "2024-07-03", true},
		{"3 يوليو 2024", "2024-07-03", true},
		{"3 أوت 2024", "2024-08-03", true},
		{"3 أغسطس 2024", "2024-08-03", true},
		{"3 سبتمبر 2024", "2024-09-03", true},
		{"3 أكتوبر 2024", "2024-10-03", true},
		{"3 نوفمبر 2024", "2024-11-03", true},
		{"3 ديسمبر 2024", "2024-12-03", true},
		{"الثلاثاء 12 مارس 2024", "2024-03-12", true},
		{"الثلاثاء، 12 مارس 2024 - 10:45", "2024-03-12", true},
		{"نشر في: الثلاثاء ١٢ آذار/مارس ٢٠٢٤", "2024-03-12", true},
		// Hijri
		{"5 رمضان 1445 هـ", "2024-03-15", true},
		{"الجمعة 5 رمضان 1445هـ", "2024-03-15", true},
	}
	for _, tc := range tests {
		got, err := testLexicon(t).ParsePublished(tc.in)
		if err != nil {
			t.Errorf("ParsePublished(%q): %v", tc.in, err)
			continue
		}
		if d := got.Format(time.DateOnly); d != tc.want {
			t.Errorf("ParsePublished(%q) = %s, want %s", tc.in, d, tc.want)
		}
		if isMidnightUTC := got.Location() == time.UTC && got.Equal(dateOf(got)); isMidnightUTC != tc.utc {
			t.Errorf("ParsePublished(%q) = %v: midnight UTC %v, want %v", tc.in, got, isMidnightUTC, tc.utc)
		}
	}
}

func TestParsePublishedErrors(t *testing.T) {
	for _, in := range []string{"", "   ", "not a date", "قتل أمس", "12 مارس", "2024-13-45"} {
		_, err := testLexicon(t).ParsePublished(in)
		if !errors.Is(err, ErrNoDate) {
			t.Errorf("ParsePublished(%q) error %v, want ErrNoDate", in, err)
		}
	}
}

// TestPublishedLayoutGroups: trying only the layouts that open like the
// date (with a number or a word) finds what trying every layout finds.
func TestPublishedLayoutGroups(t *testing.T) {
	ref := time.Date(2018, 2, 24, 16, 40, 46, 0, time.FixedZone("GST", 4*3600))
	for _, l := range publishedLayouts {
		v := ref.Format(l)
		var want time.Time
		for _, l2 := range publishedLayouts {
			if tm, err := time.Parse(l2, v); err == nil {
				want = tm
				break
			}
		}
		got, err := testLexicon(t).ParsePublished(v)
		if err != nil || !got.Equal(want) || got.Location().String() != want.Location().String() {
			t.Errorf("%q (layout %q): got %v, %v; want %v", v, l, got, err, want)
		}
	}
}

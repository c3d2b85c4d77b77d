package dates

import (
	"testing"
	"time"
)

// Evidence spans must cut the original words out of the original text:
// diacritics, tatweel, proclitics, digits of any script, and characters
// outside the Basic Multilingual Plane before them.
func TestFindSpans(t *testing.T) {
	pub := mustDate(t, wed)
	tests := []struct {
		text string
		want []string // evidence texts in order
	}{
		{"قُتِلَ رَجُلٌ أَمْسِ فِي طَرَابُلُس", []string{"أَمْسِ"}},
		{"وَقَعَ الهُجُومُ مَسَاءَ الثُّلَاثَاءِ", []string{"مَسَاءَ الثُّلَاثَاءِ"}},
		{"قتل رجل أمـــس في السوق", []string{"أمـــس"}},
		{"قتل رجلان وأمس اختطف ثالث", []string{"أمس"}},
		{"فأمس كان الهجوم", []string{"أمس"}},
		{"قتل رجلان بالأمس", []string{"الأمس"}},
		{"ويوم الجمعة الماضي اختطف ناشط", []string{"يوم الجمعة الماضي"}},
		{"وفي منتصف الشهر الجاري اغتيل ضابط", []string{"منتصف الشهر الجاري"}},
		{"وخلال الأسبوع الماضي قتل ثلاثة", []string{"الأسبوع الماضي"}},
		{"بيان للأسبوع الماضي", []string{"للأسبوع الماضي"}},
		{"🔴 عاجل: قتل مسلحون ناشطاً أمس، واختطفوا آخر قبل ٣ أيام", []string{"أمس", "قبل ٣ أيام"}},
		{"في ٢٠٢٤-٠٣-١٢ وفي ۱۲ مارس", []string{"٢٠٢٤-٠٣-١٢", "۱۲ مارس"}},
		{"Gunmen killed two on Tuesday and abducted a third late on Friday night.", []string{"Tuesday", "late on Friday night"}},
		{"MISRATA, March 19 (Agency) – Gunmen seized an activist on Friday.", []string{"March 19", "Friday"}},
	}
	for _, tc := range tests {
		got := testLexicon(t).Find(tc.text, pub)
		if len(got) != len(tc.want) {
			t.Errorf("Find(%q) = %d expressions %+v, want %q", tc.text, len(got), got, tc.want)
			continue
		}
		rs := []rune(tc.text)
		for i, e := range got {
			if e.Text != tc.want[i] {
				t.Errorf("Find(%q)[%d].Text = %q, want %q", tc.text, i, e.Text, tc.want[i])
			}
			if string(rs[e.Start:e.End]) != e.Text {
				t.Errorf("Find(%q)[%d]: runes %d-%d are %q, not the evidence %q", tc.text, i, e.Start, e.End, string(rs[e.Start:e.End]), e.Text)
			}
		}
	}
}

// A day and month without a year never land after publication: across a new
// year they belong to the year before.
func TestFindAcrossNewYear(t *testing.T) {
	pub := mustDate(t, jan3)
	tests := []struct{ text, date string }{
		{"قتل في 28 ديسمبر", "2023-12-28"},
		{"He was killed on December 28.", "2023-12-28"},
		{"He was killed on 31 December.", "2023-12-31"},
		{"قتل في 2 يناير", "2024-01-02"},
		{"قتل في 4 جانفي", "2023-01-04"},
		{"He was killed on Saturday.", "2023-12-30"},
		{"قتل في ديسمبر", "2023-12-15"},
		{"قتل في ديسمبر الماضي", "2023-12-15"},
		{"He was killed in January.", "2024-01-02"},
		{"He was killed last month.", "2023-12-15"},
	}
	for _, tc := range tests {
		got := testLexicon(t).Find(tc.text, pub)
		if len(got) != 1 || got[0].DateString() != tc.date {
			t.Errorf("Find(%q, %s) = %+v, want %s", tc.text, jan3, got, tc.date)
		}
	}
}

// Without a publication date only dates written in full are resolved.
func TestFindUndated(t *testing.T) {
	got := testLexicon(t).Find("قتل أمس ناشط، وكان شقيقه قد اختطف في 12 مارس 2024", time.Time{})
	if len(got) != 2 {
		t.Fatalf("got %+v, want two expressions", got)
	}
	if !got[0].Date.IsZero() {
		t.Errorf("أمس without publication: date %s, want zero", got[0].DateString())
	}
	if got[1].DateString() != "2024-03-12" {
		t.Errorf("12 مارس 2024 without publication: %s", got[1].DateString())
	}
}

// The publication time's own zone decides its calendar date.
func TestFindPublicationZone(t *testing.T) {
	pub := time.Date(2024, 3, 20, 1, 30, 0, 0, time.FixedZone("+03", 3*3600)) // 19 March in UTC
	got := testLexicon(t).Find("قتل أمس", pub)
	if len(got) != 1 || got[0].DateString() != "2024-03-19" {
		t.Errorf("got %+v, want 2024-03-19", got)
	}
}

func TestExprHelpers(t *testing.T) {
	e := Expr{Precision: Day, Flags: Old}
	if !e.Codable() || !e.Is(Old) || e.Is(Old|Future) {
		t.Errorf("Old day: Codable %v Is(Old) %v", e.Codable(), e.Is(Old))
	}
	if (Expr{Precision: None, Flags: Vague}).Codable() || (Expr{Precision: Day, Flags: Future}).Codable() {
		t.Error("vague and future expressions must not be codable")
	}
	if s := (Vague | Old | Dateline).String(); s != "vague|old|dateline" {
		t.Errorf("flags string %q", s)
	}
	if Weekday.String() != "weekday" || Stretch.String() != "stretch" {
		t.Error("form names")
	}
}

// A date's year may be written after it in words, or only on the second
// date of a range.
func TestFindYearFromContext(t *testing.T) {
	pub := mustDate(t, wed)
	tests := []struct {
		text  string
		dates []string
	}{
		{"قتل في يوليو من العام 2004", []string{"2004-07-15"}},
		{"قتل في سبتمبر من العام الماضي", []string{"2023-09-15"}},
		{"قتل في 3 سبتمبر من العام الماضي", []string{"2023-09-03"}},
		{"خلال المدة من 30 أبريل إلى 15 نوفمبر 2012", []string{"2012-04-30", "2012-11-15"}},
		{"from March 3 to March 9, 2019", []string{"2019-03-03", "2019-03-09"}},
		{"from 28 December to 3 January 2023", []string{"2022-12-28", "2023-01-03"}},
	}
	for _, tc := range tests {
		got := testLexicon(t).Find(tc.text, pub)
		if len(got) != len(tc.dates) {
			t.Errorf("Find(%q) = %+v, want %v", tc.text, got, tc.dates)
			continue
		}
		for i, e := range got {
			if e.DateString() != tc.dates[i] {
				t.Errorf("Find(%q)[%d] = %s (%q), want %s", tc.text, i, e.DateString(), e.Text, tc.dates[i])
			}
		}
	}
}

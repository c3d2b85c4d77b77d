package dates

import "testing"

// Days of the story count from the day told before them; with none told,
// they are not dates at all (or, for "N days earlier", count from
// publication).
func TestFindAnaphors(t *testing.T) {
	pub := mustDate(t, wed)
	tests := []struct {
		text, evidence, date string
	}{
		{"قتل مسلحون ناشطا أمس الأحد. وفي اليوم ذاته اختطف طبيب.", "اليوم ذاته", "2024-03-17"},
		{"قتل مسلحون ناشطا مساء السبت، وفي اليوم نفسه اختطف طبيب.", "اليوم نفسه", "2024-03-16"},
		{"قتل مسلحون ناشطا مساء السبت، وفي نفس اليوم اختطف طبيب.", "نفس اليوم", "2024-03-16"},
		{"اختطف ناشط يوم الجمعة، وفي اليوم التالي عثر على جثته.", "اليوم التالي", "2024-03-16"},
		{"عثر على جثته الأحد، وكان قد اختطف في اليوم السابق.", "اليوم السابق", "2024-03-16"},
		{"He was abducted on Friday. Two days later his body was found.", "Two days later", "2024-03-17"},
		{"His body was found on Sunday. He had been abducted three days earlier.", "three days earlier", "2024-03-14"},
		{"He was abducted on Friday and killed the same day.", "the same day", "2024-03-15"},
		{"He was abducted on Friday and killed later that day.", "later that day", "2024-03-15"},
		{"He was abducted on Friday and found dead the next day.", "the next day", "2024-03-16"},
		{"He was found dead on Sunday; he had been seized the day before.", "the day before", "2024-03-16"},
		{"He was found dead on Sunday; he had been seized the previous day.", "the previous day", "2024-03-16"},
		{"ولد الكاتب في 4 مايو 1950، وفي نفس اليوم من سنة 1985 اغتيل شقيقه", "نفس اليوم من سنة 1985", "1985-05-04"},
	}
	for _, tc := range tests {
		got := testLexicon(t).Find(tc.text, pub)
		if len(got) != 2 {
			t.Errorf("Find(%q) = %+v, want two expressions", tc.text, got)
			continue
		}
		e := got[1]
		if e.Text != tc.evidence || e.DateString() != tc.date || e.Form != Anaphor || e.Precision != Day {
			t.Errorf("Find(%q)[1] = %q %s %s p%d, want %q %s anaphor p1", tc.text, e.Text, e.DateString(), e.Form, e.Precision, tc.evidence, tc.date)
		}
	}
}

// "a day after the army withdrew" relates another event to the day told:
// it is not a date of its own.
func TestAnaphorNotRelation(t *testing.T) {
	got := testLexicon(t).Find("The attack happened on Thursday, a day after the army withdrew.", mustDate(t, wed))
	if len(got) != 1 || got[0].Text != "Thursday" {
		t.Errorf("got %+v, want only Thursday", got)
	}
}

// A dateline's date is when the report was filed: nothing counts from it.
func TestAnaphorSkipsDateline(t *testing.T) {
	got := testLexicon(t).Find("TRIPOLI, March 19 (Agency) - A judge was found dead the next day.", mustDate(t, wed))
	if len(got) != 1 || !got[0].Is(Dateline) {
		t.Errorf("got %+v, want only the dateline", got)
	}
}

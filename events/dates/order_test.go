package dates

import (
	"strings"
	"testing"
)

// TestNumericOrderIsOneRulePerReport: a report's numeric dates are read in
// one order, decided once: by a date that can be read only one way, else
// by which order keeps every date on or before publication, else by the
// script (Latin text month first, Arabic day first). A date that does not
// fit the order is not read.
func TestNumericOrderIsOneRulePerReport(t *testing.T) {
	lx := testLexicon(t)
	pub := mustDate(t, "2024-03-20")
	for _, c := range []struct {
		why, text string
		want      []string // the dates read, in text order
	}{
		{"English, only month first keeps it before publication", "Gunmen attacked a bus on 03/12/2024.", []string{"2024-03-12"}},
		{"English, only day first keeps it before publication", "Gunmen attacked a bus on 12/03/2024.", []string{"2024-03-12"}},
		{"English, both readings past: Latin text is month first", "Gunmen attacked a bus on 02/01/2024.", []string{"2024-02-01"}},
		{"Arabic, both readings past: day first", "هاجم مسلحون حافلة في 02/01/2024.", []string{"2024-01-02"}},
		{"a day over 12 sets day first for the report", "A bus was attacked on 02/01/2024 and a car on 25/01/2024.", []string{"2024-01-02", "2024-01-25"}},
		{"a date against the order is not read", "A bus was attacked on 01/25/2024 and a car on 13/01/2024.", []string{"2024-01-25"}},
	} {
		var got []string
		for _, e := range lx.Find(c.text, pub) {
			if e.Form == Absolute {
				got = append(got, e.DateString())
			}
		}
		if strings.Join(got, " ") != strings.Join(c.want, " ") {
			t.Errorf("%s: %q read %v, want %v", c.why, c.text, got, c.want)
		}
	}
}

// TestPublishedYearsAndOrder: a publication year outside 1900–2100 is an
// error (a typo, a placeholder, a Hijri year in ISO form); a numeric
// publication date is read day first and never turned round.
func TestPublishedYearsAndOrder(t *testing.T) {
	lx := testLexicon(t)
	for _, in := range []string{"0000-01-01", "0224-03-05", "2099-12-31T10:00:00Z", "9999-01-01", "1445-09-05"} {
		_, err := lx.ParsePublished(in)
		if in == "2099-12-31T10:00:00Z" {
			if err != nil {
				t.Errorf("ParsePublished(%q): %v, want 2099 accepted", in, err)
			}
			continue
		}
		if err == nil || !strings.Contains(err.Error(), "outside 1900–2100") {
			t.Errorf("ParsePublished(%q) = %v, want the year refused", in, err)
		}
	}
	if d, err := lx.ParsePublished("05/03/2024"); err != nil || d.Format("2006-01-02") != "2024-03-05" {
		t.Errorf("05/03/2024 = %v %v, want 5 March (day first)", d, err)
	}
	if _, err := lx.ParsePublished("03/25/2024"); err == nil || !strings.Contains(err.Error(), "day first") {
		t.Errorf("03/25/2024: %v, want an error saying numeric dates are day first", err)
	}
}

package actors

import (
	"os"
	"testing"

	"rasd/events/arabic"
)

// fixture is the small table in testdata/actors, stable whatever the
// lexicon maintainers do to seeds/actors.
func fixture(t testing.TB) *Table {
	t.Helper()
	tb, err := Load(os.DirFS("testdata"))
	if err != nil {
		t.Fatal(err)
	}
	return tb
}

// found is what a test expects of a mention: the original words and the
// first named actor or the generic kind.
type found struct {
	text string
	what string // actor name of Named[0], or "generic:<kind>"
}

func describe(m Mention) string {
	if len(m.Named) > 0 {
		return m.Named[0].Actor.Name
	}
	return "generic:" + m.Generic.Kind.String()
}

func TestFind(t *testing.T) {
	tb := fixture(t)
	tests := []struct {
		name string
		text string
		want []found
	}{
		{"generic phrase and role", "قال شهود إن مسلحين مجهولين اختطفوا صحفيا في طرابلس.",
			[]found{{"مسلحين مجهولين", "generic:unidentified"}, {"صحفيا", "generic:role"}}},
		{"declined forms", "اعتقلت الشرطة مسلحا مجهولا بعد أن فر مسلحان مجهولان، وقتل ملثمون شرطيا.",
			[]found{{"الشرطة", "generic:police"}, {"مسلحا مجهولا", "generic:unidentified"}, {"مسلحان مجهولان", "generic:unidentified"},
				{"ملثمون", "generic:unidentified"}, {"شرطيا", "generic:police"}}},
		{"proclitics", "اتهم المتحدث والحوثيين ولأنصار الله بالهجوم، وقال إن للحوثيين وكالحوثي يدا فيه.",
			[]found{{"والحوثيين", "Ansar Allah (Houthi)"}, {"ولأنصار الله", "Ansar Allah (Houthi)"}, {"للحوثيين", "Ansar Allah (Houthi)"},
				{"وكالحوثي", "Ansar Allah (Houthi)"}}},
		{"preposition on a phrase, article added", "أعلن تنظيم الدولة مسؤوليته، وبتنظيم الدولة يرتبط المسلحون، ولداعش خلايا.",
			[]found{{"تنظيم الدولة", "Islamic State (Iraq)"}, {"وبتنظيم الدولة", "Islamic State (Iraq)"}, {"المسلحون", "generic:unidentified"},
				{"ولداعش", "Islamic State (Iraq)"}}},
		{"article in a later word", "بايعت الجماعة الدولةَ الإسلاميةَ ثم انضمت للدولة الإسلامية.",
			[]found{{"الدولةَ الإسلاميةَ", "Islamic State (Iraq)"}, {"للدولة الإسلامية", "Islamic State (Iraq)"}}},
		{"diacritics kept in the quoted words", "اغتالَ مُسَلَّحُونَ مُلَثَّمُونَ مديرَ الأمنِ السابقَ.",
			[]found{{"مُسَلَّحُونَ مُلَثَّمُونَ", "generic:unidentified"}, {"مديرَ الأمنِ السابقَ", "generic:role"}}},
		{"named beats an overlapping generic", "طاردت عناصر الجيش الليبي الجناة وقاتلت الجيش الوطني الليبي.",
			[]found{{"الجيش الليبي", "Military Forces of Libya (1969-2011)"}, {"الجيش الوطني الليبي", "Military Forces of Libya (2014-) Haftar Faction"}}},
		{"longest from the same start", "Pakistani Taliban and the Tehreek-i-Taliban Pakistan, not the Taliban.",
			[]found{{"Pakistani Taliban", "TTP: Tehreek-i-Taliban Pakistan"}, {"Tehreek-i-Taliban Pakistan", "TTP: Tehreek-i-Taliban Pakistan"},
				{"Taliban", "Taliban"}}},
		{"Arabic word boundaries", "أفكار داعشية، حوثيون، استداعش، سالحوثيين، طالبانيون", nil},
		{"English case and boundaries", "Unidentified gunmen killed a JOURNALIST; the Houthis' leader, ISIS-linked men and the Taliban's envoy spoke of a crisis.",
			[]found{{"Unidentified gunmen", "generic:unidentified"}, {"JOURNALIST", "generic:role"}, {"Houthis", "Ansar Allah (Houthi)"},
				{"ISIS", "Islamic State (Iraq)"}, {"Taliban", "Taliban"}}},
		{"no match inside English words", "Talibanization, crisis, gunmentality, policemanship", nil},
		{"hyphen equals space", "al-Shabaab and al Shabaab, not alShabaab", []found{{"al-Shabaab", "Al Shabaab"}, {"al Shabaab", "Al Shabaab"}}},
		{"line break inside a name", "the Libyan\narmy", []found{{"Libyan\narmy", "Military Forces of Libya (1969-2011)"}}},
		{"code points, not bytes or UTF-16", "😀 مسلحون 𝕏 gunmen", []found{{"مسلحون", "generic:unidentified"}, {"gunmen", "generic:unidentified"}}},
		{"member words", "قتل جنديان وجرح ثلاثة جنود وشرطي", []found{{"جنود", "generic:military"}, {"وشرطي", "generic:police"}}},
		{"nothing", "", nil},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			ms := tb.Find(tt.text)
			if len(ms) != len(tt.want) {
				t.Fatalf("found %d mentions, want %d: %+v", len(ms), len(tt.want), ms)
			}
			runes := []rune(tt.text)
			for i, m := range ms {
				if got := string(runes[m.Start:m.End]); got != m.Text || got != tt.want[i].text {
					t.Errorf("mention %d: offsets %d-%d give %q, Text %q, want %q", i, m.Start, m.End, got, m.Text, tt.want[i].text)
				}
				if d := describe(m); d != tt.want[i].what {
					t.Errorf("mention %d (%q): %s, want %s", i, m.Text, d, tt.want[i].what)
				}
			}
			folded := tb.FindFolded(arabic.FoldText(tt.text))
			if len(folded) != len(ms) {
				t.Errorf("FindFolded found %d mentions, Find %d", len(folded), len(ms))
			}
		})
	}
}

func TestMentionState(t *testing.T) {
	tb := fixture(t)
	ms := tb.Find("جنود والحوثيون والجيش الليبي وصحفي")
	want := []bool{true, false, true, false}
	if len(ms) != len(want) {
		t.Fatalf("found %+v", ms)
	}
	for i, m := range ms {
		if m.State() != want[i] {
			t.Errorf("%q: State() = %v, want %v", m.Text, m.State(), want[i])
		}
	}
	if !ms[0].Generic.Member {
		t.Errorf("%q is a member word", ms[0].Text)
	}
}

func TestFindEmptyTable(t *testing.T) {
	tb, err := New(nil, nil)
	if err != nil {
		t.Fatal(err)
	}
	if ms := tb.Find("مسلحون مجهولون"); ms != nil {
		t.Fatalf("empty table found %+v", ms)
	}
}

package arabic

import (
	"slices"
	"testing"
)

func TestParseProclitics(t *testing.T) {
	for _, c := range []struct {
		p    string
		ok   bool
		want Proclitics
	}{
		{"", true, Proclitics{}},
		{"و", true, Proclitics{Conj: 'w'}},
		{"فب", true, Proclitics{Conj: 'f', Prep: 'b'}},
		{"ال", true, Proclitics{Article: true}},
		{"وبال", true, Proclitics{Conj: 'w', Prep: 'b', Article: true}},
		{"لل", true, Proclitics{Prep: 'l', Article: true}},
		{"فلل", true, Proclitics{Conj: 'f', Prep: 'l', Article: true}},
		{"كال", true, Proclitics{Prep: 'k', Article: true}},
		{"وسي", true, Proclitics{Conj: 'w', Future: true, Verb: 'y'}},
		{"لت", true, Proclitics{Prep: 'l', Verb: 't'}},
		{"ا", true, Proclitics{Verb: 'A'}},
		// li- + al- is written with two lams, never lal-
		{"لال", false, Proclitics{}},
		{"وو", false, Proclitics{}},
		{"مت", false, Proclitics{}},
		{"بالل", false, Proclitics{}},
	} {
		got, ok := ParseProclitics(c.p)
		if ok != c.ok || ok && got != c.want {
			t.Errorf("ParseProclitics(%q) = %+v, %v; want %+v, %v", c.p, got, ok, c.want, c.ok)
		}
	}
	if p, _ := ParseProclitics("سن"); !p.Verbal() {
		t.Error("sa- + n- is a verb form")
	}
	if p, _ := ParseProclitics("وبال"); p.Verbal() {
		t.Error("wa- + bi- + al- is a noun's")
	}
}

func TestNounProclitics(t *testing.T) {
	chains := NounProclitics()
	if len(chains) != 24 || chains[0] != "" {
		t.Fatalf("%d chains %q: want 24, the empty one first", len(chains), chains)
	}
	for _, c := range chains {
		if p, ok := ParseProclitics(c); !ok || p.Verbal() {
			t.Errorf("%q is no noun's chain", c)
		}
		if len([]rune(c)) > MaxProclitics {
			t.Errorf("%q is longer than MaxProclitics", c)
		}
	}
	for _, want := range []string{"لل", "وبال", "فك"} {
		if !slices.Contains(chains, want) {
			t.Errorf("no %q among %q", want, chains)
		}
	}
}

func TestNounForms(t *testing.T) {
	forms := map[string]int{}
	for _, f := range NounForms("الشهر", false) {
		forms[f.Text] = f.Skip
	}
	for text, skip := range map[string]int{"والشهر": 2, "بالشهر": 2, "للشهر": 0, "وللشهر": 2, "فكالشهر": 4} {
		if got, ok := forms[text]; !ok || got != skip {
			t.Errorf("NounForms(الشهر): %q skip %d (listed %v), want skip %d", text, got, ok, skip)
		}
	}
	if _, ok := forms["لالشهر"]; ok {
		t.Error("lal- is no written form")
	}
	plain := map[string]bool{}
	for _, f := range NounForms("امس", false) {
		plain[f.Text] = true
	}
	if !plain["وبامس"] || !plain["لامس"] || plain["امس"] {
		t.Errorf("NounForms(امس) = %v", plain)
	}
	if got := NounForms("منذ", true); len(got) != 2 || got[0].Text != "ومنذ" || got[1].Text != "فمنذ" {
		t.Errorf("conjunction only: %+v", got)
	}
}

func TestArticleAndSuffixes(t *testing.T) {
	if stem, ok := CutArticle("الحوثيون", 2); !ok || stem != "حوثيون" {
		t.Errorf("CutArticle: %q %v", stem, ok)
	}
	if _, ok := CutArticle("الرس", 3); ok {
		t.Error("a two-letter stem kept its article cut at minStem 3")
	}
	if stem, ok := CutArticle("الجيش الليبي", 2); !ok || stem != "جيش الليبي" {
		t.Errorf("phrase: %q %v", stem, ok)
	}
	l, _ := ParseProclitics("ل")
	if !Definite(l, "لواء") || Definite(l, "جيش") {
		t.Error("li- before a lam-initial stem is li- + al- (two lams)")
	}
	for s, ok := range map[string]bool{"": true, "ون": true, "هم": true, "اتها": true, "وز": false, "ة": false} {
		if SuffixOK(s) != ok {
			t.Errorf("SuffixOK(%q) = %v", s, !ok)
		}
	}
	if got := AdjectiveForms("ليبي"); !slices.Equal(got, []string{"ليبي", "ليبية", "ليبيون", "ليبيين", "ليبيات"}) {
		t.Errorf("AdjectiveForms = %q", got)
	}
	if got := AdjectiveForms("أفغان"); !slices.Equal(got, []string{"أفغان"}) {
		t.Errorf("not a nisba: %q", got)
	}
	if len(Declension) != 9 || Declension[0] != "" || Declension[1] != "ون" {
		t.Errorf("Declension = %q", Declension)
	}
}

func TestWords(t *testing.T) {
	s := "the Taliban's envoy, و'عدل"
	if !IsWordRune('\'') || IsWordRune('-') || !IsWordRune('ب') || !IsWordRune('\u064E') {
		t.Error("word runes: the apostrophe, letters and marks are; a hyphen is not")
	}
	if e := WordEnd(s, 4); s[4:e] != "Taliban's" {
		t.Errorf("WordEnd: %q", s[4:e])
	}
	if i := WordStart(s, len(s)); s[i:] != "عدل" {
		t.Errorf("WordStart stops at an apostrophe going back: %q", s[i:])
	}
}

func TestBuckwalter(t *testing.T) {
	if got := Buckwalter("wbAl"); got != "وبال" {
		t.Errorf("Buckwalter(wbAl) = %q", got)
	}
	defer func() {
		if recover() == nil {
			t.Error("no panic on a letter outside the table")
		}
	}()
	Buckwalter("Q")
}

package lexicon

import (
	"reflect"
	"strings"
	"testing"

	"rasd/events/arabic"
)

func matcher(t *testing.T, nouns bool, phrases ...string) *Matcher {
	t.Helper()
	var es []Entry
	for _, p := range phrases {
		e, err := NewEntry(p, nil, "test")
		if err != nil {
			t.Fatal(err)
		}
		es = append(es, e)
	}
	m, err := New(es)
	if err != nil {
		t.Fatal(err)
	}
	m.Nouns = nouns
	return m
}

// found lists the matched phrases with the words they were found in.
func found(m *Matcher, text string) []string {
	f := arabic.Fold(text)
	var out []string
	for _, mt := range m.FindAll(f) {
		out = append(out, mt.Entry().Phrase+"="+f[mt.Start:mt.End])
	}
	return out
}

func TestArabicAffixes(t *testing.T) {
	m := matcher(t, false, "قتل", "اغتيال", "طرابلس")
	got := found(m, "وقتلوه في وبطرابلس بعد محاولة لاغتيال القائد، وقتلت")
	want := []string{"قتل=وقتلوه", "طرابلس=وبطرابلس", "اغتيال=لاغتيال", "قتل=وقتلت"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
	// a stem inside a longer word with no valid affixes is no match
	if got := found(m, "مقتلع"); len(got) != 0 {
		t.Errorf("matched inside a word: %q", got)
	}
}

func TestNounsTakeNoVerbPrefixes(t *testing.T) {
	m := matcher(t, true, "ست")
	if got := found(m, "ليست هذه المرة الأولى"); len(got) != 0 {
		t.Errorf("ليست read as six: %q", got)
	}
	if got := found(m, "قتل ست نساء"); len(got) != 1 {
		t.Errorf("ست not found: %q", got)
	}
}

// TestLongestWins is the regression for ahocorasick's LeftmostLongest
// returning the shorter of two phrases that start at the same place.
func TestLongestWins(t *testing.T) {
	m := matcher(t, false, "ذكر", "ذكرى", "اغتيال")
	got := found(m, "في ذكرى اغتيال الرئيس")
	want := []string{"ذكرى=ذكري", "اغتيال=اغتيال"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestEnglishInflections(t *testing.T) {
	m := matcher(t, false, "kill*", "=shot")
	got := found(m, "Gunmen killed two; killings; shots; shot dead; skill")
	// -ings is not an inflection here: plurals of nouns are listed (with
	// their own flags) where a lexicon wants them
	want := []string{"kill*=killed", "=shot=shot"}
	if !reflect.DeepEqual(got, want) {
		t.Errorf("got %q, want %q", got, want)
	}
}

func TestStarInsideAPhraseIsAnError(t *testing.T) {
	if _, err := NewEntry("claim* responsibility", nil, "cues.tsv:3"); err == nil || !strings.Contains(err.Error(), "cues.tsv:3") {
		t.Errorf("want an error naming the line, got %v", err)
	}
}

func TestSetMatchesLikeItsMatchers(t *testing.T) {
	a := matcher(t, false, "قتل", "kill*", "ذكرى")
	b := matcher(t, true, "ست", "ثلاثة", "ذكر")
	s, err := NewSet(a, b)
	if err != nil {
		t.Fatal(err)
	}
	text := arabic.Fold("قتل ثلاثة وليست ست، في ذكرى مقتل; killed six")
	got := s.FindAll(text)
	if !reflect.DeepEqual(got[0], a.FindAll(text)) || !reflect.DeepEqual(got[1], b.FindAll(text)) {
		t.Errorf("set and matchers differ:\n%v\n%v\n%v\n%v", got[0], a.FindAll(text), got[1], b.FindAll(text))
	}
}

package dates

import (
	"strings"
	"testing"
)

// mention builds a Mention for the first occurrence of trigger in text,
// with sentences ended by ". " and paragraphs by newlines.
func mention(t *testing.T, text, trigger string) Mention {
	t.Helper()
	i := strings.Index(text, trigger)
	if i < 0 {
		t.Fatalf("%q not in text", trigger)
	}
	cp := len([]rune(text[:i]))
	rs := []rune(text)
	m := Mention{Trigger: cp, TriggerEnd: cp + len([]rune(trigger)), SentenceEnd: len(rs)}
	for j := 0; j < cp; j++ {
		switch rs[j] {
		case '\n':
			m.SentenceStart, m.ParagraphStart = j+1, j+1
		case '.':
			m.SentenceStart = j + 1
		}
	}
	for j := cp; j < len(rs); j++ {
		if rs[j] == '.' || rs[j] == '\n' {
			m.SentenceEnd = j
			break
		}
	}
	return m
}

func TestGoverning(t *testing.T) {
	pub := mustDate(t, wed)
	tests := []struct {
		name, text, trigger string
		want                string // evidence of the governing expression, "" for none
	}{
		{"after the trigger", "قتل مسلحون مساء الثلاثاء ناشطا في الحي.", "قتل", "مساء الثلاثاء"},
		{"before the trigger", "On Sunday, gunmen killed a judge.", "killed", "Sunday"},
		{"nearest of two", "A man kidnapped in 2019 was killed on Tuesday.", "killed", "Tuesday"},
		{"nearest of two, other event", "A man kidnapped in 2019 was killed on Tuesday.", "kidnapped", "2019"},
		{"earlier sentence of the paragraph", "Gunmen stormed the village late on Friday. They killed four men.", "killed", "late on Friday"},
		{"not across paragraphs", "Gunmen stormed the village on Friday.\nThey killed four men.", "killed", ""},
		{"dateline passed over", "TRIPOLI, March 19 (Agency) - Gunmen killed a judge, police said.", "killed", ""},
		{"dateline passed over for the sentence's date", "TRIPOLI, March 19 (Agency) - Gunmen killed a judge on Sunday.", "killed", "Sunday"},
		{"none", "Gunmen killed a judge.", "killed", ""},
	}
	for _, tc := range tests {
		exprs := Find(tc.text, pub)
		got, ok := Governing(exprs, mention(t, tc.text, tc.trigger))
		if ok != (tc.want != "") || ok && got.Text != tc.want {
			t.Errorf("%s: Governing = %q, %v; want %q", tc.name, got.Text, ok, tc.want)
		}
	}
}

// A tie goes to the expression after the trigger.
func TestGoverningTie(t *testing.T) {
	exprs := []Expr{{Start: 0, End: 5, Text: "before"}, {Start: 15, End: 20, Text: "after"}}
	got, ok := Governing(exprs, Mention{Trigger: 10, TriggerEnd: 10, SentenceEnd: 30})
	if !ok || got.Text != "after" {
		t.Errorf("tie: %q, %v", got.Text, ok)
	}
}

func TestDatelineOf(t *testing.T) {
	exprs := Find("BENGHAZI, Feb 15 (Desk) - Gunmen abducted an activist on Sunday.", mustDate(t, "2024-02-15"))
	d, ok := DatelineOf(exprs)
	if !ok || d.Text != "Feb 15" || d.DateString() != "2024-02-15" {
		t.Errorf("DatelineOf = %+v, %v", d, ok)
	}
	if _, ok := DatelineOf(Find("طرابلس – قتل مسلحون ناشطا أمس", mustDate(t, wed))); ok {
		t.Error("a dateline without a date has no dateline date")
	}
}

package dates

import (
	"testing"
	"time"

	"rasd/events/internal/realcorpus"
)

// TestRealCorpus checks what must hold on any text: every publication date
// of the corpus parses, and every expression's evidence is its span of the
// original text, in order, without overlaps.
func TestRealCorpus(t *testing.T) {
	forms := map[Form]int{}
	future := 0
	arts, _ := realcorpus.Load(t)
	for _, a := range arts {
		pub, err := testLexicon(t).ParsePublished(a.Published)
		if err != nil {
			t.Errorf("ParsePublished(%q): %v", a.Published, err)
			continue
		}
		rs := []rune(a.Text)
		end := 0
		for _, e := range testLexicon(t).Find(a.Text, pub) {
			if e.Start < end || e.Start >= e.End || e.End > len(rs) || string(rs[e.Start:e.End]) != e.Text {
				t.Errorf("bad span %d-%d %q (previous end %d)", e.Start, e.End, e.Text, end)
			}
			if (e.Precision == None) != e.Is(Vague) {
				t.Errorf("%q: precision %d with flags %s", e.Text, e.Precision, e.Flags)
			}
			end = e.End
			forms[e.Form]++
			if e.Is(Future) {
				future++
			}
		}
	}
	t.Logf("expressions by form: %v; future: %d", forms, future)
}

func BenchmarkFindReal(b *testing.B) {
	lx := testLexicon(b)
	arts, size := realcorpus.Load(b)
	pubs := make([]time.Time, len(arts))
	for i, a := range arts {
		pubs[i], _ = lx.ParsePublished(a.Published)
	}
	b.SetBytes(int64(size))
	for b.Loop() {
		for i, a := range arts {
			lx.Find(a.Text, pubs[i])
		}
	}
}

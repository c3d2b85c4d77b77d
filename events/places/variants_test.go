package places

import (
	"slices"
	"testing"
)

func TestVariantsOf(t *testing.T) {
	v := Variants{
		Swaps:    [][]string{{"ai", "ay", "ei"}, {"aw", "ow"}},
		Articles: []string{"al", "ar"},
		Endings:  []string{"ah", "a", "eh"},
	}
	for _, c := range []struct {
		key  string
		want []string
		not  []string
	}{
		{"maidan shahr", []string{"maydan shahr", "meidan shahr"}, nil},
		{"jowzjan", []string{"jawzjan"}, nil},
		{"al hawijah", []string{"hawijah", "hawija", "al hawija", "al hawijeh"}, nil},
		{"ar rutbah", []string{"rutbah", "rutba"}, nil},
		{"hit", nil, []string{"hyt"}}, // too short for variants
	} {
		got := v.of(c.key)
		for _, w := range c.want {
			if !slices.Contains(got, w) {
				t.Errorf("of(%q) = %q, want %q among them", c.key, got, w)
			}
		}
		for _, w := range c.not {
			if slices.Contains(got, w) {
				t.Errorf("of(%q) = %q, want no %q", c.key, got, w)
			}
		}
		if c.want == nil && len(got) != 0 {
			t.Errorf("of(%q) = %q, want none", c.key, got)
		}
	}
}

// A spelling one change away from a name of an Iraqi town is that town,
// after a place word only; a spelling some place has already is never
// taken for another one.
func TestSpellingVariants(t *testing.T) {
	g := fixture(t)
	l, _ := placeOf(t, g, "Gunmen killed two men in Basreh on Monday.", "Basreh")
	if l.Location.Location != "Basrah" {
		t.Errorf("a variant spelling after a place word: got %+v", l.Location)
	}
	for _, n := range g.Analyze("Basreh traders said two men were killed on Monday.", Options{}).Named() {
		if n.Location.Location == "Basrah" {
			t.Errorf("a variant spelling with no place word was read as a place: %+v", n.Location)
		}
	}
}

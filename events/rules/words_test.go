package rules

import (
	"strings"
	"testing"

	"rasd/events/arabic"
	"rasd/seeds"
)

// wordsBetweenSlow is the definition wordsBetween's index must agree with.
func wordsBetweenSlow(t string, a, b int) int {
	if a > b {
		a, b = b, a
	}
	n, in := 0, false
	for _, r := range t[a:b] {
		w := arabic.IsWordRune(r)
		if w && !in {
			n++
		}
		in = w
	}
	return n
}

func TestWordsBetweenIndex(t *testing.T) {
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, text := range []string{"", "a", "قتل مسلحون، ثلاثة مدنيين في سرت.", "Gunmen killed  two  men - in Tripoli's  market. 12 dead",
		"  leading and trailing  ", "وبطرابلس؛ و(القتلى) x"} {
		d := newDoc(text, lx)
		var cuts []int
		for i := range len(d.text) + 1 {
			if i == len(d.text) || (d.text[i]&0xC0) != 0x80 {
				cuts = append(cuts, i)
			}
		}
		for _, a := range cuts {
			for _, b := range cuts {
				if got, want := d.wordsBetween(a, b), wordsBetweenSlow(d.text, a, b); got != want {
					t.Fatalf("%q: wordsBetween(%d, %d) = %d, want %d", d.text, a, b, got, want)
				}
			}
		}
	}
}

func TestBlankParagraphsKeepsOffsets(t *testing.T) {
	text := "طرابلس – قتل رجل.\nخلفية عن المدينة.\nIn Sirte, gunmen struck.\n"
	got := blankParagraphs(text, map[int]bool{0: true, 2: true})
	if want := []rune(text); len([]rune(got)) != len(want) {
		t.Fatalf("code points changed: %d vs %d", len([]rune(got)), len(want))
	}
	lines := strings.Split(got, "\n")
	if lines[0] != "طرابلس – قتل رجل." || strings.TrimSpace(lines[1]) != "" || lines[2] != "In Sirte, gunmen struck." {
		t.Errorf("got %q", got)
	}
	if blankParagraphs(text, map[int]bool{0: true, 1: true, 2: true, 3: true}) != text {
		t.Error("all kept: text should come back unchanged")
	}
}

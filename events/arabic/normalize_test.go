package arabic

import (
	"testing"
	"unicode/utf8"
)

func TestFold(t *testing.T) {
	tests := []struct{ in, want string }{
		{"طَرَابُلُس", "طرابلس"},
		{"أحمد إبراهيم آمنة", "احمد ابراهيم امنه"},
		{"مستشفى", "مستشفي"},
		{"قتلـــى", "قتلي"},
		{"١٢ آذار ٢٠٢٤", "12 اذار 2024"},
		{"۱۲", "12"},
		{"Tripoli’s", "tripoli's"},
		{"مسؤول", "مسوول"},
		{"\u200fكلمة\u200e", "كلمه"},
	}
	for _, tt := range tests {
		if got := Fold(tt.in); got != tt.want {
			t.Errorf("Fold(%q) = %q, want %q", tt.in, got, tt.want)
		}
	}
}

func TestFoldTextSpan(t *testing.T) {
	orig := "قُتِلَ رجلٌ في طَرَابُلُس أمس"
	f := FoldText(orig)
	if f.Text != Fold(orig) {
		t.Fatalf("FoldText text %q differs from Fold %q", f.Text, Fold(orig))
	}
	for _, word := range []string{"طرابلس", "قتل", "امس"} {
		i := indexOf(f.Text, word)
		if i < 0 {
			t.Fatalf("%q not found in %q", word, f.Text)
		}
		s, e := f.Span(i, i+len(word))
		got := string([]rune(orig)[s:e])
		if Fold(got) != word {
			t.Errorf("span of %q maps to %q (runes %d-%d)", word, got, s, e)
		}
		if os, oe, words := f.Original(i, i+len(word)); os != s || oe != e || words != got {
			t.Errorf("Original of %q = %d-%d %q, want %d-%d %q", word, os, oe, words, s, e, got)
		}
	}
	if s, e := f.Span(0, len(f.Text)); s != 0 || e != utf8.RuneCountInString(orig) {
		t.Errorf("whole span = %d-%d, want 0-%d", s, e, utf8.RuneCountInString(orig))
	}
}

func indexOf(s, sub string) int {
	for i := 0; i+len(sub) <= len(s); i++ {
		if s[i:i+len(sub)] == sub {
			return i
		}
	}
	return -1
}

func TestHasArabic(t *testing.T) {
	if !HasArabic("Tripoli طرابلس") || HasArabic("Tripoli 12") {
		t.Error("HasArabic misjudged")
	}
}

func FuzzFoldText(f *testing.F) {
	f.Add("قُتِلَ رجلٌ في طَرَابُلُس")
	f.Add("Élysée\xff\xd8 طرابلس — €5 😀 ٣ قتلى\u200f")
	f.Fuzz(func(t *testing.T, s string) {
		ft := FoldText(s)
		if ft.Text != Fold(s) {
			t.Fatalf("mismatch")
		}
		n := utf8.RuneCountInString(s)
		runes := []rune(s)
		for i := 0; i <= len(ft.Text); i++ {
			a, b := ft.Span(0, i)
			if a < 0 || b > n || a > b {
				t.Fatalf("bad span %d %d", a, b)
			}
			// the original words: the code points [a, b) of s, byte for byte
			if _, _, w := ft.Original(0, i); string([]rune(w)) != string(runes[a:b]) {
				t.Fatalf("Original(0, %d) = %q, want %q", i, w, string(runes[a:b]))
			}
		}
	})
}

func TestByteOf(t *testing.T) {
	orig := "قُتِلَ رجلٌ في طَرَابُلُس"
	f := FoldText(orig)
	for _, word := range []string{"طرابلس", "رجل", "قتل"} {
		i := indexOf(f.Text, word)
		s, _ := f.Span(i, i+len(word))
		if got := f.ByteOf(s); got != i {
			t.Errorf("ByteOf(%d) = %d, want %d (%q)", s, got, i, word)
		}
	}
	if got := f.ByteOf(1 << 20); got != len(f.Text) {
		t.Errorf("ByteOf past the end = %d, want %d", got, len(f.Text))
	}
}

// TestDecodeRune compares DecodeRune with the standard library on every
// one- and two-byte string and on longer runes and broken sequences.
func TestDecodeRune(t *testing.T) {
	check := func(s string) {
		for i := 0; i < len(s); i++ {
			r, n := DecodeRune(s, i)
			wr, wn := utf8.DecodeRuneInString(s[i:])
			if r != wr || n != wn {
				t.Fatalf("DecodeRune(%q, %d) = %U %d, want %U %d", s, i, r, n, wr, wn)
			}
		}
	}
	for a := range 256 {
		check(string([]byte{byte(a)}))
		for b := range 256 {
			check(string([]byte{byte(a), byte(b)}))
		}
	}
	for _, s := range []string{"€5 😀", "\xe2\x82", "\xf0\x9f\x98", "\xc0\x80", "\xed\xa0\x80", "طرابلس"} {
		check(s)
	}
}

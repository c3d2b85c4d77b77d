package places

import (
	"strings"
)

// GeoNames has no Arabic name for most towns of the Sahel, the Horn, Nigeria
// or Mexico (Djibo, Ouallam, Konduga), yet Arabic news names them
// (جيبو، ولام، كوندوغا). arabicGuesses spells a Latin name the way Arabic
// news usually transliterates it, in a few variants (long vowels written or
// not). Guessed names are flagged FlagGuessed: they count only after a word
// that marks a place (في، مدينة، قرب), so a guess that happens to be a common
// word does not become a place.

// latinToArabic maps Latin letter groups, longest first, to Arabic.
var latinToArabic = []struct{ from, to string }{
	{"dj", "ج"}, {"dzh", "ج"}, {"tch", "تش"}, {"ch", "ش"}, {"sh", "ش"}, {"kh", "خ"}, {"gh", "غ"}, {"th", "ث"},
	{"ph", "ف"}, {"ou", "و"}, {"oo", "و"}, {"ee", "ي"}, {"ai", "اي"}, {"ay", "اي"}, {"ei", "ي"}, {"ey", "ي"},
	{"qu", "ك"}, {"ck", "ك"}, {"x", "كس"},
	{"b", "ب"}, {"c", "ك"}, {"d", "د"}, {"f", "ف"}, {"g", "غ"}, {"h", "ه"}, {"j", "ج"}, {"k", "ك"}, {"l", "ل"},
	{"m", "م"}, {"n", "ن"}, {"p", "ب"}, {"q", "ق"}, {"r", "ر"}, {"s", "س"}, {"t", "ت"}, {"v", "ف"}, {"w", "و"},
	{"y", "ي"}, {"z", "ز"},
}

// arabicGuesses returns up to four Arabic spellings of an ASCII name, one
// word at a time: short medial a and e written as ا / ي or left out.
func arabicGuesses(name string) []string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })
	if len(words) == 0 || len(words) > 3 {
		return nil
	}
	variants := []string{""}
	for wi, w := range words {
		spellings, ok := transliterateWord(w)
		if !ok {
			return nil
		}
		var next []string
		for _, v := range variants {
			sep := ""
			if wi > 0 {
				sep = " "
			}
			for _, sp := range spellings {
				if len(next) < 4 {
					next = append(next, v+sep+sp)
				}
			}
		}
		variants = next
	}
	return variants
}

// transliterateWord spells one word: full writes every vowel as a letter;
// short drops the medial short a and e (Ouallam → والام، ولام), trying each
// combination when there are two such vowels.
func transliterateWord(w string) (variants []string, ok bool) {
	type piece struct {
		ar       string
		optional bool // a medial short vowel Arabic may leave unwritten
	}
	var ps []piece
	prev := ""
	for i := 0; i < len(w); {
		c := w[i]
		if c < 'a' || c > 'z' {
			return nil, false
		}
		if strings.IndexByte("aeiou", c) >= 0 {
			n := 1
			if i+1 < len(w) && (c == 'o' && (w[i+1] == 'u' || w[i+1] == 'o') || c == 'e' && strings.IndexByte("eiy", w[i+1]) >= 0 || c == 'a' && strings.IndexByte("iy", w[i+1]) >= 0) {
				n = 2
			}
			first, last := i == 0, i+n == len(w)
			var ar string
			switch {
			case n == 2 && c == 'o':
				ar = "و"
			case n == 2 && c == 'a':
				ar = "اي"
			case n == 2, c == 'e', c == 'i':
				ar = "ي"
			case c == 'a':
				ar = "ا"
			default:
				ar = "و"
			}
			switch {
			case first && n == 2 && c == 'o' && i+2 < len(w) && strings.IndexByte("aeiou", w[i+2]) >= 0:
				// Ouallam → والام: a leading "ou" before a vowel is a consonant
			case first && c == 'e':
				ar = "ا"
			case first && ar != "ا":
				ar = "ا" + ar
			}
			ps = append(ps, piece{ar, !first && !last && n == 1 && (c == 'a' || c == 'e')})
			i += n
			prev = ""
			continue
		}
		matched := false
		for _, m := range latinToArabic {
			if strings.HasPrefix(w[i:], m.from) {
				if m.to != prev { // doubled consonants are written once
					ps = append(ps, piece{ar: m.to})
				}
				prev = m.to
				i += len(m.from)
				matched = true
				break
			}
		}
		if !matched {
			return nil, false
		}
	}
	var opt []int
	for i, p := range ps {
		if p.optional {
			opt = append(opt, i)
		}
	}
	if len(opt) > 2 {
		opt = opt[:2]
	}
	for mask := 0; mask < 1<<len(opt); mask++ {
		var b strings.Builder
		for i, p := range ps {
			drop := false
			for j, o := range opt {
				if o == i && mask&(1<<j) != 0 {
					drop = true
				}
			}
			if !drop {
				b.WriteString(p.ar)
			}
		}
		variants = append(variants, b.String())
	}
	return variants, true
}

package places

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"

	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// GeoNames has no Arabic name for most towns of the Sahel, the Horn,
// Nigeria or Mexico (Djibo, Ouallam, Konduga), yet Arabic news names them.
// A Transliteration spells a Latin name the way Arabic news usually does,
// in a few variants (short vowels written or not), with the letter rules
// of seeds/places/translit.tsv. Guessed names are flagged FlagGuessed:
// they count only after a word that marks a place ("in", "town of", "near"),
// so a guess that happens to be a common word does not become a place.
type Transliteration struct {
	// Regions are the ACLED regions whose full-coverage countries get
	// guessed names.
	Regions map[string]bool

	consonants []letterGroup // longest first, then in file order
	vowels     []letterGroup // longest first, then in file order
	initial    map[string]string
	glide      map[string]string
	short      map[string]bool
}

// letterGroup is a Latin letter group and the Arabic letters it is
// written with.
type letterGroup struct{ latin, arabic string }

// The limits of guessing: names of more words are not guessed, a name
// gets at most maxGuesses spellings, and in a word only the first
// maxShortVowels short vowels are tried both ways (each doubles the
// spellings).
const (
	maxGuessWords  = 3
	maxGuesses     = 4
	maxShortVowels = 2
)

// translitKind is what a row of translit.tsv says: its kind column.
type translitKind uint8

const (
	translitRegion    translitKind = iota + 1 // an ACLED region whose towns are guessed
	translitConsonant                         // a consonant group and its letters
	translitVowel                             // a vowel group inside a word
	translitInitial                           // a vowel group at the start of a word
	translitGlide                             // an initial vowel group read as a consonant before a vowel
	translitShort                             // a vowel Arabic may leave unwritten inside a word
)

var translitKinds = map[string]translitKind{"region": translitRegion, "consonant": translitConsonant,
	"vowel": translitVowel, "initial": translitInitial, "glide": translitGlide, "short": translitShort}

// readTranslit reads translit.tsv (optional: without it no name is
// guessed).
func readTranslit(fsys fs.FS) (Transliteration, error) {
	t := Transliteration{Regions: map[string]bool{}, initial: map[string]string{}, glide: map[string]string{}, short: map[string]bool{}}
	rows, err := lexicon.OpenTable(fsys, "translit.tsv", true, 2, "kind", "latin", "arabic")
	if err != nil {
		return t, err
	}
	vowelRow := map[string]string{} // vowel group → its row, for the checks below
	seen := map[[2]string]string{}  // kind and latin → the row that gave them
	var later []lexicon.Row         // initial, glide and short rows name vowel groups
	for _, r := range rows {
		kind, ok := translitKinds[r.Cols[0]]
		if !ok {
			return t, fmt.Errorf("%s: kind %q: want region, consonant, vowel, initial, glide or short", r.Origin, r.Cols[0])
		}
		if prev, dup := seen[[2]string{r.Cols[0], r.Cols[1]}]; dup {
			return t, fmt.Errorf("%s: %s %q is listed already at %s", r.Origin, r.Cols[0], r.Cols[1], prev)
		}
		seen[[2]string{r.Cols[0], r.Cols[1]}] = r.Origin
		latin, ar := r.Cols[1], ""
		if len(r.Cols) > 2 {
			ar = r.Cols[2]
		}
		if kind == translitRegion || kind == translitShort {
			if ar != "" {
				return t, fmt.Errorf("%s: a %s row takes no Arabic letters", r.Origin, r.Cols[0])
			}
		} else if !arabicWord(ar) {
			return t, fmt.Errorf("%s: arabic %q: want Arabic letters", r.Origin, ar)
		}
		if kind == translitRegion {
			if latin == "" {
				return t, fmt.Errorf("%s: want a region name", r.Origin)
			}
			t.Regions[latin] = true
			continue
		}
		if !lowerLetters(latin) {
			return t, fmt.Errorf("%s: latin %q: want lower-case letters a-z", r.Origin, latin)
		}
		switch kind {
		case translitConsonant:
			t.consonants = append(t.consonants, letterGroup{latin, ar})
		case translitVowel:
			vowelRow[latin] = r.Origin
			t.vowels = append(t.vowels, letterGroup{latin, ar})
		default:
			later = append(later, r)
		}
	}
	for _, r := range later {
		latin := r.Cols[1]
		if _, ok := vowelRow[latin]; !ok {
			return t, fmt.Errorf("%s: %q is no vowel group (a vowel row)", r.Origin, latin)
		}
		switch translitKinds[r.Cols[0]] {
		case translitInitial:
			t.initial[latin] = r.Cols[2]
		case translitGlide:
			t.glide[latin] = r.Cols[2]
		case translitShort:
			t.short[latin] = true
		}
	}
	for _, v := range t.vowels {
		if _, ok := t.initial[v.latin]; !ok {
			return t, fmt.Errorf("%s: vowel %q has no initial row", vowelRow[v.latin], v.latin)
		}
	}
	longestFirst := func(a, b letterGroup) int { return len(b.latin) - len(a.latin) }
	slices.SortStableFunc(t.consonants, longestFirst)
	slices.SortStableFunc(t.vowels, longestFirst)
	return t, nil
}

// lowerLetters reports whether s is one or more of the letters a-z.
func lowerLetters(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] < 'a' || s[i] > 'z' {
			return false
		}
	}
	return s != ""
}

// arabicWord reports whether s is one or more letters that make a key
// of Arabic script.
func arabicWord(s string) bool {
	k := Key(arabic.Fold(s))
	return k != "" && isArabicKey(k[0]) && !strings.Contains(k, " ")
}

// guesses returns up to maxGuesses Arabic spellings of an ASCII name, one
// word at a time.
func (t *Transliteration) guesses(name string) []string {
	words := strings.FieldsFunc(strings.ToLower(name), func(r rune) bool { return r == ' ' || r == '-' || r == '\'' })
	if len(words) == 0 || len(words) > maxGuessWords {
		return nil
	}
	variants := []string{""}
	for wi, w := range words {
		spellings, ok := t.word(w)
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
				if len(next) < maxGuesses {
					next = append(next, v+sep+sp)
				}
			}
		}
		variants = next
	}
	return variants
}

// word spells one word: the first spelling writes every vowel; the others
// leave out short vowels inside the word (Ouallam with and without the
// alef of its "a"), each combination of the first maxShortVowels.
func (t *Transliteration) word(w string) (variants []string, ok bool) {
	type piece struct {
		ar       string
		optional bool // a short vowel Arabic may leave unwritten
	}
	var ps []piece
	prev := ""
	for i := 0; i < len(w); {
		if v, ok := match(t.vowels, w[i:]); ok {
			n := len(v.latin)
			first, last := i == 0, i+n == len(w)
			ar := v.arabic
			if first {
				ar = t.initial[v.latin]
				if g, ok := t.glide[v.latin]; ok && i+n < len(w) && t.vowelStart(w[i+n]) {
					ar = g
				}
			}
			ps = append(ps, piece{ar, !first && !last && t.short[v.latin]})
			i += n
			prev = ""
			continue
		}
		c, ok := match(t.consonants, w[i:])
		if !ok {
			return nil, false
		}
		if c.arabic != prev { // doubled consonants are written once
			ps = append(ps, piece{ar: c.arabic})
		}
		prev = c.arabic
		i += len(c.latin)
	}
	var opt []int
	for i, p := range ps {
		if p.optional {
			opt = append(opt, i)
		}
	}
	if len(opt) > maxShortVowels {
		opt = opt[:maxShortVowels]
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

// match returns the first group (the longest, as groups are sorted) that
// s starts with.
func match(groups []letterGroup, s string) (letterGroup, bool) {
	for _, g := range groups {
		if strings.HasPrefix(s, g.latin) {
			return g, true
		}
	}
	return letterGroup{}, false
}

// vowelStart reports whether letter c opens a vowel group.
func (t *Transliteration) vowelStart(c byte) bool {
	for _, v := range t.vowels {
		if v.latin[0] == c {
			return true
		}
	}
	return false
}

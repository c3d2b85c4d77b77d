package arabic

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// Arabic writes conjunctions, prepositions, the article and a verb's
// person and tense prefixes as part of the word that follows them, and
// pronouns and inflections as part of the word before. This file is the
// one place that knows those letters: the lexicon matcher, the actor
// table, the gazetteer, the date grammar and the coder all ask it. It
// works on folded text (Fold), and its tables are written in Buckwalter's
// transliteration (A alef, b ba, l lam, w waw, f fa, y ya, h ha, p taa
// marbuta …), the ASCII spelling Arabic NLP uses, converted once.

// Proclitics is what the letters written before a stem in one word are.
type Proclitics struct {
	// Conj is the conjunction wa- or fa- ('w' or 'f'), 0 for none.
	Conj byte
	// Prep is the preposition bi-, li- or ka- ('b', 'l' or 'k'), 0 for none.
	Prep byte
	// Article is the definite article al-, also when li- swallows its alef
	// (lil-).
	Article bool
	// Future is the future prefix sa-.
	Future bool
	// Verb is the person prefix of a verb form ('y', 't', 'n' or 'A'), 0
	// for none.
	Verb byte
}

// Verbal reports whether the prefixes make the word a verb form: nouns
// and numbers take none of them ("lyst" is not li- + "st", six).
func (p Proclitics) Verbal() bool { return p.Verb != 0 || p.Future }

// procliticChains maps every folded chain of proclitics to its analysis:
// an optional conjunction, then one preposition-and-article group or one
// verb prefix group.
var procliticChains = func() map[string]Proclitics {
	groups := []struct {
		bw string
		p  Proclitics
	}{
		{"", Proclitics{}},
		{"Al", Proclitics{Article: true}},
		{"bAl", Proclitics{Prep: 'b', Article: true}},
		{"ll", Proclitics{Prep: 'l', Article: true}},
		{"kAl", Proclitics{Prep: 'k', Article: true}},
		{"b", Proclitics{Prep: 'b'}},
		{"l", Proclitics{Prep: 'l'}},
		{"k", Proclitics{Prep: 'k'}},
		{"s", Proclitics{Future: true}},
		{"y", Proclitics{Verb: 'y'}},
		{"t", Proclitics{Verb: 't'}},
		{"n", Proclitics{Verb: 'n'}},
		{"A", Proclitics{Verb: 'A'}},
		{"sy", Proclitics{Future: true, Verb: 'y'}},
		{"st", Proclitics{Future: true, Verb: 't'}},
		{"sn", Proclitics{Future: true, Verb: 'n'}},
		{"ly", Proclitics{Prep: 'l', Verb: 'y'}},
		{"lt", Proclitics{Prep: 'l', Verb: 't'}},
		{"ln", Proclitics{Prep: 'l', Verb: 'n'}},
	}
	m := map[string]Proclitics{}
	for _, conj := range []string{"", "w", "f"} {
		for _, g := range groups {
			p := g.p
			if conj != "" {
				p.Conj = conj[0]
			}
			m[Buckwalter(conj+g.bw)] = p
		}
	}
	return m
}()

// MaxProclitics is the most letters a chain of proclitics has: wa- + bi- +
// al-.
const MaxProclitics = 4

// ParseProclitics analyses p, the folded letters written before a stem in
// one word, and reports whether they are a chain of proclitics at all.
func ParseProclitics(p string) (Proclitics, bool) {
	pc, ok := procliticChains[p]
	return pc, ok
}

// NounProclitics lists every chain of proclitics a noun or a name takes
// (no verb prefix), the empty chain first, then by length.
func NounProclitics() []string {
	var out []string
	for s, p := range procliticChains {
		if !p.Verbal() {
			out = append(out, s)
		}
	}
	sortByLength(out)
	return out
}

// sortByLength orders chains shortest first, then by their bytes, so
// callers building tables get the same order every run.
func sortByLength(s []string) {
	for i := 1; i < len(s); i++ {
		for j := i; j > 0 && (len(s[j]) < len(s[j-1]) || len(s[j]) == len(s[j-1]) && s[j] < s[j-1]); j-- {
			s[j], s[j-1] = s[j-1], s[j]
		}
	}
}

// Form is one written form of a listed word and how many bytes of
// proclitics open it before the evidence does.
type Form struct {
	Text string
	Skip int
}

// NounForms returns the forms a listed noun takes with proclitics, the
// word itself excluded: a conjunction, then (unless conjOnly, for words
// that take no preposition) bi-, li- or ka-, which merge with the
// word's article (bil-, lil-, kal-). Skip covers the conjunction and the
// preposition, except in lil-, where the preposition cannot be cut off
// the article.
func NounForms(w string, conjOnly bool) []Form {
	var out []Form
	stem, definite := strings.CutPrefix(w, article)
	for _, conj := range []string{"", Buckwalter("w"), Buckwalter("f")} {
		if conj != "" {
			out = append(out, Form{conj + w, len(conj)})
		}
		if conjOnly {
			continue
		}
		for _, prep := range []string{Buckwalter("b"), Buckwalter("l"), Buckwalter("k")} {
			if definite && prep == Buckwalter("l") {
				out = append(out, Form{conj + Buckwalter("ll") + stem, len(conj)})
				continue
			}
			out = append(out, Form{conj + prep + w, len(conj) + len(prep)})
		}
	}
	return out
}

// article is the folded definite article.
var article = Buckwalter("Al")

// CutArticle splits the article off a folded word (or the first word of a
// phrase) that has at least minStem letters after it, so that the forms
// where a preposition swallows the article's alef (lil-) are found from the
// stem.
func CutArticle(w string, minStem int) (stem string, ok bool) {
	rest, ok := strings.CutPrefix(w, article)
	first, _, _ := strings.Cut(rest, " ")
	if !ok || utf8.RuneCountInString(first) < minStem {
		return w, false
	}
	return rest, true
}

// Definite reports whether a stem written without its article carries it
// in proclitics p: al-, bil-, kal-, lil- — or a bare li- before a stem
// that starts with lam, where lil- + lam is written with two lams only.
func Definite(p Proclitics, stem string) bool {
	return p.Article || p.Prep == 'l' && !p.Verbal() && strings.HasPrefix(stem, Buckwalter("l"))
}

// StartsWithConjunction reports whether a folded word opens with the
// letter of wa- or fa-. It may be a root letter: callers use it where a
// conjunction is the likelier reading.
func StartsWithConjunction(w string) bool {
	return strings.HasPrefix(w, Buckwalter("w")) || strings.HasPrefix(w, Buckwalter("f"))
}

// StartsWithWa reports whether a folded word opens with the letter of wa-
// ("and"), which joins a word to the one before.
func StartsWithWa(w string) bool { return strings.HasPrefix(w, wa) }

// TrimWa cuts the letter of wa- ("and") off the front of a folded word.
func TrimWa(w string) string { return strings.TrimPrefix(w, wa) }

// StartsWithWal reports whether a folded word opens with wa- + li- or wa- +
// the article's lam: a joined noun phrase rather than a verb.
func StartsWithWal(w string) bool { return strings.HasPrefix(w, wal) }

// Wa is the letter of the conjunction wa- ("and").
var Wa = Buckwalter("w")

var wa, wal = Wa, Buckwalter("wl")

// pronounSuffixes are the folded endings a stem may carry: attached
// pronouns, verb person endings, sound plurals and duals, the feminine,
// and their combinations.
var pronounSuffixes = toSet(
	"", "h", "hA", "hm", "hmA", "hn", "k", "km", "y", "A", "wA", "wn", "yn", "An", "t", "tA", "n",
	"At", "Ah", "wh", "whA", "whm", "tm", "nA", "th", "thA", "thm", "yh", "yhA", "yhm", "AhA", "Ahm",
	"ty", "tyn", "tAn", "Athm", "Ath", "AthA", "yA")

// ObjectPronouns are the attached object pronouns a verb may end in
// (naffadhat-ha "carried it out"), folded, longest first.
func ObjectPronouns() []string {
	return []string{Buckwalter("hmA"), Buckwalter("hm"), Buckwalter("hA"), Buckwalter("h")}
}

// SuffixOK reports whether s, the folded letters of a word after a stem,
// are an ending the stem may carry.
func SuffixOK(s string) bool { return pronounSuffixes[s] }

// Declension are the endings a noun or adjective takes in news text:
// none, the sound masculine plural (both cases), the dual, the feminine,
// the feminine plural, the accusative, and the construct forms. A phrase's
// marked words all take the same one, the way adjectives agree with their
// noun.
var Declension = fromBuckwalter("", "wn", "yn", "An", "p", "At", "A", "w", "y")

// AdjectiveForms returns the forms a nisba adjective (one ending in ya)
// takes, from its masculine singular: itself, the feminine, the masculine
// plural in both cases and the feminine plural. Other words have only
// themselves.
func AdjectiveForms(masc string) []string {
	if !strings.HasSuffix(masc, Buckwalter("y")) {
		return []string{masc}
	}
	var out []string
	for _, end := range fromBuckwalter("", "p", "wn", "yn", "At") {
		out = append(out, masc+end)
	}
	return out
}

func toSet(bw ...string) map[string]bool {
	m := make(map[string]bool, len(bw))
	for _, s := range bw {
		m[Buckwalter(s)] = true
	}
	return m
}

func fromBuckwalter(bw ...string) []string {
	out := make([]string, len(bw))
	for i, s := range bw {
		out[i] = Buckwalter(s)
	}
	return out
}

// buckwalter maps the ASCII letters of Buckwalter's transliteration to
// Arabic letters (hamza forms, which folding unifies, as their folded
// letter).
var buckwalter = map[byte]rune{
	'\'': 0x0621, 'A': 0x0627, 'b': 0x0628, 'p': 0x0629, 't': 0x062A, 'v': 0x062B, 'j': 0x062C,
	'H': 0x062D, 'x': 0x062E, 'd': 0x062F, '*': 0x0630, 'r': 0x0631, 'z': 0x0632, 's': 0x0633,
	'$': 0x0634, 'S': 0x0635, 'D': 0x0636, 'T': 0x0637, 'Z': 0x0638, 'E': 0x0639, 'g': 0x063A,
	'f': 0x0641, 'q': 0x0642, 'k': 0x0643, 'l': 0x0644, 'm': 0x0645, 'n': 0x0646, 'h': 0x0647,
	'w': 0x0648, 'Y': 0x0649, 'y': 0x064A,
}

// Buckwalter spells a Buckwalter transliteration in Arabic letters. It is
// how code names the few Arabic letters grammar needs without writing
// Arabic in Go; it panics on a letter outside the table, a programming
// error.
func Buckwalter(bw string) string {
	var b strings.Builder
	for i := 0; i < len(bw); i++ {
		r, ok := buckwalter[bw[i]]
		if !ok {
			panic("arabic: no Buckwalter letter " + bw[i:i+1])
		}
		b.WriteRune(r)
	}
	return b.String()
}

// IsWordRune reports whether r is part of a word: a letter, a digit, a
// mark, or the apostrophe, which English words keep inside them
// ("Taliban's", "d'Ivoire"). Every matcher of rasd reads words with it.
func IsWordRune(r rune) bool {
	if r >= 0 && r < 0x700 {
		return wordRunes[r] // ASCII, Latin and the Arabic block: a table
	}
	return isWordRune(r)
}

var wordRunes = func() (t [0x700]bool) {
	for r := range t {
		t[r] = isWordRune(rune(r))
	}
	return t
}()

func isWordRune(r rune) bool {
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.IsMark(r) || r == '\''
}

// WordStart walks back from byte i of s to the first byte of the word i is
// in. An apostrophe starts a word going back: "al-'Adl" has a word at the
// letter after it.
func WordStart(s string, i int) int {
	for i > 0 {
		r, n := utf8.DecodeLastRuneInString(s[:i])
		if !IsWordRune(r) || r == '\'' {
			break
		}
		i -= n
	}
	return i
}

// WordEnd walks forward from byte i of s to the end of the word i is in.
func WordEnd(s string, i int) int {
	for i < len(s) {
		r, n := utf8.DecodeRuneInString(s[i:])
		if !IsWordRune(r) {
			break
		}
		i += n
	}
	return i
}

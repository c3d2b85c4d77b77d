package lexicon

import "strings"

// Arabic attaches conjunctions, prepositions, the article and verb prefixes
// to the front of a word, and pronouns and inflections to its end. Lexicons
// list stems; these rules decide whether the letters around a stem inside
// one written word are such affixes, so "وبطرابلس", "لاغتيال" and "قتلوه"
// match "طرابلس", "اغتيال" and "قتل" without listing every form.

// arabicPrefixes are the folded front parts a stem may carry, longest first
// within each conjunction-free group; a conjunction (و or ف) may precede any.
var arabicPrefixes = []string{
	"", "ال", "بال", "لل", "كال", "ب", "ل", "ك", "س",
	"ي", "ت", "ن", "ا", "سي", "ست", "سن", "لي", "لت", "لن",
}

// arabicSuffixes are the folded end parts a stem may carry.
var arabicSuffixes = map[string]bool{
	"": true, "ه": true, "ها": true, "هم": true, "هما": true, "هن": true, "ك": true, "كم": true,
	"ي": true, "ا": true, "وا": true, "ون": true, "ين": true, "ان": true, "ت": true, "تا": true, "ن": true,
	"ات": true, "اه": true, "وه": true, "وها": true, "وهم": true, "تم": true, "نا": true, "ته": true, "تها": true,
	"تهم": true, "يه": true, "يها": true, "يهم": true, "اها": true, "اهم": true, "تي": true, "تين": true, "تان": true,
	"اتهم": true, "اته": true, "اتها": true, "يا": true,
}

// ArabicPrefixOK reports whether p (the letters of a word before a stem) is
// a valid chain of Arabic proclitics: an optional و or ف, then one of the
// prepositions, the article or a verb prefix.
func ArabicPrefixOK(p string, allowVerb bool) bool {
	if p == "" {
		return true
	}
	if rest, ok := strings.CutPrefix(p, "و"); ok {
		p = rest
	} else if rest, ok := strings.CutPrefix(p, "ف"); ok {
		p = rest
	}
	for _, c := range arabicPrefixes {
		if p == c {
			if !allowVerb {
				switch c {
				case "ي", "ت", "ن", "ا", "سي", "ست", "سن", "لي", "لت", "لن", "س":
					return false
				}
			}
			return true
		}
	}
	return false
}

// ArabicSuffixOK reports whether s (the letters of a word after a stem) is a
// pronoun or inflection ending.
func ArabicSuffixOK(s string) bool { return arabicSuffixes[s] }

// englishSuffixes are the inflections a listed English word may carry when
// its lexicon entry ends in "*".
var englishSuffixes = map[string]bool{"": true, "s": true, "es": true, "ed": true, "d": true, "ing": true, "'s": true, "’s": true}

// EnglishSuffixOK reports whether s is an English inflection or possessive.
func EnglishSuffixOK(s string) bool { return englishSuffixes[s] }

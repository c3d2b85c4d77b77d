package actors

import (
	"fmt"
	"strings"
	"unicode/utf8"

	"rasd/events/arabic"
)

// Arabic glues conjunctions, prepositions and the article to the front of a
// name ("wa-l-Huthiyun", "li-Daesh", "bi-Tanzim al-Dawla", "lil-Huthiyin"),
// and declines the nouns of generic phrases ("musallahun majhulun",
// "musallahin majhulin", unknown gunmen). The table
// lists each name once; the rules below produce the written forms, so that
// a lexicon maintainer never lists "wa-Daesh" or "li-Daesh".

// expand returns the written forms of one table alias: itself, or one form
// per ending when words carry the "+" mark.
func expand(alias string) []string {
	words := strings.Fields(alias)
	marked := false
	for _, w := range words {
		marked = marked || strings.HasSuffix(w, "+")
	}
	if !marked {
		return []string{strings.Join(words, " ")}
	}
	forms := make([]string, 0, len(arabic.Declension))
	for _, end := range arabic.Declension {
		out := make([]string, len(words))
		for i, w := range words {
			if stem, ok := strings.CutSuffix(w, "+"); ok {
				w = stem + end
			}
			out[i] = w
		}
		forms = append(forms, strings.Join(out, " "))
	}
	return forms
}

// normalize folds a phrase the way Find folds text: arabic.Fold, a hyphen
// inside a word read as a space ("al-Shabaab" = "al Shabaab"), one space
// between words.
func normalize(s string) string {
	b := []byte(arabic.Fold(s))
	spaceHyphens(b)
	return strings.Join(strings.Fields(string(b)), " ")
}

// spaceHyphens turns, in place, every hyphen between two word characters
// and every tab or line break into a space, keeping byte offsets unchanged.
func spaceHyphens(b []byte) {
	for i, c := range b {
		switch c {
		case '\t', '\n', '\r', '\v', '\f':
			b[i] = ' '
		case '-':
			if i > 0 && i+1 < len(b) {
				before, _ := utf8.DecodeLastRune(b[:i])
				after, _ := utf8.DecodeRune(b[i+1:])
				if arabic.IsWordRune(before) && arabic.IsWordRune(after) {
					b[i] = ' '
				}
			}
		}
	}
}

// stripArticle splits the article off a folded Arabic alias's first word,
// so that the forms where a preposition swallows the article's alef are
// found too; a stem must keep two letters.
func stripArticle(folded string) (stem string, article bool) { return arabic.CutArticle(folded, 2) }

// arabicPrefixOK reports whether p, the letters written before a stem in the
// same word, are proclitics a name takes (no verb prefix). needArticle
// demands the article, for aliases written with it.
func arabicPrefixOK(p, stem string, needArticle bool) bool {
	pc, ok := arabic.ParseProclitics(p)
	if !ok || pc.Verbal() {
		return false
	}
	return !needArticle || arabic.Definite(pc, stem)
}

// checkScript catches aliases written in the wrong column, a common slip
// in a spreadsheet.
func checkScript(alias string, wantArabic bool) error {
	if strings.Contains(alias, "+") && !wantArabic {
		return fmt.Errorf("alias %q: the declension mark + is for Arabic words", alias)
	}
	if arabic.HasArabic(alias) != wantArabic {
		if wantArabic {
			return fmt.Errorf("alias %q is in the Arabic column but has no Arabic letter", alias)
		}
		return fmt.Errorf("alias %q is in the English column but has Arabic letters", alias)
	}
	return nil
}

package dates

import (
	"unicode"
	"unicode/utf8"

	"rasd/events/arabic"
)

// token is one word, number or separator of folded text that the date
// grammar knows. Words it does not know are not kept: idx numbers every token
// of the text, so the grammar still sees that "12 killed in March" has words
// between "12" and "March".
type token struct {
	start, end int32 // byte range in the folded text
	idx        int32 // position among all tokens of the text
	kind       kind
	skip       uint8 // bytes of proclitics before the word proper
	aux        uint8
	val        int16
}

// tokenize splits folded text into the tokens the grammar knows, appending
// to toks (so callers can reuse a buffer). It looks each word up once in the
// lexicon; that single pass is the whole cost of Find on text without dates.
func (lx *Lexicon) tokenize(text string, toks []token) []token {
	idx := int32(0)
	for i := 0; i < len(text); {
		c := text[i]
		switch {
		case c == ' ' || c == '\t' || c == '\r':
			i++
			continue
		case '0' <= c && c <= '9':
			j := i
			v := 0
			for j < len(text) && '0' <= text[j] && text[j] <= '9' {
				if j-i < 9 {
					v = v*10 + int(text[j]-'0')
				}
				j++
			}
			toks = append(toks, token{start: int32(i), end: int32(j), idx: idx, kind: kNum, val: int16(min(v, 32767)), aux: uint8(min(j-i, 255))})
			idx++
			i = j
			continue
		case c < utf8.RuneSelf && !isASCIILetter(c):
			if m := lx.ascii[c]; m.as != 0 {
				toks = append(toks, token{start: int32(i), end: int32(i + 1), idx: idx, kind: kPunct, val: int16(m.as)})
			}
			idx++
			i++
			continue
		}
		// a word: a run of letters
		j := i
		for j < len(text) {
			c := text[j]
			if c < utf8.RuneSelf {
				if !isASCIILetter(c) {
					break
				}
				j++
				continue
			}
			if c >= 0xD8 && c <= 0xDB && j+1 < len(text) { // U+0600..U+06FF, two bytes
				if !arabic.IsArabicLetter(rune(c&0x1F)<<6 | rune(text[j+1]&0x3F)) {
					break
				}
				j += 2
				continue
			}
			r, n := utf8.DecodeRuneInString(text[j:])
			if !arabic.IsArabicLetter(r) && !unicode.IsLetter(r) {
				break
			}
			j += n
		}
		if j == i { // a non-letter symbol outside ASCII
			r, n := utf8.DecodeRuneInString(text[i:])
			if m := lx.mark(r); m.as != 0 {
				toks = append(toks, token{start: int32(i), end: int32(i + n), idx: idx, kind: kPunct, val: int16(m.as)})
			}
			idx++
			i += n
			continue
		}
		if e, ok := lx.lookup(text[i:j]); ok {
			toks = append(toks, token{start: int32(i), end: int32(j), idx: idx, kind: e.kind, val: e.val, aux: e.aux, skip: e.skip})
		}
		idx++
		i = j
	}
	return toks
}

func isASCIILetter(c byte) bool { return 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' }

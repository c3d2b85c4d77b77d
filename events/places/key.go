package places

import (
	"slices"
	"strings"
	"sync"
	"unicode"
	"unicode/utf8"

	"golang.org/x/text/unicode/norm"

	"rasd/events/arabic"
)

// Names and text are matched as keys: one byte per rune of folded text, with
// the Arabic letters on codes 1–29, Latin letters as ASCII a–z (accents
// dropped), separators (space, hyphen, apostrophe) as ' ', and everything
// else as keyBreak, which no name contains. One byte per letter keeps the
// name tries small: an Arabic letter is one node, not two, and with at most
// 31 distinct bytes per script their first levels have dense 32-wide rows.
const (
	keySep   = ' '
	keyBreak = 0x7f
	keyDigit = 0x7e
)

// arabicLetters are the 29 letters arabic.Fold leaves, in key order (code
// = index+1): hamza, alef, then beh to ghain and feh to yeh in Unicode
// order (U+0621, U+0627–U+063A without teh marbuta, U+0641–U+064A without
// alef maqsura: folding writes those two as heh and yeh). They are spelled
// in Buckwalter's transliteration, the one way code names Arabic letters.
var arabicLetters = []rune(arabic.Buckwalter("'AbtvjHxd*rzs$SDTZEgfqklmnhwy"))

var arabicKey = func() map[rune]byte {
	m := map[rune]byte{}
	for i, r := range arabicLetters {
		m[r] = byte(i + 1)
	}
	// Persian, Urdu and Maghrebi letters fold to the nearest Arabic one
	// (given in Buckwalter's transliteration), as Arabic writers spell the
	// names of those countries.
	for from, to := range map[rune]string{
		'\u067E': "b", // peh
		'\u0686': "j", // tcheh
		'\u0698': "z", // jeh
		'\u06AF': "k", // gaf
		'\u06A4': "f", // veh
		'\u06A8': "q", // qaf with three dots above (Maghrebi g)
		'\u0679': "t", // tteh
		'\u0688': "d", // ddal
		'\u0691': "r", // rreh
		'\u06BA': "n", // noon ghunna
		'\u06BE': "h", // heh doachashmee
		'\u06C1': "h", // heh goal
		'\u06C3': "h", // teh marbuta goal
		'\u06D2': "y", // yeh barree
		'\u06C0': "h", // heh with yeh above
		'\u06AD': "k", // ng (Maghrebi g)
		'\u066F': "q", // dotless qaf
	} {
		r, _ := utf8.DecodeRuneInString(arabic.Buckwalter(to))
		m[from] = m[r]
	}
	return m
}()

// arabicKeyTable is arabicKey for the Arabic block, for speed.
var arabicKeyTable = func() [0x100]byte {
	var t [0x100]byte
	for i := range t {
		t[i] = keyBreak
	}
	for r, b := range arabicKey {
		if r >= 0x600 && r < 0x700 {
			t[r-0x600] = b
		}
	}
	return t
}()

// keyRune maps one folded rune to its key byte.
func keyRune(r rune) byte {
	switch {
	case r >= 'a' && r <= 'z':
		return byte(r)
	case r >= 'A' && r <= 'Z':
		return byte(r + 'a' - 'A')
	case r == ' ' || r == '-' || r == '\'' || r == '`' || r == '\t' || r == 'ʻ' || r == 'ʿ' || r == 'ʾ' || r == '‐':
		return keySep
	case r >= '0' && r <= '9':
		return keyDigit
	case r < utf8.RuneSelf:
		return keyBreak
	}
	if r >= 0x600 && r < 0x700 {
		return arabicKeyTable[r-0x600]
	}
	if r < 0x250 {
		return latinKey[r-utf8.RuneSelf]
	}
	return keyBreak
}

// latinKey maps the Latin letters with diacritics (U+0080–U+024F) to their
// base letter (Culiacán → culiacan), keyBreak for the rest of the block.
var latinKey = func() [0x250 - utf8.RuneSelf]byte {
	var t [0x250 - utf8.RuneSelf]byte
	extra := map[rune]byte{'ß': 's', 'ø': 'o', 'Ø': 'o', 'đ': 'd', 'Đ': 'd', 'ł': 'l', 'Ł': 'l', 'ı': 'i', 'æ': 'a', 'Æ': 'a', 'ħ': 'h', 'Ħ': 'h'}
	for r := rune(utf8.RuneSelf); r < 0x250; r++ {
		t[r-utf8.RuneSelf] = keyBreak
		if !unicode.IsLetter(r) {
			continue
		}
		if b, ok := extra[r]; ok {
			t[r-utf8.RuneSelf] = b
			continue
		}
		d := norm.NFD.String(string(r))
		if c := d[0]; (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') {
			t[r-utf8.RuneSelf] = c | 0x20
		}
	}
	return t
}()

// isArabicKey reports whether key byte b is an Arabic letter.
func isArabicKey(b byte) bool { return b >= 1 && b <= 29 }

// isLatinKey reports whether key byte b is a Latin letter.
func isLatinKey(b byte) bool { return b >= 'a' && b <= 'z' }

// isLetterKey reports whether key byte b is a letter of either script.
func isLetterKey(b byte) bool { return isArabicKey(b) || isLatinKey(b) }

// Key encodes a name (already folded or not) as a key: runs of separators
// collapse to one and the ends are trimmed. It returns "" when the name has a
// character no name may have (digits, punctuation) or mixes scripts.
func Key(folded string) string {
	out := make([]byte, 0, len(folded))
	var arabic, latin bool
	for _, r := range folded {
		b := keyRune(r)
		switch {
		case b == keyBreak || b == keyDigit:
			return ""
		case b == keySep:
			if len(out) > 0 && out[len(out)-1] != keySep {
				out = append(out, keySep)
			}
			continue
		case isArabicKey(b):
			arabic = true
		default:
			latin = true
		}
		out = append(out, b)
	}
	if arabic && latin {
		return ""
	}
	for len(out) > 0 && out[len(out)-1] == keySep {
		out = out[:len(out)-1]
	}
	return string(out)
}

// keyText is a text as keys: key[i] is the key of the i-th rune that
// folding keeps (diacritics and tatweel are dropped), and cp[i] that rune's
// code-point offset in the original text (cp[len(key)] is the text's length
// in code points). Keys are made straight from the original text through
// arabic.FoldRune: no folded copy is built.
type keyText struct {
	key []byte
	cp  []int32
}

// foldedKeys caches keyRune(arabic.FoldRune(r)) for ASCII, Latin and the
// Arabic block, 0 where folding drops the rune (no key is 0).
const foldedKeysEnd = 0x700

var foldedKeys = func() (t [foldedKeysEnd]byte) {
	for r := range rune(foldedKeysEnd) {
		if f := arabic.FoldRune(r); f >= 0 {
			t[r] = keyRune(f)
		}
	}
	return t
}()

// keyTexts recycles keyText buffers: a text's keys live only as long as
// the Find that made them, and every report needs a few kilobytes of them.
var keyTexts = sync.Pool{New: func() any { return new(keyText) }}

// newKeyText makes the keys of text in recycled buffers; release gives
// them back.
func newKeyText(text string) *keyText {
	k := keyTexts.Get().(*keyText)
	k.key = slices.Grow(k.key[:0], len(text))
	k.cp = slices.Grow(k.cp[:0], len(text)+1)
	cp := int32(0)
	for i := 0; i < len(text); {
		r, n := arabic.DecodeRune(text, i)
		i += n
		var b byte
		if r < foldedKeysEnd {
			b = foldedKeys[r]
		} else if f := arabic.FoldRune(r); f >= 0 {
			b = keyRune(f)
		}
		if b == 0 {
			cp++ // folding drops the rune (a diacritic, tatweel)
			continue
		}
		k.key = append(k.key, b)
		k.cp = append(k.cp, cp)
		cp++
	}
	k.cp = append(k.cp, cp)
	return k
}

// release returns k's buffers for reuse, unless a very long text made them
// too big to keep.
func (k *keyText) release() {
	if cap(k.cp) <= 1<<20 {
		keyTexts.Put(k)
	}
}

// span returns the code-point range of keys [s, e).
func (k *keyText) span(s, e int) (int, int) {
	if s >= e {
		return int(k.cp[s]), int(k.cp[s])
	}
	return int(k.cp[s]), int(k.cp[e-1]) + 1
}

// keyString spells keys as letters (for messages and the Prefix field).
func keyString(k []byte) string {
	var b strings.Builder
	for _, c := range k {
		if isArabicKey(c) {
			b.WriteRune(arabicLetters[c-1])
		} else {
			b.WriteByte(c)
		}
	}
	return b.String()
}

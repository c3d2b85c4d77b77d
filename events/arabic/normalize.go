// Package arabic folds Arabic (and Latin) text to one comparable form, so that
// lexicons, gazetteer names and search queries match whatever spelling a
// writer chose: with or without diacritics and tatweel, any alef or yaa form,
// taa marbuta or haa, Arabic-Indic or ASCII digits.
//
// Folding is rune-for-rune or deletion only, never insertion, so every
// position in folded text maps back to a position in the original; that is
// what lets the coder cite the exact words it read a field from.
package arabic

import (
	"sync"
	"unicode"
	"unicode/utf8"
	"unsafe"
)

// IsDiacritic reports whether r is an Arabic mark that writers add or omit at
// will (harakat, shadda, sukun, superscript alef, Quranic marks) or the
// tatweel used to stretch words.
func IsDiacritic(r rune) bool {
	switch {
	case r >= 0x064B && r <= 0x065F, r == 0x0670, r >= 0x0610 && r <= 0x061A,
		r >= 0x06D6 && r <= 0x06DC, r >= 0x06DF && r <= 0x06E8, r >= 0x06EA && r <= 0x06ED,
		r == 0x0640: // tatweel
		return true
	}
	return false
}

// arabicBlock caches foldRune for U+0600–U+06FF, the runes Arabic text is
// made of: folding is on every path of the coder.
var arabicBlock = func() (t [0x100]rune) {
	for i := range t {
		t[i] = foldRune(rune(0x600 + i))
	}
	return t
}()

// FoldRune maps one rune to its folded form, or -1 when the rune is dropped.
func FoldRune(r rune) rune {
	if r < utf8.RuneSelf {
		if 'A' <= r && r <= 'Z' {
			return r + ('a' - 'A')
		}
		return r
	}
	if r >= 0x600 && r <= 0x6FF {
		return arabicBlock[r-0x600]
	}
	return foldRune(r)
}

func foldRune(r rune) rune {
	if IsDiacritic(r) {
		return -1
	}
	switch r {
	case '\u0623', '\u0625', '\u0622', '\u0671', '\u0672', '\u0673': // alef with hamza above or below, madda, wasla, wavy hamzas
		return '\u0627' // alef
	case '\u0649', '\u06CC', '\u06D0': // alef maksura, Farsi yeh, yeh with two dots below
		return '\u064A' // yeh
	case '\u0629': // taa marbuta
		return '\u0647' // heh
	case '\u0624': // waw with hamza
		return '\u0648' // waw
	case '\u0626': // yeh with hamza
		return '\u064A' // yeh
	case '\u06A9': // keheh (Persian kaf)
		return '\u0643' // kaf
	case '\u200c', '\u200d', '\u200e', '\u200f', '\ufeff', '\u00ad':
		return -1
	case '\u00a0', '\u2009', '\u202f':
		return ' '
	case '’', '‘', 'ʼ':
		return '\''
	case '“', '”', '«', '»':
		return '"'
	case '–', '—':
		return '-'
	}
	if r >= '\u0660' && r <= '\u0669' { // Arabic-Indic digits
		return '0' + (r - '\u0660')
	}
	if r >= '\u06F0' && r <= '\u06F9' { // extended (Persian) Arabic-Indic digits
		return '0' + (r - '\u06F0')
	}
	return unicode.ToLower(r)
}

// Fold returns s folded for matching: Arabic letter variants unified,
// diacritics and tatweel removed, digits made ASCII, Latin lower-cased.
func Fold(s string) string {
	b := make([]byte, 0, len(s))
	for _, r := range s {
		if f := FoldRune(r); f >= 0 {
			b = utf8.AppendRune(b, f)
		}
	}
	return string(b)
}

// Folded is text folded for matching that remembers where each byte came
// from in the original.
type Folded struct {
	// Text is the folded text.
	Text string
	// pos[i] is the code-point offset in the original text of the rune that
	// produced byte i of Text; pos[len(Text)] is the original's length in
	// code points.
	pos []int32
	// src is the original text and at[cp] the byte offset of its code
	// point cp (at[len] = len(src)), for citing the original words.
	src string
	at  []int32
}

// DecodeRune is utf8.DecodeRuneInString(s[i:]) with the one- and two-byte
// runes Arabic and English text are made of decoded inline: every pass of
// the coder over a report reads runes.
func DecodeRune(s string, i int) (rune, int) {
	c := s[i]
	if c < utf8.RuneSelf {
		return rune(c), 1
	}
	if c >= 0xC2 && c <= 0xDF && i+1 < len(s) && s[i+1]&0xC0 == 0x80 {
		return rune(c&0x1F)<<6 | rune(s[i+1]&0x3F), 2
	}
	return utf8.DecodeRuneInString(s[i:])
}

// FoldText folds s and keeps the map back to s, for citing evidence. It is
// the first pass over every report, so it decodes the one- and two-byte
// runes Arabic and English text are made of itself.
func FoldText(s string) Folded {
	// folding keeps the length of a rune's UTF-8 form or shortens it (an
	// invalid byte, read as U+FFFD, is the exception): b and pos get len(s)
	// bytes to start with, at one entry per rune
	b := make([]byte, len(s))
	pos, at := offsetBuffers(len(s) + 1)
	k, cp := 0, int32(0)
	for i := 0; i < len(s); {
		r, n := DecodeRune(s, i)
		at[cp] = int32(i)
		switch f := FoldRune(r); {
		case f < 0:
		case f < utf8.RuneSelf:
			b[k], pos[k] = byte(f), cp
			k++
		case f < 0x800:
			b[k], b[k+1] = byte(0xC0|f>>6), byte(0x80|f&0x3F)
			pos[k], pos[k+1] = cp, cp
			k += 2
		default:
			var enc [utf8.UTFMax]byte
			w := utf8.EncodeRune(enc[:], f)
			if need := k + w + len(s) - (i + n); need > len(b) {
				// an invalid byte reads as U+FFFD, three bytes long: room
				// for it and for the rest of s
				b = append(b, make([]byte, need-len(b))...)
				pos = append(pos, make([]int32, need+1-len(pos))...)
			}
			for j := range w {
				b[k+j], pos[k+j] = enc[j], cp
			}
			k += w
		}
		i += n
		cp++
	}
	pos[k] = cp
	at[cp] = int32(len(s))
	// b is never written again: the text shares its bytes
	return Folded{Text: unsafe.String(unsafe.SliceData(b), k), pos: pos[:k+1], src: s, at: at[:cp+1]}
}

// offsets recycles the offset tables of released Folded texts.
var offsets sync.Pool

type offsetTables struct{ pos, at []int32 }

// offsetBuffers returns two tables of n entries, recycled when it can.
func offsetBuffers(n int) (pos, at []int32) {
	if t, ok := offsets.Get().(*offsetTables); ok && cap(t.pos) >= n && cap(t.at) >= n {
		return t.pos[:n], t.at[:n]
	}
	return make([]int32, n), make([]int32, n)
}

// Release gives the offset tables of f, a FoldText result, back for the
// next FoldText; f, and every Slice of it, must not be used after. Callers
// that fold many texts (the coder folds every report) save the garbage
// collector the work.
func (f Folded) Release() {
	if cap(f.pos) > 0 && cap(f.pos) <= 1<<22 {
		offsets.Put(&offsetTables{pos: f.pos[:0], at: f.at[:0]})
	}
}

// Source returns the original text between code points s and e.
func (f Folded) Source(s, e int) string {
	s, e = max(0, min(s, len(f.at)-1)), max(0, min(e, len(f.at)-1))
	if e < s {
		return ""
	}
	return f.src[f.at[s]:f.at[e]]
}

// Original maps the folded byte range [start, end) to code-point offsets of
// the original text and the original words there, for evidence.
func (f Folded) Original(start, end int) (int, int, string) {
	s, e := f.Span(start, end)
	return s, e, f.Source(s, e)
}

// Span maps the byte range [start, end) of the folded text to the code-point
// range in the original text, the form evidence offsets take.
func (f Folded) Span(start, end int) (int, int) {
	if start < 0 {
		start = 0
	}
	if end > len(f.Text) {
		end = len(f.Text)
	}
	if start >= end {
		p := int(f.pos[start])
		return p, p
	}
	// the end is one past the rune that produced byte end-1
	return int(f.pos[start]), int(f.pos[end-1]) + 1
}

// IsArabicLetter reports whether r is a letter of the Arabic script.
func IsArabicLetter(r rune) bool {
	return (r >= 0x0620 && r <= 0x064A) || (r >= 0x066E && r <= 0x06D3) || (r >= 0x06FA && r <= 0x06FF) ||
		(r >= 0x0750 && r <= 0x077F) || (r >= 0xFB50 && r <= 0xFDFF) || (r >= 0xFE70 && r <= 0xFEFF)
}

// HasArabic reports whether s contains any Arabic letter; exporters use it to
// lay a cell out right to left.
func HasArabic(s string) bool {
	for _, r := range s {
		if r >= 0x0600 && IsArabicLetter(r) {
			return true
		}
	}
	return false
}

// ByteOf maps a code-point offset of the original text to the first byte of
// the folded text at or after it: the inverse of Span, for placing spans
// found in the original text (dates, places) among folded matches.
func (f Folded) ByteOf(cp int) int {
	lo, hi := 0, len(f.pos)-1
	for lo < hi {
		m := (lo + hi) / 2
		if int(f.pos[m]) < cp {
			lo = m + 1
		} else {
			hi = m
		}
	}
	return lo
}

// Slice returns the part of f between folded bytes start and end, with
// its offsets still those of the whole original text: finders can read a
// few sentences of a report and cite positions in all of it.
func (f Folded) Slice(start, end int) Folded {
	start = max(0, min(start, len(f.Text)))
	end = max(start, min(end, len(f.Text)))
	return Folded{Text: f.Text[start:end], pos: f.pos[start : end+1], src: f.src, at: f.at}
}

// WithText returns f with its text replaced by t, which must have the same
// length in bytes and keep every byte where it was (some runs blanked with
// spaces, say): offsets map back as before.
func (f Folded) WithText(t string) Folded {
	if len(t) != len(f.Text) {
		panic("arabic: WithText needs a text of the same length")
	}
	return Folded{Text: t, pos: f.pos, src: f.src, at: f.at}
}

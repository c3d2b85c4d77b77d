package reader

import (
	"unicode"

	"github.com/saintfish/chardet"
	"golang.org/x/text/encoding/charmap"
	"unicode/utf8"
)

// legacyCharsets are the pre-Unicode encodings of Arabic text rasd reads,
// in the order preferred when both read the bytes equally well: Windows-1256
// is by far the more common on the web and in office exports.
var legacyCharsets = []*charmap.Charmap{charmap.Windows1256, charmap.ISO8859_6}

// arabicShareMin is the share of non-ASCII characters that must be Arabic
// for bytes to count as Arabic legacy text. Real Arabic text in either
// encoding scores near 1; Latin-1 text scores near 0; random high bytes
// land around one half, since half the Windows-1256 table is Arabic.
const arabicShareMin = 0.8

// decodeLegacy reads bytes that are not UTF-8 as Windows-1256 or
// ISO-8859-6, whichever yields more plausible Arabic. The two tables share
// the first 22 letters, so a short text may read the same in both (and then
// either is right); they part at common letters (ain, fa, qaf, lam, yeh), where the wrong
// table gives an undefined code, a Latin letter or a vowel mark. A tie goes
// to Windows-1256. When neither reading is Arabic, chardet names its guess
// in the error, so the user knows what to convert from; it is not asked to
// choose between the two Arabic tables, where its short-text guesses are
// less reliable than the letters themselves.
func decodeLegacy(data []byte) (string, error) {
	if i := controlIndex(data); i >= 0 {
		return "", binaryError(i)
	}
	best, bestScore, bestShare := "", 0, 0.0
	for _, cs := range legacyCharsets {
		b, err := cs.NewDecoder().Bytes(data)
		if err != nil {
			continue
		}
		s := string(b)
		score, share := arabicScore(s)
		if best == "" || score > bestScore {
			best, bestScore, bestShare = s, score, share
		}
	}
	if best == "" || bestShare < arabicShareMin {
		return "", notArabicError(data)
	}
	return best, nil
}

// arabicScore rates a decoding: +1 for every Arabic letter (not vowel
// marks: the wrong table turns common letters into marks), -2 for a Latin
// letter from the upper half of the table, -4 for an undefined code
// (U+FFFD), a C1 control code, or an Arabic character touching an ASCII
// letter: Arabic words are never glued to Latin ones, but Latin-1 accents
// read as ISO-8859-6 turn into Arabic letters inside Latin words (é reads
// as alef maksura). share is the part of non-ASCII characters that are Arabic and
// stand apart from Latin letters.
func arabicScore(s string) (score int, share float64) {
	rs := []rune(s)
	asciiLetter := func(i int) bool {
		return i >= 0 && i < len(rs) && rs[i] < 0x80 && unicode.IsLetter(rs[i])
	}
	arabic, high := 0, 0
	for i, r := range rs {
		if r < 0x80 {
			continue
		}
		high++
		switch {
		case r == unicode.ReplacementChar || r <= 0x9F:
			score -= 4
		case isArabic(r) && (asciiLetter(i-1) || asciiLetter(i+1)):
			score -= 4
		case isArabic(r):
			arabic++
			if unicode.IsLetter(r) {
				score++
			}
		case r >= 0xC0 && r <= 0xFF && unicode.IsLetter(r):
			score -= 2
		}
	}
	if high == 0 {
		return score, 0
	}
	return score, float64(arabic) / float64(high)
}

func notArabicError(data []byte) error {
	if good, bad := mixedUTF8(data); good >= 0 && bad >= 0 {
		return problemf(ErrEncoding, "the text mixes UTF-8 (Arabic at line %d) with bytes of another encoding (line %d): "+
			"it was probably put together from files in different encodings; convert each part to UTF-8 (for Windows-1256 "+
			"Arabic: iconv -f windows-1256 -t UTF-8) before joining them", lineAt(data, good), lineAt(data, bad))
	}
	guess := ""
	if all, err := chardet.NewTextDetector().DetectAll(data); err == nil && len(all) > 0 {
		// the detectors run concurrently and ties come back in any order:
		// the best confidence wins, then the charset's name, so the same
		// bytes always get the same advice
		best := all[0]
		for _, r := range all[1:] {
			if r.Confidence > best.Confidence || (r.Confidence == best.Confidence && r.Charset < best.Charset) {
				best = r
			}
		}
		guess = best.Charset
	}
	if guess == "" || guess == "UTF-8" {
		return problemf(ErrEncoding, "the text is neither UTF-8 nor Arabic in Windows-1256 or ISO-8859-6: convert it to UTF-8")
	}
	return problemf(ErrEncoding, "the text is neither UTF-8 nor Arabic in Windows-1256 or ISO-8859-6 (it may be %s): convert it to UTF-8, e.g. iconv -f %s -t UTF-8", guess, guess)
}

// mixedUTF8 returns the offset of the first valid UTF-8 Arabic letter and
// of the first byte that is not UTF-8 when a text has both (-1 otherwise):
// a file pasted together from UTF-8 and legacy parts.
func mixedUTF8(data []byte) (good, bad int) {
	good, bad = -1, -1
	for i := 0; i < len(data) && (good < 0 || bad < 0); {
		r, n := utf8.DecodeRune(data[i:])
		switch {
		case r == utf8.RuneError && n == 1:
			if bad < 0 {
				bad = i
			}
		case n > 1 && r >= 0x0600 && r <= 0x06FF && good < 0:
			good = i
		}
		i += n
	}
	if good < 0 || bad < 0 {
		return -1, -1
	}
	return good, bad
}

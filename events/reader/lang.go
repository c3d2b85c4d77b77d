package reader

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// langSample bounds how much text DetectLang looks at: the opening of a
// report settles its language, and ingest speed must not depend on length.
const langSample = 16 << 10

// DetectLang says "ar" when Arabic letters make up at least 40% of the
// letters in text, "en" when there are other letters, and "" when there
// are none. The share is below one half because Arabic reports quote Latin
// names, acronyms and URLs, while English reports rarely quote Arabic
// script. rasd codes Arabic and English only, so any other script is "en".
func DetectLang(text string) string {
	if len(text) > langSample {
		text = text[:langSample]
	}
	letters, arabic := 0, 0
	for _, r := range text {
		switch {
		case r < utf8.RuneSelf:
			if 'a' <= r|0x20 && r|0x20 <= 'z' {
				letters++
			}
		case r < letterTableEnd:
			if letterTable[r] {
				letters++
				if r >= 0x600 {
					arabic++
				}
			}
		case unicode.IsLetter(r):
			letters++
			if isArabic(r) {
				arabic++
			}
		}
	}
	switch {
	case letters == 0:
		return ""
	case arabic*10 >= letters*4:
		return "ar"
	default:
		return "en"
	}
}

// letterTable caches unicode.IsLetter for Latin and the basic Arabic
// block, where report text lives.
const letterTableEnd = 0x700

var letterTable = func() (t [letterTableEnd]bool) {
	for r := range rune(letterTableEnd) {
		t[r] = unicode.IsLetter(r)
	}
	return t
}()

// isArabic reports whether r is in one of the Arabic blocks (basic,
// supplement, extended-A and the presentation forms legacy text uses).
func isArabic(r rune) bool {
	return (r >= 0x0600 && r <= 0x06FF) || (r >= 0x0750 && r <= 0x077F) ||
		(r >= 0x08A0 && r <= 0x08FF) || (r >= 0xFB50 && r <= 0xFDFF) ||
		(r >= 0xFE70 && r <= 0xFEFF)
}

// normLang reduces a declared language to its primary tag, so "ar-LY",
// "AR", "ar_EG" and "Arabic" all read as "ar". Unknown languages pass
// through lowercased: the coder, not the reader, decides what it codes.
func normLang(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "-_"); i > 0 {
		s = s[:i]
	}
	switch s {
	case "arabic", "ara", "arb", "عربي", "العربية":
		return "ar"
	case "english", "eng":
		return "en"
	}
	return s
}

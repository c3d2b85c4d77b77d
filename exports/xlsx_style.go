package exports

import (
	"unicode"
	"unicode/utf8"

	"github.com/xuri/excelize/v2"
)

// xlsxStyles are the cell styles a workbook uses, registered once per file:
// excelize's NewStyle scans every existing style for a duplicate, far too
// slow to call per cell.
type xlsxStyles struct {
	header int // bold on grey, for the header rows of every sheet
	date   int // yyyy-mm-dd, whatever the reader's locale (built-in format 14 is locale-dependent)
	coord  int // 0.0000, ACLED's 4 decimals
	score  int // 0.00 for confidence
	rtl    int // right-aligned, right-to-left reading order, for Arabic text
	wrap   int // wrapped text, for the codebook's descriptions
}

func newXLSXStyles(f *excelize.File) (*xlsxStyles, error) {
	dateFmt, coordFmt, scoreFmt := "yyyy-mm-dd", "0.0000", "0.00"
	st := &xlsxStyles{}
	for _, s := range []struct {
		id    *int
		style *excelize.Style
	}{
		{&st.header, &excelize.Style{
			Font:      &excelize.Font{Bold: true},
			Fill:      excelize.Fill{Type: "pattern", Pattern: 1, Color: []string{"D9E1F2"}},
			Border:    []excelize.Border{{Type: "bottom", Color: "8EA9DB", Style: 1}},
			Alignment: &excelize.Alignment{Vertical: "center"},
		}},
		{&st.date, &excelize.Style{CustomNumFmt: &dateFmt}},
		{&st.coord, &excelize.Style{CustomNumFmt: &coordFmt}},
		{&st.score, &excelize.Style{CustomNumFmt: &scoreFmt}},
		{&st.rtl, &excelize.Style{Alignment: &excelize.Alignment{Horizontal: "right", ReadingOrder: 2}}},
		{&st.wrap, &excelize.Style{Alignment: &excelize.Alignment{Vertical: "top", WrapText: true}}},
	} {
		id, err := f.NewStyle(s.style)
		if err != nil {
			return nil, err
		}
		*s.id = id
	}
	return st, nil
}

// rightToLeft reports whether text should be set right-to-left: its first
// letter is in the Arabic script. That is the rule Unicode's bidirectional
// algorithm uses for a paragraph's direction (the first strong character
// decides), so an English note quoting an Arabic name stays left-to-right
// and an Arabic place name is right-aligned. Latin text returns at its
// first letter without decoding runes.
func rightToLeft(s string) bool {
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if lower := c | 0x20; 'a' <= lower && lower <= 'z' {
				return false
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if unicode.IsLetter(r) {
			return unicode.Is(unicode.Arabic, r)
		}
		i += size
	}
	return false
}

package dates

import (
	"sync"
	"time"
	"unicode/utf8"

	"rasd/events/arabic"
)

// Find returns every date expression in text, in order, resolved against the
// publication date. Offsets are code points into text. With a zero published
// date, expressions are still found but only those written out in full
// (with a year) get a Date; the others are left zero, since rasd never
// invents a publication date.
func (lx *Lexicon) Find(text string, published time.Time) []Expr {
	return lx.FindFolded(arabic.FoldText(text), text, published)
}

// FindFolded is Find for a coder that has already folded the text: f must be
// arabic.FoldText(text). It saves folding the report twice.
func (lx *Lexicon) FindFolded(f arabic.Folded, text string, published time.Time) []Expr {
	buf := tokenPool.Get().(*[]token)
	defer tokenPool.Put(buf)
	*buf = lx.tokenize(f.Text, (*buf)[:0])
	var pub time.Time
	if !published.IsZero() {
		pub = dateOf(published)
	}
	p := parser{lx: lx, text: f.Text, toks: *buf, pub: pub, dateline: datelineEnd(f.Text)}
	p.order = p.reportOrder()
	var out []Expr
	cur := cursor{text: text}
	p.run(func(m match) {
		start := int(p.toks[m.first].start) + int(p.toks[m.first].skip)
		s, e := f.Span(start, int(p.toks[m.last].end))
		ex := Expr{Start: s, Date: m.date, Precision: m.prec, Flags: m.flags, Form: m.form}
		ex.Text, ex.End = cur.slice(s, e)
		if pub.IsZero() && !m.fixed {
			ex.Date = time.Time{}
		}
		if p.inDateline(m) {
			ex.Flags |= Dateline
		}
		out = append(out, ex)
	})
	return out
}

// datelineMax bounds, in bytes of folded text, how far into a report a
// dateline may reach.
const datelineMax = 160

// datelineEnd is the byte offset in folded text where the report's dateline
// ends: the first dash set off by spaces ("BENGHAZI, Feb 15 (Agency) - ",
// "TRIPOLI 12 maris (Agency) -" in Arabic) on the first line, near the
// start. It is 0
// when the report has no dateline.
func datelineEnd(folded string) int {
	for i := 1; i < len(folded) && i < datelineMax; i++ {
		switch folded[i] {
		case '\n':
			return 0
		case '-':
			if folded[i-1] == ' ' && i+1 < len(folded) && folded[i+1] == ' ' {
				return i
			}
		}
	}
	return 0
}

var tokenPool = sync.Pool{New: func() any { b := make([]token, 0, 256); return &b }}

// cursor maps increasing code-point offsets of the original text to bytes,
// walking the text once for all the expressions of a report.
type cursor struct {
	text string
	cp   int // code-point offset of byte
	byte int
}

// seek moves to code point cp. Expressions come in order, so it only ever
// walks forward, a byte at a time.
func (c *cursor) seek(cp int) {
	if cp < c.cp {
		c.cp, c.byte = 0, 0
	}
	for c.cp < cp && c.byte < len(c.text) {
		c.byte++
		for c.byte < len(c.text) && c.text[c.byte]&0xC0 == 0x80 { // continuation bytes
			c.byte++
		}
		c.cp++
	}
}

// slice returns the original text of code points [s, e), widened over the
// diacritics written after its last letter (amsi, with its kasra), and the
// widened end.
func (c *cursor) slice(s, e int) (string, int) {
	c.seek(s)
	from := c.byte
	c.seek(e)
	for c.byte < len(c.text) {
		r, n := utf8.DecodeRuneInString(c.text[c.byte:])
		if arabic.FoldRune(r) >= 0 {
			break
		}
		c.byte += n
		c.cp++
		e++
	}
	return c.text[from:c.byte], e
}

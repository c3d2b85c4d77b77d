package rules

import (
	"strings"
	"sync"
	"unicode/utf8"

	"context"
	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// doc is a report prepared for coding: folded once, split into paragraphs,
// sentences and clauses, with every lexicon's matches found in one pass each.
// Offsets are bytes of the folded text unless a name says otherwise.
type doc struct {
	// ctx bounds the work on the report (stop reads it); err is why it
	// stopped, once it has
	ctx       context.Context
	err       error
	lx        *Lexicons
	w         *Words // lx.Words
	folded    arabic.Folded
	text      string // folded text
	sentences []span
	triggers  []lexicon.Match
	cues      []lexicon.Match
	weapons   []lexicon.Match
	persons   []lexicon.Match
	numbers   []lexicon.Match
	// words[i] counts the words that start before byte i; wordsBetween
	// reads it in O(1).
	words []int32
	// countMemo keeps counts by span: victims, subjects and fatalities ask
	// for the same clause's groups many times
	countMemo map[[2]int][]count
	// prevClauses keeps, by candidate, the clause before its own (actors
	// read it for every mention)
	prevClauses map[*candidate]span
}

// span is a byte range of the folded text.
type span struct {
	start, end int
	// para is a sentence's paragraph (counted by line breaks, as the
	// blanking of paragraphs counts them); block is its paragraph as the
	// rules read it (setBlocks: long paragraphs are cut).
	para, block int
}

func (s span) contains(i int) bool { return s.start <= i && i < s.end }

func newDoc(text string, lx *Lexicons) *doc {
	d := &doc{lx: lx, w: lx.Words, folded: arabic.FoldText(text)}
	d.text = d.folded.Text
	d.sentences = d.splitSentences(d.text)
	if lx.all != nil {
		all := lx.all.FindAll(d.text)
		d.triggers, d.cues, d.weapons, d.persons, d.numbers = all[0], all[1], all[2], all[3], all[4]
	} else {
		d.triggers = lx.Triggers.FindAll(d.text)
		d.cues = lx.Cues.FindAll(d.text)
		d.weapons = lx.Weapons.FindAll(d.text)
		d.persons = lx.Persons.FindAll(d.text)
		d.numbers = lx.Numbers.FindAll(d.text)
	}
	d.indexWords()
	d.sentences = d.capSentences(d.sentences)
	d.setBlocks()
	return d
}

// maxSentenceWords bounds a sentence. Real news sentences stay well under
// it (the longest in rasd's real corpora has about 120 words); a run of
// text with no sentence end (a transcript, a page scraped without its
// punctuation) is cut into pieces of this many words, so the work the
// coder does around each trigger — its clause, its sentence — stays the
// same however long the report is.
const maxSentenceWords = 200

// capSentences cuts every sentence longer than maxSentenceWords at the
// word that starts its next maxSentenceWords words.
func (d *doc) capSentences(ss []span) []span {
	long := false
	for _, s := range ss {
		if int(d.words[s.end]-d.words[s.start]) > maxSentenceWords {
			long = true
			break
		}
	}
	if !long {
		return ss
	}
	out := make([]span, 0, len(ss))
	for _, s := range ss {
		start := s.start
		for i := s.start; i < s.end; i++ {
			// a word starts at byte i when the count goes up right after it
			if d.words[i+1] == d.words[i]+1 && int(d.words[i]-d.words[start]) >= maxSentenceWords {
				out = append(out, span{start: start, end: i, para: s.para})
				start = i
			}
		}
		out = append(out, span{start: start, end: s.end, para: s.para})
	}
	return out
}

// stopEvery is how many steps of a loop over a report's mentions run
// between two looks at the context: often enough to stop within a
// millisecond, rarely enough to cost nothing.
const stopEvery = 64

// stop reports whether the work on the report must stop (its context is
// done), looking at the context every stopEvery steps i.
func (d *doc) stop(i int) bool {
	if d.err == nil && i%stopEvery == 0 && d.ctx != nil {
		d.err = d.ctx.Err()
	}
	return d.err != nil
}

// wordTables recycles the word tables of released docs.
var wordTables sync.Pool

// release recycles the doc's tables once the report is coded.
func (d *doc) release() {
	d.folded.Release()
	if w := d.words[:0]; cap(w) <= 1<<22 {
		wordTables.Put(&w)
	}
}

func (d *doc) indexWords() {
	n := len(d.text)
	if w, ok := wordTables.Get().(*[]int32); ok && cap(*w) >= n+1 {
		d.words = (*w)[:n+1]
	} else {
		d.words = make([]int32, n+1)
	}
	count, prev := int32(0), false
	for i := 0; i < n; {
		r, size := arabic.DecodeRune(d.text, i)
		d.words[i] = count
		w := arabic.IsWordRune(r)
		if w && !prev {
			count++
		}
		prev = w
		for k := i + 1; k < i+size; k++ {
			d.words[k] = count // bytes inside the rune
		}
		i += size
	}
	d.words[n] = count
}

// sentenceOf returns the index of the sentence holding byte i.
func (d *doc) sentenceOf(i int) int {
	lo, hi := 0, len(d.sentences)
	for lo < hi {
		m := (lo + hi) / 2
		if d.sentences[m].end <= i {
			lo = m + 1
		} else {
			hi = m
		}
	}
	if lo >= len(d.sentences) {
		return len(d.sentences) - 1
	}
	return lo
}

// splitSentences cuts folded text at sentence ends: . ! ? and the Arabic
// question mark (U+061F), and line
// breaks (a paragraph ends a sentence too). A full stop between digits, or
// after a capital-letter abbreviation such as "U.S." or "Gen.", does not.
func (d *doc) splitSentences(t string) []span {
	var out []span
	start, para := 0, 0
	emit := func(end int) {
		if strings.TrimSpace(t[start:end]) != "" {
			out = append(out, span{start: start, end: end, para: para})
		}
		start = end
	}
	// every sentence end is ASCII or U+061F (D8 9F): bytes are enough,
	// since no byte of a multi-byte rune is ASCII; U+061F is found by its second
	// byte, as D8 starts most Arabic letters
	for i := 0; i < len(t); i++ {
		if !sentenceByte[t[i]] {
			continue
		}
		switch t[i] {
		case '\n':
			emit(i + 1)
			para++
		case '!', '?':
			emit(i + 1)
		case 0x9F:
			if i > 0 && t[i-1] == 0xD8 {
				emit(i + 1)
			}
		case '.':
			if !d.abbreviationDot(t, i) {
				emit(i + 1)
			}
		}
	}
	emit(len(t))
	return out
}

// sentenceByte marks the bytes splitSentences looks at.
var sentenceByte = [256]bool{'\n': true, '!': true, '?': true, '.': true, 0x9F: true}

// abbreviationDot reports whether the full stop at byte i ends a number's
// integer part, an initial or an abbreviation (words.tsv, lower-cased as
// the text is folded) rather than a sentence.
func (d *doc) abbreviationDot(t string, i int) bool {
	if i+1 < len(t) && isDigit(t[i+1]) && i > 0 && isDigit(t[i-1]) {
		return true // 3.5
	}
	j := i
	for j > 0 && t[j-1] >= 'a' && t[j-1] <= 'z' {
		j--
	}
	word := t[j:i]
	if word == "" {
		return false
	}
	if len(word) == 1 {
		return true // initials and U.S.
	}
	return d.w.has(setAbbreviation, word)
}

func isDigit(b byte) bool { return b >= '0' && b <= '9' }

// clauseBounds returns the clause around byte i inside sentence s: clauses
// are cut at commas and semicolons (Latin and Arabic), colons and dashes
// between spaces.
func (d *doc) clauseBounds(s span, i int) span {
	start, end := s.start, s.end
	for j := i - 1; j >= s.start; j-- {
		if d.clauseBreak(d.text, j) {
			// "nineteen people, including four women, were killed": an
			// aside of a part of the group before does not end the clause
			if k := d.prevBreak(j, s.start); k >= 0 && d.wordsBetween(k+1, j) <= 4 && d.subsetAside(k+1, j) {
				j = k
				continue
			}
			start = j + 1
			break
		}
	}
	for j := i; j < s.end; j++ {
		if d.clauseBreak(d.text, j) {
			// "they killed, on Tuesday evening, two members": a short aside between two
			// commas does not end the clause
			if k := d.nextBreak(j+1, s.end); k > 0 && (d.wordsBetween(j+1, k) <= 3 && d.dateAside(j+1, k) || d.wordsBetween(j+1, k) <= 4 && d.subsetAside(j+1, k)) {
				j = k
				continue
			}
			end = j
			break
		}
	}
	return span{start: start, end: end, para: s.para, block: s.block}
}

// nextBreak returns the next clause break at or after byte i before end,
// or -1.
func (d *doc) nextBreak(i, end int) int {
	for k := i; k < end; k++ {
		if d.clauseBreak(d.text, k) {
			return k
		}
	}
	return -1
}

// prevBreak returns the last clause break before byte j at or after
// start, or -1.
func (d *doc) prevBreak(j, start int) int {
	for k := j - 1; k >= start; k-- {
		if d.clauseBreak(d.text, k) {
			return k
		}
	}
	return -1
}

// subsetAside reports whether [a, b) opens with a subset word (words.tsv
// subset: "including four women", بينهم): a part of the group told
// before it, not a new statement.
func (d *doc) subsetAside(a, b int) bool {
	f := strings.Fields(d.text[a:b])
	return len(f) > 0 && (d.w.has(setSubset, f[0]) || len(f) > 1 && d.w.has(setSubset, f[0]+" "+f[1]))
}

// dateAside reports whether [a, b) holds a time word (words.tsv's
// time-aside): the aside is "on Tuesday", not a new statement.
func (d *doc) dateAside(a, b int) bool {
	return d.w.containsAny(setTimeAside, " "+d.text[a:b]+" ")
}

func (d *doc) clauseBreak(t string, j int) bool {
	switch t[j] {
	case ';', ':':
		return true
	case ',':
		return !d.continues(t[j+1:])
	case 0xD8: // the Arabic comma (U+060C) and semicolon (U+061B) are D8 8C and D8 9B in UTF-8
		if j+1 < len(t) && t[j+1] == 0x8C {
			return !d.continues(t[j+2:])
		}
		return j+1 < len(t) && t[j+1] == 0x9B
	case '-':
		return j > 0 && j+1 < len(t) && t[j-1] == ' ' && t[j+1] == ' '
	}
	return false
}

// wordsBetween counts words in the folded text between two byte offsets.
func (d *doc) wordsBetween(a, b int) int {
	if a > b {
		a, b = b, a
	}
	if a >= b {
		return 0
	}
	// words starting in [a, b), plus the one a stands inside of
	n := int(d.words[b] - d.words[a])
	if a < len(d.text) && d.midWord(a) {
		n++
	}
	return n
}

// continues reports whether the text after a comma opens a clause that
// tells the act itself (words.tsv's continuation: "escaped an attempt on
// his life, when a bomb went off under his car"); the comma then does not end the
// trigger's clause.
func (d *doc) continues(rest string) bool {
	rest = strings.TrimLeft(rest, " ")
	for _, w := range d.w.in(setContinuation) {
		if strings.HasPrefix(rest, w+" ") {
			return true
		}
	}
	return false
}

// midWord reports whether byte a lies inside a word that started before it.
func (d *doc) midWord(a int) bool {
	r, _ := utf8.DecodeRuneInString(d.text[a:])
	if !arabic.IsWordRune(r) || a == 0 {
		return false
	}
	p, _ := utf8.DecodeLastRuneInString(d.text[:a])
	return arabic.IsWordRune(p)
}

package rules

import (
	"strconv"
	"strings"

	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// count is a group of people the text numbers: "three civilians",
// "two members" (a dual noun), "a dozen villagers", "12".
type count struct {
	value      int
	vague      bool // CODEBOOK's figure for an indefinite amount ("dozens", "asharat", tens)
	kind       personKind
	start, end int // folded bytes of the whole phrase
}

// numberAt reads a number written in digits or words that ends at or
// before byte end with at most gap words in between. It returns the value,
// whether it is vague, and its start; ok is false when there is none.
func (d *doc) numberBefore(end, limit, gap int) (value int, vague bool, start int, ok bool) {
	// digits
	j := end
	for j > limit && (d.text[j-1] == ' ' || d.text[j-1] == '-') {
		j--
	}
	k := j
	for k > limit && isDigit(d.text[k-1]) {
		k--
	}
	if k < j && d.wordsBetween(j, end) <= gap {
		if v, err := strconv.Atoi(d.text[k:j]); err == nil && v < 100000 {
			return v + d.boundBefore(k), false, k, true
		}
	}
	// words: the nearest number match ending before end
	before := endingBy(d.numbers, end)
	for i := len(before) - 1; i >= 0; i-- {
		n := before[i]
		if n.End > end {
			continue
		}
		if n.Start < limit || d.wordsBetween(n.End, end) > gap {
			break
		}
		if v, vague, ok := countOf(n); ok {
			if !vague {
				v, n.Start = d.compoundBefore(n, v)
			}
			return v + d.boundBefore(n.Start), vague, n.Start, true
		}
	}
	return 0, false, 0, false
}

// isTens and isUnit say which number words make a compound: "twenty-eight",
// "ثمانية وعشرون".
func isTens(v int) bool { return v >= 20 && v <= 90 && v%10 == 0 }
func isUnit(v int) bool { return v >= 1 && v <= 9 }

// exactValue is a number match's value when it is an exact count.
func exactValue(n lexicon.Match) (int, bool) {
	v, vague, ok := countOf(n)
	return v, ok && !vague
}

// compoundBefore reads number match n (value v, the word nearest what it
// counts) with the word before it when the two make one number: a tens
// word and a unit joined by a hyphen ("twenty-eight"), or a unit and a
// tens word with wa- ("ثمانية وعشرون"). It returns
// the value and the start of the whole number.
func (d *doc) compoundBefore(n lexicon.Match, v int) (int, int) {
	before := endingBy(d.numbers, n.Start)
	if len(before) == 0 {
		return v, n.Start
	}
	m := before[len(before)-1]
	mv, ok := exactValue(m)
	if !ok || strings.Trim(d.text[m.End:n.Start], " -") != "" || n.Start-m.End > 2 {
		return v, n.Start
	}
	if isUnit(v) && isTens(mv) && n.Prefix == "" && strings.Contains(d.text[m.End:n.Start], "-") || isTens(v) && isUnit(mv) && arabic.StartsWithWa(n.Prefix) {
		return v + mv, m.Start // "twenty-eight" (with a space, "twenty one day after" is no number)
	}
	return v, n.Start
}

// compoundAfter is compoundBefore read forwards: number match n (value v)
// and the word after it; it returns the value and the end of the number.
func (d *doc) compoundAfter(n lexicon.Match, v int) (int, int) {
	after := startingFrom(d.numbers, n.End)
	if len(after) == 0 {
		return v, n.End
	}
	m := after[0]
	mv, ok := exactValue(m)
	if !ok || strings.Trim(d.text[n.End:m.Start], " -") != "" || m.Start-n.End > 2 {
		return v, n.End
	}
	if isTens(v) && isUnit(mv) && m.Prefix == "" && strings.Contains(d.text[n.End:m.Start], "-") || isUnit(v) && isTens(mv) && arabic.StartsWithWa(m.Prefix) {
		return v + mv, m.End
	}
	return v, n.End
}

// pastBound returns the byte after a bound marker ("at least", نحو)
// starting right at byte i, before limit, or i when there is none.
func (d *doc) pastBound(i, limit int) int {
	next := startingFrom(d.numbers, i)
	if len(next) == 0 {
		return i
	}
	n := next[0]
	if n.Start >= limit || n.End > limit || d.wordsBetween(i, n.Start) != 0 {
		return i
	}
	if info, _ := n.Entry().Info.(numberInfo); info.kind == lexicon.AtLeast || info.kind == lexicon.AtMost {
		return n.End
	}
	return i
}

// boundBefore is what a lower-bound marker right before byte i adds to
// the number there: CODEBOOK counts "more than N" (أكثر من) as N + 1,
// "at least N" as N (the marker's value in numbers.tsv).
func (d *doc) boundBefore(i int) int {
	before := endingBy(d.numbers, i)
	for k := len(before) - 1; k >= 0; k-- {
		n := before[k]
		if n.End > i {
			continue
		}
		if d.wordsBetween(n.End, i) != 0 {
			return 0
		}
		if info, _ := n.Entry().Info.(numberInfo); info.kind == lexicon.AtLeast {
			return info.value
		}
		return 0
	}
	return 0
}

// numberAfter reads a number standing right after byte start ("unsuran
// ithnan", two members; "killed 12"), within gap words.
func (d *doc) numberAfter(start, limit, gap int) (value int, vague bool, end int, ok bool) {
	j := start
	for j < limit && (d.text[j] == ' ' || d.text[j] == '-') {
		j++
	}
	k := j
	for k < limit && isDigit(d.text[k]) {
		k++
	}
	if k > j {
		if v, err := strconv.Atoi(d.text[j:k]); err == nil && v < 100000 {
			return v + d.boundBefore(j), false, k, true
		}
	}
	for _, n := range startingFrom(d.numbers, start) {
		if n.Start >= limit || d.wordsBetween(start, n.Start) > gap {
			break
		}
		if v, vague, ok := countOf(n); ok {
			end := n.End
			if !vague {
				v, end = d.compoundAfter(n, v)
			}
			return v + d.boundBefore(n.Start), vague, end, true
		}
	}
	return 0, false, 0, false
}

// counts finds the numbered groups of people inside a span.
func (d *doc) counts(s span) []count {
	key := [2]int{s.start, s.end}
	if out, ok := d.countMemo[key]; ok {
		return out
	}
	var out []count
	for _, p := range overlapping(d.persons, s.start, s.end) {
		if p.Start < s.start || p.End > s.end {
			continue
		}
		out = append(out, d.personCount(p, s))
	}
	if d.countMemo == nil {
		d.countMemo = map[[2]int][]count{}
	}
	d.countMemo[key] = out
	return out
}

func (d *doc) personCount(p lexicon.Match, s span) count {
	info, _ := p.Entry().Info.(personInfo)
	c := count{kind: info.kind, start: p.Start, end: p.End}
	// "three civilians", "ithnan min hurrasihi" (two of his guards), "at least 12 people"
	if v, vague, st, ok := d.numberBefore(p.Start, s.start, 2); ok && !d.personBetween(st, p.Start) {
		c.value, c.vague, c.start = v, vague, st
		return c
	}
	// a dual noun and its number after it: "unsuran ithnan", two members
	if v, vague, en, ok := d.numberAfter(p.End, s.end, 0); ok {
		c.value, c.vague, c.end = v, vague, en
		return c
	}
	switch info.count {
	case 1, 2:
		c.value = info.count
	default:
		c.value, c.vague = 3, true
	}
	return c
}

// countOf reads a number word: its value and whether it is CODEBOOK's
// figure for an indefinite amount; ok is false for markers ("at least").
func countOf(n lexicon.Match) (value int, vague, ok bool) {
	info, _ := n.Entry().Info.(numberInfo)
	switch info.kind {
	case lexicon.Exact:
		return info.value, false, true
	case lexicon.Vague:
		return info.value, true, true
	}
	return 0, false, false
}

// personBetween reports whether a person word lies in [a, b): a number
// before it counts that word, not a later one ("three children were killed and two women wounded").
func (d *doc) personBetween(a, b int) bool {
	for _, p := range overlapping(d.persons, a, b) {
		if p.Start >= a && p.End <= b {
			return true
		}
	}
	return false
}

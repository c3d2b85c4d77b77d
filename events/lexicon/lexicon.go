// Package lexicon finds listed words and phrases in Arabic and English text
// in one pass, the way a human reader would: whatever the spelling variant
// (through arabic.Fold), whatever affixes Arabic glues on, and only at word
// boundaries. Lexicons are data (tab-separated files in seeds/), so the
// people who maintain them never touch Go code.
package lexicon

import (
	"bufio"
	"fmt"
	"io"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/coregx/ahocorasick"

	"rasd/events/arabic"
)

// Entry is one lexicon line: a phrase and the columns that say what it means.
type Entry struct {
	Phrase string   // as written in the file
	Folded string   // arabic.Fold(Phrase) without a trailing "*"
	Fields []string // the other columns
	Origin string   // file:line, for messages
	// Info is the meaning parsed by the lexicon's owner, kept with the entry.
	Info any
	// Exact forbids affixes: the phrase must be a whole word (or words).
	Exact bool
	// Inflect allows English inflections (phrase written with a trailing "*").
	Inflect bool
	arabic  bool
}

// Field returns column i of the entry's meaning, or "".
func (e *Entry) Field(i int) string {
	if i < len(e.Fields) {
		return e.Fields[i]
	}
	return ""
}

// Row is one data line of a tab-separated file.
type Row struct {
	Cols   []string
	Origin string // file:line
}

// ReadTSV reads a tab-separated file: '#' starts a comment line, blank lines
// are skipped, and every row must have at least minCols columns.
func ReadTSV(r io.Reader, name string, minCols int) ([]Row, error) {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 64<<10), 4<<20)
	var rows []Row
	line := 0
	for sc.Scan() {
		line++
		text := strings.TrimRight(sc.Text(), "\r")
		if line == 1 {
			text = strings.TrimPrefix(text, "\ufeff")
		}
		if strings.TrimSpace(text) == "" || strings.HasPrefix(strings.TrimSpace(text), "#") {
			continue
		}
		cols := strings.Split(text, "\t")
		for i := range cols {
			cols[i] = strings.TrimSpace(cols[i])
		}
		if len(cols) < minCols {
			return nil, fmt.Errorf("%s:%d: want at least %d tab-separated columns, found %d", name, line, minCols, len(cols))
		}
		rows = append(rows, Row{Cols: cols, Origin: fmt.Sprintf("%s:%d", name, line)})
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return rows, nil
}

// NewEntry prepares a phrase for matching. A trailing "*" lets an English
// phrase take inflections (kill* matches kills, killed, killing); a leading
// "=" forbids all affixes.
func NewEntry(phrase string, fields []string, origin string) (Entry, error) {
	e := Entry{Phrase: phrase, Fields: fields, Origin: origin}
	p := phrase
	if rest, ok := strings.CutPrefix(p, "="); ok {
		e.Exact, p = true, rest
	}
	if rest, ok := strings.CutSuffix(p, "*"); ok {
		e.Inflect, p = true, rest
	}
	if strings.Contains(p, "*") {
		return e, fmt.Errorf("%s: %q: a * is allowed only at the end of a phrase; list the forms instead", origin, phrase)
	}
	e.Folded = strings.Join(strings.Fields(arabic.Fold(p)), " ")
	if e.Folded == "" {
		return e, fmt.Errorf("%s: empty phrase", origin)
	}
	r, _ := utf8.DecodeRuneInString(e.Folded)
	e.arabic = arabic.IsArabicLetter(r)
	return e, nil
}

// Matcher finds a lexicon's entries in folded text.
type Matcher struct {
	// Nouns forbids verb prefixes (ya-, ta-, na-, a-, sa-): for lexicons of
	// nouns and numbers, where "laysat" (it is not) must not read as li- +
	// "sitt" (six).
	Nouns    bool
	ac       *ahocorasick.Automaton
	entries  [][]*Entry // by pattern id: every entry with that folded phrase
	patterns []string   // by pattern id
}

// New builds a matcher. Entries that fold to the same phrase are all
// reported for one match, so two lexicon lines may give one phrase two meanings.
func New(entries []Entry) (*Matcher, error) {
	m := &Matcher{}
	ids := map[string]int{}
	var patterns []string
	for i := range entries {
		e := &entries[i]
		id, ok := ids[e.Folded]
		if !ok {
			id = len(patterns)
			ids[e.Folded] = id
			patterns = append(patterns, e.Folded)
			m.entries = append(m.entries, nil)
		}
		m.entries[id] = append(m.entries[id], e)
	}
	m.patterns = patterns
	if len(patterns) == 0 {
		return m, nil
	}
	ac, err := ahocorasick.NewBuilder().SetMatchKind(ahocorasick.LeftmostLongest).AddStrings(patterns).Build()
	if err != nil {
		return nil, fmt.Errorf("build lexicon: %w", err)
	}
	m.ac = ac
	return m, nil
}

// Len is how many distinct phrases the matcher finds.
func (m *Matcher) Len() int { return len(m.patterns) }

// Match is one occurrence of an entry in folded text. Start and End cover
// the whole written word(s), affixes included; StemStart and StemEnd the
// listed phrase. Offsets are bytes of the folded text.
type Match struct {
	Entries            []*Entry
	Start, End         int
	StemStart, StemEnd int
	Prefix, Suffix     string
}

// Entry is the match's first (usually only) entry.
func (m Match) Entry() *Entry { return m.Entries[0] }

// FindAll returns the entries found in folded, in text order. folded must
// come from arabic.Fold or arabic.FoldText.
func (m *Matcher) FindAll(folded string) []Match {
	if m.ac == nil {
		return nil
	}
	// Overlapping matches, then leftmost-longest among those whose affixes
	// check out: ahocorasick v0.3.1's LeftmostLongest returns "dhikr" where
	// "dhikra" (anniversary) matches too, and a longer match whose affixes fail must not
	// hide a shorter one that is valid.
	var valid []Match
	for _, hit := range m.ac.FindAllOverlapping(unsafeBytes(folded)) {
		if mt, ok := m.check(folded, hit.PatternID, hit.Start, hit.End); ok {
			valid = append(valid, mt)
		}
	}
	return leftmostLongest(valid)
}

// leftmostLongest keeps, from valid matches, the longest at each leftmost
// position and drops the ones overlapping it.
func leftmostLongest(valid []Match) []Match {
	sort.SliceStable(valid, func(i, j int) bool {
		a, b := valid[i], valid[j]
		if a.Start != b.Start {
			return a.Start < b.Start
		}
		if a.End != b.End {
			return a.End > b.End
		}
		return a.StemEnd-a.StemStart > b.StemEnd-b.StemStart
	})
	out := valid[:0] // kept in place: out never passes the match read
	end := -1
	for _, mt := range valid {
		if mt.Start < end {
			continue
		}
		out = append(out, mt)
		end = mt.End
	}
	return out
}

// Set finds the entries of several lexicons in one pass over the text:
// one automaton over all their phrases, each match checked and chosen
// within its own lexicon as Matcher.FindAll would.
type Set struct {
	ms      []*Matcher
	ac      *ahocorasick.Automaton
	targets [][]setTarget // by pattern id of the set
}

type setTarget struct{ lex, id int } // a pattern of matcher ms[lex]

// NewSet builds a set from matchers (their Nouns settings apply).
func NewSet(ms ...*Matcher) (*Set, error) {
	s := &Set{ms: ms}
	ids := map[string]int{}
	var patterns []string
	for lex, m := range ms {
		for id, p := range m.patterns {
			sid, ok := ids[p]
			if !ok {
				sid = len(patterns)
				ids[p] = sid
				patterns = append(patterns, p)
				s.targets = append(s.targets, nil)
			}
			s.targets[sid] = append(s.targets[sid], setTarget{lex, id})
		}
	}
	if len(patterns) == 0 {
		return s, nil
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(patterns).Build()
	if err != nil {
		return nil, fmt.Errorf("build lexicon set: %w", err)
	}
	s.ac = ac
	return s, nil
}

// FindAll returns each matcher's matches, in the order the set was built.
func (s *Set) FindAll(folded string) [][]Match {
	valid := make([][]Match, len(s.ms))
	if s.ac != nil {
		for _, hit := range s.ac.FindAllOverlapping(unsafeBytes(folded)) {
			for _, t := range s.targets[hit.PatternID] {
				if mt, ok := s.ms[t.lex].check(folded, t.id, hit.Start, hit.End); ok {
					valid[t.lex] = append(valid[t.lex], mt)
				}
			}
		}
	}
	for i := range valid {
		valid[i] = leftmostLongest(valid[i])
	}
	return valid
}

func (m *Matcher) check(text string, id, start, end int) (Match, bool) {
	es := m.entries[id]
	e := es[0]
	ws := arabic.WordStart(text, start)
	we := arabic.WordEnd(text, end)
	prefix, suffix := text[ws:start], text[end:we]
	switch {
	case e.Exact:
		if prefix != "" || suffix != "" {
			return Match{}, false
		}
	case e.arabic:
		if p, ok := arabic.ParseProclitics(prefix); !ok || m.Nouns && p.Verbal() || !arabic.SuffixOK(suffix) {
			return Match{}, false
		}
	default:
		if prefix != "" || (suffix != "" && !(e.Inflect && EnglishSuffixOK(suffix)) && suffix != "'s") {
			return Match{}, false
		}
	}
	return Match{Entries: es, Start: ws, End: we, StemStart: start, StemEnd: end, Prefix: prefix, Suffix: suffix}, true
}

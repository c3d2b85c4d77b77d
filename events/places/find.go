package places

import (
	"sort"
	"unicode"
	"unicode/utf8"

	"rasd/events/arabic"
)

// Mention is a gazetteer name found in a text, before any choice of place.
type Mention struct {
	// Start and End are code-point offsets in the original text of the
	// written word(s), proclitics included (wa-bi-Tarabulus); NameStart is
	// where the name proper begins.
	Start, End, NameStart int
	Text                  string // the original text of [Start, End)
	Key                   string
	Names                 []int32 // NameEntry indexes: every place the name may mean
	Prefix                string  // proclitics before the name, folded (wa-, bi-, al-)
	Cue                   Cue     // what the surrounding words say
	Arabic                bool
	// SentenceStart: an English name that opens a sentence, where its capital
	// letter proves nothing.
	SentenceStart bool
	// NextToName: an English name right next to another capitalised word
	// that is no place (Yusuf Ali Farah, Coast Weekly).
	NextToName bool
	// Joined: an English name followed by a joiner and a capitalised word
	// ("Buena Vista de Abajo" found as "Buena Vista"): the start of a
	// longer name the gazetteer lacks.
	Joined bool
	// JoinedTail: an English name after a capitalised word and a joiner
	// ("Mocimboa da Praia" found as "Praia"): the end of a longer name.
	JoinedTail bool
	// Hyphened: an English name joined by a hyphen to a capitalised word
	// that is no name found ("Bulo-Burto" found as "Bulo"): part of a
	// compound name.
	Hyphened  bool
	Paragraph int
	// Sentence counts the sentences before the mention's: two mentions
	// with the same number are in one sentence.
	Sentence int
	// voiceBefore: the verb of saying is the word before the name (its
	// subject follows the verb).
	voiceBefore bool
}

// hit is a name match in key space that passed the word-boundary checks.
type hit struct {
	ws, s, e int // word start, name start, end (key indexes)
	names    []int32
	article  bool
}

// Find returns the gazetteer names in text, longest first where they
// overlap, in text order. It walks each script's name trie from the word
// starts of the folded text's keys (and, in Arabic, from the ends of
// proclitic chains) and checks every match against Arabic proclitic rules
// or English word boundaries and capitals.
func (g *Gazetteer) Find(text string) []Mention {
	g.Prepare()
	if text == "" {
		return nil
	}
	kt := newKeyText(text)
	defer kt.release()
	var hits []hit
	var hasAr, hasLat bool
	for _, b := range kt.key {
		if isArabicKey(b) {
			hasAr = true
		} else if isLatinKey(b) {
			hasLat = true
		}
		if hasAr && hasLat {
			break
		}
	}
	key := kt.key
	var found []keyMatch
	if hasAr && g.matcher.arabic.trie != nil {
		// a name starts a word, or follows a proclitic chain
		for ws := range key {
			if !isArabicKey(key[ws]) || (ws > 0 && isArabicKey(key[ws-1])) {
				continue
			}
			found = found[:0]
			for s := ws; s <= ws+maxProclitics && s < len(key) && isArabicKey(key[s]); s++ {
				if s > ws && !chainByte[key[s-1]] {
					break
				}
				if _, ok := procliticChain(key[ws:s]); ok {
					found = g.matcher.arabic.trie.walk(key, s, found)
				}
			}
			for _, m := range found {
				if h, ok := g.arabicHit(key, m.s, m.e, g.matcher.arabic.names[m.id]); ok {
					hits = append(hits, h)
				}
			}
		}
	}
	if hasLat && g.matcher.latin.trie != nil {
		cur := cursor{text: text}
		for s := range key {
			if !isLatinKey(key[s]) || (s > 0 && isLatinKey(key[s-1])) {
				continue // a Latin name starts a word
			}
			found = g.matcher.latin.trie.walk(key, s, found[:0])
			for _, m := range found {
				names := g.matcher.latin.names[m.id]
				if g.Names[names[0]].Place == Blocker {
					hits = append(hits, hit{ws: m.s, s: m.s, e: m.e, names: names})
					continue
				}
				if h, ok := latinHit(key, m.s, m.e, names); ok {
					if unicode.IsUpper(cur.runeAt(int(kt.cp[h.s]))) {
						hits = append(hits, h)
					}
				}
			}
		}
	}
	hits = longestFirst(hits, len(kt.key))
	out := make([]Mention, 0, len(hits))
	for _, h := range hits {
		if g.Names[h.names[0]].Place == Blocker {
			continue
		}
		start, end := kt.span(h.ws, h.e)
		m := Mention{Start: start, End: end, NameStart: int(kt.cp[h.s]), Key: string(kt.key[h.s:h.e]), Names: h.names,
			Prefix: keyString(kt.key[h.ws:h.s]), Arabic: isArabicKey(kt.key[h.s])}
		before := g.cuesBefore(kt.key, h.ws)
		m.Cue = before | g.cuesAfter(kt.key, h.e)
		m.voiceBefore = before&CueVoice != 0
		out = append(out, m)
	}
	fillText(text, out, func(word string) Cue { return g.Cues[Key(word)] })
	return out
}

// cursor finds the rune at a code-point offset, cheaply when offsets grow.
type cursor struct {
	text    string
	cp, pos int
}

func (c *cursor) runeAt(cp int) rune {
	if cp < c.cp {
		c.cp, c.pos = 0, 0
	}
	for c.cp < cp && c.pos < len(c.text) {
		_, n := utf8.DecodeRuneInString(c.text[c.pos:])
		c.pos += n
		c.cp++
	}
	r, _ := utf8.DecodeRuneInString(c.text[c.pos:])
	return r
}

// arabicHit accepts a match when it ends a word and the letters of the word
// before it are a chain of proclitics (wa- or fa-, bi- li- or ka-, al-),
// which the name needs when GeoNames wrote it with the article.
func (g *Gazetteer) arabicHit(key []byte, s, e int, names []int32) (hit, bool) {
	blocker := g.Names[names[0]].Place == Blocker
	if e < len(key) && isArabicKey(key[e]) && !blocker {
		return hit{}, false
	}
	ws := s
	for ws > 0 && isArabicKey(key[ws-1]) {
		ws--
	}
	article, ok := procliticChain(key[ws:s])
	if !ok {
		return hit{}, false
	}
	if blocker {
		return hit{ws: ws, s: s, e: e, names: names}, true
	}
	if ws < s && g.stopWords[string(key[ws:e])] {
		return hit{}, false // the whole word is a common word (Walid is not wa- + Lid)
	}
	keep := names
	for i, n := range names {
		if g.Names[n].Flags&FlagArticle != 0 && !article {
			keep = append(make([]int32, 0, len(names)), names[:i]...)
			for _, n := range names[i+1:] {
				if g.Names[n].Flags&FlagArticle == 0 {
					keep = append(keep, n)
				}
			}
			break
		}
	}
	if len(keep) == 0 {
		return hit{}, false
	}
	return hit{ws: ws, s: s, e: e, names: keep, article: article}, true
}

// latinHit accepts a match that is a whole word (or words); a possessive
// 's after it is fine, as the key writes it "tripoli s".
func latinHit(key []byte, s, e int, names []int32) (hit, bool) {
	if (e < len(key) && isLatinKey(key[e])) || (s > 0 && isLatinKey(key[s-1])) {
		return hit{}, false
	}
	return hit{ws: s, s: s, e: e, names: names}, true
}

// maxProclitics is the longest chain procliticChain accepts: wa- + bi- + al-.
const maxProclitics = arabic.MaxProclitics

// nounChains are the chains of proclitics a name takes, as keys, with
// whether each ends in the article (arabic.NounProclitics).
var nounChains = func() map[string]bool {
	m := map[string]bool{}
	for _, c := range arabic.NounProclitics() {
		p, _ := arabic.ParseProclitics(c)
		m[Key(c)] = p.Article
	}
	return m
}()

// chainByte marks the key bytes a proclitic chain is made of: past any
// other byte no longer chain can start the word.
var chainByte = func() (set [256]bool) {
	for c := range nounChains {
		for i := 0; i < len(c); i++ {
			set[c[i]] = true
		}
	}
	return set
}()

// procliticChain reports whether p (keys) is a chain of proclitics a name
// takes, and whether it ends in the article.
func procliticChain(p []byte) (article, ok bool) {
	article, ok = nounChains[string(p)]
	return article, ok
}

// longestFirst keeps, where matches overlap, the one covering most text,
// and returns them in text order. n is the key length.
func longestFirst(hits []hit, n int) []hit {
	if len(hits) < 2 {
		return hits
	}
	sort.Slice(hits, func(i, j int) bool {
		li, lj := hits[i].e-hits[i].ws, hits[j].e-hits[j].ws
		if li != lj {
			return li > lj
		}
		if hits[i].ws != hits[j].ws {
			return hits[i].ws < hits[j].ws
		}
		return hits[i].s < hits[j].s
	})
	taken := make([]bool, n)
	kept := hits[:0:0]
	for _, h := range hits {
		free := true
		for i := h.ws; i < h.e; i++ {
			if taken[i] {
				free = false
				break
			}
		}
		if free {
			for i := h.ws; i < h.e; i++ {
				taken[i] = true
			}
			kept = append(kept, h)
		}
	}
	sort.Slice(kept, func(i, j int) bool { return kept[i].ws < kept[j].ws })
	return kept
}

// fillText sets each mention's Text, Paragraph and SentenceStart from the
// original text, walking it once (English names read their neighbours from
// the text as runes, made when the first one comes).
func fillText(text string, ms []Mention, cueOf func(word string) Cue) {
	joiner := func(word string) bool { return cueOf(word)&CueJoiner != 0 }
	var runes []rune
	para, sent, cp, pos := 0, 0, 0, 0
	var prev1, prev2 rune
	advance := func(to int) {
		for cp < to && pos < len(text) {
			r, n := utf8.DecodeRuneInString(text[pos:])
			if r == '\n' {
				para++
			}
			if endsSentence(text, pos+n, r, prev1, prev2) {
				sent++
			}
			prev2, prev1 = prev1, r
			pos += n
			cp++
		}
	}
	for i := range ms {
		m := &ms[i]
		advance(m.Start)
		m.Paragraph, m.Sentence = para, sent
		start := pos
		advance(m.End)
		m.Text = text[start:pos]
		if m.Arabic {
			continue
		}
		if runes == nil {
			runes = []rune(text)
		}
		m.SentenceStart = true
		for j := m.Start - 1; j >= 0; j-- {
			r := runes[j]
			if unicode.IsSpace(r) && r != '\n' {
				continue
			}
			switch r {
			case '.', '!', '?', '\n', '"', '“', '‘', '\'', ':', '(', '[', '-', '–', '—':
			default:
				m.SentenceStart = false
			}
			break
		}
		m.NextToName = capitalisedNeighbour(runes, ms, m.Start, -1) || capitalisedNeighbour(runes, ms, m.End, 1)
		m.Hyphened = (hyphenedNeighbour(runes, ms, m.Start, -1) || hyphenedNeighbour(runes, ms, m.End, 1)) && !roadAfter(runes, m.End, cueOf)
		m.Joined = joinedAfter(runes, m.End, joiner)
		m.JoinedTail = joinedBefore(runes, m.Start, joiner)
	}
}

// joinedBefore reports whether the runes before start hold a capitalised
// word, a space, a joiner word (lower case), perhaps an article of at most
// three letters, and a space: "Mocimboa da ", "San Juan de los ".
func joinedBefore(runes []rune, start int, joiner func(string) bool) bool {
	word := func(end int) int { // the start of the lower-case word ending at end
		j := end
		for j > 0 && unicode.IsLower(runes[j-1]) {
			j--
		}
		return j
	}
	i := start - 1
	if i < 1 || runes[i] != ' ' {
		return false
	}
	j := word(i)
	if j == i || j < 2 || runes[j-1] != ' ' {
		return false
	}
	if !joiner(string(runes[j:i])) {
		if i-j > 3 {
			return false
		}
		i = j - 1 // an article: "de los", "de la"
		if j = word(i); j == i || j < 2 || runes[j-1] != ' ' || !joiner(string(runes[j:i])) {
			return false
		}
	}
	k := j - 1
	for k > 0 && unicode.IsLetter(runes[k-1]) {
		k--
	}
	return k < j-1 && unicode.IsUpper(runes[k])
}

// joinedAfter reports whether the runes from end hold a space, a joiner
// word (lower case), a space and a capitalised word (" de Abajo"), or an
// article of at most three letters before it (" de la Cruz").
func joinedAfter(runes []rune, end int, joiner func(string) bool) bool {
	word := func(i int) int { // the end of the lower-case word at i
		j := i
		for j < len(runes) && unicode.IsLower(runes[j]) {
			j++
		}
		return j
	}
	if end >= len(runes) || runes[end] != ' ' {
		return false
	}
	j := word(end + 1)
	if j == end+1 || j+1 >= len(runes) || runes[j] != ' ' || !joiner(string(runes[end+1:j])) {
		return false
	}
	if k := word(j + 1); k > j+1 && k-j-1 <= 3 && k+1 < len(runes) && runes[k] == ' ' {
		j = k // the article: "de la", "de los"
	}
	return unicode.IsUpper(runes[j+1])
}

// endsSentence reports whether rune r, followed by text[next:] and
// preceded by prev1 and then prev2, ends a sentence: a line break, ! ? or
// the Arabic question mark, or a full stop before a space or the end that
// does not close an abbreviation of single capitals ("U.S.", "J.").
func endsSentence(text string, next int, r, prev1, prev2 rune) bool {
	switch r {
	case '\n', '!', '?', '؟':
		return true
	case '.':
		if next < len(text) && text[next] != ' ' && text[next] != '\n' && text[next] != '\t' {
			return false
		}
		return !(unicode.IsUpper(prev1) && (prev2 == '.' || prev2 == ' ' || prev2 == 0))
	}
	return false
}

// hyphenedNeighbour reports whether a hyphen stands right before (dir -1,
// from position at) or after (dir 1) a name, with a capitalised word on
// its other side that starts no name found ("Kano-Zaria" is two names).
func hyphenedNeighbour(runes []rune, ms []Mention, at, dir int) bool {
	start, ok := capitalisedBeside(runes, at, dir, '-')
	return ok && mentionAt(ms, start) < 0
}

// mentionAt returns the index of the mention covering code point i, or -1;
// ms is in text order without overlaps.
func mentionAt(ms []Mention, i int) int {
	k := sort.Search(len(ms), func(k int) bool { return ms[k].End > i })
	if k < len(ms) && ms[k].Start <= i {
		return k
	}
	return -1
}

// roadAfter reports whether a road word follows the name ending at end or
// the hyphenated word after it ("Kano-Dutse road"): the two are a road's
// ends, not one name.
func roadAfter(runes []rune, end int, cueOf func(string) Cue) bool {
	i := end
	if i < len(runes) && runes[i] == '-' {
		for i++; i < len(runes) && unicode.IsLetter(runes[i]); i++ {
		}
	}
	if i >= len(runes) || runes[i] != ' ' {
		return false
	}
	j := i + 1
	for j < len(runes) && unicode.IsLetter(runes[j]) {
		j++
	}
	return j > i+1 && cueOf(string(runes[i+1:j]))&CueRoad != 0
}

// capitalisedNeighbour reports whether the word before (dir -1, from
// position at) or after (dir 1) is capitalised and not itself a name found.
func capitalisedNeighbour(runes []rune, ms []Mention, at, dir int) bool {
	start, ok := capitalisedBeside(runes, at, dir, ' ')
	if !ok {
		return false
	}
	if k := mentionAt(ms, start); k >= 0 {
		// A found name right before this one ("Sofia Leon") makes a
		// person's first and last name more likely than two places.
		o := &ms[k]
		return dir < 0 && !o.Arabic && o.End == at-1
	}
	return true
}

// capitalisedBeside returns the first letter of the word that separator
// sep joins to position at (dir -1: the word before, ending at at-1 after
// sep; dir 1: the word after, from at+1), and whether it is capitalised.
func capitalisedBeside(runes []rune, at, dir int, sep rune) (int, bool) {
	i := at
	if dir < 0 {
		i = at - 1
	}
	if i < 0 || i >= len(runes) || runes[i] != sep {
		return 0, false
	}
	i += dir
	if i < 0 || i >= len(runes) || !unicode.IsLetter(runes[i]) {
		return 0, false
	}
	for dir < 0 && i > 0 && (unicode.IsLetter(runes[i-1]) || runes[i-1] == '\'' || runes[i-1] == '’') {
		i--
	}
	return i, unicode.IsUpper(runes[i])
}

// RuneLen is the length of s in code points, the unit of evidence offsets.
func RuneLen(s string) int { return utf8.RuneCountInString(s) }

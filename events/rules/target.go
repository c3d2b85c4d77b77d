package rules

import (
	"rasd/events/arabic"
	"sort"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The target is the named person an incident was aimed at: "Khalid
// al-Mansur", "the former security director Khalid al-Mansur". English names are
// runs of capitalised words (with particles such as al-, bin, de); Arabic
// has no capitals, so rasd takes the noun phrase governed by a masdar
// trigger ("muhawalat ightiyal X", the attempt to assassinate X), up to the first word that starts an
// adverbial (in, at, near, yesterday) or the end of the clause.

// target finds the incident's named target and its folded-byte span.
func (b *binder) target(in *incident) (name string, start, end int, ok bool) {
	d := b.d
	best, bestDist := span{}, 1<<30
	for _, c := range in.cands {
		sent := d.sentences[c.sent]
		for _, n := range d.englishNames(sent) {
			if b.placeOrActor(n.start, n.end) {
				continue
			}
			dist := d.wordsBetween(min(n.end, c.m.Start), max(n.start, c.m.End))
			if dist <= 12 && dist < bestDist {
				best, bestDist = n, dist
			}
		}
	}
	if bestDist < 1<<30 {
		return "", best.start, best.end, true
	}
	for _, c := range in.cands {
		if !c.info.object {
			continue // a masdar governs its object; a verb's object is not marked
		}
		if s, e, ok := d.arabicObject(c); ok && !b.placeOrActor(s, e) {
			return d.text[s:e], s, e, true
		}
	}
	return "", 0, 0, false
}

// englishNames returns runs of two to five capitalised words in a
// sentence, read from the original text (folding loses case) and returned
// as folded-byte spans.
func (d *doc) englishNames(sent span) []span {
	if !hasLatin(d.text[sent.start:sent.end]) {
		return nil // an Arabic sentence: no capitals to read names from
	}
	cs, _, t := d.folded.Original(sent.start, sent.end)
	var out []span
	for _, n := range d.capitalisedRuns(t) {
		s := cs + utf8.RuneCountInString(t[:n.start])
		e := s + utf8.RuneCountInString(t[n.start:n.end])
		out = append(out, span{start: d.folded.ByteOf(s), end: d.folded.ByteOf(e)})
	}
	return out
}

// capitalisedRuns returns the byte spans of runs of two to five
// capitalised words in t that do not open it.
func (d *doc) capitalisedRuns(t string) []span {
	var out []span
	s := span{start: 0, end: len(t)}
	i := s.start
	for i < s.end {
		ws, we := i, nameWordEnd(t, i)
		if we == ws {
			_, n := utf8.DecodeRuneInString(t[i:])
			i += n
			continue
		}
		// a run starts at a capitalised word that does not open the sentence
		runStart, runEnd, words := -1, -1, 0
		j := ws
		for j < s.end {
			k := nameWordEnd(t, j)
			if k == j {
				break
			}
			w := t[j:k]
			r, _ := utf8.DecodeRuneInString(w)
			lower := strings.ToLower(strings.SplitN(w, "-", 2)[0])
			switch {
			case unicode.IsUpper(r) && !d.w.has(setNotName, w):
			case runStart >= 0 && (d.w.has(setNameParticle, lower) || d.particlePrefix(w)):
			default:
				k = -1
			}
			if k < 0 {
				break
			}
			if runStart < 0 {
				runStart = j
			}
			runEnd, words = k, words+1
			if k >= s.end || t[k] != ' ' {
				break
			}
			j = k + 1
		}
		// a name opening the sentence only in apposition: "Jane Doe Smith, 40, was"
		opens := strings.TrimSpace(t[:max(runStart, 0)]) == ""
		appos := runEnd >= 0 && runEnd < len(t) && t[runEnd] == ','
		inParens := runStart > 0 && strings.Count(t[:runStart], "(") > strings.Count(t[:runStart], ")")
		if runStart >= 0 && words >= 2 && words <= 5 && (!opens || appos) && !inParens && unicode.IsUpper(firstRune(t[runStart:])) {
			out = append(out, span{start: runStart, end: runEnd})
			i = runEnd
			continue
		}
		i = we
	}
	return out
}

func firstRune(s string) rune {
	r, _ := utf8.DecodeRuneInString(s)
	return r
}

// arabicObject returns the noun phrase after a masdar trigger, up to a
// clause break, a stop word or eight words.
func (d *doc) arabicObject(c *candidate) (int, int, bool) {
	t := d.text
	i, end, words := c.m.End, -1, 0
	start := -1
	for i < c.clause.end && words < 8 {
		for i < c.clause.end && t[i] == ' ' {
			i++
		}
		j := i
		for j < c.clause.end && t[j] != ' ' {
			j++
		}
		w := strings.Trim(t[i:j], ".\"'«»")
		if d.weaponAt(i) {
			break // "an attempt to assassinate with an explosive device": the means, not the person
		}
		if w == "" || d.w.has(setTargetStop, w) || arabic.StartsWithWa(w) && words > 0 && len(w) > 6 && !arabic.StartsWithWal(w) {
			break
		}
		if !unicode.Is(unicode.Arabic, firstRune(w)) {
			break
		}
		if start < 0 {
			start = i
		}
		end, words = i+len(w), words+1
		i = j
	}
	if start < 0 || words < 2 {
		return 0, 0, false
	}
	return start, end, true
}

// placeOrActor reports whether a span overlaps a place or actor mention
// (a place inside an Arabic title, "the former security director of Tripoli", is fine).
func (b *binder) placeOrActor(s, e int) bool {
	// places do not overlap: their ends grow with their starts
	for i := sort.SearchInts(b.placeEnds, s+1); i < len(b.places) && b.places[i].start < e; i++ {
		if p := b.places[i]; p.start < e && s < p.end && !(p.start > s && p.end < e) {
			return true
		}
	}
	if b.actorSpans == nil && b.f.Actors != nil {
		b.actorSpans = []span{}
		for _, m := range b.actorMentions(b.country, 0) {
			if m.Role {
				continue // "the security director of Tripoli": a victim's title, part of the target
			}
			b.actorSpans = append(b.actorSpans, span{start: m.start, end: m.end})
		}
	}
	as := b.actorSpans
	i := sort.Search(len(as), func(i int) bool { return as[i].end > s })
	return i < len(as) && as[i].start < e
}

// hasLatin reports whether folded text has a Latin letter: a sentence
// without one can hold no capitalised name.
func hasLatin(folded string) bool {
	return strings.IndexFunc(folded, func(r rune) bool { return r >= 'a' && r <= 'z' }) >= 0
}

// nameWordEnd returns where the word of a name starting at byte i ends:
// letters, hyphens ("al-Hariri") and apostrophes.
func nameWordEnd(t string, i int) int {
	for i < len(t) {
		r, n := utf8.DecodeRuneInString(t[i:])
		if !unicode.IsLetter(r) && r != '-' && r != '\'' {
			break
		}
		i += n
	}
	return i
}

// weaponAt reports whether a weapon cue starts at byte i.
func (d *doc) weaponAt(i int) bool {
	ws := startingFrom(d.weapons, i)
	return len(ws) > 0 && ws[0].Start == i
}

// particlePrefix reports whether a word opens with a name particle and a
// hyphen ("al-Hariri", lower-case inside a name).
func (d *doc) particlePrefix(w string) bool {
	p, _, ok := strings.Cut(w, "-")
	return ok && d.w.has(setNameParticle, p)
}

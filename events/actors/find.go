package actors

import (
	"cmp"
	"slices"

	"rasd/events"
	"rasd/events/arabic"
)

// Mention is a place in a report where an actor is named or a generic
// phrase stands for one.
type Mention struct {
	// Start and End are Unicode code-point offsets into the original text,
	// End exclusive. They cover the whole written words, proclitics and
	// diacritics included ("wa-l-Huthiyuna" with its final vowel mark), so
	// evidence quotes what the reader sees.
	Start, End int
	Text       string
	// Named are the actors the words name, in table order: one alias may
	// name several actors ("Daesh" is "Islamic State (Iraq)" in Iraq and
	// "Islamic State (West Africa)" in Nigeria); Resolve chooses.
	Named []Candidate
	// Generic is set when the words are a generic phrase ("gunmen", "the
	// police", "sahafi", a journalist). A phrase may be both: "gendarmes"
	// names a country's gendarmerie where the table has one, and the police
	// elsewhere.
	Generic *Generic
}

// Candidate is an actor a mention may name.
type Candidate struct {
	Actor *Actor
	// Local marks aliases too common to name the actor outside its own
	// countries ("the National Guard" is Mexico's only in Mexico).
	Local bool
}

// State reports whether the mention stands for state forces: a generic
// military or police phrase, or a named force of a state.
func (m Mention) State() bool {
	if m.Generic != nil && m.Generic.State() {
		return true
	}
	for _, c := range m.Named {
		if c.Actor.Inter == events.StateForces {
			return true
		}
	}
	return false
}

// Find returns every actor mention in text, in text order, never
// overlapping. Where aliases overlap, a named actor beats a generic phrase
// ("members of the Libyan army" is the Libyan army, not "members of the
// army"); then the one starting first wins, then the longer ("the Libyan
// National Army" over "the army").
func (t *Table) Find(text string) []Mention {
	if t.ac == nil {
		return nil
	}
	return t.FindFolded(arabic.FoldText(text))
}

// FindFolded is Find for a caller that already folded the text with
// arabic.FoldText (the coder folds each report once for all its lexicons).
// f may be a slice of the folded report: offsets stay the report's.
func (t *Table) FindFolded(f arabic.Folded) []Mention {
	if t.ac == nil {
		return nil
	}
	buf := []byte(f.Text)
	spaceHyphens(buf)
	text := string(buf)
	var hits []hit
	for _, r := range t.ac.FindAllOverlapping(buf) {
		// a name ends its word, or takes only a possessive ("the Taliban's",
		// "the Houthis'")
		if we := arabic.WordEnd(text, r.End); we > r.End && text[r.End:we] != "'s" && text[r.End:we] != "'" {
			continue
		}
		ws := arabic.WordStart(text, r.Start)
		if named, generic := t.accept(t.entries[r.PatternID], string(buf[ws:r.Start]), nil); named || generic {
			hits = append(hits, hit{ws, r.Start, r.End, r.PatternID, named})
		}
	}
	hits = choose(hits)
	out := make([]Mention, len(hits))
	for i, h := range hits {
		m := &out[i]
		m.Start, _ = f.Span(h.start, h.start)
		// up to the next kept character: diacritics after the last letter belong to the word
		m.End, _ = f.Span(h.end, h.end)
		t.accept(t.entries[h.id], string(buf[h.start:h.stem]), m)
		m.Text = f.Source(m.Start, m.End)
	}
	return out
}

// hit is an accepted automaton match: the written words [start, end) of
// the folded text, the stem starting at stem.
type hit struct {
	start, stem, end, id int
	named                bool
}

// choose keeps non-overlapping hits, named ones first (see Find), and
// returns them in text order.
func choose(hits []hit) []hit {
	slices.SortFunc(hits, func(a, b hit) int {
		return cmp.Or(cmp.Compare(a.start, b.start), cmp.Compare(b.end, a.end))
	})
	var kept []hit
	last := 0
	for _, h := range hits {
		if h.named && h.start >= last {
			kept = append(kept, h)
			last = h.end
		}
	}
	named := len(kept)
	last = 0
	j := 0 // the first named hit not ending before h
	for _, h := range hits {
		if h.named || h.start < last {
			continue
		}
		for j < named && kept[j].end <= h.start {
			j++
		}
		if j < named && kept[j].start < h.end {
			continue
		}
		kept = append(kept, h)
		last = h.end
	}
	slices.SortFunc(kept, func(a, b hit) int { return cmp.Compare(a.start, b.start) })
	return kept
}

// accept reports whether the letters before a stem are proclitics some
// named or generic item of the entry allows; with m non-nil it also fills m
// with those items.
func (t *Table) accept(e entry, prefix string, m *Mention) (named, generic bool) {
	for _, it := range e.items {
		if it.english {
			if prefix != "" {
				continue
			}
		} else if !arabicPrefixOK(prefix, e.stem, it.article) {
			continue
		}
		if it.generic != nil {
			generic = true
			if m != nil {
				m.Generic = it.generic
			}
			continue
		}
		named = true
		if m != nil {
			m.Named = append(m.Named, Candidate{it.actor, it.local})
		}
	}
	return named, generic
}

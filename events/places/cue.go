package places

import "strings"

// Cue is what the words around a name say about it; a name may carry several.
type Cue uint8

const (
	// CuePlace: a place noun or preposition (madina "city", fi "in", in,
	// town of).
	CuePlace Cue = 1 << iota
	// CueNear: near, outside, north of, km from, rif "countryside of", qurb
	// "near": geo_precision 2.
	CueNear
	// CueRegion: province, state, muhafaza, wilaya: the name is a region.
	CueRegion
	// CueCapital: capital, al-'asima.
	CueCapital
	// CueFiller: words a cue chain may hold (the, of, min "from").
	CueFiller
	// CuePerson: a title or kinship word: the name is a person's.
	CuePerson
	// CueTown: a word for a settlement (madina, city): a town, not a
	// same-named country.
	CueTown
	// CueParticle: a word that, right after a name, makes it part of a
	// person's name ("son of": bin, ibn). It is read after a name only,
	// and a mention carries it as CuePerson.
	CueParticle
)

var cueKinds = map[string]Cue{"place": CuePlace, "near": CueNear, "region": CueRegion, "capital": CueCapital, "filler": CueFiller, "person": CuePerson, "town": CueTown | CuePlace, "particle": CueParticle}

func (c Cue) String() string {
	var out []string
	for name, k := range cueKinds {
		if c&k != 0 {
			out = append(out, name)
		}
	}
	if len(out) > 1 {
		// stable order for messages
		for i := 1; i < len(out); i++ {
			for j := i; j > 0 && out[j] < out[j-1]; j-- {
				out[j], out[j-1] = out[j-1], out[j]
			}
		}
	}
	return strings.Join(out, "+")
}

// cueOf returns the cue a word (keys) is, allowing Arabic proclitics on it.
func (g *Gazetteer) cueOf(word []byte) Cue {
	if c, ok := g.Cues[string(word)]; ok {
		return c
	}
	if len(word) == 0 || !isArabicKey(word[0]) {
		return 0
	}
	for n := 1; n <= 4 && n < len(word)-1; n++ {
		if _, ok := procliticChain(word[:n]); ok {
			if c, ok := g.Cues[string(word[n:])]; ok {
				return c
			}
		}
	}
	return 0
}

// cuesBefore reads the words before key index ws back to the first one that
// is not a cue ("near the town of", "bil-qurb min madinat"). Numbers may
// sit in the chain ("20 km from"). A person cue counts only right before
// the name.
func (g *Gazetteer) cuesBefore(key []byte, ws int) Cue {
	var c Cue
	p := ws
	for n := 0; n < 6; n++ {
		q := p
		for q > 0 && key[q-1] == keySep {
			q--
		}
		if q == 0 {
			break
		}
		if key[q-1] == keyDigit {
			for q > 0 && (key[q-1] == keyDigit || key[q-1] == keyBreak) {
				q--
			}
			p = q
			continue
		}
		if !isLetterKey(key[q-1]) {
			break
		}
		w := q
		for w > 0 && isLetterKey(key[w-1]) {
			w--
		}
		k := g.cueOf(key[w:q]) &^ CueParticle // particles are read after a name
		if k == 0 {
			break
		}
		if k&CuePerson != 0 {
			if n == 0 {
				c |= CuePerson
			}
			break
		}
		c |= k &^ CueFiller
		p = w
	}
	return c
}

// cuesAfter reads the word after a name: "Borno State", "Kirkuk province"
// make it a region, a particle ("bin") a person's name.
func (g *Gazetteer) cuesAfter(key []byte, e int) Cue {
	p := e
	for p < len(key) && key[p] == keySep {
		p++
	}
	q := p
	for q < len(key) && isLetterKey(key[q]) {
		q++
	}
	if p == q {
		return 0
	}
	k := g.Cues[string(key[p:q])]
	switch {
	case k&CueParticle != 0:
		return CuePerson
	case k&CueRegion != 0 && isLatinKey(key[p]):
		return CueRegion
	case k&(CueTown|CuePlace) != 0 && isLatinKey(key[p]) && len(key[p:q]) > 3:
		return CuePlace // "Hodan district", "Tripoli city"
	}
	return 0
}

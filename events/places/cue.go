package places

import (
	"slices"
	"strings"

	"rasd/events/arabic"
)

// Cue is what the words around a name say about it; a name may carry several.
type Cue uint16

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
	// CueVoice: a verb of saying or acting (said, accused, qalat, nafat)
	// right before or after a capital's name: the capital stands for its
	// government ("Moscow denied"), it is no place of the report.
	CueVoice
	// CueAside: the name is a place beside the event: where victims were
	// taken (hospital in), where someone comes from (native of), a road's
	// end, an earlier event named after its place ("the X massacre"). The
	// coder places an event there only when it has no other place.
	CueAside
	// CueRoad: a road named by its ends (tariq X Y, the X-Y road): the event
	// is near them (geo_precision 2), and any other place of its sentence
	// is the more precise.
	CueRoad
	// CueDistance: a unit of distance (km, kilometres, kalam): near, and
	// after a number of three digits or more ("180 km south of X") the
	// place is only a landmark far from the event: aside.
	CueDistance
	// CueJoiner: a word that joins a Latin name to the capitalised word
	// after it into a longer name (de, del, da: "Santa Cruz del Norte").
	// Read around a name only (Mention.Joined, JoinedTail): a name so
	// followed, whose comma chain places it elsewhere, is the start of a
	// place the gazetteer lacks; the name after the joiner is no place of
	// its own unless it is a known town of the report's countries.
	CueJoiner
)

var cueKinds = map[string]Cue{"place": CuePlace, "near": CueNear, "region": CueRegion, "capital": CueCapital, "filler": CueFiller, "person": CuePerson, "town": CueTown | CuePlace, "particle": CueParticle, "voice": CueVoice, "aside": CueAside, "road": CueRoad, "distance": CueDistance | CueNear, "joiner": CueJoiner}

// cueKindNames lists the kinds cues.tsv may give, sorted.
func cueKindNames() string {
	names := make([]string, 0, len(cueKinds))
	for name := range cueKinds {
		names = append(names, name)
	}
	slices.Sort(names)
	return strings.Join(names, ", ")
}

func (c Cue) String() string {
	var out []string
	for name, k := range cueKinds {
		if c&k == k {
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

// cueOf returns the cue a word (keys) is, allowing Arabic proclitics on it
// and, on a verb of saying or acting, an object pronoun (naffadhat-ha).
func (g *Gazetteer) cueOf(word []byte) Cue {
	if c := g.cueWithProclitics(word); c != 0 {
		return c
	}
	for _, e := range encliticKeys {
		if len(word) > len(e)+1 && string(word[len(word)-len(e):]) == e {
			if c := g.cueWithProclitics(word[:len(word)-len(e)]); c&CueVoice != 0 {
				return CueVoice
			}
		}
	}
	return 0
}

// encliticKeys are the object pronouns a verb may carry, as keys, longest
// first.
var encliticKeys = func() []string {
	var out []string
	for _, p := range arabic.ObjectPronouns() {
		out = append(out, Key(p))
	}
	return out
}()

func (g *Gazetteer) cueWithProclitics(word []byte) Cue {
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
	unit := false // the word read last (nearer the name) is a unit of distance
	for n := 0; n < 6; n++ {
		q := p
		for q > 0 && key[q-1] == keySep {
			q--
		}
		if q == 0 {
			break
		}
		if key[q-1] == keyDigit {
			digits := 0
			for q > 0 && (key[q-1] == keyDigit || key[q-1] == keyBreak) {
				if key[q-1] == keyDigit {
					digits++
				}
				q--
			}
			if unit && digits >= farDigits {
				c |= CueAside // "180 km south of X": X is a landmark, not the place
			}
			p, unit = q, false
			continue
		}
		if !isLetterKey(key[q-1]) {
			break
		}
		w := q
		for w > 0 && isLetterKey(key[w-1]) {
			w--
		}
		k := g.cueOf(key[w:q]) &^ (CueParticle | CueJoiner) // particles and joiners are read after a name
		if k == 0 {
			break
		}
		if k&(CuePerson|CueVoice|CueRoad) != 0 {
			// a title, a verb or a road word counts right before the name
			// only ("on the coast road in X" is no road named by X)
			if n == 0 {
				c |= k & (CuePerson | CueVoice | CueRoad)
			}
			break
		}
		c |= k &^ (CueFiller | CueDistance)
		p, unit = w, k&CueDistance != 0
	}
	if c&(CuePerson|CueVoice|CueAside) == 0 && ws > 0 && isArabicKey(key[ws]) && g.asideBefore(key, p) {
		c |= CueAside // "a native of the X district of province Y"
	}
	return c
}

// farDigits is how many digits a distance must have for the place it is
// measured from to be only a landmark: 100 km and more.
const farDigits = 3

// asideReach is how many words before a cue chain an aside word still
// governs the name ("mustashfa al-jami'a fi X": the hospital's words
// between).
const asideReach = 4

// asideBefore reports whether one of the asideReach words before key index
// p, with no punctuation between, is an aside word. Arabic names only, whose
// hospitals and home towns come in construct chains (mustashfa al-jami'a fi
// X); in English the word stands in the cue chain itself.
func (g *Gazetteer) asideBefore(key []byte, p int) bool {
	for n := 0; n < asideReach; n++ {
		q := p
		for q > 0 && key[q-1] == keySep {
			q--
		}
		if q == 0 || !isLetterKey(key[q-1]) {
			return false
		}
		w := q
		for w > 0 && isLetterKey(key[w-1]) {
			w--
		}
		if g.cueOf(key[w:q])&CueAside != 0 {
			return true
		}
		p = w
	}
	return false
}

// cuesAfter reads the word after a name: "Borno State", "Kirkuk province"
// make it a region, a particle ("bin") a person's name, a verb of saying
// ("Moscow said") a government, "hospital" or "massacre" a place aside.
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
	if k == 0 && isArabicKey(key[p]) && g.cueOf(key[p:q])&CueVoice != 0 {
		k = CueVoice // a verb with proclitics or a pronoun: "wa-Mosku tanfi"
	}
	switch {
	case k&CueParticle != 0:
		return CuePerson
	case k&CueVoice != 0:
		return CueVoice // "Moscow denied", "Mosku tanfi"
	case k&CueAside != 0 && isLatinKey(key[p]):
		return CueAside // "the Herat hospital", "the X massacre"
	case k&CueRoad != 0 && isLatinKey(key[p]):
		return CueRoad // "the X-Y highway"
	case k&CueRegion != 0 && isLatinKey(key[p]):
		return CueRegion
	case k&CueCapital != 0 && isLatinKey(key[p]):
		return CueCapital // "the Somali capital"
	case k&(CueTown|CuePlace) != 0 && isLatinKey(key[p]) && len(key[p:q]) > 3:
		return CuePlace // "Hodan district", "Tripoli city"
	}
	return 0
}

package places

import (
	"cmp"
	"fmt"
	"math"
	"slices"
	"strings"
	"unicode"
	"unicode/utf8"
)

// Candidate is one place a mention may mean, with the score that ranks it.
type Candidate struct {
	Place int32   // index in Gazetteer.Places
	Name  int32   // the NameEntry that matched
	Score float64 // higher is likelier
	Why   string  // the score's parts, for rasd geocode
}

// Resolved is a mention with its candidates ranked and a decision.
type Resolved struct {
	Mention
	Candidates []Candidate // best first
	// Accepted: the mention is a place (or a country) at all; Why says why not.
	Accepted bool
	Why      string
}

// Best returns the chosen candidate, or nil when the mention was rejected.
func (r *Resolved) Best() *Candidate {
	if !r.Accepted || len(r.Candidates) == 0 {
		return nil
	}
	return &r.Candidates[0]
}

// Options tell Analyze what it knows about a report besides its text.
type Options struct {
	// Title is read for the focus country only (its offsets are not the text's).
	Title string
	// HomeCountry is the ISO2 code of the outlet's country, when known.
	HomeCountry string
}

// Doc is a report's places: every mention resolved, the focus countries,
// and the dateline. The coder reads it through Named.
type Doc struct {
	g        *Gazetteer
	Text     string
	Mentions []Resolved
	// Focus weighs the countries the report is about (1 = the main one).
	Focus    map[string]float64
	Dateline int // index in Mentions of the dateline place, -1 when none

	// anchors are the first choices by mention (-1 for none or a country),
	// for nearness
	anchors []int32
	// named lists, by sentence, the countries its words name: country
	// names and adjectives, and the countries of its unambiguous places
	named   map[int][]string
	runes   []rune // the text's code points, made when first needed
	explain bool   // record why each candidate scored as it did
	// nearRegions are, by mention, the admin1 units ("CC.code") the names
	// within parentReach may mean, found once for all its candidates
	nearRegions []map[string]bool
}

// Analyze finds the places in a report and chooses what each name means:
// first the report's focus country (country names and adjectives, the
// dateline, capitals, the outlet's home), then feature class and population,
// then nearness to the other places named.
func (g *Gazetteer) Analyze(text string, o Options) *Doc {
	d := &Doc{g: g, Text: text, Dateline: -1, Focus: map[string]float64{}}
	for _, m := range g.Find(text) {
		d.Mentions = append(d.Mentions, Resolved{Mention: m})
	}
	d.Dateline = d.findDateline()
	raw := map[string]float64{}
	if o.HomeCountry != "" {
		raw[o.HomeCountry] += 1
	}
	countryMentions := func(ms []Resolved, weight float64) {
		for i := range ms {
			m := &ms[i]
			if m.Cue&CuePerson != 0 || m.government() || g.givenName(m) {
				continue
			}
			for _, n := range m.Names {
				ne := g.Names[n]
				p := &g.Places[ne.Place]
				if p.Kind != Country {
					continue
				}
				w := 3.0
				if ne.Flags&FlagAdjective != 0 {
					w = 2
				}
				raw[p.Country] += w * weight
				break
			}
		}
	}
	countryMentions(d.Mentions, 1)
	if o.Title != "" {
		var tm []Resolved
		for _, m := range g.Find(o.Title) {
			tm = append(tm, Resolved{Mention: m})
		}
		countryMentions(tm, 1.5)
		// unambiguous big places in the title count too, and a town named
		// with its region ("X, Texas")
		td := &Doc{g: g, Text: o.Title, Mentions: tm}
		for i, m := range tm {
			if cc := g.soleCountry(m.Names); cc != "" {
				raw[cc] += 1
				continue
			}
			for _, n := range m.Names {
				if p := &g.Places[g.Names[n].Place]; p.Kind == City && td.regionNear(i, p) {
					raw[p.Country] += 1.5
					break
				}
			}
		}
	}
	// Unambiguous towns vote for their country.
	for _, m := range d.Mentions {
		if cc := g.soleCountry(m.Names); cc != "" && m.Cue&CuePerson == 0 && !m.government() && !m.JoinedTail && !g.respelled(m.Names) {
			raw[cc] += 1
		}
	}
	d.setFocus(raw)
	d.named = d.sentenceCountries()
	d.score(nil)
	// Second pass: the first choices vote for their countries and anchor
	// nearness.
	anchors := make([]int32, len(d.Mentions))
	for i := range d.Mentions {
		m := &d.Mentions[i]
		anchors[i] = -1
		if b := m.Best(); b != nil && g.Places[b.Place].Kind != Country {
			p := &g.Places[b.Place]
			w := 0.5
			if i == d.Dateline {
				w = 2
			}
			raw[p.Country] += w
			anchors[i] = b.Place
		}
	}
	d.setFocus(raw)
	d.anchors = anchors
	d.score(anchors)
	return d
}

// government reports whether a verb of saying or acting stands next to the
// name with no word that makes it a place: a capital so written stands for
// its government ("Moscow denied", but not "officials in Moscow said").
func (m *Mention) government() bool {
	return m.Cue&CueVoice != 0 && m.Cue&(CuePlace|CueNear|CueTown|CueRegion) == 0
}

// givenName reports whether an English mention is a country's name that is
// also a given name, beside another capitalised word and with no place cue:
// "Jordan Smith" is a person.
func (g *Gazetteer) givenName(m *Resolved) bool {
	if m.Arabic || !m.NextToName || m.Cue&(CuePlace|CueNear|CueTown|CueRegion|CueCapital) != 0 {
		return false
	}
	for _, n := range m.Names {
		if g.Names[n].Flags&FlagGiven != 0 {
			return true
		}
	}
	return false
}

// sentenceCountries lists, for each sentence, the countries its mentions
// name (a country's name or adjective, or a place that is in one country
// only), in the order first named.
func (d *Doc) sentenceCountries() map[int][]string {
	out := map[int][]string{}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if m.Cue&CuePerson != 0 || m.government() || d.g.givenName(m) {
			continue
		}
		cc := ""
		for _, n := range m.Names {
			if p := &d.g.Places[d.g.Names[n].Place]; p.Kind == Country {
				cc = p.Country
				break
			}
		}
		if cc == "" {
			cc = d.g.clearCountry(m.Names)
		}
		if cc != "" && !slices.Contains(out[m.Sentence], cc) {
			out[m.Sentence] = append(out[m.Sentence], cc)
		}
	}
	return out
}

// clearCountry returns the country of a name's notable place when every
// place of another country it may mean is a tenth of its size or less
// (Beirut, not the small town abroad that shares its Arabic spelling).
func (g *Gazetteer) clearCountry(names []int32) string {
	if cc := g.soleCountry(names); cc != "" {
		return cc
	}
	var top *Place
	for _, n := range names {
		p := &g.Places[g.Names[n].Place]
		if p.Kind == Country {
			return ""
		}
		if p.Kind == City && (top == nil || p.Population > top.Population) {
			top = p
		}
	}
	if top == nil || !(top.Population >= 50000 || top.Feature == "PPLC" || top.Feature == "PPLA") {
		return ""
	}
	for _, n := range names {
		p := &g.Places[g.Names[n].Place]
		if p.Country != top.Country && p.Kind == City && p.Population*10 > top.Population {
			return ""
		}
	}
	return top.Country
}

// soleCountry returns the country all of a name's non-country places are
// in, when there is exactly one and it is a notable place.
func (g *Gazetteer) soleCountry(names []int32) string {
	cc := ""
	notable := false
	for _, n := range names {
		p := &g.Places[g.Names[n].Place]
		if p.Kind == Country {
			return ""
		}
		if cc != "" && p.Country != cc {
			return ""
		}
		cc = p.Country
		if p.Population >= 50000 || p.Feature == "PPLC" || p.Feature == "PPLA" || p.Kind == District {
			notable = true
		}
	}
	if !notable {
		return ""
	}
	return cc
}

func (d *Doc) setFocus(raw map[string]float64) {
	max := 0.0
	for _, w := range raw {
		max = math.Max(max, w)
	}
	for cc, w := range raw {
		d.Focus[cc] = w / max
	}
}

// TopCountry is the report's main country, or "".
func (d *Doc) TopCountry() string {
	best, bw := "", 0.0
	for cc, w := range d.Focus {
		if w > bw || (w == bw && cc < best) {
			best, bw = cc, w
		}
	}
	return best
}

// findDateline returns the mention that opens the text followed shortly by
// a dash, colon or bracket ("BENGHAZI, Feb 15 (Reuters) -", "Tarabulus - ").
// Some Arabic outlets draw the dash with tatweel, the letter-stretching
// mark (U+0640).
func (d *Doc) findDateline() int {
	if len(d.Mentions) == 0 {
		return -1
	}
	m := d.Mentions[0]
	cp := 0
	var prev rune
	for i, r := range d.Text {
		before := prev
		prev = r
		switch {
		case cp < m.Start:
			if r != ' ' && r != '\n' && r != '\t' && r != '(' {
				return -1
			}
		case cp >= m.End+80:
			return -1
		case cp >= m.End:
			switch r {
			case '-', '\u0640', '/':
				// a hyphen inside a word ("would-be") is no dateline dash
				next, _ := utf8.DecodeRuneInString(d.Text[i+utf8.RuneLen(r):])
				if unicode.IsLetter(before) && unicode.IsLetter(next) && before != '\u0640' {
					continue
				}
				return 0
			case '–', '—', ':', '(':
				return 0
			case '\n', '.':
				return -1
			}
		}
		cp++
	}
	return -1
}

// score ranks each mention's candidates and decides whether it is a place.
func (d *Doc) score(anchors []int32) {
	g := d.g
	var near []int32
	for i := range d.Mentions {
		m := &d.Mentions[i]
		m.Candidates = m.Candidates[:0]
		near = nearAnchors(anchors, i, near[:0])
		for _, n := range m.Names {
			ne := g.Names[n]
			s, why := d.scoreOne(m, i, ne, near)
			m.Candidates = append(m.Candidates, Candidate{Place: ne.Place, Name: n, Score: s, Why: why})
			if c, ok := d.capitalOf(m, i, ne); ok {
				m.Candidates = append(m.Candidates, Candidate{Place: c, Name: n, Score: capitalOfScore, Why: "the country's capital (a capital word and the country, no name after them)"})
			}
		}
		slices.SortStableFunc(m.Candidates, func(a, b Candidate) int { return cmp.Compare(b.Score, a.Score) })
		// one candidate per place
		seen := map[int32]bool{}
		kept := m.Candidates[:0]
		for _, c := range m.Candidates {
			if !seen[c.Place] {
				seen[c.Place] = true
				kept = append(kept, c)
			}
		}
		m.Candidates = kept
		m.Accepted, m.Why = d.accept(m, i, near)
	}
}

// capitalOfScore outranks a country name (10) and an adjective before a
// name (12): "the Somali capital", "العاصمة الصومالية" is a town.
const capitalOfScore = 13

// capitalOf returns the capital of the country name entry ne names when
// mention i carries a capital word and no name follows to say which town
// it is ("the Somali capital", "the capital of Somalia", "العاصمة
// الصومالية"; not "the Libyan capital, Tripoli").
func (d *Doc) capitalOf(m *Resolved, i int, ne NameEntry) (int32, bool) {
	if m.Cue&CueCapital == 0 || d.g.Places[ne.Place].Kind != Country {
		return 0, false
	}
	if i+1 < len(d.Mentions) && d.atMostAWordBetween(m.End, d.Mentions[i+1].Start) {
		return 0, false // "العاصمة الليبية طرابلس", "the Libyan capital, Tripoli"
	}
	if r := d.textRunes(m.End, m.End+1); len(r) == 1 && (r[0] == '\'' || r[0] == '’') {
		return 0, false // "the capital of Nigeria's Borno state": another unit's
	}
	if i > 0 && d.apposition(d.Mentions[i-1].End, m.Start) {
		return 0, false // "Aden, the temporary Yemeni capital": the town before says which
	}
	c, ok := d.g.Countries[d.g.Places[ne.Place].Country]
	if !ok || c.Capital < 0 {
		return 0, false
	}
	return c.Capital, true
}

// anchorWindow is how many mentions on each side of a name its nearness
// is measured against: a whole article's places (news names a few dozen),
// and in a very long text the places around the name, so the work per
// name stays bounded.
const anchorWindow = 100

// nearAnchors appends to out the distinct places chosen first for the
// mentions within anchorWindow of mention i (none when anchors is nil).
func nearAnchors(anchors []int32, i int, out []int32) []int32 {
	if anchors == nil {
		return out
	}
	for j := max(0, i-anchorWindow); j < min(len(anchors), i+anchorWindow+1); j++ {
		if a := anchors[j]; a >= 0 && !slices.Contains(out, a) {
			out = append(out, a)
		}
	}
	return out
}

func (d *Doc) scoreOne(m *Resolved, idx int, ne NameEntry, anchors []int32) (float64, string) {
	g := d.g
	p := &g.Places[ne.Place]
	var parts []string
	add := func(what string, v float64) float64 {
		if v != 0 && d.explain {
			parts = append(parts, fmt.Sprintf("%s%+.1f", what, v))
		}
		return v
	}
	s := 0.0
	if p.Kind == Country {
		// "al-Jaza'ir" is Algeria unless the words say a town or the
		// capital (it is also the name of Algiers).
		switch {
		case ne.Flags&FlagAdjective != 0 && d.nameFollows(idx):
			// "the Brazilian capital Rio": an adjective before the name it
			// describes is the country, whatever its letters also spell
			s += add("adjective-before-a-name", 12)
		case m.Cue&(CueTown|CueCapital) != 0:
			s += add("country-named-as-town", 3)
		default:
			s += add("country", 10)
		}
		return s, strings.Join(parts, " ")
	}
	s += add("focus", 4*d.Focus[p.Country])
	pop := p.Population
	if p.Kind == District && p.Parent >= 0 {
		pop = g.Places[p.Parent].Population / 4
	}
	if p.Kind == Admin1 && p.Parent >= 0 {
		pop = g.Places[p.Parent].Population
	}
	s += add("pop", 0.5*math.Log10(float64(pop)+10))
	switch p.Feature {
	case "PPLC":
		s += add("capital", 1.5)
	case "PPLA":
		s += add("admin-seat", 1)
	case "PPLA2":
		s += add("admin2-seat", 0.4)
	}
	if m.Cue&CueCapital != 0 && p.Feature == "PPLC" {
		s += add("capital-cue", 2)
	}
	switch p.Kind {
	case District:
		if d.parentNear(idx, p.Parent) {
			s += add("parent-named", 3)
		} else {
			s += add("district", -0.3)
		}
	case Admin1:
		if m.Cue&CueRegion != 0 {
			s += add("region-cue", 3)
		} else {
			// A town of the same name in the region is what a bare name
			// usually means (Kirkuk the city); a bare name shared only with
			// towns elsewhere is the region's (Texas, not a village abroad).
			if d.sameNamedTown(m, p) {
				s += add("region", -1.5)
			} else {
				s += add("region-only", -0.5)
			}
		}
	}
	if ne.Flags&FlagAlternate != 0 && ne.Flags&FlagArabic == 0 {
		if d.primaryNamed(m, ne.Place) {
			// another place bears this name as its own: "Birnin Gwari" the
			// town, not a village that also answers to it
			s += add("alt-name-of-another", -2.5)
		} else {
			s += add("alt-name", -0.2)
		}
	}
	// The sentence names countries: a place in one of them is likelier
	// ("Tripoli ... a source in Beirut" is Lebanon's), a place in none
	// less likely ("El Paso ... the U.S.").
	if cs := d.named[m.Sentence]; len(cs) > 0 {
		if slices.Contains(cs, p.Country) {
			s += add("country-in-sentence", 1)
		} else {
			s += add("other-country-in-sentence", -2)
		}
	}
	if p.Kind != Admin1 && p.Kind != Country && d.regionNear(idx, p) {
		s += add("region-named", 2.5) // "Bishnupur, Manipur"; "a town in Ghazni province"
	}
	if len(anchors) > 0 {
		best := math.Inf(1)
		for _, a := range anchors {
			if a == ne.Place {
				continue
			}
			q := &g.Places[a]
			best = math.Min(best, Distance(p.Lat, p.Lon, q.Lat, q.Lon))
		}
		switch {
		case best < 50:
			s += add("near-others", 1)
		case best < 200:
			s += add("near-others", 0.6)
		case best < 500:
			s += add("near-others", 0.3)
		}
	}
	return s, strings.Join(parts, " ")
}

// farFromAll reports whether place pi is more than km from every anchor in
// the report's focus countries (and there is at least one).
func (d *Doc) farFromAll(pi int32, anchors []int32, km float64) bool {
	p := &d.g.Places[pi]
	n := 0
	for _, a := range anchors {
		q := &d.g.Places[a]
		if a == pi || q.Kind == Country || d.Focus[q.Country] < 0.5 {
			continue
		}
		n++
		if Distance(p.Lat, p.Lon, q.Lat, q.Lon) <= km {
			return false
		}
	}
	return n > 0
}

// primaryNamed reports whether another town of mention m than place pi
// bears its Latin name as its own name, not as an alternate (a region of
// that name does not count: "Basra" is the city's alternate and the
// province's name).
func (d *Doc) primaryNamed(m *Resolved, pi int32) bool {
	for _, n := range m.Names {
		ne := d.g.Names[n]
		if k := d.g.Places[ne.Place].Kind; ne.Place != pi && ne.Flags&(FlagAlternate|FlagArabic) == 0 && (k == City || k == District) {
			return true
		}
	}
	return false
}

// sameNamedTown reports whether mention m may also mean a town of the
// admin1 unit p.
func (d *Doc) sameNamedTown(m *Resolved, p *Place) bool {
	for _, n := range m.Names {
		if q := &d.g.Places[d.g.Names[n].Place]; q.Kind != Admin1 && q.Kind != Country && q.Country == p.Country && q.Admin1 == p.Admin1 {
			return true
		}
	}
	return false
}

// outsideRegionAfter reports whether mention idx is followed by ", Region"
// (a region of one of the report's countries) and none of its own places
// is in that region: "Sabon Gari, Borno State" when the only Sabon Gari
// known is in another state. The region then stands alone.
func (d *Doc) outsideRegionAfter(idx int) bool {
	if idx+1 >= len(d.Mentions) {
		return false
	}
	m, o := &d.Mentions[idx], &d.Mentions[idx+1]
	if o.Start > m.End+3 || !d.commaBetween(m.End, o.Start) {
		return false
	}
	var regions []*Place
	for _, n := range o.Names {
		q := &d.g.Places[d.g.Names[n].Place]
		if q.Kind == Country && d.Focus[q.Country] >= 0.5 {
			return false // "Guanajuato, Mexico": the country, not its namesake state
		}
		if q.Kind == Admin1 && d.Focus[q.Country] >= 0.5 {
			regions = append(regions, q)
		}
	}
	if len(regions) == 0 {
		return false
	}
	for _, n := range m.Names {
		p := &d.g.Places[d.g.Names[n].Place]
		for _, q := range regions {
			if p.Country == q.Country && p.Admin1 == q.Admin1 {
				return false
			}
		}
	}
	return true
}

// joinedElsewhere reports whether the name of mention idx, the start of
// a longer name ("Buena Vista de Arriba, Town, Region"), is another place
// than the longer one: the names that follow it after a comma hold a town
// of the report's countries, or only regions none of its places is in.
func (d *Doc) joinedElsewhere(idx int) bool {
	m := &d.Mentions[idx]
	next := idx + 1
	for next < len(d.Mentions) && d.Mentions[next].JoinedTail && d.Mentions[next].Start <= m.End+joinedReach {
		next++ // the rest of the longer name ("de la Libertad")
	}
	if next >= len(d.Mentions) {
		return false
	}
	o := &d.Mentions[next]
	if o.Sentence != m.Sentence || o.Start > m.End+joinedReach {
		return false
	}
	comma := false
	for _, r := range d.textRunes(m.End, o.Start) {
		switch {
		case r == ',' || r == '،':
			comma = true
		case r == ' ' || unicode.IsLetter(r) && !comma:
		default:
			return false
		}
	}
	if !comma {
		return false
	}
	town, regions, inside := false, false, false
	for _, n := range o.Names {
		q := &d.g.Places[d.g.Names[n].Place]
		if d.Focus[q.Country] < 0.5 {
			continue
		}
		if q.Kind != Admin1 {
			town = true // "…, Yuriria, Guanajuato": the town after it
			continue
		}
		regions = true
		for _, k := range m.Names {
			if p := &d.g.Places[d.g.Names[k].Place]; p.Country == q.Country && p.Admin1 == q.Admin1 {
				inside = true
			}
		}
	}
	// a name that is a region of the report's countries reads as the
	// region ("…, Sinaloa"), whatever hamlet shares it
	return regions && !inside || town && !regions
}

// respelled reports whether every name entry is a Latin spelling rasd
// derived (variants.tsv): such a name casts no vote for a country.
func (g *Gazetteer) respelled(names []int32) bool {
	for _, n := range names {
		if f := g.Names[n].Flags; f&FlagGuessed == 0 || f&FlagArabic != 0 {
			return false
		}
	}
	return len(names) > 0
}

// knownTown reports whether place pi is a town of the report's countries
// that a longer name may be of ("Colonia X de Culiacan"): a capital, a
// regional seat or a town of 100,000.
func (d *Doc) knownTown(pi int32) bool {
	p := &d.g.Places[pi]
	return p.Kind == City && d.Focus[p.Country] >= 0.5 && (p.Feature == "PPLC" || p.Feature == "PPLA" || p.Population >= 100000)
}

// joinedReach is how many code points may follow a joined name before
// the comma of its chain (" de la Libertad, ").
const joinedReach = 40

// apposition reports whether the text between code points a and b is a
// comma and at most three words ("X, the temporary Yemeni", "X، العاصمة").
func (d *Doc) apposition(a, b int) bool {
	if b-a > 32 {
		return false
	}
	words, in, comma := 0, false, false
	for _, r := range d.textRunes(a, b) {
		switch {
		case r == ',' || r == '،':
			if comma || words > 0 {
				return false
			}
			comma = true
		case unicode.IsLetter(r):
			if !in {
				words++
			}
			in = true
		case r == ' ':
			in = false
		default:
			return false
		}
	}
	return comma && words <= 3
}

// atMostAWordBetween reports whether the text between code points a and
// b holds spaces, commas and at most one word.
func (d *Doc) atMostAWordBetween(a, b int) bool {
	if b-a > 16 {
		return false
	}
	words, in := 0, false
	for _, r := range d.textRunes(a, b) {
		switch {
		case unicode.IsLetter(r):
			if !in {
				words++
			}
			in = true
		case r == ' ' || r == ',' || r == '،':
			in = false
		default:
			return false
		}
	}
	return words <= 1
}

// commaBetween reports whether the text between code points a and b is a
// comma (Latin or Arabic) and spaces.
func (d *Doc) commaBetween(a, b int) bool {
	comma := false
	for _, r := range d.textRunes(a, b) {
		switch r {
		case ',', '،':
			comma = true
		case ' ':
		default:
			return false
		}
	}
	return comma
}

// textRunes returns the text's code points [a, b), clipped to the text.
func (d *Doc) textRunes(a, b int) []rune {
	if d.runes == nil {
		d.runes = []rune(d.Text)
	}
	a, b = max(0, min(a, len(d.runes))), max(0, min(b, len(d.runes)))
	if a > b {
		return nil
	}
	return d.runes[a:b]
}

// nameFollows reports whether another name starts right after mention idx,
// one space away.
func (d *Doc) nameFollows(idx int) bool {
	return idx+1 < len(d.Mentions) && d.Mentions[idx+1].Start <= d.Mentions[idx].End+1
}

// parentNear reports whether the city a district belongs to is named within
// parentReach of mention idx ("Tarabulus - Abu Salim", "Abu Salim,
// Tripoli").
func (d *Doc) parentNear(idx int, parent int32) bool {
	return d.namedNear(idx, func(pi int32, _ *Place) bool { return pi == parent })
}

// regionNear reports whether the admin1 unit place p is in is named within
// parentReach of mention idx ("El Paso, Texas").
func (d *Doc) regionNear(idx int, p *Place) bool {
	if d.nearRegions == nil {
		d.nearRegions = make([]map[string]bool, len(d.Mentions))
	}
	set := d.nearRegions[idx]
	if set == nil {
		set = map[string]bool{}
		d.namedNear(idx, func(_ int32, q *Place) bool {
			if q.Kind == Admin1 {
				set[q.Country+"."+q.Admin1] = true
			}
			return false // every neighbour's units
		})
		d.nearRegions[idx] = set
	}
	return set[p.Country+"."+p.Admin1]
}

// namedNear reports whether another mention within parentReach of mention
// idx may mean a place for which is holds. Mentions are in text order, so
// only the neighbours are read.
func (d *Doc) namedNear(idx int, is func(int32, *Place) bool) bool {
	m := d.Mentions[idx]
	near := func(j int) bool {
		o := &d.Mentions[j]
		if o.End < m.Start-parentReach || o.Start > m.End+parentReach {
			return false
		}
		for _, n := range o.Names {
			if pi := d.g.Names[n].Place; pi >= 0 && is(pi, &d.g.Places[pi]) {
				return true
			}
		}
		return false
	}
	for j := idx - 1; j >= 0 && d.Mentions[j].Start >= m.Start-parentReach-maxMentionRunes; j-- {
		if near(j) {
			return true
		}
	}
	for j := idx + 1; j < len(d.Mentions) && d.Mentions[j].Start <= m.End+parentReach; j++ {
		if near(j) {
			return true
		}
	}
	return false
}

// parentReach is how close (in characters) a district's city is named to
// it; maxMentionRunes bounds a mention's length, so the walk back from a
// name can stop at mentions that start too early to reach it.
const (
	parentReach     = 60
	maxMentionRunes = 200
)

// accept decides whether a mention is a place at all: common words need a
// cue, person names are not places, and obscure villages outside the
// report's countries need a cue.
func (d *Doc) accept(m *Resolved, idx int, anchors []int32) (bool, string) {
	if len(m.Candidates) == 0 {
		return false, "no candidate"
	}
	if m.Cue&CuePerson != 0 {
		return false, "part of a person's name"
	}
	g := d.g
	best := m.Candidates[0]
	p := &g.Places[best.Place]
	ne := g.Names[best.Name]
	cued := m.Cue&(CuePlace|CueNear|CueRegion|CueCapital) != 0 || idx == d.Dateline
	if ne.Flags&FlagCommon != 0 && !cued {
		return false, "common word without a place cue"
	}
	if ne.Flags&FlagGuessed != 0 && !cued {
		return false, "transliterated name without a place cue"
	}
	if ne.Flags&FlagCommon != 0 && !m.Arabic && m.SentenceStart && idx != d.Dateline {
		return false, "common word opening a sentence"
	}
	if p.Kind == Country && g.givenName(m) {
		return false, "a given name beside another capitalised word (a person's name)"
	}
	if p.Kind == Country {
		return true, "country name"
	}
	if m.government() && p.Feature == "PPLC" {
		return false, "a capital standing for its government (a verb of saying or acting next to it)"
	}
	if m.government() && m.Arabic && m.voiceBefore {
		return false, "a speaker's name after a verb of saying" // "afada Salah al-Din al-..."
	}
	if p.Kind == Admin1 && m.Cue&CueRegion == 0 && (ne.Flags&FlagCommon != 0 || g.Cues[m.Key] != 0) {
		return false, "compass word or common word naming a region, without a region cue"
	}
	focus := d.Focus[p.Country]
	if p.Kind == City && p.Population < 1000 && p.Feature == "PPL" && !cued && focus < 0.5 {
		return false, "small place outside the report's countries, no cue"
	}
	if m.Arabic && m.Prefix != "" && !cued && letters(m.Key) <= 3 && p.Population < 20000 && focus < 0.5 {
		return false, "short name behind proclitics, no cue"
	}
	if !m.Arabic && ne.Flags&FlagAlternate != 0 && p.Population < 5000 && p.Kind != Admin1 && !cued {
		return false, "minor alternate name, no cue"
	}
	if p.Kind != Admin1 && d.outsideRegionAfter(idx) {
		return false, "none of its places is in the region named right after it"
	}
	if m.Hyphened && !m.Arabic && d.Focus[p.Country] < 0.5 {
		return false, "part of a hyphenated name (a capitalised word that is no place across the hyphen), outside the report's countries"
	}
	if ne.Flags&FlagGuessed != 0 && !m.Arabic {
		if len(d.Focus) > 0 && d.Focus[p.Country] < 0.5 {
			return false, "a respelling of a place outside the report's countries"
		}
		if !d.regionNear(idx, p) && len(d.nearRegions[idx]) > 0 {
			return false, "a respelling of a place outside the region named beside it"
		}
	}
	if m.JoinedTail && !d.knownTown(best.Place) {
		return false, "the end of a longer name (a capitalised word and a joiner before it)"
	}
	if m.Joined && d.joinedElsewhere(idx) {
		return false, "the start of a longer name the gazetteer lacks, placed by the names after it elsewhere"
	}
	if !m.Arabic && !cued && m.NextToName {
		return false, "part of a longer capitalised name (a person or organisation)"
	}
	if !cued && focus < 0.3 && p.Feature != "PPLC" && p.Population < 100000 && idx != d.Dateline {
		return false, "minor place outside the report's countries, no cue"
	}
	if !cued && focus < 0.3 && idx != d.Dateline && d.farFromAll(best.Place, anchors, 1500) {
		return false, "far from the report's other places, outside its countries, no cue"
	}
	return true, "place"
}

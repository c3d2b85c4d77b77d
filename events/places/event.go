package places

import (
	"fmt"

	"rasd/events/arabic"
)

// Location is an event's place in ACLED's terms, with the words it was read from.
type Location struct {
	Place        int32   `json:"-"` // index in Gazetteer.Places of the place coded (a capital for a region)
	Country      string  `json:"country"`
	ISO          int     `json:"iso"`
	Region       string  `json:"region"`
	Admin1       string  `json:"admin1"`
	Admin2       string  `json:"admin2"`
	Location     string  `json:"location"` // ACLED spelling; "Tripoli - Abu Salim" for a district
	Lat          float64 `json:"latitude"`
	Lon          float64 `json:"longitude"`
	GeoPrecision int     `json:"geo_precision"`
	// Start and End are the evidence: code-point offsets of the name in the
	// report's text; Text is those words.
	Start   int    `json:"start"`
	End     int    `json:"end"`
	Text    string `json:"text"`
	Mention int    `json:"-"` // index in Doc.Mentions
	// Former is the country the place was part of before Former.Since
	// (South Sudan's towns before 2011 are in Sudan); nil when none.
	Former *FormerCountry `json:"-"`
}

// FormerCountry is a country a place was in until a date: an event dated
// before Since is coded in it.
type FormerCountry struct {
	Since   string // YYYY-MM-DD, the first day the place's present country existed
	Country string // ACLED's name
	ISO     int
	Region  string
}

// isPlace reports whether mention i was accepted as a place that is not a
// country.
func (d *Doc) isPlace(i int) bool {
	b := d.Mentions[i].Best()
	return b != nil && d.g.Places[b.Place].Kind != Country
}

// preferDistrict moves from a city to a district of it named right after
// ("Tarabulus - Abu Salim", "Tripoli's Abu Salim district").
func (d *Doc) preferDistrict(i int) int {
	b := d.Mentions[i].Best()
	for j := i + 1; j < len(d.Mentions) && d.Mentions[j].Start <= d.Mentions[i].End+20; j++ {
		if c := d.Mentions[j].Best(); c != nil && d.g.Places[c.Place].Kind == District && d.g.Places[c.Place].Parent == b.Place {
			return j
		}
	}
	return i
}

// location codes mention i: districts as "City - District" with their own
// coordinates, regions at their capital with precision 3, near-cues 2.
func (d *Doc) location(i int) Location {
	g := d.g
	m := &d.Mentions[i]
	pi := m.Best().Place
	p := &g.Places[pi]
	l := Location{Place: pi, Location: p.Name, Lat: p.Lat, Lon: p.Lon, GeoPrecision: 1,
		Start: m.Start, End: m.End, Text: m.Text, Mention: i}
	coded := p
	switch p.Kind {
	case District:
		if p.Parent >= 0 {
			l.Location = g.Places[p.Parent].Name + " - " + p.Name
		}
	case Admin1:
		if p.Parent >= 0 {
			coded = &g.Places[p.Parent]
			l.Place = p.Parent
			l.Location, l.Lat, l.Lon = coded.Name, coded.Lat, coded.Lon
		}
		l.GeoPrecision = 3
	}
	if (m.Cue&CueNear != 0 || d.standsIn(i)) && l.GeoPrecision < 2 {
		l.GeoPrecision = 2
	}
	if c, ok := g.Countries[coded.Country]; ok {
		l.Country, l.ISO, l.Region = c.Name, c.ISONum, c.Region
		if f, ok := g.Countries[c.Former]; ok && c.Since != "" {
			l.Former = &FormerCountry{Since: c.Since, Country: f.Name, ISO: f.ISONum, Region: f.Region}
		}
	}
	l.Admin1 = g.Admin1Name(coded)
	l.Admin2 = g.Admin2Name(coded)
	return l
}

// standsIn reports whether mention i is the town after a longer name the
// gazetteer lacks ("Buena Vista de Arriba, Town"): the event is coded to
// it as the nearest town known, precision 2 (CODEBOOK).
func (d *Doc) standsIn(i int) bool {
	if d.Mentions[i].JoinedTail {
		return false // the town the longer name is of ("X de Culiacan")
	}
	j := i - 1
	for j >= 0 && d.Mentions[j].JoinedTail && d.Mentions[j].Start+joinedReach >= d.Mentions[i].Start {
		j--
	}
	return j >= 0 && d.Mentions[j].Joined && !d.Mentions[j].Accepted && d.joinedElsewhere(j)
}

// Named is one accepted mention as the coder sees it: its Location (a
// district named with its city already preferred) and what kind of place it is.
type Named struct {
	Location
	Key         string // the place coded: two mentions of one town share it
	Parent      string // the city's Key when the place is a district of it
	CountryOnly bool   // a country's name: says where, but is never an event place
	Region      bool   // an admin1 unit, coded at its capital with precision 3
	Dateline    bool   // the place the report was filed from
	Foreign     bool   // in a country the report is only marginally about
	// Cued: a word says it is a place ("in", "town", "near", the
	// preposition bi- on the name); a bare name may be part of a title
	// ("director of security of Tripoli").
	Cued bool
	// Aside: a place beside the event (the hospital victims were taken
	// to, someone's home town, an earlier event's place).
	Aside bool
	// Road: one end of a road named by its ends; any other place of the
	// sentence is the more precise.
	Road bool
	// Adjective: a country named by its adjective (Libyan, al-libi): often
	// people's nationality rather than where something happened.
	Adjective bool
}

// Named returns every accepted mention, countries included, in text order.
func (d *Doc) Named() []Named {
	var out []Named
	aside, road := d.spread(CueAside), d.spread(CueRoad)
	for i := range d.Mentions {
		b := d.Mentions[i].Best()
		if b == nil {
			continue
		}
		p := &d.g.Places[b.Place]
		j := i
		if p.Kind != Country {
			j = d.preferDistrict(i)
		}
		l := d.location(j)
		l.Start, l.End, l.Text, l.Mention = d.Mentions[i].Start, d.Mentions[i].End, d.Mentions[i].Text, i
		if road[i] && p.Kind != Country && l.GeoPrecision < 2 {
			l.GeoPrecision = 2 // on a road out of the town
		}
		parent := ""
		if q := &d.g.Places[l.Place]; q.Kind == District && q.Parent >= 0 {
			parent = fmt.Sprint(q.Parent)
		}
		out = append(out, Named{
			Parent:      parent,
			Location:    l,
			Key:         fmt.Sprint(l.Place),
			CountryOnly: p.Kind == Country,
			Region:      p.Kind == Admin1,
			Dateline:    i == d.Dateline,
			Foreign:     d.Focus[p.Country] < 0.5,
			Cued:        d.Mentions[i].Cue&(CuePlace|CueTown|CueNear|CueRegion) != 0 || cuedByProclitics(d.Mentions[i].Prefix),
			Aside:       aside[i],
			Road:        road[i],
			Adjective:   p.Kind == Country && d.g.Names[b.Name].Flags&FlagAdjective != 0,
		})
	}
	return out
}

// spread marks the mentions whose cues carry bit, and the names joined to
// one by a space or a dash only (both ends of "the X-Y road", "tariq X Y").
func (d *Doc) spread(bit Cue) []bool {
	out := make([]bool, len(d.Mentions))
	for i := range d.Mentions {
		out[i] = d.Mentions[i].Cue&bit != 0
	}
	joined := func(i int) bool { // mentions i and i+1 are one phrase
		a, b := d.Mentions[i].End, d.Mentions[i+1].Start
		if b-a > 3 || b < a {
			return false
		}
		for _, r := range d.textRunes(a, b) {
			if r != ' ' && r != '-' && r != '–' && r != '/' {
				return false
			}
		}
		return true
	}
	for i := 0; i+1 < len(d.Mentions); i++ {
		if out[i] && joined(i) {
			out[i+1] = true
		}
	}
	for i := len(d.Mentions) - 2; i >= 0; i-- {
		if out[i+1] && !out[i] && joined(i) {
			out[i] = true
		}
	}
	return out
}

// cuedByProclitics reports whether the proclitics written on a name mark
// it as a place: the preposition bi- ("in, at": bi-Tarabulus), or the
// conjunction fa-, which has always counted here too (fa-Tarabulus).
func cuedByProclitics(prefix string) bool {
	p, _ := arabic.ParseProclitics(prefix)
	return p.Prep == 'b' || p.Conj == 'f'
}

// CountryName is the report's main country as ACLED spells it, or "".
func (d *Doc) CountryName() string {
	if c, ok := d.g.Countries[d.TopCountry()]; ok {
		return c.Name
	}
	return ""
}

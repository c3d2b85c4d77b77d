package places

import (
	"fmt"
	"strings"

	"rasd/events"
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
	Mention int    `json:"-"`   // index in Doc.Mentions
	Why     string `json:"why"` // which rule picked it
}

// EventPlace returns the place of an event whose clause or sentence spans
// [start, end) with its trigger word at trigger (code-point offsets of the
// report's text). The rule: the place named in that span nearest the
// trigger; else the nearest before it in the same paragraph; else the
// dateline; else the report's first place in its main country. Country
// names never are event places: a country-only event is not coded.
func (d *Doc) EventPlace(start, end, trigger int) (Location, bool) {
	best, bestDist := -1, 1<<30
	for i := range d.Mentions {
		m := &d.Mentions[i]
		if !d.isPlace(i) || i == d.Dateline || m.Start < start || m.End > end {
			continue
		}
		dist := m.Start - trigger
		if dist < 0 {
			dist = trigger - m.End
			dist++ // after the trigger wins a tie: "قتل ... في طرابلس"
		}
		p := &d.g.Places[m.Best().Place]
		if d.Focus[p.Country] < 0.5 {
			dist += 1 << 20 // a place in the report's own countries first
		}
		if p.Kind == Admin1 {
			dist += 1 << 19 // a town named in the sentence before a region
		}
		if dist < bestDist {
			best, bestDist = i, dist
		}
	}
	if best >= 0 {
		if dl := d.Dateline; dl >= 0 && d.isPlace(dl) && d.g.Places[d.Mentions[best].Best().Place].Kind == Admin1 {
			r, t := &d.g.Places[d.Mentions[best].Best().Place], &d.g.Places[d.Mentions[dl].Best().Place]
			if t.Country == r.Country && t.Admin1 == r.Admin1 && t.Kind != Admin1 {
				return d.location(dl, "dateline town inside the region named in the event's sentence"), true
			}
		}
		return d.location(d.preferDistrict(best), "named in the event's sentence"), true
	}
	para := -1
	for i := range d.Mentions {
		if d.Mentions[i].Start >= start {
			break
		}
		if d.isPlace(i) && i != d.Dateline {
			best = i
		}
	}
	if best >= 0 {
		para = d.Mentions[best].Paragraph
		if para == d.paragraphAt(start) {
			return d.location(d.preferDistrict(best), "nearest place before the event in its paragraph"), true
		}
	}
	if d.Dateline >= 0 && d.isPlace(d.Dateline) {
		return d.location(d.Dateline, "dateline"), true
	}
	top := d.TopCountry()
	for i := range d.Mentions {
		if d.isPlace(i) && d.g.Places[d.Mentions[i].Best().Place].Country == top {
			return d.location(i, "the report's first place in its main country"), true
		}
	}
	return Location{}, false
}

// Places returns a Location for every accepted place mention (countries
// left out), in text order: what rasd geocode prints.
func (d *Doc) Places() []Location {
	var out []Location
	for i := range d.Mentions {
		if d.isPlace(i) {
			out = append(out, d.location(i, "named"))
		}
	}
	return out
}

func (d *Doc) isPlace(i int) bool {
	b := d.Mentions[i].Best()
	return b != nil && d.g.Places[b.Place].Kind != Country
}

// preferDistrict moves from a city to a district of it named right after
// ("طرابلس - أبو سليم", "Tripoli's Abu Salim district").
func (d *Doc) preferDistrict(i int) int {
	b := d.Mentions[i].Best()
	for j := i + 1; j < len(d.Mentions) && d.Mentions[j].Start <= d.Mentions[i].End+20; j++ {
		if c := d.Mentions[j].Best(); c != nil && d.g.Places[c.Place].Kind == District && d.g.Places[c.Place].Parent == b.Place {
			return j
		}
	}
	return i
}

func (d *Doc) paragraphAt(cp int) int {
	p := 0
	for i, r := range []rune(d.Text) {
		if i >= cp {
			break
		}
		if r == '\n' {
			p++
		}
	}
	return p
}

// location codes mention i: districts as "City - District" with their own
// coordinates, regions at their capital with precision 3, near-cues 2.
func (d *Doc) location(i int, why string) Location {
	g := d.g
	m := &d.Mentions[i]
	pi := m.Best().Place
	p := &g.Places[pi]
	l := Location{Place: pi, Location: p.Name, Lat: p.Lat, Lon: p.Lon, GeoPrecision: 1,
		Start: m.Start, End: m.End, Text: m.Text, Mention: i, Why: why}
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
	if m.Cue&CueNear != 0 && l.GeoPrecision < 2 {
		l.GeoPrecision = 2
	}
	if c, ok := g.Countries[coded.Country]; ok {
		l.Country, l.ISO, l.Region = c.Name, c.ISONum, c.Region
	}
	if p.Kind == Admin1 {
		l.Admin1 = p.Name
	} else {
		l.Admin1 = g.Admin1Name(coded)
	}
	l.Admin2 = g.Admin2Name(coded)
	return l
}

// Apply writes the location into an event's columns and adds its evidence.
func (l Location) Apply(e *events.Event) {
	e.Country, e.ISO, e.Region = l.Country, l.ISO, l.Region
	e.Admin1, e.Admin2, e.Location = l.Admin1, l.Admin2, l.Location
	e.Latitude, e.Longitude, e.GeoPrecision = l.Lat, l.Lon, l.GeoPrecision
	e.Evidence = append(e.Evidence, events.Evidence{Field: "location", Start: l.Start, End: l.End, Text: l.Text})
}

// Named is one accepted mention as the coder sees it: its Location (a
// district named with its city already preferred) and what kind of place it is.
type Named struct {
	Location
	Key      string // the place coded: two mentions of one town share it
	Parent   string // the city's Key when the place is a district of it
	Country  bool   // a country's name: says where, but is never an event place
	Region   bool   // an admin1 unit, coded at its capital with precision 3
	Dateline bool   // the place the report was filed from
	Foreign  bool   // in a country the report is only marginally about
	// Cued: a word says it is a place ("in", "مدينة", "near", the
	// preposition ب); a bare name may be part of a title ("مدير أمن طرابلس").
	Cued bool
}

// Named returns every accepted mention, countries included, in text order.
func (d *Doc) Named() []Named {
	var out []Named
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
		l := d.location(j, "named")
		l.Start, l.End, l.Text, l.Mention = d.Mentions[i].Start, d.Mentions[i].End, d.Mentions[i].Text, i
		parent := ""
		if q := &d.g.Places[l.Place]; q.Kind == District && q.Parent >= 0 {
			parent = fmt.Sprint(q.Parent)
		}
		out = append(out, Named{
			Parent:   parent,
			Location: l,
			Key:      fmt.Sprint(l.Place),
			Country:  p.Kind == Country,
			Region:   p.Kind == Admin1,
			Dateline: i == d.Dateline,
			Foreign:  d.Focus[p.Country] < 0.5,
			Cued:     d.Mentions[i].Cue&(CuePlace|CueTown|CueNear|CueRegion) != 0 || strings.ContainsAny(d.Mentions[i].Prefix, "بف"),
		})
	}
	return out
}

// CountryName is the report's main country as ACLED spells it, or "".
func (d *Doc) CountryName() string {
	if c, ok := d.g.Countries[d.TopCountry()]; ok {
		return c.Name
	}
	return ""
}

package places

import (
	"fmt"
	"io"
	"sort"
	"strings"
)

// Explanation is what rasd geocode shows: the focus countries, every name
// found with its candidates and scores, and the decision with its reason.
type Explanation struct {
	Focus    []FocusCountry     `json:"focus"`
	Dateline string             `json:"dateline,omitempty"`
	Mentions []MentionExplained `json:"mentions"`
}

// FocusCountry is one country the report is about, with its weight (1 = main).
type FocusCountry struct {
	ISO2   string  `json:"iso2"`
	Name   string  `json:"name"`
	Weight float64 `json:"weight"`
}

// MentionExplained is one name found in the text.
type MentionExplained struct {
	Text       string               `json:"text"`
	Start      int                  `json:"start"`
	End        int                  `json:"end"`
	Prefix     string               `json:"prefix,omitempty"`
	Cue        string               `json:"cue,omitempty"`
	Accepted   bool                 `json:"accepted"`
	Why        string               `json:"why"`
	Chosen     *Location            `json:"chosen,omitempty"`
	Candidates []CandidateExplained `json:"candidates"`
}

// CandidateExplained is one candidate place of a mention.
type CandidateExplained struct {
	Name    string  `json:"name"`
	Kind    string  `json:"kind"`
	Country string  `json:"country"`
	Admin1  string  `json:"admin1,omitempty"`
	Lat     float64 `json:"latitude"`
	Lon     float64 `json:"longitude"`
	Pop     int     `json:"population"`
	Score   float64 `json:"score"`
	Why     string  `json:"why"`
}

// Explain describes the document's places; at most maxCandidates per mention
// are listed (0: 5).
func (d *Doc) Explain(maxCandidates int) Explanation {
	if maxCandidates <= 0 {
		maxCandidates = 5
	}
	if !d.explain {
		d.explain = true
		d.score(d.anchors)
	}
	g := d.g
	var e Explanation
	for cc, w := range d.Focus {
		e.Focus = append(e.Focus, FocusCountry{ISO2: cc, Name: g.Countries[cc].Name, Weight: w})
	}
	sort.Slice(e.Focus, func(i, j int) bool {
		if e.Focus[i].Weight != e.Focus[j].Weight {
			return e.Focus[i].Weight > e.Focus[j].Weight
		}
		return e.Focus[i].ISO2 < e.Focus[j].ISO2
	})
	if d.Dateline >= 0 {
		e.Dateline = d.Mentions[d.Dateline].Text
	}
	for i := range d.Mentions {
		m := &d.Mentions[i]
		me := MentionExplained{Text: m.Text, Start: m.Start, End: m.End, Prefix: m.Prefix, Cue: m.Cue.String(),
			Accepted: m.Accepted, Why: m.Why}
		if d.isPlace(i) {
			l := d.location(i)
			me.Chosen = &l
		}
		for j, c := range m.Candidates {
			if j == maxCandidates {
				break
			}
			p := &g.Places[c.Place]
			me.Candidates = append(me.Candidates, CandidateExplained{Name: p.Name, Kind: p.Kind.String(),
				Country: g.Countries[p.Country].Name, Admin1: g.Admin1Name(p), Lat: p.Lat, Lon: p.Lon,
				Pop: p.Population, Score: c.Score, Why: c.Why})
		}
		e.Mentions = append(e.Mentions, me)
	}
	return e
}

// WriteText prints an explanation for people.
func (e Explanation) WriteText(w io.Writer) error {
	var b strings.Builder
	b.WriteString("focus:")
	for _, f := range e.Focus {
		fmt.Fprintf(&b, " %s %.2f;", f.Name, f.Weight)
	}
	b.WriteString("\n")
	if e.Dateline != "" {
		fmt.Fprintf(&b, "dateline: %s\n", e.Dateline)
	}
	for _, m := range e.Mentions {
		verdict := "rejected"
		if m.Accepted {
			verdict = "accepted"
		}
		fmt.Fprintf(&b, "\n%q [%d:%d]", m.Text, m.Start, m.End)
		if m.Prefix != "" {
			fmt.Fprintf(&b, " prefix %q", m.Prefix)
		}
		if m.Cue != "" {
			fmt.Fprintf(&b, " cue %s", m.Cue)
		}
		fmt.Fprintf(&b, " — %s: %s\n", verdict, m.Why)
		if m.Chosen != nil {
			c := m.Chosen
			fmt.Fprintf(&b, "  → %s, %s, %s (%.4f, %.4f) precision %d\n", c.Location, c.Admin1, c.Country, c.Lat, c.Lon, c.GeoPrecision)
		}
		for _, c := range m.Candidates {
			fmt.Fprintf(&b, "    %6.2f  %s (%s, %s, %s) pop %d  [%s]\n", c.Score, c.Name, c.Kind, c.Admin1, c.Country, c.Pop, c.Why)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

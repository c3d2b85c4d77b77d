package actors

import (
	"strings"

	"rasd/events"
)

// Resolve names the actor a mention stands for in an event in country
// (ACLED's English spelling) and year (0 when unknown), with its ACLED type.
// It returns "" when the mention names nobody there: a local alias outside
// its countries, or a generic phrase with no country to attach it to.
//
//   - A named actor: the candidate whose countries include country and whose
//     years include year; else a transnational one; else one of another
//     country (the first listed). In each group the valid rows come first,
//     then the nearest in time; among a country's valid regime rows the newest wins (Nigeria
//     2015 is "(2015-)", not "(2010-2015)"). State forces named outside their
//     years resolve like "the army" of their country and year; outside their
//     countries they are External/Other forces (8), as ACLED codes them.
//   - Unnamed: the first label template the table knows for country
//     ("Unidentified Gang (Mexico)"), else "Unidentified Armed Group (<country>)", type 3.
//   - Military / Police: the country's regime row valid in year ("Military
//     Forces of Libya (2014-)"); with none, the plain "Military Forces of
//     <country>" (CODEBOOK forbids inventing regime years).
//   - Role: the first label for country ("Journalists (Libya)"), type Civilians;
//     assoc_actor_2 takes the name.
func (t *Table) Resolve(m Mention, country string, year int) (string, events.Inter) {
	if c := pick(m.Named, country, year); c != nil {
		a := c.Actor
		if a.Inter == events.StateForces && !a.ValidIn(year) {
			kind := Military
			if strings.HasPrefix(a.Name, "Police Forces") {
				kind = Police
			}
			home := country
			if len(a.Countries) > 0 && !a.HomeIn(country) {
				home = a.Countries[0]
			}
			name, _ := t.force(kind, home, year)
			return name, abroad(a, country)
		}
		return a.Name, abroad(a, country)
	}
	g := m.Generic
	if g == nil || country == "" {
		return "", 0
	}
	switch g.Kind {
	case Military, Police:
		return t.force(g.Kind, country, year)
	case Role:
		return fill(g.Labels[0], country), events.Civilians
	}
	for _, l := range g.Labels {
		if a := t.byName[fill(l, country)]; a != nil {
			return a.Name, a.Inter
		}
	}
	return Unidentified(country), events.PoliticalMilitia
}

// pick chooses among the named candidates of a mention (see Resolve).
func pick(cs []Candidate, country string, year int) *Candidate {
	var best *Candidate
	bestTier, bestDist, bestFrom := 0, 0, 0
	for i := range cs {
		c := &cs[i]
		a := c.Actor
		home := country != "" && a.HomeIn(country)
		if c.Local && country != "" && !home {
			continue
		}
		tier := 4 // elsewhere
		switch {
		case home:
			tier = 0
		case len(a.Countries) == 0:
			tier = 2
		}
		if !a.ValidIn(year) {
			tier++
		}
		dist := a.distance(year)
		// a country's successive regimes: the newest; groups abroad: the first listed
		newer := tier < 4 && a.From > bestFrom
		if best == nil || tier < bestTier || tier == bestTier && (dist < bestDist || dist == bestDist && newer) {
			best, bestTier, bestDist, bestFrom = c, tier, dist, a.From
		}
	}
	return best
}

// abroad is the actor's type in country: state forces outside their own
// countries are External/Other forces.
func abroad(a *Actor, country string) events.Inter {
	if a.Inter == events.StateForces && country != "" && len(a.Countries) > 0 && !a.HomeIn(country) {
		return events.ExternalForces
	}
	return a.Inter
}

// force names a country's military or police for a year: the newest regime
// row valid then, else the plain force name.
func (t *Table) force(kind Kind, country string, year int) (string, events.Inter) {
	if country == "" {
		return "", 0
	}
	k := forceKey{kind, country}
	for _, a := range t.forces[k] { // newest first
		if a.ValidIn(year) {
			return a.Name, events.StateForces
		}
	}
	of := t.forceOf[k]
	if of == "" {
		of = country
	}
	if kind == Police {
		return "Police Forces of " + of, events.StateForces
	}
	return "Military Forces of " + of, events.StateForces
}

// fill puts a country into a label template.
func fill(template, country string) string { return strings.ReplaceAll(template, "{country}", country) }

// Civilians names the victims' side of violence against civilians:
// "Civilians (Libya)", or "" without a country.
func Civilians(country string) string {
	if country == "" {
		return ""
	}
	return "Civilians (" + country + ")"
}

// Unidentified names unknown perpetrators: "Unidentified Armed Group
// (Libya)", or "" without a country.
func Unidentified(country string) string {
	if country == "" {
		return ""
	}
	return "Unidentified Armed Group (" + country + ")"
}

// Force names a country's state forces in a year, as the actor table spells
// them with their regime years: "Police Forces of Libya (2014-)".
func (t *Table) Force(police bool, country string, year int) (string, events.Inter) {
	if police {
		return t.force(Police, country, year)
	}
	return t.force(Military, country, year)
}

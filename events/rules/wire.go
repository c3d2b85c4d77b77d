package rules

import (
	"time"

	"rasd/events"
	"rasd/events/actors"
	"rasd/events/arabic"
	"rasd/events/dates"
	"rasd/events/places"
)

// FindDates adapts a date lexicon to the coder.
// The text comes folded by the coder, so the date finder does not fold it again.
func FindDates(lx *dates.Lexicon) func(text string, folded arabic.Folded, published time.Time) []DateMention {
	return func(text string, folded arabic.Folded, published time.Time) []DateMention {
		exprs := lx.FindFolded(folded, text, published)
		out := make([]DateMention, 0, len(exprs))
		for _, x := range exprs {
			if x.Date.IsZero() {
				continue // undated report: a relative date cannot be resolved
			}
			out = append(out, DateMention{
				Start: x.Start, End: x.End, Text: x.Text, Date: x.Date, Precision: int(x.Precision),
				Vague: x.Is(dates.Vague) || x.Precision == dates.None, Old: x.Is(dates.Old), Future: x.Is(dates.Future),
				Dateline: x.Is(dates.Dateline),
			})
		}
		return out
	}
}

// Forces adapts an actor table's state forces to the coder.
func Forces(t *actors.Table) func(police bool, country string, year int) string {
	return func(police bool, country string, year int) string {
		name, _ := t.Force(police, country, year)
		return name
	}
}

// FindActors adapts an actor table to the coder.
func FindActors(t *actors.Table) func(folded arabic.Folded) func(country string, year int) []ActorMention {
	return func(folded arabic.Folded) func(string, int) []ActorMention {
		ms := t.FindFolded(folded)
		return func(country string, year int) []ActorMention {
			out := make([]ActorMention, 0, len(ms))
			for _, m := range ms {
				name, inter := t.Resolve(m, country, year)
				am := ActorMention{Start: m.Start, End: m.End, Text: m.Text, Name: name, Inter: inter, State: m.State()}
				if g := m.Generic; g != nil && len(m.Named) == 0 {
					am.Generic = g.Kind == actors.Unnamed
					am.Role = g.Kind == actors.Role
					am.Member = g.Member
				}
				out = append(out, am)
			}
			return out
		}
	}
}

// FindPlaces adapts a gazetteer to the coder.
func FindPlaces(g *places.Gazetteer) func(r events.Report) ([]PlaceMention, string) {
	return func(r events.Report) ([]PlaceMention, string) {
		d := g.Analyze(r.Text, places.Options{Title: r.Title})
		ns := d.Named()
		out := make([]PlaceMention, 0, len(ns))
		for _, n := range ns {
			l := n.Location
			out = append(out, PlaceMention{
				Start: l.Start, End: l.End, Text: l.Text, Key: n.Key, Parent: n.Parent,
				Fields: placeFields{
					Country: l.Country, Admin1: l.Admin1, Admin2: l.Admin2, Location: l.Location,
					ISO: l.ISO, Region: l.Region, Lat: l.Lat, Lon: l.Lon, Precision: l.GeoPrecision, Former: l.Former,
				},
				CountryOnly: n.CountryOnly, Dateline: n.Dateline, Region: n.Region, Foreign: n.Foreign, Cued: n.Cued, Aside: n.Aside, Road: n.Road, Adjective: n.Adjective,
			})
		}
		return out, d.CountryName()
	}
}

package rules

import (
	"time"

	"rasd/events/actors"
	"rasd/events/dates"
)

// FindDates adapts the dates package to the coder.
func FindDates(text string, published time.Time) []DateMention {
	exprs := dates.Find(text, published)
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

// FindActors adapts an actor table to the coder.
func FindActors(t *actors.Table) func(text, country string, year int) []ActorMention {
	return func(text, country string, year int) []ActorMention {
		ms := t.Find(text)
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

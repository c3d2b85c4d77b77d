package main

import (
	"fmt"
	"io/fs"

	"context"
	"rasd/events"
	"rasd/events/actors"
	"rasd/events/dates"
	"rasd/events/places"
	"rasd/events/rules"
	"rasd/seeds"
)

// defaultCoder builds the coder rasd runs on reports: the rule coder with
// the lexicons and actor table from seeds/ (or the dictionary override
// directory) and the configured gazetteer. It is the one place the coder
// is wired.
func defaultCoder(cfg Config) (events.Coder, error) {
	fsys := seeds.FS(cfg.Dictionaries)
	lx, err := rules.LoadLexicons(fsys)
	if err != nil {
		return nil, fmt.Errorf("lexicons: %w", err)
	}
	table, err := actors.Load(fsys)
	if err != nil {
		return nil, fmt.Errorf("actors: %w", err)
	}
	dl, err := dates.LoadLexicon(fsys)
	if err != nil {
		return nil, fmt.Errorf("dates: %w", err)
	}
	g, err := loadGazetteer(cfg.Gazetteer)
	if err != nil {
		return nil, err
	}
	return rules.New(lx, rules.Finders{
		Dates:  rules.FindDates(dl),
		Places: rules.FindPlaces(g),
		Actors: rules.FindActors(table),
		Forces: rules.Forces(table),
	}), nil
}

// explainer is a coder that can say what it rejected.
type explainer interface {
	Explain(context.Context, events.Report) ([]events.Event, []rules.Rejection, error)
}

// explain prints, on stderr, the candidates the coder rejected in a
// report, and why, and for each event it coded why its place and date were
// read where they were.
func (a *app) explain(r events.Report, rejected []rules.Rejection) {
	for _, rj := range rejected {
		if rj.Event > 0 {
			// why a coded event's place or date was read where it was
			if rj.Start < 0 {
				fmt.Fprintf(a.stderr, "%s: event %d: %s: %s\n", r.Origin, rj.Event, rj.Field, rj.Reason)
			} else {
				fmt.Fprintf(a.stderr, "%s: event %d: %s %q at %d–%d: %s\n", r.Origin, rj.Event, rj.Field, rj.Text, rj.Start, rj.End, rj.Reason)
			}
			continue
		}
		cue := ""
		if rj.Cue != "" {
			cue = fmt.Sprintf(" [cue: %s]", rj.Cue)
		}
		fmt.Fprintf(a.stderr, "%s: not coded: %q at %d–%d: %s%s\n", r.Origin, rj.Text, rj.Start, rj.End, rj.Reason, cue)
	}
}

// placeTables reads seeds/places of the dictionaries in force (or its
// override in dir): the country table and the rest of the supplement,
// checked whole.
func placeTables(dir string) (*places.Supplement, error) {
	sub, err := fs.Sub(seeds.FS(dir), "places")
	if err != nil {
		return nil, err
	}
	sup, err := places.LoadSupplement(sub)
	if err != nil {
		return nil, fmt.Errorf("country table: %w", err)
	}
	return sup, nil
}

// countryPrefixes returns the ISO3 prefix of event_id_cnty by ISO numeric
// code, read from the country table of the dictionaries in force
// (seeds/places/countries.tsv or its override in dir); "XXX" for an event
// with no country.
func countryPrefixes(dir string) (func(iso int, country string) string, error) {
	sup, err := placeTables(dir)
	if err != nil {
		return nil, err
	}
	iso3 := make(map[int]string, len(sup.Countries))
	for _, c := range sup.Countries {
		iso3[c.ISONum] = c.ISO3
	}
	return func(iso int, _ string) string {
		if p, ok := iso3[iso]; ok && p != "" {
			return p
		}
		return "XXX"
	}, nil
}

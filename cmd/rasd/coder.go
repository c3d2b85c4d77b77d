package main

import (
	"fmt"
	"io/fs"
	"sync"

	"github.com/spf13/cobra"

	"rasd/events"
	"rasd/events/actors"
	"rasd/events/dates"
	"rasd/events/places"
	"rasd/events/reader"
	"rasd/events/rules"
	"rasd/seeds"
)

func init() {
	// Publication dates in every form the date package reads (Arabic month
	// names, Hijri, RFC 1123, ...), not only ISO 8601.
	reader.ParseDate = dates.ParsePublished
}

// defaultCoder builds the coder rasd runs on reports: the rule coder with
// the lexicons and actor table from seeds/ (or the dictionary override
// directory) and the configured gazetteer.
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
	a := &app{cfg: cfg}
	g, err := a.loadGazetteer()
	if err != nil {
		return nil, err
	}
	return rules.New(lx, rules.Finders{
		Dates:  rules.FindDates,
		Places: rules.FindPlaces(g),
		Actors: rules.FindActors(table),
		Forces: rules.Forces(table),
	}), nil
}

// explainer is a coder that can say what it rejected.
type explainer interface {
	Explain(events.Report) ([]events.Event, []rules.Rejection)
}

// explain prints, on stderr, the candidates the coder rejected in a
// report, and why.
func (a *app) explain(r events.Report, rejected []rules.Rejection) {
	for _, rj := range rejected {
		cue := ""
		if rj.Cue != "" {
			cue = fmt.Sprintf(" [cue: %s]", rj.Cue)
		}
		fmt.Fprintf(a.stderr, "%s: not coded: %q at %d–%d: %s%s\n", r.Origin, rj.Text, rj.Start, rj.End, rj.Reason, cue)
	}
}

var (
	isoOnce sync.Once
	iso3    map[int]string
)

// countryPrefix is the ISO3 prefix of event_id_cnty, from the country table
// in seeds/places; "XXX" for an event with no country.
func countryPrefix(iso int, _ string) string {
	isoOnce.Do(func() {
		iso3 = map[int]string{}
		sub, err := fs.Sub(seeds.FS(""), "places")
		if err != nil {
			return
		}
		sup, err := places.LoadSupplement(sub)
		if err != nil {
			return
		}
		for _, c := range sup.Countries {
			iso3[c.ISONum] = c.ISO3
		}
	})
	if p, ok := iso3[iso]; ok && p != "" {
		return p
	}
	return "XXX"
}

func (a *app) extraCommands() []*cobra.Command {
	return []*cobra.Command{a.extractCommand(), a.evalCommand(), a.gazetteerCommand(), a.geocodeCommand()}
}

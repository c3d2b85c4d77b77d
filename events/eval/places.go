package eval

import (
	"fmt"
	"io"

	"rasd/events"
)

// PlaceRow is one gold event matched by a coded event, with where each
// puts it.
type PlaceRow struct {
	ReportID    string
	Gold        GoldEvent
	Coded       eventPlace
	Km          float64 // -1 when either has no coordinates
	Within      bool    // location_25km
	SameCountry bool    // country
}

// eventPlace is the part of a coded event 'rasd geocode --gold' shows.
type eventPlace struct {
	Location, Admin1, Country string
	Lat, Lon                  float64
	Precision                 int
	Evidence                  string // the words the place was read from
}

// PlaceReport is how well the coder placed gold events: the
// location_25km and country fields of rasd eval over the same matched
// events, so its figures are the ones eval prints for the same file.
type PlaceReport struct {
	Gold, Matched, Within, Country int
	Rows                           []PlaceRow
	Unmatched                      []GoldEvent // gold events no coded event matched
}

// Places reports the places of the matched events.
func (r *Result) Places() PlaceReport {
	var pr PlaceReport
	for _, rr := range r.Reports {
		pr.Gold += len(rr.Gold.Events)
		for _, j := range rr.Missed {
			pr.Unmatched = append(pr.Unmatched, rr.Gold.Events[j])
		}
		for _, p := range rr.Pairs {
			got, want := rr.Coded[p.got], rr.Gold.Events[p.want]
			row := PlaceRow{ReportID: rr.Gold.Report.ID, Gold: want, Km: -1,
				Coded: eventPlace{Location: got.Location, Admin1: got.Admin1, Country: got.Country,
					Lat: got.Latitude, Lon: got.Longitude, Precision: got.GeoPrecision}}
			for _, ev := range got.Evidence {
				if ev.Field == "location" {
					row.Coded.Evidence = ev.Text
				}
			}
			if d, ok := distanceKm(got, want.Event); ok {
				row.Km = d
			}
			row.Within = fieldEqual("location_25km", got, want.Event)
			row.SameCountry = fieldEqual("country", got, want.Event)
			pr.Matched++
			if row.Within {
				pr.Within++
			}
			if row.SameCountry {
				pr.Country++
			}
			pr.Rows = append(pr.Rows, row)
		}
	}
	return pr
}

// fieldEqual applies the Fields rule named name.
func fieldEqual(name string, got, want events.Event) bool {
	for _, f := range Fields {
		if f.Name == name {
			return f.Equal(got, want)
		}
	}
	panic("eval: no field " + name)
}

// Write prints the report's figures and, with verbose, every matched
// event placed more than 25 km away or in another country, and every gold
// event left uncoded.
func (pr PlaceReport) Write(w io.Writer, name string, verbose bool) error {
	fmt.Fprintf(w, "%s: %d gold events, %d matched by a coded event: location within 25 km %.3f (%d/%d), country %.3f (%d/%d)\n",
		name, pr.Gold, pr.Matched, ratio(pr.Within, pr.Matched), pr.Within, pr.Matched, ratio(pr.Country, pr.Matched), pr.Country, pr.Matched)
	if !verbose {
		return nil
	}
	for _, row := range pr.Rows {
		if row.Within && row.SameCountry {
			continue
		}
		g, c := row.Gold, row.Coded
		dist := "no coordinates"
		if row.Km >= 0 {
			dist = fmt.Sprintf("%.0f km", row.Km)
		}
		fmt.Fprintf(w, "  %s: gold %s, %s, %s (%.4f, %.4f); coded %s, %s, %s (%.4f, %.4f) precision %d from %q: %s\n",
			row.ReportID, g.Location, g.Admin1, g.Country, g.Latitude, g.Longitude,
			c.Location, c.Admin1, c.Country, c.Lat, c.Lon, c.Precision, c.Evidence, dist)
	}
	for _, g := range pr.Unmatched {
		fmt.Fprintf(w, "  %s: gold %s %s, %s, %s not coded\n", g.ReportID, g.Category, g.EventDate, g.Location, g.Country)
	}
	return nil
}

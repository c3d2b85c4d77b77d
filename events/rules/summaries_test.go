package rules

import (
	"context"
	"os"
	"strconv"
	"strings"
	"testing"

	"rasd/events/eval"
)

// TestIncidentSummaries codes the short summaries of testdata/summaries.tsv
// — event notes ("On 14 March 2024, … in Dikwa (Dikwa, Borno). Fatalities:
// 2."), incident-database entries opening with a month/day/year stamp, and
// Arabic news briefs — with the full gazetteer. Each must give one event, in
// the given country, within 25 km of the given town, on the given day and
// precision.
func TestIncidentSummaries(t *testing.T) {
	c := fullCoder(t)
	b, err := os.ReadFile("testdata/summaries.tsv")
	if err != nil {
		t.Fatal(err)
	}
	rows := 0
	for n, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 10 {
			t.Fatalf("testdata/summaries.tsv:%d: want 10 columns, got %d", n+1, len(f))
		}
		id, lang, country, town, date, text := f[0], f[2], f[3], f[4], f[7], f[9]
		lat, err1 := strconv.ParseFloat(f[5], 64)
		lon, err2 := strconv.ParseFloat(f[6], 64)
		precision, err3 := strconv.Atoi(f[8])
		if err1 != nil || err2 != nil || err3 != nil {
			t.Fatalf("testdata/summaries.tsv:%d: bad latitude, longitude or precision", n+1)
		}
		rows++
		r := report(text, f[1])
		r.Lang = lang
		evs, err := c.Code(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) != 1 {
			t.Errorf("%s: %d events, want 1: %s", id, len(evs), describe(evs))
			if len(evs) == 0 {
				continue
			}
		}
		e := evs[0]
		if e.Country != country {
			t.Errorf("%s: country %s, want %s", id, e.Country, country)
		}
		if km := eval.Haversine(e.Latitude, e.Longitude, lat, lon); km > 25 {
			t.Errorf("%s: placed in %s, %.0f km from %s", id, e.Location, km, town)
		}
		if e.EventDate != date || e.TimePrecision != precision {
			t.Errorf("%s: dated %s (precision %d), want %s (precision %d)", id, e.EventDate, e.TimePrecision, date, precision)
		}
	}
	if rows < 60 {
		t.Errorf("%d summaries; keep at least 60", rows)
	}
}

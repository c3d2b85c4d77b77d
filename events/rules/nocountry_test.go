package rules

import (
	"context"
	"os"
	"strings"
	"testing"
)

// TestReportsThatNameNoCountry codes the short reports of
// testdata/no-country.tsv, which name a town or a province but never its
// country (as incident summaries and wire briefs do), with the full
// gazetteer: each must give an event, and every event must be placed in
// the country the town is in.
func TestReportsThatNameNoCountry(t *testing.T) {
	c := fullCoder(t)
	b, err := os.ReadFile("testdata/no-country.tsv")
	if err != nil {
		t.Fatal(err)
	}
	countries := map[string]bool{}
	for _, line := range strings.Split(strings.TrimSpace(string(b)), "\n") {
		if strings.HasPrefix(line, "#") {
			continue
		}
		f := strings.Split(line, "\t")
		if len(f) != 4 {
			t.Fatalf("testdata/no-country.tsv: want 4 columns: %q", line)
		}
		id, country, text := f[0], f[1], f[3]
		countries[country] = true
		r := report(text, "2024-03-20")
		r.Lang = f[2]
		evs, err := c.Code(context.Background(), r)
		if err != nil {
			t.Fatal(err)
		}
		if len(evs) == 0 {
			t.Errorf("%s: no event from %q", id, text)
		}
		for _, e := range evs {
			if e.Country != country {
				t.Errorf("%s: placed in %s (%s), want %s", id, e.Country, e.Location, country)
			}
		}
	}
	if len(countries) < 10 {
		t.Errorf("the reports cover %d countries; keep at least ten", len(countries))
	}
}

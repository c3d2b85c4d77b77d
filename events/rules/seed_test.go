package rules

import (
	"os"
	"testing"

	"context"
	"rasd/events"
)

// TestSeedArticle codes the article rasd was made from (../shared/seed,
// present on the maintainers' machines only) with the full gazetteer: the
// attempt on the former Tripoli security director is coded, dated no later
// than publication with the precision "over the past weeks" supports, and
// nothing comes from the paragraphs about Haftar, the Sahel states, Chad or
// Palermo.
func TestSeedArticle(t *testing.T) {
	text, err := os.ReadFile("../../../shared/seed/libya-tripoli-ar.txt")
	if err != nil {
		t.Skipf("no seed article here (%v)", err)
	}
	evs, _, _ := fullCoder(t).Explain(context.Background(), report(string(text), "2018-11-28"))
	var attempt *events.Event
	for i, e := range evs {
		if e.Country != "Libya" || e.Location != "Tripoli" && e.Admin1 != "Tripoli" {
			t.Errorf("event outside Tripoli, Libya: %s", describe([]events.Event{e}))
		}
		if e.EventDate > "2018-11-28" || e.TimePrecision == 1 {
			t.Errorf("date %s precision %d: want no later than publication and not precision 1", e.EventDate, e.TimePrecision)
		}
		if e.Category == events.AssassinationAttempt {
			attempt = &evs[i]
		}
	}
	if attempt == nil {
		t.Fatalf("the attempted assassination is not coded:\n%s", describe(evs))
	}
	if attempt.EventType != "Violence against civilians" || attempt.SubEventType != "Attack" || attempt.Fatalities != 0 ||
		attempt.Target == "" || attempt.Latitude < 32.8 || attempt.Latitude > 33.0 {
		t.Errorf("attempt coded wrongly:\n%s", describe([]events.Event{*attempt}))
	}
}

package rules

import (
	"os"
	"path/filepath"
	"testing"

	"context"
	"rasd/events/eval"
)

// devFloors are the least the coder may score on the invented dev sets
// (../shared/eval/dev) for the fields whose binders live in this package:
// the places and dates the coder itself writes into its events, scored
// the way rasd eval scores them.
var devFloors = map[string]float64{"location_25km": 0.93, "event_date": 0.93}

// TestDevGold codes the invented dev gold sets with the full gazetteer and
// checks the place and date floors. It skips without ../shared (users do
// not have it) or without the built gazetteer.
func TestDevGold(t *testing.T) {
	dir := os.Getenv("RASD_EVAL_DEV")
	if dir == "" {
		dir = "../../../shared/eval/dev"
	}
	var golds []eval.Gold
	for _, lang := range []string{"ar", "en"} {
		path := filepath.Join(dir, lang+".jsonl")
		f, err := os.Open(path)
		if err != nil {
			t.Skipf("no dev gold here (%v)", err)
		}
		g, err := eval.ReadGold(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		golds = append(golds, g...)
	}
	res := eval.Evaluate(context.Background(), golds, fullCoder(t))
	for _, file := range res.Files {
		tally := res.ByFile[file]
		for field, floor := range devFloors {
			got := tally.Accuracy(field)
			t.Logf("%s: %s %.3f (%d/%d)", file, field, got, tally.FieldRight[field], tally.Matched)
			if got < floor {
				t.Errorf("%s: %s %.3f, below the floor %.2f", file, field, got, floor)
			}
		}
	}
}

package places

import (
	"os"
	"path/filepath"
	"testing"
)

// TestDevGeocoding measures the event-place API on the dev gold sets
// (../shared/eval/dev, or RASD_EVAL_DEV): the acceptance asks ≥ 90% of gold
// events placed within 25 km and ≥ 97% in the right country. Skipped
// without the gazetteer or the gold files.
func TestDevGeocoding(t *testing.T) {
	g := fullGazetteer(t)
	dir := os.Getenv("RASD_EVAL_DEV")
	if dir == "" {
		dir = "../../../shared/eval/dev"
	}
	var total GoldResult
	for _, lang := range []string{"ar", "en"} {
		path := filepath.Join(dir, lang+".jsonl")
		f, err := os.Open(path)
		if err != nil {
			t.Skipf("no gold file %s: %v", path, err)
		}
		r, err := g.EvalGold(f, path)
		f.Close()
		if err != nil {
			t.Fatal(err)
		}
		t.Logf("%s: %s", lang, r)
		total.Events += r.Events
		total.Within += r.Within
		total.Country += r.Country
		for _, m := range r.Misses {
			t.Log(m)
		}
	}
	t.Logf("dev geocoding: %s", total)
	if total.WithinShare() < 0.90 || total.CountryShare() < 0.97 {
		t.Errorf("below the acceptance floor (90%% within 25 km, 97%% right country)")
	}
}

package places

import (
	"os"
	"strings"
	"sync"
	"testing"
)

var (
	fullOnce sync.Once
	fullG    *Gazetteer
	fullErr  error
)

// gazetteerPath is where make builds the full gazetteer; RASD_GAZETTEER
// overrides it.
func gazetteerPath() string {
	if p := os.Getenv("RASD_GAZETTEER"); p != "" {
		return p
	}
	return "../../data/gazetteer.bin"
}

// fullGazetteer loads the gazetteer built from the fetched GeoNames data, or
// skips the test when it has not been built (make gazetteer builds it).
func fullGazetteer(t testing.TB) *Gazetteer {
	t.Helper()
	path := gazetteerPath()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no full gazetteer at %s (build it with `make gazetteer` or `rasd gazetteer build`): %v", path, err)
	}
	fullOnce.Do(func() {
		fullG, fullErr = Load(path)
		if fullErr == nil {
			fullG.Prepare()
		}
	})
	if fullErr != nil {
		t.Fatal(fullErr)
	}
	return fullG
}

// TestSeedArticle: in the article rasd started from, Tripoli is Tripoli,
// Libya, and Chad is read as a country. (Which place each event gets is
// the coder's: events/rules tests it on the same article.)
func TestSeedArticle(t *testing.T) {
	g := fullGazetteer(t)
	path := os.Getenv("RASD_SEED_ARTICLE")
	if path == "" {
		path = "../../../shared/seed/libya-tripoli-ar.txt"
	}
	b, err := os.ReadFile(path)
	if err != nil {
		t.Skipf("no seed article: %v", err)
	}
	text := string(b)
	d := g.Analyze(text, Options{})
	chad := false
	for _, m := range d.Mentions {
		c := m.Best()
		if c == nil {
			continue
		}
		p := g.Places[c.Place]
		if p.Kind == Country && p.Country == "TD" {
			chad = true
		}
		if strings.Contains(m.Text, "طرابلس") && (p.Country != "LY" || Distance(p.Lat, p.Lon, 32.89, 13.19) > 5) {
			t.Errorf("%q at %d resolved to %s, %s", m.Text, m.Start, p.Name, p.Country)
		}
	}
	if !chad {
		t.Error("تشاد not recognised as the country Chad")
	}
}

// TestBuildFullGazetteer builds the full gazetteer from the fetched data
// (RASD_DATA, default data/) into RASD_GAZETTEER when RASD_BUILD_GAZETTEER
// is set: what `rasd gazetteer build` does, for working on this package
// without the CLI.
func TestBuildFullGazetteer(t *testing.T) {
	if os.Getenv("RASD_BUILD_GAZETTEER") == "" {
		t.Skip("set RASD_BUILD_GAZETTEER=1 to build the full gazetteer from data/")
	}
	dir := os.Getenv("RASD_DATA")
	if dir == "" {
		dir = "../../data"
	}
	o := DataOptions(dir)
	o.Supplement = os.DirFS("../../seeds/places")
	o.Out = gazetteerPath()
	st, err := Build(o)
	if err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %s", o.Out, st)
}

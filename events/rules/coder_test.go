package rules

import (
	"encoding/json"
	"os"
	"strings"
	"sync"
	"testing"
	"time"

	"context"
	"rasd/events"
	"rasd/events/actors"
	"rasd/events/dates"
	"rasd/events/places"
	"rasd/seeds"
)

var (
	coderOnce sync.Once
	testCoder *Coder
	coderErr  error
)

// newTestCoder is the coder with the built-in lexicons and actor table and a
// small gazetteer built from the places package's GeoNames fixture: the
// tests need no fetched data.
func newTestCoder(t testing.TB) *Coder {
	t.Helper()
	coderOnce.Do(func() {
		var g *places.Gazetteer
		g, _, coderErr = places.BuildGazetteer(places.BuildOptions{
			Cities:     []string{"../places/testdata/cities.txt"},
			Admin1:     "../places/testdata/admin1CodesASCII.txt",
			Supplement: os.DirFS("../../seeds/places"),
		})
		if coderErr == nil {
			testCoder, coderErr = coderWith(g)
		}
	})
	if coderErr != nil {
		t.Fatal(coderErr)
	}
	return testCoder
}

// coderWith is the coder rasd runs (built-in lexicons and actor table,
// every finder) over the gazetteer g.
func coderWith(g *places.Gazetteer) (*Coder, error) {
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	table, err := actors.Load(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	dl, err := dates.LoadLexicon(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	return New(lx, Finders{Dates: FindDates(dl), Places: FindPlaces(g), Actors: FindActors(table), Forces: Forces(table)}), nil
}

// fullCoder is coderWith the built gazetteer (RASD_GAZETTEER, else
// data/gazetteer.bin); the test skips without one.
func fullCoder(tb testing.TB) *Coder {
	tb.Helper()
	gz := os.Getenv("RASD_GAZETTEER")
	if gz == "" {
		gz = "../../data/gazetteer.bin"
	}
	g, err := places.Load(gz)
	if err != nil {
		tb.Skipf("no gazetteer (%v): run make gazetteer", err)
	}
	g.Prepare()
	c, err := coderWith(g)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func report(text, published string) events.Report {
	p, err := time.Parse(time.DateOnly, published)
	if err != nil {
		panic(err)
	}
	return events.Report{ID: "t", Text: text, Published: p, Source: "test"}
}

func describe(evs []events.Event) string {
	var sb strings.Builder
	for _, e := range evs {
		b, _ := json.Marshal(e)
		sb.Write(b)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TestEvidenceIsTheText checks that every evidence span, in code points,
// is exactly the words it claims in the report's text.
func TestEvidenceIsTheText(t *testing.T) {
	c := newTestCoder(t)
	text := "طرابلس – قُتل ثلاثة مدنيين، مساء أمس الأحد، برصاص مسلحين مجهولين في مدينة طرابلس.\nGunmen abducted two engineers on Sunday near Kirkuk."
	evs, _, _ := c.Explain(context.Background(), report(text, "2024-03-11"))
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	runes := []rune(text)
	for _, e := range evs {
		if len(e.Evidence) == 0 {
			t.Errorf("event without evidence: %+v", e)
		}
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(runes) || ev.Start >= ev.End {
				t.Fatalf("%s: bad span %d..%d", ev.Field, ev.Start, ev.End)
			}
			if got := string(runes[ev.Start:ev.End]); got != ev.Text {
				t.Errorf("%s: span says %q, text there is %q", ev.Field, ev.Text, got)
			}
		}
	}
}

// TestCodeIsDeterministic runs one report many times concurrently: the
// coder keeps no state between reports.
func TestCodeIsDeterministic(t *testing.T) {
	c := newTestCoder(t)
	r := report("قتل مسلحون مجهولون ثلاثة مدنيين أمس السبت في مدينة سرت، واختطفوا اثنين آخرين في بنغازي يوم الجمعة.", "2024-03-10")
	first := describe(must(c.Code(context.Background(), r)))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := describe(must(c.Code(context.Background(), r))); got != first {
				t.Errorf("different output:\n%s\nvs\n%s", got, first)
			}
		}()
	}
	wg.Wait()
}

func must(evs []events.Event, err error) []events.Event {
	if err != nil {
		panic(err)
	}
	return evs
}

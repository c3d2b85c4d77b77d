package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/events"
	"rasd/events/actors"
	"rasd/events/places"
	"rasd/seeds"
)

// BenchmarkCodeGolden codes the golden reports with the fixture gazetteer.
func BenchmarkCodeGolden(b *testing.B) {
	c := newTestCoder(b)
	files, _ := filepath.Glob("testdata/golden/*.txt")
	var rs []events.Report
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pub, text, _ := strings.Cut(string(data), "\n")
		rs = append(rs, report(text, strings.TrimSpace(pub)))
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range rs {
			c.Code(r)
		}
	}
}

// BenchmarkCodeReal codes the real Arabic news corpus (../shared, when
// present) with the full gazetteer (RASD_GAZETTEER or data/gazetteer.bin):
// the coder's throughput per core, in MB/s.
func BenchmarkCodeReal(b *testing.B) {
	corpus := "../../../shared/eval/real/ant_arabic_violence_news.jsonl"
	f, err := os.Open(corpus)
	if err != nil {
		b.Skipf("no real corpus at %s", corpus)
	}
	defer f.Close()
	gz := os.Getenv("RASD_GAZETTEER")
	if gz == "" {
		gz = "../../data/gazetteer.bin"
	}
	g, err := places.Load(gz)
	if err != nil {
		b.Skipf("no gazetteer (%v): run make gazetteer", err)
	}
	if err := g.Prepare(); err != nil {
		b.Fatal(err)
	}
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		b.Fatal(err)
	}
	table, err := actors.Load(seeds.FS(""))
	if err != nil {
		b.Fatal(err)
	}
	c := New(lx, Finders{Dates: FindDates, Places: FindPlaces(g), Actors: FindActors(table)})
	var rs []events.Report
	size := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var d struct{ Title, Text, Published string }
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		p, _ := time.Parse(time.RFC1123Z, d.Published)
		rs = append(rs, events.Report{Title: d.Title, Text: d.Text, Published: p})
		size += len(d.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range rs {
			c.Code(r)
		}
	}
}

package places

import (
	"fmt"
	"math/rand/v2"
	"os"
	"sort"
	"strings"
	"testing"

	"rasd/events/internal/realcorpus"
)

// TestStopCandidates helps curate stop-ar.txt and common-ar.txt: with
// RASD_STOP_CORPUS set to a JSONL file of news reports ({"title","text"}),
// it prints every gazetteer name found in at least RASD_STOP_MIN_DOCS (3)
// reports, with its report count and the place it would be, most frequent
// first. A curator marks the ordinary words among them (stop-ar.txt) and the
// places that are also words (common-ar.txt). It prints names and counts,
// never the corpus's text.
//
//	RASD_STOP_CORPUS=$PWD/../shared/eval/real/ant_arabic_violence_news.jsonl \
//	  go test -tags sqlite_fts5 -run TestStopCandidates -v ./events/places/
func TestStopCandidates(t *testing.T) {
	path := os.Getenv("RASD_STOP_CORPUS")
	if path == "" {
		t.Skip("set RASD_STOP_CORPUS to a JSONL news corpus to list stoplist candidates")
	}
	g := fullGazetteer(t)
	min := 3
	if v := os.Getenv("RASD_STOP_MIN_DOCS"); v != "" {
		fmt.Sscan(v, &min)
	}
	arts, err := realcorpus.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	docs := map[string]int{}
	names := map[string][]int32{}
	for _, r := range arts {
		seen := map[string]bool{}
		for _, m := range g.Find(r.Title + "\n" + r.Text) {
			if !seen[m.Key] {
				seen[m.Key] = true
				docs[m.Key]++
				names[m.Key] = m.Names
			}
		}
	}
	keys := make([]string, 0, len(docs))
	for k, n := range docs {
		if n >= min {
			keys = append(keys, k)
		}
	}
	sort.Slice(keys, func(i, j int) bool {
		return docs[keys[i]] > docs[keys[j]] || docs[keys[i]] == docs[keys[j]] && keys[i] < keys[j]
	})
	for _, k := range keys {
		best := g.Places[g.Names[names[k][0]].Place]
		for _, n := range names[k] {
			if p := g.Places[g.Names[n].Place]; p.Population > best.Population {
				best = p
			}
		}
		fmt.Printf("%d\t%s\t%s (%s, %s, %d)\n", docs[k], keyString([]byte(k)), best.Name, best.Kind, best.Country, best.Population)
	}
}

// TestFalsePlaceSample prints RASD_SAMPLE (100) random accepted place
// mentions of RASD_STOP_CORPUS with 40 characters of context, for a person
// to judge how many are no place at all: the false-place rate.
func TestFalsePlaceSample(t *testing.T) {
	path := os.Getenv("RASD_STOP_CORPUS")
	if path == "" || os.Getenv("RASD_SAMPLE") == "" {
		t.Skip("set RASD_STOP_CORPUS and RASD_SAMPLE to sample place mentions for judging")
	}
	n := 100
	fmt.Sscan(os.Getenv("RASD_SAMPLE"), &n)
	g := fullGazetteer(t)
	arts, err := realcorpus.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var all []string
	for _, r := range arts {
		d := g.Analyze(r.Text, Options{Title: r.Title})
		rs := []rune(r.Text)
		for _, l := range d.Named() {
			if l.CountryOnly {
				continue
			}
			a, b := max(0, l.Start-40), min(len(rs), l.End+40)
			all = append(all, fmt.Sprintf("%s, %s\t%s[[%s]]%s", l.Location.Location, l.Location.Country, string(rs[a:l.Start]), string(rs[l.Start:l.End]), string(rs[l.End:b])))
		}
	}
	rnd := rand.New(rand.NewPCG(1, 2))
	rnd.Shuffle(len(all), func(i, j int) { all[i], all[j] = all[j], all[i] })
	fmt.Printf("%d accepted place mentions; a sample of %d:\n", len(all), min(n, len(all)))
	for i := 0; i < n && i < len(all); i++ {
		fmt.Printf("%d\t%s\n", i+1, strings.ReplaceAll(all[i], "\n", " "))
	}
}

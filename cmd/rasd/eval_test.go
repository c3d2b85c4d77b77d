package main

import (
	"encoding/json"
	"strings"
	"testing"
)

// Two small gold files the fake coder codes: it places every event in the
// first place it knows in the text (Tripoli when none), on the publication
// day.
const (
	goldA = `{"id":"a1","lang":"en","published":"2024-03-20","text":"Gunmen killed 2 men in Benghazi.","events":[{"category":"killing","event_date":"2024-03-20","time_precision":1,"country":"Libya","admin1":"Benghazi","location":"Benghazi","latitude":32.11486,"longitude":20.06859,"geo_precision":1,"inter1":3,"inter2":7,"fatalities":2}]}
{"id":"a2","lang":"en","published":"2024-03-20","text":"A meeting in Benghazi ended without incident.","events":[]}
`
	goldB = `{"id":"b1","lang":"ar","published":"2024-03-21","text":"قتل مسلحون رجلا في بنغازي.","events":[{"category":"killing","event_date":"2024-03-21","time_precision":1,"country":"Libya","admin1":"Tripoli","location":"Tajura","latitude":32.88167,"longitude":13.35056,"geo_precision":1,"inter1":3,"inter2":7,"fatalities":1}]}
{"id":"b2","lang":"ar","published":"2024-03-21","text":"قتل مسلح شخصا.","events":[]}
`
)

func TestEvalJSONHasOneRowPerFile(t *testing.T) {
	e := newEnv(t)
	a, b := e.write("a.jsonl", []byte(goldA)), e.write("b.jsonl", []byte(goldB))
	r := e.mustRun(0, "eval", "--json", "--gold", a, "--gold", b)
	var got struct {
		Files []struct {
			File                          string
			Reports, Gold, Coded, Matched int
			Precision, Recall, F1         float64
			FalseEventRate                float64 `json:"false_event_rate"`
			Fields                        map[string]float64
		}
		Languages map[string]struct{ Reports int }
		All       struct {
			File    *string
			Matched int
			Fields  map[string]float64
		}
	}
	if err := json.Unmarshal([]byte(r.stdout), &got); err != nil {
		t.Fatalf("not JSON: %v\n%s", err, r.stdout)
	}
	if len(got.Files) != 2 || got.Files[0].File != a || got.Files[1].File != b {
		t.Fatalf("files %+v", got.Files)
	}
	fa, fb := got.Files[0], got.Files[1]
	if fa.Reports != 2 || fa.Gold != 1 || fa.Coded != 1 || fa.Matched != 1 || fa.F1 != 1 || fa.FalseEventRate != 0 || fa.Fields["location_25km"] != 1 {
		t.Errorf("file a: %+v", fa)
	}
	// b2 is a distractor the fake coder codes anyway; b1 is placed in
	// Benghazi, 640 km from the gold place, but on its day
	if fb.Coded != 2 || fb.Matched != 1 || fb.Precision != 0.5 || fb.FalseEventRate != 1 || fb.Fields["location_25km"] != 0 || fb.Fields["event_date"] != 1 {
		t.Errorf("file b: %+v", fb)
	}
	if got.Languages["ar"].Reports != 2 || got.Languages["en"].Reports != 2 || got.All.Matched != 2 || got.All.File != nil {
		t.Errorf("languages %+v all %+v", got.Languages, got.All)
	}
	if got.All.Fields["location_25km"] != 0.5 {
		t.Errorf("all location_25km %v", got.All.Fields["location_25km"])
	}

	text := e.mustRun(0, "eval", "--gold", a, "--gold", b).stdout
	for _, want := range []string{"file", a, b, "lang", "all", "location_25km"} {
		if !strings.Contains(text, want) {
			t.Errorf("table lacks %q:\n%s", want, text)
		}
	}
	e.mustRun(2, "eval", "--json", "-v", "--gold", a)
	empty := e.write("empty.jsonl", nil)
	if r := e.mustRun(1, "eval", "--gold", empty); !strings.Contains(r.stderr, "no gold report") {
		t.Errorf("empty gold file: %s", r)
	}
}

// TestGeocodeGoldScoresTheCodersPlaces: the figure is rasd eval's
// location_25km for the same file, and -v names the event placed wrong.
func TestGeocodeGoldScoresTheCodersPlaces(t *testing.T) {
	e := newEnv(t)
	b := e.write("b.jsonl", []byte(goldB))
	r := e.mustRun(0, "geocode", "--gold", b, "-v")
	for _, want := range []string{"1 gold events, 1 matched", "location within 25 km 0.000 (0/1)", "country 1.000 (1/1)",
		"b1: gold Tajura", `coded Benghazi, Benghazi, Libya`, `from "بنغازي"`} {
		if !strings.Contains(r.stdout, want) {
			t.Errorf("geocode --gold lacks %q:\n%s", want, r.stdout)
		}
	}
}

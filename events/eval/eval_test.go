package eval

import (
	"bytes"
	"strings"
	"testing"

	"context"
	"rasd/events"
)

const goldJSONL = `{"id":"g1","lang":"en","published":"2024-03-20","text":"Gunmen killed two men in Tripoli yesterday.","events":[{"category":"killing","event_type":"Violence against civilians","sub_event_type":"Attack","event_date":"2024-03-19","time_precision":1,"country":"Libya","admin1":"Tripoli","location":"Tripoli","latitude":32.8874,"longitude":13.1873,"geo_precision":1,"actor1":"Unidentified Armed Group (Libya)","inter1":3,"actor2":"Civilians (Libya)","inter2":7,"fatalities":2,"target":"","event_key":"k1"}]}
{"id":"g2","lang":"ar","published":"2024-03-20","text":"لا حدث هنا","events":[]}

{"id":"g3","lang":"ar","published":"2024-03-20","text":"اختطاف في مصراتة","events":[{"category":"kidnapping","event_date":"2024-03-18","time_precision":1,"country":"Libya","location":"Misrata","latitude":32.3754,"longitude":15.0925,"inter1":"Political militia","inter2":7,"fatalities":0}]}
`

func TestReadGold(t *testing.T) {
	golds, err := ReadGold(strings.NewReader(goldJSONL), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	if len(golds) != 3 || golds[0].Events[0].EventKey != "k1" || golds[0].Events[0].Inter1 != events.PoliticalMilitia {
		t.Fatalf("parsed %+v", golds)
	}
	if golds[2].Events[0].Inter1 != events.PoliticalMilitia || golds[2].Report.Origin != "gold.jsonl:4" {
		t.Fatalf("text inter or origin: %+v", golds[2])
	}
	_, err = ReadGold(strings.NewReader(goldJSONL+`{"id":"bad","text":"x","events":[{"inter1":12}]}`+"\n"), "gold.jsonl")
	if err == nil || !strings.Contains(err.Error(), "gold.jsonl:5") {
		t.Fatalf("bad inter: %v", err)
	}
}

func TestEvaluate(t *testing.T) {
	golds, err := ReadGold(strings.NewReader(goldJSONL), "gold.jsonl")
	if err != nil {
		t.Fatal(err)
	}
	coder := events.CoderFunc(func(_ context.Context, r events.Report) ([]events.Event, error) {
		switch r.ID {
		case "g1": // right place and day, wrong fatalities
			e := golds[0].Events[0].Event
			e.Fatalities = 1
			return []events.Event{e}, nil
		case "g2": // a false event in a report with none
			return []events.Event{{Category: events.Killing, EventDate: "2024-03-20"}}, nil
		}
		return nil, nil // g3 missed
	})
	res := Evaluate(context.Background(), golds, coder)
	all := res.All
	if all.Gold != 2 || all.Coded != 2 || all.Matched != 1 || all.FalseReports != 1 || all.EmptyReports != 1 {
		t.Fatalf("tally %+v", all)
	}
	if all.Precision() != 0.5 || all.Recall() != 0.5 || all.F1() != 0.5 || all.FalseEventRate() != 1 {
		t.Fatalf("p %v r %v f %v fer %v", all.Precision(), all.Recall(), all.F1(), all.FalseEventRate())
	}
	if all.Accuracy("fatalities") != 0 || all.Accuracy("location_25km") != 1 || all.Accuracy("category") != 1 {
		t.Fatalf("field accuracy %+v", all.FieldRight)
	}
	if res.ByLang["en"].Matched != 1 || res.ByLang["ar"].Gold != 1 {
		t.Fatalf("by language %+v %+v", res.ByLang["en"], res.ByLang["ar"])
	}
	var out bytes.Buffer
	if err := res.Write(&out, true); err != nil {
		t.Fatal(err)
	}
	for _, want := range []string{"MISSED kidnapping 2024-03-18", "FALSE  killing", "fatalities      got 1", "F1"} {
		if !strings.Contains(out.String(), want) {
			t.Errorf("output lacks %q:\n%s", want, out.String())
		}
	}
}

func TestMatchIsOneToOneAndNeedsSameKind(t *testing.T) {
	tripoli := events.Event{Category: events.Killing, EventDate: "2024-01-01", Latitude: 32.88, Longitude: 13.19}
	kid := tripoli
	kid.Category = events.Kidnapping
	gold := []GoldEvent{{Event: tripoli}}
	if got := match([]events.Event{kid}, gold); len(got) != 0 {
		t.Fatal("kidnapping matched a killing")
	}
	att := tripoli
	att.Category = events.AssassinationAttempt
	if got := match([]events.Event{att, att}, gold); len(got) != 1 {
		t.Fatalf("one gold event matched %d times", len(got))
	}
	far := tripoli
	far.EventDate, far.Latitude, far.Longitude = "2024-01-05", 32.11, 20.07 // Benghazi, another day
	if got := match([]events.Event{far}, gold); len(got) != 0 {
		t.Fatal("far event on another day matched")
	}
}

func TestHaversine(t *testing.T) {
	// Tripoli to Benghazi is about 645 km
	if d := Haversine(32.8874, 13.1873, 32.1167, 20.0667); d < 630 || d > 660 {
		t.Fatalf("distance %v", d)
	}
}

func TestSameActorIgnoresRegimeYearsOnly(t *testing.T) {
	for _, c := range []struct {
		a, b string
		want bool
	}{
		{"Military Forces of Egypt (2014-)", "Military Forces of Egypt", true},
		{"Military Forces of Mozambique (1990-2004)", "Military Forces of Mozambique", true},
		{"Military Forces of Iraq (2018-) Popular Mobilization Forces", "Military Forces of Iraq Popular Mobilization Forces", true},
		{"Military Forces of Egypt (2014-)", "Police Forces of Egypt", false},
		{"Military Forces of Libya (2014-) Haftar Faction", "Military Forces of Libya (2016-) Government of National Accord", false},
		{"Islamic State (Iraq)", "Islamic State (Syria)", false},
	} {
		if got := sameActor(c.a, c.b); got != c.want {
			t.Errorf("sameActor(%q, %q) = %v, want %v", c.a, c.b, got, c.want)
		}
	}
}

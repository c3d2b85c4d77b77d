package eval

import (
	"fmt"
	"regexp"
	"sort"
	"strings"

	"context"
	"rasd/events"
)

// Field is one column scored over matched events.
type Field struct {
	Name  string
	Equal func(got, want events.Event) bool
}

// Fields are the columns rasd eval scores, in the order it prints them.
var Fields = []Field{
	{"category", func(g, w events.Event) bool { return g.Category == w.Category }},
	{"event_type", func(g, w events.Event) bool { return g.EventType == w.EventType }},
	{"sub_event_type", func(g, w events.Event) bool { return g.SubEventType == w.SubEventType }},
	{"event_date", func(g, w events.Event) bool { return g.EventDate == w.EventDate }},
	{"time_precision", func(g, w events.Event) bool { return g.TimePrecision == w.TimePrecision }},
	{"country", func(g, w events.Event) bool { return g.Country == w.Country }},
	{"admin1", func(g, w events.Event) bool { return g.Admin1 == w.Admin1 }},
	{"location_25km", func(g, w events.Event) bool { d, ok := distanceKm(g, w); return ok && d <= 25 }},
	{"geo_precision", func(g, w events.Event) bool { return g.GeoPrecision == w.GeoPrecision }},
	{"fatalities", func(g, w events.Event) bool { return g.Fatalities == w.Fatalities }},
	{"actor1", func(g, w events.Event) bool { return sameActor(g.Actor1, w.Actor1) }},
	{"inter1", func(g, w events.Event) bool { return g.Inter1 == w.Inter1 }},
	{"actor2", func(g, w events.Event) bool { return sameActor(g.Actor2, w.Actor2) }},
	{"inter2", func(g, w events.Event) bool { return g.Inter2 == w.Inter2 }},
	{"target", func(g, w events.Event) bool { return g.Target == w.Target }},
}

// Tally counts one language's (or all languages') results.
type Tally struct {
	Reports, Gold, Coded, Matched int
	// EmptyReports have no gold event; FalseReports are those among them
	// where the coder coded something anyway.
	EmptyReports, FalseReports int
	FieldRight                 map[string]int
}

func (t *Tally) add(o Tally) {
	t.Reports += o.Reports
	t.Gold += o.Gold
	t.Coded += o.Coded
	t.Matched += o.Matched
	t.EmptyReports += o.EmptyReports
	t.FalseReports += o.FalseReports
	for k, v := range o.FieldRight {
		t.FieldRight[k] += v
	}
}

// Precision is matched / coded.
func (t Tally) Precision() float64 { return ratio(t.Matched, t.Coded) }

// Recall is matched / gold.
func (t Tally) Recall() float64 { return ratio(t.Matched, t.Gold) }

// F1 is the harmonic mean of precision and recall.
func (t Tally) F1() float64 {
	p, r := t.Precision(), t.Recall()
	if p+r == 0 {
		return 0
	}
	return 2 * p * r / (p + r)
}

// FalseEventRate is the share of no-event reports where something was coded.
func (t Tally) FalseEventRate() float64 { return ratio(t.FalseReports, t.EmptyReports) }

// Accuracy is the share of matched events whose field is right.
func (t Tally) Accuracy(field string) float64 { return ratio(t.FieldRight[field], t.Matched) }

func ratio(a, b int) float64 {
	if b == 0 {
		return 0
	}
	return float64(a) / float64(b)
}

// ReportResult is how the coder did on one gold report, for --verbose.
type ReportResult struct {
	Gold    Gold
	Coded   []events.Event
	Pairs   []pair
	Err     error
	Missed  []int // gold events with no coded match
	Extra   []int // coded events with no gold match
	Wrong   map[int][]string
	Matched int
}

// Result is a whole evaluation.
type Result struct {
	ByLang map[string]*Tally
	// ByFile tallies each gold file; Files lists them in the order given.
	ByFile  map[string]*Tally
	Files   []string
	All     Tally
	Reports []ReportResult
}

// Langs lists the languages evaluated, sorted.
func (r *Result) Langs() []string {
	var ls []string
	for l := range r.ByLang {
		ls = append(ls, l)
	}
	sort.Strings(ls)
	return ls
}

// Evaluate codes every gold report and scores the result. It stops when
// ctx is done, scoring what was coded.
func Evaluate(ctx context.Context, golds []Gold, coder events.Coder) *Result {
	res := &Result{ByLang: map[string]*Tally{}, ByFile: map[string]*Tally{}, All: Tally{FieldRight: map[string]int{}}}
	for _, g := range golds {
		if ctx.Err() != nil {
			break
		}
		rr := ReportResult{Gold: g, Wrong: map[int][]string{}}
		coded, err := coder.Code(ctx, g.Report)
		if err != nil {
			rr.Err = fmt.Errorf("%s: %w", g.Report.ID, err)
		}
		rr.Coded = coded
		t := Tally{Reports: 1, Gold: len(g.Events), Coded: len(coded), FieldRight: map[string]int{}}
		if len(g.Events) == 0 {
			t.EmptyReports = 1
			if len(coded) > 0 {
				t.FalseReports = 1
			}
		}
		rr.Pairs = match(coded, g.Events)
		t.Matched = len(rr.Pairs)
		usedG, usedW := map[int]bool{}, map[int]bool{}
		for _, p := range rr.Pairs {
			usedG[p.got], usedW[p.want] = true, true
			for _, f := range Fields {
				if f.Equal(coded[p.got], g.Events[p.want].Event) {
					t.FieldRight[f.Name]++
				} else {
					rr.Wrong[p.want] = append(rr.Wrong[p.want], f.Name)
				}
			}
		}
		for j := range g.Events {
			if !usedW[j] {
				rr.Missed = append(rr.Missed, j)
			}
		}
		for i := range coded {
			if !usedG[i] {
				rr.Extra = append(rr.Extra, i)
			}
		}
		rr.Matched = t.Matched
		lang := g.Report.Lang
		if lang == "" {
			lang = "?"
		}
		if res.ByLang[lang] == nil {
			res.ByLang[lang] = &Tally{FieldRight: map[string]int{}}
		}
		res.ByLang[lang].add(t)
		if res.ByFile[g.File] == nil {
			res.ByFile[g.File] = &Tally{FieldRight: map[string]int{}}
			res.Files = append(res.Files, g.File)
		}
		res.ByFile[g.File].add(t)
		res.All.add(t)
		res.Reports = append(res.Reports, rr)
	}
	return res
}

// regimeYears is the "(2014-)" or "(1990-2004)" ACLED puts after a state
// force's name.
var regimeYears = regexp.MustCompile(` \((1[89]|20)[0-9]{2}-((1[89]|20)[0-9]{2})?\)`)

// sameActor compares actor names as ACLED spells them. A state force
// written without its regime years ("Military Forces of Egypt", as gold
// files often have it) is the same actor as the one with them ("Military
// Forces of Egypt (2014-)"), which is what rasd writes.
func sameActor(a, b string) bool {
	if a == b {
		return true
	}
	if !strings.Contains(a, "Forces of ") || !strings.Contains(b, "Forces of ") {
		return false
	}
	return regimeYears.ReplaceAllString(a, "") == regimeYears.ReplaceAllString(b, "")
}

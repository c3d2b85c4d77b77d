package places

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// GoldResult is how well the event-place API finds the places of gold
// events (the gold format of DESIGN.md): the acceptance measure.
type GoldResult struct {
	Events  int
	Within  int // answers within 25 km of the gold point
	Country int // answers in the gold country
	Misses  []string
}

// WithinShare and CountryShare are the shares the acceptance asks for
// (≥ 0.90 and ≥ 0.97).
func (r GoldResult) WithinShare() float64  { return share(r.Within, r.Events) }
func (r GoldResult) CountryShare() float64 { return share(r.Country, r.Events) }

func share(n, d int) float64 {
	if d == 0 {
		return 0
	}
	return float64(n) / float64(d)
}

func (r GoldResult) String() string {
	return fmt.Sprintf("%d gold events: %.1f%% placed within 25 km, %.1f%% in the right country",
		r.Events, 100*r.WithinShare(), 100*r.CountryShare())
}

// goldReport is the part of a gold report this measure reads.
type goldReport struct {
	ID, Lang, Title, Text string
	Events                []struct {
		Country             string
		Location            string
		Latitude, Longitude float64
	}
}

// evalTriggers find an event's sentence when the gold place's name is not
// in the text: approximate, as the measure allows.
var evalTriggers = []string{"قتل", "مقتل", "اغتيال", "اختطاف", "خطف", "اعدام", "هجوم", "انفجار", "تفجير", "نجا", "مسلح",
	"killed", "shot", "kidnapped", "abducted", "assassinat", "attack", "gunmen", "bomb", "explosion", "dead"}

// EvalGold reads gold reports (JSONL) and, for every gold event, gives
// EventPlace roughly the event's sentence — the one naming a place within
// 15 km of the gold point, else the first with an event word — with the
// event word nearest that name as the trigger, and compares the answer with
// the gold coordinates and country. name is used in error messages.
func (g *Gazetteer) EvalGold(r io.Reader, name string) (GoldResult, error) {
	var res GoldResult
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		if strings.TrimSpace(sc.Text()) == "" {
			continue
		}
		var gr goldReport
		if err := json.Unmarshal(sc.Bytes(), &gr); err != nil {
			return res, fmt.Errorf("%s:%d: %w", name, line, err)
		}
		d := g.Analyze(gr.Text, Options{Title: gr.Title})
		for _, e := range gr.Events {
			res.Events++
			start, end, trig := evalSentence(d, e.Latitude, e.Longitude)
			l, ok := d.EventPlace(start, end, trig)
			dist := -1.0
			if ok {
				dist = Distance(l.Lat, l.Lon, e.Latitude, e.Longitude)
			}
			if ok && dist <= 25 {
				res.Within++
			}
			if ok && l.Country == e.Country {
				res.Country++
			}
			if !ok || dist > 25 || l.Country != e.Country {
				res.Misses = append(res.Misses, fmt.Sprintf("%s: gold %s (%s), got %q %s %.0f km [%s]",
					gr.ID, e.Location, e.Country, l.Location, l.Country, dist, l.Why))
			}
		}
	}
	if err := sc.Err(); err != nil {
		return res, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return res, nil
}

// evalSentence returns the span of the sentence that names a place within
// 15 km of the gold point, else of the first sentence with an event word,
// and the trigger offset in it.
func evalSentence(d *Doc, lat, lon float64) (start, end, trigger int) {
	g := d.g
	at := -1
	for _, m := range d.Mentions {
		for _, n := range m.Names {
			p := &g.Places[g.Names[n].Place]
			if p.Kind != Country && Distance(p.Lat, p.Lon, lat, lon) <= 15 {
				at = m.Start
				break
			}
		}
		if at >= 0 {
			break
		}
	}
	runes := []rune(d.Text)
	for _, s := range Sentences(d.Text) {
		txt := strings.ToLower(string(runes[s[0]:s[1]]))
		trig, best := -1, 1<<30
		for _, w := range evalTriggers {
			for off := 0; ; {
				i := strings.Index(txt[off:], w)
				if i < 0 {
					break
				}
				cp := utf8.RuneCountInString(txt[:off+i])
				dist := cp
				if at >= 0 {
					dist = abs(cp + s[0] - at)
				}
				if dist < best {
					trig, best = cp, dist
				}
				off += i + len(w)
			}
		}
		if at >= 0 && at >= s[0] && at < s[1] {
			if trig < 0 {
				return s[0], s[1], at
			}
			return s[0], s[1], s[0] + trig
		}
		if at < 0 && trig >= 0 {
			return s[0], s[1], s[0] + trig
		}
	}
	return 0, len(runes), 0
}

func abs(n int) int {
	if n < 0 {
		return -n
	}
	return n
}

// Sentences splits text into [start, end) code-point spans at . ! ? ؟ and
// line ends: rough, for callers that have no better sentence split.
func Sentences(text string) [][2]int {
	var out [][2]int
	start, i := 0, 0
	for _, r := range text {
		if r == '.' || r == '!' || r == '?' || r == '؟' || r == '\n' {
			if i+1 > start {
				out = append(out, [2]int{start, i + 1})
			}
			start = i + 1
		}
		i++
	}
	if start < i {
		out = append(out, [2]int{start, i})
	}
	return out
}

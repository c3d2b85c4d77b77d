package eval

import (
	"math"
	"sort"

	"rasd/events"
)

// compatible reports whether a coded event may stand for a gold one (DESIGN.md):
// both harms or both kidnappings, and within 100 km or on the same day.
func compatible(got, want events.Event) bool {
	if got.Category.Harm() != want.Category.Harm() {
		return false
	}
	if got.EventDate != "" && got.EventDate == want.EventDate {
		return true
	}
	d, ok := distanceKm(got, want)
	return ok && d <= 100
}

// pair is a matched (coded, gold) event.
type pair struct{ got, want int }

// match pairs coded and gold events of one report one-to-one, best pairs
// first: same day and near beats same day or near, and nearer beats farther.
func match(got []events.Event, want []GoldEvent) []pair {
	type cand struct {
		pair
		score float64
	}
	var cands []cand
	for i, g := range got {
		for j, w := range want {
			if !compatible(g, w.Event) {
				continue
			}
			s := 0.0
			if g.EventDate == w.EventDate {
				s += 2
			}
			if g.Category == w.Category {
				s += 1
			}
			if d, ok := distanceKm(g, w.Event); ok {
				s += 1 - math.Min(d, 1000)/1000
			}
			cands = append(cands, cand{pair{i, j}, s})
		}
	}
	sort.SliceStable(cands, func(a, b int) bool { return cands[a].score > cands[b].score })
	usedG, usedW := map[int]bool{}, map[int]bool{}
	var out []pair
	for _, c := range cands {
		if usedG[c.got] || usedW[c.want] {
			continue
		}
		usedG[c.got], usedW[c.want] = true, true
		out = append(out, c.pair)
	}
	sort.Slice(out, func(a, b int) bool { return out[a].want < out[b].want })
	return out
}

// distanceKm is the great-circle distance between two events' coordinates;
// ok is false when either has none.
func distanceKm(a, b events.Event) (float64, bool) {
	if !hasCoords(a) || !hasCoords(b) {
		return 0, false
	}
	return Haversine(a.Latitude, a.Longitude, b.Latitude, b.Longitude), true
}

func hasCoords(e events.Event) bool { return e.Latitude != 0 || e.Longitude != 0 }

// Haversine is the distance in km between two WGS84 points.
func Haversine(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	rad := math.Pi / 180
	dlat, dlon := (lat2-lat1)*rad, (lon2-lon1)*rad
	h := math.Sin(dlat/2)*math.Sin(dlat/2) + math.Cos(lat1*rad)*math.Cos(lat2*rad)*math.Sin(dlon/2)*math.Sin(dlon/2)
	return 2 * r * math.Asin(math.Sqrt(h))
}

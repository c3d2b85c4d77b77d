package exports

import (
	"bytes"
	"encoding/json"
	"errors"
	"math"
	"testing"

	"rasd/events"
)

type featureCollection struct {
	Type     string `json:"type"`
	Features []struct {
		Type     string `json:"type"`
		ID       string `json:"id"`
		Geometry struct {
			Type        string    `json:"type"`
			Coordinates []float64 `json:"coordinates"`
		} `json:"geometry"`
		Properties map[string]any `json:"properties"`
	} `json:"features"`
	Skipped *int `json:"skipped_without_coordinates"`
}

func exportGeoJSON(t *testing.T, es []events.Event, opts Options) (int, featureCollection, []byte) {
	t.Helper()
	var buf bytes.Buffer
	n, err := GeoJSON(&buf, seqOf(es), opts)
	if err != nil {
		t.Fatalf("GeoJSON: %v", err)
	}
	var fc featureCollection
	if err := json.Unmarshal(buf.Bytes(), &fc); err != nil {
		t.Fatalf("decode: %v\n%s", err, buf.Bytes())
	}
	return n, fc, buf.Bytes()
}

func TestGeoJSONFeatures(t *testing.T) {
	es := append(syntheticEvents(6), trickyEvent())
	unplaced := syntheticEvent(7)
	unplaced.GeoPrecision, unplaced.Latitude, unplaced.Longitude = 0, 0, 0
	nan := syntheticEvent(8)
	nan.Latitude = math.NaN()
	es = append(es, unplaced, nan)

	n, fc, _ := exportGeoJSON(t, es, Options{})
	if fc.Type != "FeatureCollection" || n != 7 || len(fc.Features) != 7 {
		t.Fatalf("type %q, n %d, %d features; want a FeatureCollection of the 7 placed events", fc.Type, n, len(fc.Features))
	}
	if fc.Skipped == nil || *fc.Skipped != 2 {
		t.Errorf("skipped_without_coordinates = %v, want 2", fc.Skipped)
	}
	for i, f := range fc.Features {
		e := es[i]
		if f.Type != "Feature" || f.ID != e.EventIDCnty || f.Geometry.Type != "Point" {
			t.Errorf("feature %d: type %q id %q geometry %q", i, f.Type, f.ID, f.Geometry.Type)
		}
		lon, lat := f.Geometry.Coordinates[0], f.Geometry.Coordinates[1]
		if math.Abs(lon-e.Longitude) > 5e-5 || math.Abs(lat-e.Latitude) > 5e-5 {
			t.Errorf("feature %d at [%v, %v], want [lon %v, lat %v]", i, lon, lat, e.Longitude, e.Latitude)
		}
		if len(f.Properties) != 31 {
			t.Errorf("feature %d has %d properties, want 31", i, len(f.Properties))
		}
	}
	p := fc.Features[6].Properties // the tricky event
	for name, want := range map[string]any{
		"event_id_cnty": "MLI77", "fatalities": 2.0, "longitude": -3.9956, "year": 2016.0, "iso": 466.0,
		"actor1":   `=HYPERLINK("http://evil.example","click")`, // not neutralised: no spreadsheet runs GeoJSON
		"notes":    "He said \"stop\", then\nleft; in Bamako, -3 km west",
		"inter1":   "Political militia",
		"admin3":   "",
		"location": "\tBamako",
	} {
		if p[name] != want {
			t.Errorf("property %s = %#v, want %#v", name, p[name], want)
		}
	}
	if v, ok := fc.Features[1].Properties["location"]; !ok || v != "بنغازي" {
		t.Errorf("Arabic location = %#v", v)
	}
}

func TestGeoJSONNumericAndExtended(t *testing.T) {
	e := syntheticEvent(2)
	e.Year = 0
	_, fc, _ := exportGeoJSON(t, []events.Event{e, syntheticEvent(3)}, Options{NumericInter: true, Extended: true})
	p := fc.Features[0].Properties
	if len(p) != 36 {
		t.Errorf("%d properties, want 36", len(p))
	}
	for name, want := range map[string]any{"inter1": 3.0, "inter2": 7.0, "interaction": 37.0, "year": nil, "confidence": 0.8} {
		if p[name] != want {
			t.Errorf("%s = %#v, want %#v", name, p[name], want)
		}
	}
	if ids, ok := p["report_ids"].([]any); !ok || len(ids) != 2 || ids[1] != "alwasat-88213" {
		t.Errorf("report_ids = %#v, want an array of 2", p["report_ids"])
	}
	ev, ok := p["evidence"].([]any)
	if !ok || len(ev) != 1 || ev[0].(map[string]any)["text"] != "طرابلس" {
		t.Errorf("evidence = %#v, want the evidence objects", p["evidence"])
	}
	if got := fc.Features[1].Properties["inter2"]; got != nil {
		t.Errorf("missing inter2 = %#v, want null", got)
	}
}

func TestGeoJSONEmpty(t *testing.T) {
	n, fc, raw := exportGeoJSON(t, nil, Options{})
	if n != 0 || fc.Features == nil || len(fc.Features) != 0 {
		t.Errorf("n %d, features %#v in %s; want an empty features array", n, fc.Features, raw)
	}
}

func TestGeoJSONIteratorError(t *testing.T) {
	boom := errors.New("boom")
	var buf bytes.Buffer
	n, err := GeoJSON(&buf, failingSeq(syntheticEvents(2), boom), Options{})
	if !errors.Is(err, boom) || n != 2 {
		t.Errorf("n, err = %d, %v; want 2 and the iterator's error", n, err)
	}
}

func TestAppendJSONStringMatchesEncodingJSON(t *testing.T) {
	for _, s := range []string{"", "plain", `q"uote`, `back\slash`, "nl\ncr\rtab\t", "\x00\x01\x1f", "طرابلس",
		"bad \xff utf8", "\u2028\u2029", "<html>&", "emoji 😀"} {
		got := appendJSONString(nil, s)
		var back string
		if err := json.Unmarshal(got, &back); err != nil {
			t.Errorf("%q encoded as invalid JSON %s: %v", s, got, err)
			continue
		}
		want, _ := json.Marshal(s)
		var wantBack string
		_ = json.Unmarshal(want, &wantBack)
		if back != wantBack {
			t.Errorf("%q round-trips as %q, encoding/json gives %q", s, back, wantBack)
		}
	}
}

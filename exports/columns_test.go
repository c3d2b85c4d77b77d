package exports

import (
	"slices"
	"testing"

	"rasd/events"
)

func TestColumnTableMatchesEvents(t *testing.T) {
	if got := header(acledColumns); !slices.Equal(got, events.Columns) {
		t.Errorf("column table = %q, want events.Columns %q", got, events.Columns)
	}
	if got := header(extendedColumns); !slices.Equal(got, events.ExtendedColumns) {
		t.Errorf("extended table = %q, want events.ExtendedColumns %q", got, events.ExtendedColumns)
	}
	for _, c := range columnsFor(Options{Extended: true}) {
		set := 0
		for _, ok := range []bool{c.text != nil, c.num != nil, c.float != nil, c.inter != nil, c.list != nil} {
			if ok {
				set++
			}
		}
		if want := map[bool]int{true: 0, false: 1}[c.kind == kindInteraction]; set != want {
			t.Errorf("column %s has %d accessors, want %d", c.name, set, want)
		}
	}
}

// numericColumns are the cells formatted from numbers, which neutralisation
// must leave alone. Every other cell is text and is neutralised.
var numericColumns = []string{"year", "time_precision", "iso", "latitude", "longitude", "geo_precision",
	"fatalities", "timestamp", "confidence"}

// TestCSVCellsMatchEventRow checks the fast cell writer against the
// reference rendering, events.Event.Row, for every column and every option.
func TestCSVCellsMatchEventRow(t *testing.T) {
	es := append(syntheticEvents(40), trickyEvent(), events.Event{}, events.Event{Inter1: 12, Inter2: -1})
	for _, opts := range []Options{{}, {Extended: true}, {NumericInter: true}, {Extended: true, NumericInter: true}} {
		_, records := exportCSV(t, es, opts)
		names := records[0]
		for i, e := range es {
			want := e.Row(events.RowOptions{NumericInter: opts.NumericInter, Extended: opts.Extended})
			got := records[i+1]
			if len(got) != len(want) {
				t.Fatalf("%+v event %d: %d cells, Row has %d", opts, i, len(got), len(want))
			}
			for j := range want {
				w := want[j]
				if !slices.Contains(numericColumns, names[j]) {
					w = neutralise(w)
				}
				if got[j] != w {
					t.Errorf("%+v event %d column %s = %q, Row gives %q", opts, i, names[j], got[j], w)
				}
			}
		}
	}
}

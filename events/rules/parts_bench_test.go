package rules

import (
	"testing"

	"rasd/events/arabic"
	"rasd/seeds"
)

// realTexts are the texts of realReports, for the component benchmarks
// below, which show where the coder's time goes.
func realTexts(b *testing.B) ([]string, int) {
	rs, n := realReports(b)
	ts := make([]string, len(rs))
	for i, r := range rs {
		ts[i] = r.Text
	}
	return ts, n
}

func BenchmarkPartFold(b *testing.B) {
	ts, n := realTexts(b)
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range ts {
			arabic.FoldText(t)
		}
	}
}

func BenchmarkPartNewDoc(b *testing.B) {
	ts, n := realTexts(b)
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		b.Fatal(err)
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range ts {
			newDoc(t, lx)
		}
	}
}

func BenchmarkPartLexicons(b *testing.B) {
	ts, n := realTexts(b)
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		b.Fatal(err)
	}
	var fs []string
	for _, t := range ts {
		fs = append(fs, arabic.Fold(t))
	}
	b.SetBytes(int64(n))
	for b.Loop() {
		for _, t := range fs {
			lx.all.FindAll(t)
		}
	}
}

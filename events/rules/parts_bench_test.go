package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"testing"

	"rasd/events/arabic"
	"rasd/seeds"
)

// realTexts reads the texts of the real Arabic corpus (../shared, when
// present) for the component benchmarks below, which show where the
// coder's time goes.
func realTexts(b *testing.B) ([]string, int) {
	f, err := os.Open("../../../shared/eval/real/ant_arabic_violence_news.jsonl")
	if err != nil {
		b.Skip("no corpus")
	}
	defer f.Close()
	var out []string
	n := 0
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var d struct{ Text string }
		if json.Unmarshal(sc.Bytes(), &d) != nil {
			continue
		}
		out = append(out, d.Text)
		n += len(d.Text)
	}
	return out, n
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

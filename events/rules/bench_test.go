package rules

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/events"
)

// BenchmarkCodeGolden codes the golden reports with the fixture gazetteer.
func BenchmarkCodeGolden(b *testing.B) {
	c := newTestCoder(b)
	files, _ := filepath.Glob("testdata/golden/*.txt")
	var rs []events.Report
	size := 0
	for _, f := range files {
		data, err := os.ReadFile(f)
		if err != nil {
			b.Fatal(err)
		}
		pub, text, _ := strings.Cut(string(data), "\n")
		rs = append(rs, report(text, strings.TrimSpace(pub)))
		size += len(text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range rs {
			c.Code(r)
		}
	}
}

// BenchmarkCodeReal codes the real Arabic news corpus (../shared, when
// present) with the full gazetteer (RASD_GAZETTEER or data/gazetteer.bin):
// the coder's throughput per core, in MB/s.
func BenchmarkCodeReal(b *testing.B) {
	rs, size := realReports(b)
	c := fullCoder(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range rs {
			c.Code(r)
		}
	}
}

// realReports reads the real Arabic corpus (../shared, when present):
// 443 news articles, for the throughput benchmarks. size is their text in
// bytes.
func realReports(b *testing.B) (rs []events.Report, size int) {
	f, err := os.Open("../../../shared/eval/real/ant_arabic_violence_news.jsonl")
	if err != nil {
		b.Skipf("no real corpus here (%v)", err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	sc.Buffer(nil, 1<<22)
	for sc.Scan() {
		var d struct{ Title, Text, Published string }
		if json.Unmarshal(sc.Bytes(), &d) != nil || d.Text == "" {
			continue
		}
		p, _ := time.Parse(time.RFC1123Z, d.Published)
		rs = append(rs, events.Report{Title: d.Title, Text: d.Text, Published: p})
		size += len(d.Text)
	}
	return rs, size
}

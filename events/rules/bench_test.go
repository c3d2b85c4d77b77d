package rules

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/events"
	"rasd/events/internal/realcorpus"
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
	arts, size := realcorpus.Load(b)
	for _, a := range arts {
		p, _ := time.Parse(time.RFC1123Z, a.Published)
		rs = append(rs, events.Report{Title: a.Title, Text: a.Text, Published: p})
	}
	return rs, size
}

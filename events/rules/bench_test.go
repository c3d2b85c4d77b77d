package rules

import (
	"path/filepath"
	"testing"
	"time"

	"context"
	"rasd/events"
	"rasd/events/internal/realcorpus"
)

// BenchmarkCodeCases codes the reports of testdata/cases with the fixture
// gazetteer.
func BenchmarkCodeCases(b *testing.B) {
	c := newTestCoder(b)
	files, _ := filepath.Glob("testdata/cases/*/report.md")
	var rs []events.Report
	size := 0
	for _, f := range files {
		r := readCase(b, f)
		rs = append(rs, r)
		size += len(r.Text)
	}
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, r := range rs {
			c.Code(context.Background(), r)
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
			c.Code(context.Background(), r)
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

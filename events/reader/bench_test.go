package reader

import (
	"bytes"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// benchJSONL is a 10,000-line JSONL file of small reports, half Arabic,
// half without an id (so the hash is paid), all dated.
func benchJSONL() []byte {
	var buf bytes.Buffer
	for i := range 10000 {
		text := "Gunmen shot dead a shopkeeper in the market town of Gharyan on Monday evening, a municipal official said. The attackers fled in a pickup truck."
		if i%2 == 1 {
			text = "قتل مسلحون مجهولون صاحب متجر في سوق غريان مساء الاثنين، بحسب مسؤول في البلدية. وفر المهاجمون في سيارة نقل."
		}
		id := ""
		if i%4 < 2 {
			id = fmt.Sprintf(`"id": "b-%d", `, i)
		}
		fmt.Fprintf(&buf, `{%s"title": "Report %d", "text": %q, "published": "2024-03-%02dT10:00:00+02:00", "source": "Bench Wire"}`+"\n", id, i, text, 1+i%28)
	}
	return buf.Bytes()
}

func BenchmarkReadJSONL(b *testing.B) {
	data := benchJSONL()
	b.SetBytes(int64(len(data)))
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, err := range ReadJSONL(bytes.NewReader(data), "bench.jsonl", Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkReadTextDir measures the other common path end to end: a
// directory of small .txt files, one open and read per report.
func BenchmarkReadTextDir(b *testing.B) {
	dir := b.TempDir()
	for i := range 1000 {
		body := fmt.Sprintf("---\nid: t-%d\npublished: 2024-03-05\n---\nقتل مسلحون مجهولون صاحب متجر في سوق غريان مساء الاثنين، بحسب مسؤول في البلدية. (%d)\n", i, i)
		if err := os.WriteFile(filepath.Join(dir, fmt.Sprintf("r%04d.txt", i)), []byte(body), 0o644); err != nil {
			b.Fatal(err)
		}
	}
	b.ReportAllocs()
	n := 0
	for b.Loop() {
		for _, err := range Read([]string{dir}, nil, Options{}) {
			if err != nil {
				b.Fatal(err)
			}
			n++
		}
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "reports/s")
}

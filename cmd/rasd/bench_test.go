package main

import (
	"encoding/json"
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"time"

	"rasd/events"
)

// Sentences synthetic reports are built from: news-like, half Arabic, half
// English, with the fake coder's marker words in some.
var (
	arSentences = []string{
		"قتل مسلحون مجهولون حارسا ليليا أمام مستودع للأدوية في طرابلس فجر اليوم.",
		"وقال مصدر أمني إن المهاجمين كانوا يستقلون سيارة بلا لوحات وفروا باتجاه الطريق الساحلي.",
		"اختطف مسلحون موظفا في شركة للاتصالات من أمام منزله في بنغازي.",
		"ولم يصدر عن أي طرف بيان يتبنى الحادثة حتى مساء اليوم.",
		"وطالبت منظمات حقوقية السلطات بفتح تحقيق مستقل وتقديم الجناة إلى العدالة.",
		"وشهدت المدينة خلال الأشهر الماضية سلسلة من الحوادث المشابهة التي استهدفت موظفين وتجارا.",
		"وأفاد شهود بأنهم سمعوا إطلاق نار كثيفا استمر عدة دقائق قبل أن يعود الهدوء إلى الحي.",
		"وأعلن المجلس البلدي الحداد ثلاثة أيام وإغلاق المدارس في المنطقة.",
	}
	enSentences = []string{
		"Gunmen killed a night guard outside a pharmaceutical warehouse in Tripoli before dawn.",
		"A security official said the attackers drove a car without plates and fled along the coast road.",
		"Armed men abducted a telecoms engineer outside his home in Aden on Sunday evening.",
		"The official added that nobody had yet come forward to say they carried out the shooting.",
		"Human rights lawyers urged prosecutors to let independent experts examine the case.",
		"Residents said the neighbourhood had seen several similar incidents in recent months.",
		"Witnesses reported heavy gunfire lasting several minutes before the street fell quiet again.",
		"The municipal council declared three days of mourning and closed schools in the district.",
	}
)

// syntheticJSONL writes n reports of about 1.5 KB each, one a line, with
// distinct ids, texts and publication dates, and returns the file's path.
func syntheticJSONL(b *testing.B, dir string, n int) string {
	return syntheticJSONLSized(b, dir, n, 1500)
}

// syntheticJSONLSized is syntheticJSONL with reports of about size bytes.
func syntheticJSONLSized(b *testing.B, dir string, n, size int) string {
	b.Helper()
	rng := rand.New(rand.NewPCG(1, 2))
	day0 := time.Date(1970, 1, 1, 0, 0, 0, 0, time.UTC)
	var sb strings.Builder
	enc := json.NewEncoder(&sb)
	enc.SetEscapeHTML(false)
	for i := range n {
		pool, lang := enSentences, "en"
		if i%2 == 0 {
			pool, lang = arSentences, "ar"
		}
		var text strings.Builder
		// The first sentence has a marker word, so the fake coder finds
		// one event in every report.
		fmt.Fprintf(&text, "(%d) %s ", i, pool[0])
		for text.Len() < size {
			text.WriteString(pool[rng.IntN(len(pool))])
			text.WriteByte(' ')
		}
		err := enc.Encode(map[string]string{
			"id":        fmt.Sprintf("syn-%06d", i),
			"lang":      lang,
			"source":    "Synthetic Wire",
			"published": day0.AddDate(0, 0, i).Format(time.DateOnly),
			"title":     pool[i%len(pool)],
			"text":      text.String(),
		})
		if err != nil {
			b.Fatal(err)
		}
	}
	path := filepath.Join(dir, "synthetic.jsonl")
	if err := os.WriteFile(path, []byte(sb.String()), 0o644); err != nil {
		b.Fatal(err)
	}
	return path
}

// BenchmarkIngest measures ingest from a JSONL file into a fresh database:
// reading, storing reports and indexing them for search, with the no-op
// coder so the coder's cost is left out.
func BenchmarkIngest(b *testing.B) { benchIngest(b, 1500) }

// BenchmarkIngestSmall is BenchmarkIngest with small reports (~400 bytes,
// a wire brief), the size the ingest-rate bar is stated for.
func BenchmarkIngestSmall(b *testing.B) { benchIngest(b, 400) }

func benchIngest(b *testing.B, size int) {
	const n = 2000
	e := newEnv(b)
	e.coder = events.NopCoder
	input := syntheticJSONLSized(b, e.dir, n, size)
	want := summary(n, n, 0, 0, 0, 0)
	i := 0
	for b.Loop() {
		i++
		e.db = filepath.Join(e.dir, fmt.Sprintf("bench-%d.db", i))
		r := e.run("ingest", input)
		if r.code != exitOK || !strings.Contains(r.stderr, want) {
			b.Fatalf("ingest: %s", r)
		}
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "reports/s")
}

// BenchmarkExportCSV measures a CSV export of 20,000 events to a file.
func BenchmarkExportCSV(b *testing.B) {
	const n = 20000
	e := newEnv(b)
	input := syntheticJSONL(b, e.dir, n)
	r := e.run("ingest", input)
	if r.code != exitOK || !strings.Contains(r.stderr, fmt.Sprintf("; %d events stored", n)) {
		b.Fatalf("building the database: %s", r)
	}
	out := filepath.Join(e.dir, "events.csv")
	want := fmt.Sprintf("%d events written to %s (csv)", n, out)
	for b.Loop() {
		r := e.run("export", "--format", "csv", "--out", out)
		if r.code != exitOK || !strings.Contains(r.stderr, want) {
			b.Fatalf("export: %s", r)
		}
	}
	if st, err := os.Stat(out); err == nil {
		b.SetBytes(st.Size())
	}
	b.ReportMetric(float64(n*b.N)/b.Elapsed().Seconds(), "events/s")
}

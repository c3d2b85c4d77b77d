package places

import (
	"os"
	"strings"
	"testing"
	"time"

	"rasd/events/internal/realcorpus"
)

// BenchmarkLoad reads the full gazetteer and builds its matchers: the time a
// coder waits before its first report.
func BenchmarkLoad(b *testing.B) {
	path := gazetteerPath()
	if _, err := os.Stat(path); err != nil {
		b.Skipf("no full gazetteer at %s: %v", path, err)
	}
	for b.Loop() {
		g, err := Load(path)
		if err != nil {
			b.Fatal(err)
		}
		g.Prepare()
	}
}

// arabicCorpus returns real Arabic news text for throughput measurements
// (../shared/eval/real when present, else the fixture sentences repeated).
func arabicCorpus() string {
	var b strings.Builder
	if arts, err := realcorpus.Read(); err == nil {
		for _, a := range arts {
			b.WriteString(a.Title + "\n" + a.Text + "\n")
		}
	}
	if b.Len() == 0 {
		for b.Len() < 1<<20 {
			b.WriteString("قتل مسلحون مجهولون رجلا في طرابلس - أبو سليم ليلة الأحد، وفق مصادر ليبية. اختطف مسلحون طبيبا بالقرب من مدينة سرت. ")
		}
	}
	return b.String()
}

// BenchmarkFindArabic measures place finding (both tries, every check)
// over Arabic news text, in MB/s.
func BenchmarkFindArabic(b *testing.B) {
	g := fullGazetteer(b)
	text := arabicCorpus()
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		g.Find(text)
	}
}

// BenchmarkAnalyzeArabic measures finding and choosing, report by report.
func BenchmarkAnalyzeArabic(b *testing.B) {
	g := fullGazetteer(b)
	docs := strings.Split(arabicCorpus(), "\n")
	n := 0
	for _, d := range docs {
		n += len(d)
	}
	b.SetBytes(int64(n))
	b.ResetTimer()
	for b.Loop() {
		for _, d := range docs {
			g.Analyze(d, Options{})
		}
	}
}

// TestLoadBudget reports the full gazetteer's load time and the process's
// peak memory (acceptance: ≤ 1 s, ≤ 300 MB).
func TestLoadBudget(t *testing.T) {
	path := gazetteerPath()
	if _, err := os.Stat(path); err != nil {
		t.Skipf("no full gazetteer at %s: %v", path, err)
	}
	start := time.Now()
	g, err := Load(path)
	if err != nil {
		t.Fatal(err)
	}
	read := time.Since(start)
	g.Prepare()
	ready := time.Since(start)
	hwm := ""
	if b, err := os.ReadFile("/proc/self/status"); err == nil {
		for _, l := range strings.Split(string(b), "\n") {
			if strings.HasPrefix(l, "VmHWM") || strings.HasPrefix(l, "VmRSS") {
				hwm += strings.Join(strings.Fields(l), " ") + "; "
			}
		}
	}
	t.Logf("gazetteer %s: read %s, matchers ready %s; %s", path, read.Round(time.Millisecond), ready.Round(time.Millisecond), hwm)
}

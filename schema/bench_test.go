package schema

import (
	"context"
	"fmt"
	"path/filepath"
	"testing"
	"time"

	"rasd/events"
)

// BenchmarkReplace times replacing a report whose content changed (its old
// events, evidence and index rows deleted, the new ones written) in stores
// of 2,000 and 20,000 reports: the time per replacement must not grow with
// the store (compare the two ns/op).
func BenchmarkReplace(b *testing.B) {
	for _, size := range []int{2000, 20000} {
		b.Run(fmt.Sprintf("store=%d", size), func(b *testing.B) {
			s, err := Open(context.Background(), filepath.Join(b.TempDir(), "bench.db"), Options{})
			if err != nil {
				b.Fatal(err)
			}
			defer s.Close()
			s.Prefix = func(int, string) string { return "LBY" }
			item := func(i, version int) Item {
				r := events.Report{ID: fmt.Sprintf("r%d", i), Source: "Bench Desk", Lang: "ar",
					Published: time.Date(2024, 2, 15, 0, 0, 0, 0, time.UTC),
					Text:      fmt.Sprintf("قتل مسلحون رجلين في طرابلس في الحادثة رقم %d، النسخة %d", i, version)}
				e := event("2024-02-14", fmt.Sprintf("Tripoli %d %d", i, version))
				return Item{Report: r, Events: []events.Event{e}}
			}
			const batch = 500
			for start := 0; start < size; start += batch {
				items := make([]Item, 0, batch)
				for i := start; i < min(size, start+batch); i++ {
					items = append(items, item(i, 0))
				}
				if _, err := s.Ingest(context.Background(), 0, items); err != nil {
					b.Fatal(err)
				}
			}
			b.ResetTimer()
			for n := 0; b.Loop(); n++ {
				out, err := s.Ingest(context.Background(), 0, []Item{item(n%size, n+1)})
				if err != nil || out[0].Status != Updated {
					b.Fatalf("replace: %+v %v", out, err)
				}
			}
		})
	}
}

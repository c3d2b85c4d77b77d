package exports

import (
	"bufio"
	"encoding/csv"
	"io"
	"iter"
	"runtime"
	"testing"

	"rasd/events"
)

// Each benchmark exports b.N events in one call, so ns/op is the time per
// event; out-B/event is the size of the output per event.

type exporter func(io.Writer, iter.Seq2[events.Event, error], Options) (int, error)

// benchSeq yields n events cycled from a pool, so the benchmark times the
// exporter rather than the making of fixtures. With peak set it samples the
// live heap every 16,384 events (ReadMemStats stops the world; sampling
// rarely keeps that out of the figures).
func benchSeq(n int, pool []events.Event, peak *uint64) iter.Seq2[events.Event, error] {
	return func(yield func(events.Event, error) bool) {
		var ms runtime.MemStats
		for i := range n {
			if peak != nil && i%16384 == 0 {
				runtime.ReadMemStats(&ms)
				*peak = max(*peak, ms.HeapInuse)
			}
			if !yield(pool[i%len(pool)], nil) {
				return
			}
		}
	}
}

type countWriter struct{ n int64 }

func (c *countWriter) Write(p []byte) (int, error) { c.n += int64(len(p)); return len(p), nil }

func benchmarkExport(b *testing.B, export exporter, opts Options, heap bool) {
	pool := syntheticEvents(1000)
	var out countWriter
	var peak uint64
	var peakp *uint64
	if heap {
		peakp = &peak
	}
	b.ResetTimer()
	n, err := export(&out, benchSeq(b.N, pool, peakp), opts)
	b.StopTimer()
	if err != nil || n != b.N {
		b.Fatalf("exported %d of %d events: %v", n, b.N, err)
	}
	b.ReportMetric(float64(out.n)/float64(b.N), "out-B/event")
	if heap {
		b.ReportMetric(float64(peak)/(1<<20), "peak-heap-MB")
	}
}

func BenchmarkCSV(b *testing.B) { benchmarkExport(b, CSV, Options{}, false) }

func BenchmarkCSVExtended(b *testing.B) { benchmarkExport(b, CSV, Options{Extended: true}, false) }

// BenchmarkCSVViaRow is the straightforward exporter CSV replaced:
// events.Event.Row into encoding/csv. It is here to keep the comparison
// honest.
func BenchmarkCSVViaRow(b *testing.B) {
	benchmarkExport(b, func(w io.Writer, seq iter.Seq2[events.Event, error], o Options) (int, error) {
		bw := bufio.NewWriterSize(w, csvBufferSize)
		cw := csv.NewWriter(bw)
		cw.UseCRLF = true
		_ = cw.Write(events.Columns)
		n := 0
		for e, err := range seq {
			if err != nil {
				return n, err
			}
			row := e.Row(events.RowOptions{})
			for i, s := range row {
				row[i] = neutralise(s)
			}
			if err := cw.Write(row); err != nil {
				return n, err
			}
			n++
		}
		cw.Flush()
		return n, bw.Flush()
	}, Options{}, false)
}

func BenchmarkXLSX(b *testing.B) { benchmarkExport(b, XLSX, Options{}, true) }

func BenchmarkGeoJSON(b *testing.B) { benchmarkExport(b, GeoJSON, Options{}, false) }

// Command rasdbench makes synthetic data for rasd's benchmarks: a store
// with many events (to time exports against sqlite3 itself) or a JSONL file
// of many small reports (to time ingest). It is a measuring tool, not part
// of rasd's user interface.
package main

import (
	"bufio"
	"context"
	"encoding/json"
	"flag"
	"fmt"
	"io"
	"os"
	"time"

	"rasd/events"
	"rasd/schema"
)

func main() {
	if err := run(os.Args[1:], os.Stdout); err != nil {
		fmt.Fprintln(os.Stderr, "rasdbench:", err)
		os.Exit(1)
	}
}

func run(args []string, stdout io.Writer) error {
	fs := flag.NewFlagSet("rasdbench", flag.ContinueOnError)
	db := fs.String("db", "", "write a store with synthetic events to this file")
	n := fs.Int("events", 1_000_000, "number of events (with --db)")
	reports := fs.String("reports", "", "write this many small synthetic reports as JSONL to stdout")
	if err := fs.Parse(args); err != nil {
		return err
	}
	switch {
	case *db != "":
		return makeStore(*db, *n)
	case *reports != "":
		var count int
		if _, err := fmt.Sscan(*reports, &count); err != nil {
			return fmt.Errorf("--reports %q: want a number", *reports)
		}
		return writeReports(stdout, count)
	}
	return fmt.Errorf("give --db FILE or --reports N")
}

// Event makes the i-th synthetic event: realistic values, Arabic and Latin
// text, negative longitudes, so exports do real work.
func Event(i int) events.Event {
	day := time.Date(2015, 1, 1, 0, 0, 0, 0, time.UTC).AddDate(0, 0, i%3650)
	e := events.Event{
		EventDate: day.Format(time.DateOnly), Year: day.Year(), TimePrecision: 1 + i%3,
		DisorderType: "Political violence", EventType: "Violence against civilians", SubEventType: "Attack",
		Actor1: "Unidentified Armed Group (Libya)", Inter1: events.PoliticalMilitia,
		Actor2: "Civilians (Libya)", Inter2: events.Civilians, CivilianTargeting: "Civilian targeting",
		ISO: 434, Region: "Northern Africa", Country: "Libya", Admin1: "Tripoli",
		Location: fmt.Sprintf("Tripoli - District %d", i%997), Latitude: 32.8874 + float64(i%100)/1000,
		Longitude: 13.1873 - float64(i%50)/100, GeoPrecision: 1, Source: "Synthetic Wire; نشرة",
		Notes:      fmt.Sprintf("On %s, unidentified gunmen killed a civilian, \"case %d\", في طرابلس.", day.Format(time.DateOnly), i),
		Fatalities: i % 5, Category: events.Killing, Confidence: 0.75,
	}
	if i%7 == 0 {
		e.Category, e.SubEventType = events.Kidnapping, "Abduction/forced disappearance"
	}
	return e
}

func makeStore(path string, n int) error {
	ctx := context.Background()
	os.Remove(path)
	s, err := schema.Open(ctx, path, schema.Options{})
	if err != nil {
		return err
	}
	defer s.Close()
	s.Prefix = func(int, string) string { return "LBY" }
	const perReport, perBatch = 20, 500
	batch := make([]schema.Item, 0, perBatch)
	flush := func() error {
		if len(batch) == 0 {
			return nil
		}
		outs, err := s.Ingest(ctx, 0, batch)
		if err != nil {
			return err
		}
		for _, o := range outs {
			if o.Err != nil {
				return o.Err
			}
		}
		batch = batch[:0]
		return nil
	}
	for i := 0; i < n; i += perReport {
		it := schema.Item{Report: events.Report{ID: fmt.Sprintf("synthetic-%d", i), Text: fmt.Sprintf("report %d", i),
			Source: "Synthetic Wire", Published: time.Date(2025, 1, 1, 0, 0, 0, 0, time.UTC)}}
		for j := i; j < min(i+perReport, n); j++ {
			it.Events = append(it.Events, Event(j))
		}
		batch = append(batch, it)
		if len(batch) == perBatch {
			if err := flush(); err != nil {
				return err
			}
		}
	}
	return flush()
}

func writeReports(w io.Writer, n int) error {
	bw := bufio.NewWriterSize(w, 1<<20)
	enc := json.NewEncoder(bw)
	for i := range n {
		if err := enc.Encode(map[string]string{
			"id": fmt.Sprintf("bench-%d", i), "lang": "ar", "published": "2024-01-15", "source": "Synthetic Wire",
			"title": fmt.Sprintf("تقرير رقم %d", i),
			"text":  fmt.Sprintf("طرابلس - قال مصدر محلي إن اجتماعا عقد اليوم لبحث الأوضاع في المدينة رقم %d، دون تسجيل أي حوادث.", i),
		}); err != nil {
			return err
		}
	}
	return bw.Flush()
}

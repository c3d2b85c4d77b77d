package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestIngestSeedsWithTheRealCoder runs ingest end to end with the coder rasd
// ships (lexicons, actors, gazetteer) on the sample reports in seeds/reports.
// It needs the built gazetteer, which 'make test' passes in RASD_GAZETTEER.
func TestIngestSeedsWithTheRealCoder(t *testing.T) {
	gazetteer := os.Getenv("RASD_GAZETTEER") // read before newEnv clears RASD_*
	if gazetteer == "" {
		t.Skip("RASD_GAZETTEER is not set: run 'make test', or build the gazetteer ('make gazetteer') and set RASD_GAZETTEER=$PWD/data/gazetteer.bin, to run ingest with the real coder")
	}
	if _, err := os.Stat(gazetteer); err != nil {
		t.Skipf("no gazetteer at RASD_GAZETTEER=%s (%v): build it with 'make gazetteer' to run ingest with the real coder", gazetteer, err)
	}
	gazetteer, err := filepath.Abs(gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	e := newEnv(t)
	e.newCoder = defaultCoder
	seeds := filepath.Join("..", "..", "seeds", "reports")
	args := []string{"ingest", "--gazetteer", gazetteer, seeds}

	r := e.mustRun(exitOK, args...)
	if !strings.Contains(r.stderr, " 0 failed;") {
		t.Errorf("the sample reports should all be read:\n%s", r.stderr)
	}
	reports := e.count(`SELECT count(*) FROM reports`)
	if reports == 0 {
		t.Fatalf("no reports stored:\n%s", r.stderr)
	}
	dated := e.count(`SELECT count(*) FROM events WHERE country <> '' AND event_date IS NOT NULL AND iso IS NOT NULL`)
	if dated == 0 {
		t.Errorf("no event with a country and a date among %d events:\n%s", e.count(`SELECT count(*) FROM events`), r.stderr)
	}
	// Every event is supported by a stored report and cites its evidence
	// inside that report's text.
	if n := e.count(`SELECT count(*) FROM events e WHERE NOT EXISTS (SELECT 1 FROM event_sources s WHERE s.event_id = e.id)`); n != 0 {
		t.Errorf("%d events without a source report", n)
	}
	if n := e.count(`SELECT count(*) FROM evidence v JOIN reports r ON r.id = v.report_id
		WHERE v.start < 0 OR v."end" > length(r.text) OR substr(r.text, v.start + 1, v."end" - v.start) <> v.text`); n != 0 {
		t.Errorf("%d evidence rows do not point at their words in the report", n)
	}
	t.Logf("%d reports, %d events (%d with country and date)", reports, e.count(`SELECT count(*) FROM events`), dated)

	before := e.dump()
	r = e.mustRun(exitOK, args...)
	if !strings.Contains(r.stderr, " 0 new, 0 updated, ") || !strings.Contains(r.stderr, "; 0 events stored") {
		t.Errorf("second ingest stored something:\n%s", r.stderr)
	}
	assertSameDump(t, before, e.dump())
}

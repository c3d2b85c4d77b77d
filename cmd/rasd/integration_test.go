package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// realGazetteer is the built gazetteer's absolute path, for tests of the
// real coder; they skip without it. It reads RASD_GAZETTEER, so call it
// before newEnv clears RASD_*.
func realGazetteer(t *testing.T) string {
	t.Helper()
	gazetteer := os.Getenv("RASD_GAZETTEER")
	if gazetteer == "" {
		t.Skip("RASD_GAZETTEER is not set: run 'make test', or build the gazetteer ('make gazetteer') and set RASD_GAZETTEER=$PWD/data/gazetteer.bin, to run the real coder")
	}
	if _, err := os.Stat(gazetteer); err != nil {
		t.Skipf("no gazetteer at RASD_GAZETTEER=%s (%v): build it with 'make gazetteer' to run the real coder", gazetteer, err)
	}
	gazetteer, err := filepath.Abs(gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	return gazetteer
}

// TestExtractVerboseWithTheRealCoder: extract -v lists, on stderr, the
// candidates the coder rejected with their reason and cue, and why the
// event's place and date were chosen, while stdout carries the same events
// as without -v.
func TestExtractVerboseWithTheRealCoder(t *testing.T) {
	gazetteer := realGazetteer(t)
	e := newEnv(t)
	e.newCoder = defaultCoder
	report := e.write("r.txt", []byte("Gunmen shot dead a shopkeeper in Benghazi on Monday, police said. "+
		"A militia commander denied that his men killed anyone in the city.\n"))
	args := []string{"extract", "--gazetteer", gazetteer, "--published", "2024-03-20", report}
	quiet := e.mustRun(exitOK, args...)
	verbose := e.mustRun(exitOK, append(args, "-v")...)
	if verbose.stdout != quiet.stdout || strings.Count(quiet.stdout, "\n") != 1 {
		t.Errorf("-v changed the events, or there is not one:\nquiet: %s\nverbose: %s", quiet.stdout, verbose.stdout)
	}
	if !strings.Contains(verbose.stderr, `r.txt: not coded: "killed" at`) || !strings.Contains(verbose.stderr, "[cue: denied]") {
		t.Errorf("-v does not list the denied killing with its cue:\n%s", verbose.stderr)
	}
	if !strings.Contains(verbose.stderr, `r.txt: event 1: location "Benghazi" at 33–41: the nearest place in its clause`) ||
		!strings.Contains(verbose.stderr, `r.txt: event 1: event_date "Monday" at 45–51: the nearest date in its clause`) {
		t.Errorf("-v does not say why the event's place and date were chosen:\n%s", verbose.stderr)
	}
	if strings.Contains(quiet.stderr, "not coded") || strings.Contains(quiet.stderr, "event 1:") {
		t.Errorf("notes listed without -v:\n%s", quiet.stderr)
	}
}

// TestIngestSeedsWithTheRealCoder runs ingest end to end with the coder rasd
// ships (lexicons, actors, gazetteer) on the sample reports in seeds/reports.
// It needs the built gazetteer, which 'make test' passes in RASD_GAZETTEER.
func TestIngestSeedsWithTheRealCoder(t *testing.T) {
	gazetteer := realGazetteer(t)
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

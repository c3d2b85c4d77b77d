package main

import (
	"bytes"
	"flag"
	"os"
	"path/filepath"
	"testing"
)

var update = flag.Bool("update", false, "rewrite golden files in testdata/")

// TestExtractSeedsGolden runs 'rasd extract' with the real coder on the
// sample reports in seeds/reports and compares its JSONL output with
// testdata/seeds-extract.golden.jsonl. After a deliberate change to the
// coder or the seeds, run 'go test -run TestExtractSeedsGolden -update'
// (with RASD_GAZETTEER set) and review the diff before committing it.
func TestExtractSeedsGolden(t *testing.T) {
	gazetteer := os.Getenv("RASD_GAZETTEER") // read before newEnv clears RASD_*
	if gazetteer == "" {
		t.Skip("RASD_GAZETTEER is not set: run 'make test' to compare extract output on seeds/reports with its golden file")
	}
	gazetteer, err := filepath.Abs(gazetteer)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := os.Stat(gazetteer); err != nil {
		t.Skipf("no gazetteer at %s (%v): build it with 'make gazetteer'", gazetteer, err)
	}
	e := newEnv(t)
	e.newCoder = defaultCoder
	r := e.mustRun(exitOK, "extract", "--gazetteer", gazetteer, filepath.Join("..", "..", "seeds", "reports"))
	golden := filepath.Join("testdata", "seeds-extract.golden.jsonl")
	if *update {
		if err := os.WriteFile(golden, []byte(r.stdout), 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(golden)
	if err != nil {
		t.Fatalf("%v (run with -update and review the file)", err)
	}
	if !bytes.Equal([]byte(r.stdout), want) {
		t.Errorf("extract output on seeds/reports differs from %s (run with -update and review the diff)\ngot:\n%s", golden, r.stdout)
	}
}

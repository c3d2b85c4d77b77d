package rules

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"testing"

	"rasd/seeds"
)

func TestDebugCandidates(t *testing.T) {
	if os.Getenv("RASD_DEBUG") == "" {
		t.Skip()
	}
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		t.Fatal(err)
	}
	for _, f := range []string{"../../../shared/eval/dev/ar.jsonl", "../../../shared/eval/dev/en.jsonl"} {
		fh, _ := os.Open(f)
		sc := bufio.NewScanner(fh)
		sc.Buffer(nil, 1<<20)
		for sc.Scan() {
			var r struct {
				ID, Text string
				Events   []map[string]any
			}
			json.Unmarshal(sc.Bytes(), &r)
			d := newDoc(r.Text, lx)
			fmt.Printf("== %s gold=%d\n", r.ID, len(r.Events))
			for _, c := range d.candidates() {
				_, _, w := d.original(r.Text, c.m.Start, c.m.End)
				mods := ""
				for k := range c.mods {
					mods += k + " "
				}
				fmt.Printf("  %-20s %-22s rej=%q mods=%s\n", w, c.m.Entry().Fields[0], c.rejected, mods)
			}
		}
	}
}

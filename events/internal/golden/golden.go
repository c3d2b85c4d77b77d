// Package golden compares test output with a reviewed file beside the test
// input, or rewrites that file when a test runs with -update.
package golden

import (
	"bytes"
	"os"
	"testing"
)

// Check compares got with the file at path. With update it writes got
// there instead, for a person to review with git diff before committing.
func Check(t testing.TB, path string, got []byte, update bool) {
	t.Helper()
	if update {
		if err := os.WriteFile(path, got, 0o644); err != nil {
			t.Fatal(err)
		}
		return
	}
	want, err := os.ReadFile(path)
	if err != nil {
		t.Fatalf("%v (run go test -update to create it, then review it)", err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("output differs from %s (run go test -update and review the diff)\ngot:\n%s\nwant:\n%s", path, got, want)
	}
}

package dates

import (
	"os"
	"sync"
	"testing"
)

var (
	testOnce sync.Once
	testLx   *Lexicon
	testErr  error
)

// testLexicon is the built-in lexicon (the seeds folder of the checkout),
// loaded once for all the tests.
func testLexicon(tb testing.TB) *Lexicon {
	tb.Helper()
	testOnce.Do(func() { testLx, testErr = LoadLexicon(os.DirFS("../../seeds")) })
	if testErr != nil {
		tb.Fatal(testErr)
	}
	return testLx
}

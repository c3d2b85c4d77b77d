// Package realcorpus reads the corpus of real Arabic news articles that
// sits beside the repository (../shared/eval/real), for the benchmarks and
// corpus tests of the events packages. Users do not have it: Load skips
// the test or benchmark that asks for it when it is absent.
package realcorpus

import (
	"bufio"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"testing"
)

// Article is one line of the corpus.
type Article struct {
	Title     string `json:"title"`
	Text      string `json:"text"`
	Published string `json:"published"` // RFC 1123 with a numeric zone
}

// Path is the corpus file: RASD_REAL_CORPUS, or its place beside the
// repository as seen from a package directory (events/NAME).
func Path() string {
	if p := os.Getenv("RASD_REAL_CORPUS"); p != "" {
		return p
	}
	return filepath.Join("..", "..", "..", "shared", "eval", "real", "ant_arabic_violence_news.jsonl")
}

// Read returns the corpus's articles, or an error when it cannot be read.
func Read() ([]Article, error) { return ReadFile(Path()) }

// ReadFile reads articles from any JSONL file of that shape.
func ReadFile(path string) ([]Article, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	var out []Article
	sc := bufio.NewScanner(f)
	sc.Buffer(make([]byte, 0, 1<<20), 1<<24)
	for line := 1; sc.Scan(); line++ {
		var a Article
		if err := json.Unmarshal(sc.Bytes(), &a); err != nil {
			return nil, fmt.Errorf("%s:%d: %w", path, line, err)
		}
		out = append(out, a)
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	return out, nil
}

// Load is Read for a test or benchmark: it skips when the corpus is absent
// and fails when it is broken. size is the articles' text in bytes.
func Load(tb testing.TB) (arts []Article, size int) {
	tb.Helper()
	arts, err := Read()
	if os.IsNotExist(err) {
		tb.Skipf("no real corpus here (%v)", err)
	}
	if err != nil {
		tb.Fatal(err)
	}
	for _, a := range arts {
		size += len(a.Text)
	}
	return arts, size
}

package reader

import (
	"fmt"
	"io"
	"iter"
	"path/filepath"
	"slices"
	"strings"

	"rasd/events"
)

// readFunc is the shape every format reader has: it takes the input and the
// name to report errors and derive ids under.
type readFunc func(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error]

// formats maps a lowercased file extension to its reader. Extensions decide
// the format (not sniffing) so that a misnamed file fails loudly.
var formats = map[string]readFunc{
	".txt":    ReadText,
	".md":     ReadText,
	".json":   ReadJSON,
	".jsonl":  ReadJSONL,
	".ndjson": ReadJSONL,
	".csv":    ReadCSV,
	".html":   ReadHTML,
	".htm":    ReadHTML,
	".xml":    ReadFeed,
	".rss":    ReadFeed,
	".atom":   ReadFeed,
}

// Extensions lists the file extensions rasd reads, sorted, for help texts
// and error messages.
func Extensions() []string {
	exts := make([]string, 0, len(formats))
	for ext := range formats {
		exts = append(exts, ext)
	}
	slices.Sort(exts)
	return exts
}

// formatOf returns the reader for path's extension, or nil.
func formatOf(path string) readFunc {
	return formats[strings.ToLower(filepath.Ext(path))]
}

func unknownFormat(path string) error {
	ext := filepath.Ext(path)
	if ext == "" {
		ext = "no extension"
	} else {
		ext = fmt.Sprintf("%q", ext)
	}
	return problemf(ErrFormat, "unknown format (%s): rasd reads files ending in %s; rename the file or convert it", ext, strings.Join(Extensions(), ", "))
}

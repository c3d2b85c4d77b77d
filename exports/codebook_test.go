package exports

import (
	"slices"
	"testing"

	"rasd/events"
)

func TestCodebookCoversEveryColumn(t *testing.T) {
	all := append(slices.Clone(events.Columns), events.ExtendedColumns...)
	for _, name := range all {
		d, ok := columnDocs[name]
		if !ok || d.meaning == "" || d.format == "" {
			t.Errorf("column %s has no codebook entry (meaning and format)", name)
		}
	}
	for name := range columnDocs {
		if !slices.Contains(all, name) {
			t.Errorf("codebook describes %s, which is not an export column", name)
		}
	}
}

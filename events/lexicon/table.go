package lexicon

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"strings"
)

// Origin names the file fsys reads name from, for messages: an FS that
// knows (seeds.FS: a team's override file, or the built-in seeds/ file)
// says so through an Origin method; any other FS gives name itself.
func Origin(fsys fs.FS, name string) string {
	if o, ok := fsys.(interface{ Origin(string) string }); ok {
		return o.Origin(name)
	}
	return name
}

// ReadTable reads a tab-separated table whose first data line is its
// header: the column names, which must be exactly header, so that a file
// put in the wrong place, or a column moved in a spreadsheet, is caught
// at load with its line instead of read as something else. Rows must have
// at least minCols columns. name is used in messages (file:line).
func ReadTable(r io.Reader, name string, minCols int, header ...string) ([]Row, error) {
	rows, err := ReadTSV(r, name, 1)
	if err != nil {
		return nil, err
	}
	want := strings.Join(header, "\t")
	if len(rows) == 0 {
		return nil, fmt.Errorf("%s: empty: want the header line %q first", name, strings.Join(header, "<TAB>"))
	}
	if got := strings.Join(rows[0].Cols, "\t"); got != want {
		return nil, fmt.Errorf("%s: want the header line %q first, found %q", rows[0].Origin,
			strings.Join(header, "<TAB>"), strings.ReplaceAll(got, "\t", "<TAB>"))
	}
	for _, row := range rows[1:] {
		if len(row.Cols) < minCols {
			return nil, fmt.Errorf("%s: want at least %d tab-separated columns (%s), found %d",
				row.Origin, minCols, strings.Join(header[:min(minCols, len(header))], ", "), len(row.Cols))
		}
	}
	return rows[1:], nil
}

// OpenTable opens name in fsys and reads it with ReadTable, naming the
// file by its Origin. A missing file is an error unless optional, when it
// gives no rows.
func OpenTable(fsys fs.FS, name string, optional bool, minCols int, header ...string) ([]Row, error) {
	f, err := fsys.Open(name)
	if err != nil {
		if optional && errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("open %s: %w", Origin(fsys, name), err)
	}
	defer f.Close()
	return ReadTable(f, Origin(fsys, name), minCols, header...)
}

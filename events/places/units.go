package places

import (
	"fmt"
	"io/fs"
	"strings"

	"rasd/events/lexicon"
)

// UnitWords are the words that say what kind of administrative unit a
// name is (units.tsv). Some sources write a region's name with one; news
// text and ACLED write the name alone, so the builder cuts them off.
type UnitWords struct {
	// Before are Arabic words written before a name in Natural Earth's
	// Arabic admin-1 names.
	Before []string
	// After are English words written after a name in GeoNames's admin1
	// and admin2 names.
	After []string
}

// unitPlace is where a unit word stands: the kind column of units.tsv.
type unitPlace uint8

const (
	unitBefore unitPlace = iota + 1 // before the name (Arabic, Natural Earth)
	unitAfter                       // after the name (English, GeoNames)
)

var unitPlaces = map[string]unitPlace{"before": unitBefore, "after": unitAfter}

// readUnitWords reads units.tsv (optional: without it no word is cut).
func readUnitWords(fsys fs.FS) (UnitWords, error) {
	var u UnitWords
	rows, err := lexicon.OpenTable(fsys, "units.tsv", true, 2, "kind", "word")
	if err != nil {
		return u, err
	}
	for _, r := range rows {
		w := r.Cols[1]
		if w == "" || strings.Contains(w, " ") {
			return u, fmt.Errorf("%s: unit word %q: want one word", r.Origin, w)
		}
		switch unitPlaces[r.Cols[0]] {
		case unitBefore:
			u.Before = append(u.Before, w)
		case unitAfter:
			u.After = append(u.After, w)
		default:
			return u, fmt.Errorf("%s: kind %q: want before or after", r.Origin, r.Cols[0])
		}
	}
	return u, nil
}

// cutBefore trims s and cuts the first unit word that opens it, with the
// space after it.
func (u UnitWords) cutBefore(s string) string {
	s = strings.TrimSpace(s)
	for _, w := range u.Before {
		if rest, ok := strings.CutPrefix(s, w+" "); ok {
			return strings.TrimSpace(rest)
		}
	}
	return s
}

// cutAfter cuts every unit word that ends s after a space, in file order.
func (u UnitWords) cutAfter(s string) string {
	for _, w := range u.After {
		s = strings.TrimSuffix(s, " "+w)
	}
	return s
}

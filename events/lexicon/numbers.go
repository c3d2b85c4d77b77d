package lexicon

import (
	"fmt"
	"io/fs"
	"rasd/events/arabic"
	"strconv"
	"strings"
)

// NumbersFile is the number-word table every reader of numbers shares:
// the coder counts victims with it, the date grammar counts days and
// reads ordinal days of the month with it.
const NumbersFile = "lexicons/numbers.tsv"

// NumberKind is what a number word says.
type NumberKind uint8

// Number kinds, as numbers.tsv writes them.
const (
	Exact   NumberKind = iota + 1 // a count: "three", "thalatha"
	Vague                         // CODEBOOK's figure for an indefinite amount: "dozens", "asharat" (tens)
	AtLeast                       // a lower bound: "at least", "more than": the number after it is kept
	AtMost                        // an upper bound or approximation: "about", "nearly"
	Ordinal                       // an ordinal: "third", the day of a month in a date
)

var numberKinds = map[string]NumberKind{"exact": Exact, "vague": Vague, "atleast": AtLeast, "atmost": AtMost, "ordinal": Ordinal}

func (k NumberKind) String() string {
	for s, v := range numberKinds {
		if v == k {
			return s
		}
	}
	return "?"
}

// Number is one line of the number table.
type Number struct {
	Phrase string // as written in the file
	Value  int
	Kind   NumberKind
	Origin string // file:line
}

// Words reports how many words the phrase has.
func (n Number) Words() int { return len(strings.Fields(n.Phrase)) }

// numbersHeader is the header line of numbers.tsv.
var numbersHeader = []string{"phrase", "value", "kind"}

// LoadNumbers reads the number table from fsys (seeds.FS layout), naming
// the file and line of any bad row. A phrase listed twice is an error:
// number words are written once, for every reader.
func LoadNumbers(fsys fs.FS) ([]Number, error) {
	rows, err := OpenTable(fsys, NumbersFile, false, 3, numbersHeader...)
	if err != nil {
		return nil, err
	}
	out := make([]Number, 0, len(rows))
	seen := map[string]string{}
	for _, r := range rows {
		v, err := strconv.Atoi(r.Cols[1])
		if err != nil {
			return nil, fmt.Errorf("%s: number value %q: want an integer", r.Origin, r.Cols[1])
		}
		k, ok := numberKinds[r.Cols[2]]
		if !ok {
			return nil, fmt.Errorf("%s: number kind %q: want exact, vague, atleast, atmost or ordinal", r.Origin, r.Cols[2])
		}
		key := strings.Join(strings.Fields(arabic.Fold(r.Cols[0])), " ")
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s: %q is listed already at %s", r.Origin, r.Cols[0], prev)
		}
		seen[key] = r.Origin
		out = append(out, Number{Phrase: r.Cols[0], Value: v, Kind: k, Origin: r.Origin})
	}
	return out, nil
}

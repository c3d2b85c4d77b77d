package rules

import (
	"fmt"
	"io/fs"
	"slices"
	"strconv"
	"strings"

	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// wordSet names a set of words (lexicons/words.tsv) that one rule reads:
// the small closed classes — markers, connectors, function words — that
// tell the rules how a sentence is built, in both languages.
type wordSet uint8

const (
	setAgent          wordSet = iota + 1 // introduces the perpetrator after a trigger
	setPolice                            // inside the victims' words: the police, not the army
	setPartitive                         // "of": members of a named group
	setIncidentNoun                      // counts incidents: a number before it makes a statistic
	setAbbreviation                      // English abbreviations ending in a full stop
	setTimeAside                         // a time word: an aside between commas does not end a clause
	setContinuation                      // opens a clause that tells the act itself
	setDeterminer                        // before an English noun trigger: an incident told already
	setPerpetrator                       // before "escaped": the attackers are the ones escaping
	setListConnector                     // joins kinds of incidents in one sentence
	setGenericPeople                     // person words that say nothing of who the dead were
	setBePast                            // English passive auxiliaries before a verb trigger
	setBe                                // other forms of "be" before a verb trigger
	setAnd                               // joins a counted group to a victim named before
	setNameParticle                      // lower-case words inside an English person's name
	setNotName                           // capitalised words that make a run no person's name
	setTargetStop                        // ends an Arabic target phrase
	setDaysAfter                         // "N days after": the told incident is N days off the main clause's date
	setDayCount                          // a word for a number of days, with its count
	setComplementizer                    // "that", anna: opens what a reporting verb reports
	setRelative                          // opens a relative clause: what follows describes a noun
	setSubset                            // before a counted group: part of the group told before
	setBlast                             // weapon words that name no weapon: an explosion may be an accident
	setResult                            // opens a clause of the result of the act before it
	setAttacker                          // words for attackers: the subject of a killing beside a protest
	setOrigin                            // after a country beside a weapon: where it was made, not who used it
	numWordSets
)

// wordSetInfo says how a set's phrases are read: raw sets are compared
// as written (case matters); valued sets carry a number in the third
// column.
var wordSetInfo = [numWordSets]struct {
	name   string
	raw    bool
	valued bool
}{
	setAgent: {name: "agent"}, setPolice: {name: "police"}, setPartitive: {name: "partitive"},
	setIncidentNoun: {name: "incident-noun"}, setAbbreviation: {name: "abbreviation"},
	setTimeAside: {name: "time-aside"}, setContinuation: {name: "continuation"},
	setDeterminer: {name: "determiner"}, setPerpetrator: {name: "perpetrator"},
	setListConnector: {name: "list-connector"}, setGenericPeople: {name: "generic-people"},
	setBePast: {name: "be-past"}, setBe: {name: "be"}, setAnd: {name: "and"},
	setNameParticle: {name: "name-particle"}, setNotName: {name: "not-name", raw: true},
	setTargetStop: {name: "target-stop"}, setDaysAfter: {name: "days-after", valued: true},
	setDayCount: {name: "day-count", valued: true}, setComplementizer: {name: "complementizer"},
	setRelative: {name: "relative"}, setSubset: {name: "subset"}, setBlast: {name: "blast"}, setResult: {name: "result"}, setAttacker: {name: "attacker"}, setOrigin: {name: "origin"},
}

func (s wordSet) String() string { return wordSetInfo[s].name }

// Words are the sets of words.tsv, folded (unless raw) as the coder's text
// is.
type Words struct {
	value [numWordSets]map[string]int
	list  [numWordSets][]string // in file order
	// days are the days-after phrases split into words, with their sign
	days []daysPhrase
}

// daysPhrase is a days-after phrase as words ("#" for the count).
type daysPhrase struct {
	words   []string
	sign    int
	counted bool // it has a "#"
}

// WordsFile is the words table.
const WordsFile = "lexicons/words.tsv"

var wordsHeader = []string{"set", "phrase", "value"}

// LoadWords reads the words table from fsys, naming file:line on error: an
// unknown set, a set's phrase listed twice, a valued set's row without a
// number. Every set must have at least one phrase, since the rule that
// reads it would otherwise silently do nothing.
func LoadWords(fsys fs.FS) (*Words, error) {
	rows, err := lexicon.OpenTable(fsys, WordsFile, false, 2, wordsHeader...)
	if err != nil {
		return nil, fmt.Errorf("load words: %w", err)
	}
	names := make([]string, numWordSets)
	for i := range names {
		names[i] = wordSetInfo[i].name
	}
	w := &Words{}
	seen := map[string]string{}
	for _, r := range rows {
		set, err := parseKind[wordSet]("word set", r.Cols[0], names)
		if err != nil {
			return nil, fmt.Errorf("load words: %s: %w", r.Origin, err)
		}
		info := wordSetInfo[set]
		phrase := r.Cols[1]
		if !info.raw {
			phrase = strings.Join(strings.Fields(arabic.Fold(phrase)), " ")
		}
		if phrase == "" {
			return nil, fmt.Errorf("load words: %s: empty phrase", r.Origin)
		}
		key := info.name + "\x00" + phrase
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("load words: %s: %q is in %s already at %s", r.Origin, r.Cols[1], info.name, prev)
		}
		seen[key] = r.Origin
		v := 0
		switch value := lexicon.Row(r).Cols; {
		case info.valued && (len(value) < 3 || value[2] == ""):
			return nil, fmt.Errorf("load words: %s: the set %s needs a number in the value column", r.Origin, info.name)
		case info.valued:
			if v, err = strconv.Atoi(value[2]); err != nil {
				return nil, fmt.Errorf("load words: %s: value %q: want an integer", r.Origin, value[2])
			}
		case len(value) > 2 && value[2] != "":
			return nil, fmt.Errorf("load words: %s: the set %s takes no value", r.Origin, info.name)
		}
		if w.value[set] == nil {
			w.value[set] = map[string]int{}
		}
		w.value[set][phrase] = v
		w.list[set] = append(w.list[set], phrase)
	}
	for _, p := range w.list[setDaysAfter] {
		f := strings.Fields(p)
		w.days = append(w.days, daysPhrase{words: f, sign: w.value[setDaysAfter][p], counted: slices.Contains(f, "#")})
	}
	for s := wordSet(1); s < numWordSets; s++ {
		if len(w.list[s]) == 0 {
			return nil, fmt.Errorf("load words: %s has no %s line: the rule that reads it would do nothing", lexicon.Origin(fsys, WordsFile), s)
		}
	}
	return w, nil
}

// has reports whether phrase (folded, or as written for a raw set) is in
// the set.
func (w *Words) has(s wordSet, phrase string) bool {
	_, ok := w.value[s][phrase]
	return ok
}

// valueOf returns a valued set's number for phrase.
func (w *Words) valueOf(s wordSet, phrase string) (int, bool) {
	v, ok := w.value[s][phrase]
	return v, ok
}

// in returns the set's phrases in file order.
func (w *Words) in(s wordSet) []string { return w.list[s] }

// containsAny reports whether text holds one of the set's phrases.
func (w *Words) containsAny(s wordSet, text string) bool {
	for _, p := range w.list[s] {
		if strings.Contains(text, p) {
			return true
		}
	}
	return false
}

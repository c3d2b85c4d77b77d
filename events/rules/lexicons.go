package rules

import (
	"fmt"
	"io/fs"
	"strings"

	"rasd/events"
	"rasd/events/lexicon"
)

// Lexicons are the coder's word lists, read from seeds/lexicons (or a team's
// override directory). They are data: adding a trigger never needs Go.
type Lexicons struct {
	Triggers *lexicon.Matcher
	Cues     *lexicon.Matcher
	Weapons  *lexicon.Matcher
	Persons  *lexicon.Matcher
	Numbers  *lexicon.Matcher
	// Words are the closed word classes the rules read (words.tsv).
	Words *Words
	all   *lexicon.Set // the five matchers in one pass
	// numberWords are the single-word counts of the number table, folded:
	// the counts of "N days after".
	numberWords map[string]int
}

// trigger flags, parsed once from the lexicon's third column.
type triggerInfo struct {
	category events.Category // "" for attack: the outcome decides
	attack   bool
	death    bool
	body     bool
	generic  bool
	weak     bool
	passive  bool
	// object: a masdar whose object is the target ("the assassination of
	// X"); a verb's object is not marked, so only these name one in Arabic
	object bool
}

// cueInfo is a cue's kind and scope.
type cueInfo struct {
	kind  cueKind
	scope cueScope
}

type weaponInfo struct {
	eventType, subType string
	rank               int // lower is higher in ACLED's hierarchy
}

type personInfo struct {
	count int // 1, 2, or 0 for "many"
	kind  personKind
}

type numberInfo struct {
	value int
	kind  lexicon.NumberKind
}

// The lexicon files and their header lines.
const (
	triggersFile = "lexicons/triggers.tsv"
	cuesFile     = "lexicons/cues.tsv"
	weaponsFile  = "lexicons/weapons.tsv"
	personsFile  = "lexicons/persons.tsv"
)

var (
	triggersHeader = []string{"phrase", "category", "flags"}
	cuesHeader     = []string{"phrase", "kind", "scope"}
	weaponsHeader  = []string{"phrase", "event_type", "sub_event_type"}
	personsHeader  = []string{"phrase", "count", "kind"}
)

// LoadLexicons reads every lexicon file from fsys (seeds.FS layout:
// lexicons/*.tsv), checking each line and naming file:line on error.
func LoadLexicons(fsys fs.FS) (*Lexicons, error) {
	lx := &Lexicons{}
	var err error
	if lx.Triggers, err = loadLexicon(fsys, triggersFile, 2, triggersHeader, parseTrigger); err != nil {
		return nil, err
	}
	if lx.Triggers.Len() == 0 {
		// an empty override would code nothing, and every report would
		// look like one that tells of no violence
		return nil, fmt.Errorf("load lexicon: %s lists no trigger, so nothing would be coded: add the trigger lines (copy seeds/%s and edit it)",
			lexicon.Origin(fsys, triggersFile), triggersFile)
	}
	if lx.Cues, err = loadLexicon(fsys, cuesFile, 3, cuesHeader, parseCue); err != nil {
		return nil, err
	}
	if lx.Weapons, err = loadLexicon(fsys, weaponsFile, 3, weaponsHeader, func(cols []string) (any, error) {
		return weaponInfo{eventType: cols[0], subType: cols[1], rank: subTypeRank(cols[1])}, nil
	}); err != nil {
		return nil, err
	}
	if lx.Persons, err = loadLexicon(fsys, personsFile, 3, personsHeader, parsePerson); err != nil {
		return nil, err
	}
	if lx.Numbers, lx.numberWords, err = loadNumbers(fsys); err != nil {
		return nil, err
	}
	if lx.Words, err = LoadWords(fsys); err != nil {
		return nil, err
	}
	lx.Persons.Nouns, lx.Numbers.Nouns = true, true
	if lx.all, err = lexicon.NewSet(lx.Triggers, lx.Cues, lx.Weapons, lx.Persons, lx.Numbers); err != nil {
		return nil, err
	}
	return lx, nil
}

// loadNumbers builds the numbers matcher from the shared number table
// (every kind but the ordinals, which count nobody) and the map of its
// single-word counts.
func loadNumbers(fsys fs.FS) (*lexicon.Matcher, map[string]int, error) {
	ns, err := lexicon.LoadNumbers(fsys)
	if err != nil {
		return nil, nil, fmt.Errorf("load lexicon: %w", err)
	}
	entries := make([]lexicon.Entry, 0, len(ns))
	words := map[string]int{}
	for _, n := range ns {
		if n.Kind == lexicon.Ordinal {
			continue
		}
		e, err := lexicon.NewEntry(n.Phrase, nil, n.Origin)
		if err != nil {
			return nil, nil, fmt.Errorf("load lexicon: %w", err)
		}
		e.Info = numberInfo{value: n.Value, kind: n.Kind}
		entries = append(entries, e)
		if n.Kind == lexicon.Exact && n.Words() == 1 {
			words[e.Folded] = n.Value
		}
	}
	m, err := lexicon.New(entries)
	return m, words, err
}

// subTypeRank orders sub-event types by ACLED's hierarchy: when tactics
// combine, the higher one is coded.
func subTypeRank(s string) int {
	order := []string{"Chemical weapon", "Air/drone strike", "Suicide bomb", "Shelling/artillery/missile attack",
		"Remote explosive/landmine/IED", "Grenade"}
	for i, o := range order {
		if o == s {
			return i
		}
	}
	return len(order)
}

func loadLexicon(fsys fs.FS, name string, minCols int, header []string, parse func([]string) (any, error)) (*lexicon.Matcher, error) {
	rows, err := lexicon.OpenTable(fsys, name, false, minCols, header...)
	if err != nil {
		return nil, fmt.Errorf("load lexicon: %w", err)
	}
	entries := make([]lexicon.Entry, 0, len(rows))
	seen, phrases := map[string]string{}, map[string]lexicon.Row{}
	for _, r := range rows {
		info, err := parse(r.Cols[1:])
		if err != nil {
			return nil, fmt.Errorf("load lexicon: %s: %w", r.Origin, err)
		}
		e, err := lexicon.NewEntry(r.Cols[0], r.Cols[1:], r.Origin)
		if err != nil {
			return nil, fmt.Errorf("load lexicon: %w", err)
		}
		key := e.Folded + "\x00" + strings.Join(r.Cols[1:], "\t")
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("load lexicon: %s: repeats %s", r.Origin, prev)
		}
		seen[key] = r.Origin
		if name == triggersFile {
			// a trigger means one thing: a phrase that proposed two
			// categories would code whichever line came first
			written := fmt.Sprint(e.Folded, e.Exact, e.Inflect)
			if prev, dup := phrases[written]; dup {
				return nil, fmt.Errorf("load lexicon: %s: %q is listed already at %s (%s; here %s): keep one line", r.Origin,
					r.Cols[0], prev.Origin, strings.Join(prev.Cols[1:], " "), strings.Join(r.Cols[1:], " "))
			}
			phrases[written] = r
		}
		e.Info = info
		entries = append(entries, e)
	}
	return lexicon.New(entries)
}

func parseTrigger(cols []string) (any, error) {
	t := triggerInfo{}
	switch cols[0] {
	case "attack":
		t.attack = true
	default:
		c, err := events.ParseCategory(cols[0])
		if err != nil {
			return nil, err
		}
		t.category = c
	}
	if len(cols) > 1 && cols[1] != "" {
		for _, f := range strings.Split(cols[1], ",") {
			switch strings.TrimSpace(f) {
			case "death":
				t.death = true
			case "body":
				t.body = true
			case "generic":
				t.generic = true
			case "weak":
				t.weak = true
			case "passive":
				t.passive = true
			case "object":
				t.object = true
			default:
				return nil, fmt.Errorf("unknown trigger flag %q (want death, body, generic, weak, passive, object)", f)
			}
		}
	}
	return t, nil
}

func parseCue(cols []string) (any, error) {
	kind, err := parseKind[cueKind]("cue kind", cols[0], cueKindNames[:])
	if err != nil {
		return nil, err
	}
	scope, err := parseKind[cueScope]("cue scope", cols[1], cueScopeNames[:])
	if err != nil {
		return nil, err
	}
	return cueInfo{kind: kind, scope: scope}, nil
}

func parsePerson(cols []string) (any, error) {
	kind, err := parseKind[personKind]("person kind", cols[1], personKindNames[:])
	if err != nil {
		return nil, err
	}
	p := personInfo{kind: kind}
	switch cols[0] {
	case "1":
		p.count = 1
	case "2":
		p.count = 2
	case "many":
	default:
		return nil, fmt.Errorf("person count %q: want 1, 2 or many", cols[0])
	}
	return p, nil
}

package actors

import (
	"fmt"
	"io"
	"io/fs"
	"regexp"
	"slices"
	"strconv"
	"strings"

	"rasd/events"
	"rasd/events/lexicon"
)

// The files Load reads, in the seeds.FS layout.
const (
	ActorsFile  = "actors/actors.tsv"
	GenericFile = "actors/generic.tsv"
)

// The header lines the files must start with, so that a column moved in a
// spreadsheet is caught at load time instead of coding wrong names.
var (
	actorsHeader  = []string{"name", "inter", "country", "from", "to", "source", "arabic", "english"}
	genericHeader = []string{"kind", "label", "arabic", "english"}
)

// Load reads the actor table and the generic phrases from fsys (seeds.FS or
// a team's override directory) and prepares them for Find. Messages name
// each file by its origin (lexicon.Origin): the team's file when it
// replaced the built-in one.
func Load(fsys fs.FS) (*Table, error) {
	var as []*Actor
	var gs []*Generic
	err := readFile(fsys, ActorsFile, func(r io.Reader, origin string) (err error) { as, err = ReadActors(r, origin); return })
	if err != nil {
		return nil, err
	}
	err = readFile(fsys, GenericFile, func(r io.Reader, origin string) (err error) { gs, err = ReadGeneric(r, origin); return })
	if err != nil {
		return nil, err
	}
	return New(as, gs)
}

// readFile opens name in fsys and gives read the file and its origin, the
// name messages use.
func readFile(fsys fs.FS, name string, read func(r io.Reader, origin string) error) error {
	origin := lexicon.Origin(fsys, name)
	f, err := fsys.Open(name)
	if err != nil {
		return fmt.Errorf("open actor table %s: %w", origin, err)
	}
	defer f.Close()
	return read(f, origin)
}

// regimeYears finds the years ACLED writes into a name: "(2014-)", "(2011-2012)".
var regimeYears = regexp.MustCompile(`\((\d{4})-(\d{4})?\)`)

// ReadActors reads an actor table (the actors.tsv format: header, then one
// actor a line; # starts a comment). name is used in messages (file:line).
// Duplicate names are caught by New, which sees the whole table.
func ReadActors(r io.Reader, name string) ([]*Actor, error) {
	rows, err := lexicon.ReadTable(r, name, 6, actorsHeader...)
	if err != nil {
		return nil, err
	}
	as := make([]*Actor, 0, len(rows))
	for _, row := range rows {
		a, err := parseActor(row)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", row.Origin, err)
		}
		as = append(as, a)
	}
	return as, nil
}

func parseActor(row lexicon.Row) (*Actor, error) {
	c := row.Cols
	a := &Actor{Name: c[0], Source: c[5], Origin: row.Origin}
	if a.Name == "" {
		return nil, fmt.Errorf("empty actor name")
	}
	inter, err := events.ParseInter(c[1])
	if err != nil || inter == 0 {
		return nil, fmt.Errorf("actor %q: inter %q is not an ACLED actor type (1-8)", a.Name, c[1])
	}
	a.Inter = inter
	if c[2] != "" {
		a.Countries = splitList(c[2])
	}
	if a.From, err = parseYear(c[3]); err != nil {
		return nil, fmt.Errorf("actor %q: from: %w", a.Name, err)
	}
	if a.To, err = parseYear(c[4]); err != nil {
		return nil, fmt.Errorf("actor %q: to: %w", a.Name, err)
	}
	if a.From != 0 && a.To != 0 && a.To < a.From {
		return nil, fmt.Errorf("actor %q: valid to %d before valid from %d", a.Name, a.To, a.From)
	}
	if m := regimeYears.FindStringSubmatch(a.Name); m != nil {
		// the validity may be narrower than an open-ended name (a later regime
		// took over) but must start with it and end with a closed one
		if strconv.Itoa(a.From) != m[1] {
			return nil, fmt.Errorf("actor %q: from is %d but the name says %s", a.Name, a.From, m[1])
		}
		if m[2] != "" && strconv.Itoa(a.To) != m[2] {
			return nil, fmt.Errorf("actor %q: to is %d but the name says %s", a.Name, a.To, m[2])
		}
	}
	if a.Source == "" {
		return nil, fmt.Errorf("actor %q: no source for the spelling", a.Name)
	}
	if a.Arabic, err = aliases(c, 6, true); err != nil {
		return nil, fmt.Errorf("actor %q: %w", a.Name, err)
	}
	if a.English, err = aliases(c, 7, false); err != nil {
		return nil, fmt.Errorf("actor %q: %w", a.Name, err)
	}
	return a, nil
}

// ReadGeneric reads the generic phrases (the generic.tsv format: header,
// then kind, label templates and phrases, one meaning a line).
func ReadGeneric(r io.Reader, name string) ([]*Generic, error) {
	rows, err := lexicon.ReadTable(r, name, 2, genericHeader...)
	if err != nil {
		return nil, err
	}
	gs := make([]*Generic, 0, len(rows))
	for _, row := range rows {
		g, err := parseGeneric(row)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", row.Origin, err)
		}
		gs = append(gs, g)
	}
	return gs, nil
}

// genericKinds maps the table's kind words; soldier and policeman are the
// forces' members.
var genericKinds = map[string]struct {
	kind   Kind
	member bool
}{
	"unidentified": {Unnamed, false}, "military": {Military, false}, "soldier": {Military, true},
	"police": {Police, false}, "policeman": {Police, true}, "role": {Role, false},
}

func parseGeneric(row lexicon.Row) (*Generic, error) {
	c := row.Cols
	k, ok := genericKinds[c[0]]
	if !ok {
		return nil, fmt.Errorf("unknown kind %q (want unidentified, military, soldier, police, policeman or role)", c[0])
	}
	g := &Generic{Kind: k.kind, Member: k.member, Origin: row.Origin}
	if c[1] != "" {
		g.Labels = splitList(c[1])
	}
	switch {
	case (g.Kind == Unnamed || g.Kind == Role) && len(g.Labels) == 0:
		return nil, fmt.Errorf("kind %s needs a label", c[0])
	case g.State() && len(g.Labels) > 0:
		return nil, fmt.Errorf("kind %s takes no label: the actor table names the forces", c[0])
	case g.Kind == Role && !strings.Contains(g.Labels[0], "{country}"):
		return nil, fmt.Errorf("role label %q needs {country}", g.Labels[0])
	}
	var err error
	if g.Arabic, err = aliases(c, 2, true); err != nil {
		return nil, err
	}
	if g.English, err = aliases(c, 3, false); err != nil {
		return nil, err
	}
	if len(g.Arabic)+len(g.English) == 0 {
		return nil, fmt.Errorf("no phrases")
	}
	for _, p := range append(slices.Clip(g.Arabic), g.English...) {
		if strings.HasPrefix(p, "~") {
			return nil, fmt.Errorf("phrase %q: ~ (local alias) is for the actor table", p)
		}
	}
	return g, nil
}

// aliases reads column i: "|"-separated aliases, checked for the script.
func aliases(cols []string, i int, arabic bool) ([]string, error) {
	if i >= len(cols) || cols[i] == "" {
		return nil, nil
	}
	list := splitList(cols[i])
	for _, a := range list {
		bare := strings.TrimPrefix(a, "~")
		if err := checkScript(bare, arabic); err != nil {
			return nil, err
		}
		for _, form := range expand(bare) {
			if normalize(form) == "" {
				return nil, fmt.Errorf("alias %q has no letter a report could match (a mark or a stretching stroke alone): write the words it stands for", a)
			}
		}
	}
	return list, nil
}

// splitList splits a "|"-separated cell, trimming spaces and dropping
// empty items.
func splitList(s string) []string {
	var out []string
	for _, p := range strings.Split(s, "|") {
		if p = strings.TrimSpace(p); p != "" {
			out = append(out, p)
		}
	}
	return out
}

func parseYear(s string) (int, error) {
	if s == "" {
		return 0, nil
	}
	y, err := strconv.Atoi(s)
	if err != nil || y < 1900 || y > 2100 {
		return 0, fmt.Errorf("%q is not a year", s)
	}
	return y, nil
}

package actors

import (
	"fmt"
	"regexp"
	"slices"
	"strings"

	"github.com/coregx/ahocorasick"

	"rasd/events"
)

// Table is the loaded actor table and generic phrases, ready to find
// mentions in reports. It is read-only after New, so one Table serves any
// number of goroutines.
type Table struct {
	actors   []*Actor
	generics []*Generic
	byName   map[string]*Actor
	// forces are the regime rows of each country's military and police
	// ("Military Forces of Libya (2014-)"), newest first; forceOf is how
	// ACLED writes the country after "of" ("the Philippines").
	forces  map[forceKey][]*Actor
	forceOf map[forceKey]string
	ac      *ahocorasick.Automaton
	entries []entry // by automaton pattern id
}

type forceKey struct {
	kind    Kind // Military or Police
	country string
}

// entry is one pattern of the automaton: a folded stem and everything the
// tables say it may stand for.
type entry struct {
	stem  string
	items []item
}

// item is one table alias behind a pattern.
type item struct {
	actor   *Actor   // a named actor, or
	generic *Generic // a generic phrase
	local   bool     // the alias names the actor only in its own countries
	article bool     // the Arabic alias starts with the article: the text must have it
	english bool
	alias   string // as written in the table, for messages
}

// stateForce matches the names of a country's regular forces, the names
// generic phrases like "the army" resolve to.
var stateForce = regexp.MustCompile(`^(Military|Police) Forces of ((?:the )?(.+?))(?: \(\d{4}-(?:\d{4})?\))?$`)

// New indexes actors and generic phrases. It rejects an alias listed twice
// for one actor and an alias two actors of one country share with the same
// validity, since no report could tell them apart.
func New(actors []*Actor, generics []*Generic) (*Table, error) {
	t := &Table{actors: actors, generics: generics, byName: map[string]*Actor{},
		forces: map[forceKey][]*Actor{}, forceOf: map[forceKey]string{}}
	ids := map[string]int{}
	// add indexes one row's aliases; seen holds the written forms already
	// given, so that one meaning never lists a form twice
	add := func(it item, arabic, english []string, origin string, seen map[string]string) error {
		for i, alias := range slices.Concat(arabic, english) {
			it.alias, it.english = alias, i >= len(arabic)
			alias, it.local = strings.CutPrefix(alias, "~")
			for _, form := range expand(alias) {
				key := normalize(form)
				if !it.english {
					key, it.article = stripArticle(key)
				}
				if key == "" {
					return fmt.Errorf("%s: alias %q has no letter a report could match: write the words it stands for", origin, it.alias)
				}
				if prev, dup := seen[key]; dup {
					return fmt.Errorf("%s: alias %q gives the same written forms as %s", origin, it.alias, prev)
				}
				seen[key] = fmt.Sprintf("%q (%s)", it.alias, origin)
				id, ok := ids[key]
				if !ok {
					id = len(t.entries)
					ids[key] = id
					t.entries = append(t.entries, entry{stem: key})
				}
				t.entries[id].items = append(t.entries[id].items, it)
			}
		}
		return nil
	}
	for _, a := range actors {
		if prev := t.byName[a.Name]; prev != nil {
			return nil, fmt.Errorf("%s: actor %q is already listed at %s", a.Origin, a.Name, prev.Origin)
		}
		t.byName[a.Name] = a
		t.addForce(a)
		if err := add(item{actor: a}, a.Arabic, a.English, a.Origin, map[string]string{}); err != nil {
			return nil, err
		}
	}
	genericSeen := map[string]string{} // across rows: a phrase has one meaning
	for _, g := range generics {
		if err := add(item{generic: g}, g.Arabic, g.English, g.Origin, genericSeen); err != nil {
			return nil, err
		}
	}
	for _, e := range t.entries {
		if err := checkAmbiguous(e); err != nil {
			return nil, err
		}
	}
	for k, rows := range t.forces {
		slices.SortStableFunc(rows, func(a, b *Actor) int { return b.From - a.From })
		t.forceOf[k] = stateForce.FindStringSubmatch(rows[0].Name)[2]
	}
	if len(t.entries) == 0 {
		return t, nil
	}
	patterns := make([]string, len(t.entries))
	for i, e := range t.entries {
		patterns[i] = e.stem
	}
	ac, err := ahocorasick.NewBuilder().AddStrings(patterns).Build()
	if err != nil {
		return nil, fmt.Errorf("build actor matcher: %w", err)
	}
	t.ac = ac
	return t, nil
}

// addForce records a as a regime of its country's military or police when
// its name is the plain force name ("Military Forces of Iraq (2018-)"), not
// a unit or a sub-state force ("... Popular Mobilization Forces",
// "Military Forces of Puntland (1998-)").
func (t *Table) addForce(a *Actor) {
	m := stateForce.FindStringSubmatch(a.Name)
	if m == nil || a.Inter != events.StateForces || len(a.Countries) != 1 || m[3] != a.Countries[0] {
		return
	}
	k := forceKey{Military, a.Countries[0]}
	if m[1] == "Police" {
		k.kind = Police
	}
	t.forces[k] = append(t.forces[k], a)
}

// checkAmbiguous rejects two actors behind one pattern that Resolve could
// not tell apart: a shared country (or both transnational) and the same
// first valid year.
func checkAmbiguous(e entry) error {
	for i, a := range e.items {
		for _, b := range e.items[i+1:] {
			if a.actor == nil || b.actor == nil || a.actor == b.actor {
				continue // generic phrases are unique: New checks them like one actor's aliases
			}
			if a.actor.From == b.actor.From && shareCountry(a.actor, b.actor) {
				return fmt.Errorf("%s: alias %q also names %q (%s) in the same country and years",
					b.actor.Origin, b.alias, a.actor.Name, a.actor.Origin)
			}
		}
	}
	return nil
}

func shareCountry(a, b *Actor) bool {
	if len(a.Countries) == 0 || len(b.Countries) == 0 {
		return len(a.Countries) == len(b.Countries)
	}
	for _, c := range a.Countries {
		if b.HomeIn(c) {
			return true
		}
	}
	return false
}

// Actors lists the table's actors in file order.
func (t *Table) Actors() []*Actor { return t.actors }

// Generics lists the generic phrase rows in file order.
func (t *Table) Generics() []*Generic { return t.generics }

// Actor returns the actor with exactly this ACLED name, or nil.
func (t *Table) Actor(name string) *Actor { return t.byName[name] }

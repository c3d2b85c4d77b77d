// Package actors knows who does the killing and the kidnapping: the curated
// actor table (ACLED-style names with their type, countries, validity years
// and Arabic and English aliases) and the generic phrases news writers use
// when they cannot or will not name a group ("unknown gunmen", "the army",
// "a journalist"). Find marks every such mention in a report in one pass;
// Resolve turns a mention into the ACLED name for the event's country and
// year, so that one group has one spelling across the whole project.
//
// The table is data (seeds/actors/*.tsv, see the README there and in this
// directory): adding an actor or an alias never needs Go.
package actors

import (
	"slices"

	"rasd/events"
)

// Actor is one row of the actor table: a name exactly as ACLED writes it,
// the years that name is right for, and the words reports use for it.
type Actor struct {
	Name  string
	Inter events.Inter // the type in its home countries
	// Countries the actor belongs to (ACLED's English spellings); empty for a
	// transnational actor. State forces acting outside them are External/Other
	// forces, as ACLED codes them.
	Countries []string
	// From and To bound the years the name is valid, inclusive; 0 is open.
	// Regime-year names ("Military Forces of Libya (2014-)") are right only
	// for their regime, which is how Resolve picks among a country's forces.
	From, To int
	// Source says where the spelling was checked: "sample" (it is in the
	// project's sample of ACLED names), "sample-parent" (a sampled name is
	// this name plus a unit), "codebook" (CODEBOOK.md cites it) or "brief"
	// (named by the project lead; to verify against a full ACLED export).
	Source          string
	Arabic, English []string // aliases as written in the table
	Origin          string   // file:line of the row, for messages
}

// ValidIn reports whether the actor's name is right for an event in year; a
// zero year (unknown) fits every actor.
func (a *Actor) ValidIn(year int) bool {
	return year == 0 || (a.From == 0 || year >= a.From) && (a.To == 0 || year <= a.To)
}

// HomeIn reports whether country is one of the actor's own countries.
func (a *Actor) HomeIn(country string) bool { return slices.Contains(a.Countries, country) }

// distance is how many years year lies outside the actor's validity.
func (a *Actor) distance(year int) int {
	switch {
	case year == 0:
		return 0
	case a.From != 0 && year < a.From:
		return a.From - year
	case a.To != 0 && year > a.To:
		return year - a.To
	}
	return 0
}

// Kind says what a generic phrase stands for.
type Kind uint8

// The kinds of generic phrases.
const (
	// Unnamed perpetrators: "gunmen", "musallahun majhulun" (unknown gunmen).
	Unnamed Kind = iota + 1
	// Military forces of the event's country: "the army", "al-jaysh".
	Military
	// Police forces of the event's country: "the police", "al-shurta".
	Police
	// Role of a victim: "journalist", "qadi" (judge); it labels assoc_actor_2.
	Role
)

var kindNames = [...]string{"", "unidentified", "military", "police", "role"}

// String is the kind's name as the generic table writes it.
func (k Kind) String() string {
	if int(k) < len(kindNames) {
		return kindNames[k]
	}
	return ""
}

// Generic is one row of the generic table: phrases that name no group but
// still tell the coder who acted or who was hit.
type Generic struct {
	Kind Kind
	// Member marks phrases for individual members of a force ("a soldier",
	// "shurti", a policeman): when they are the victims, the victim is a
	// state actor.
	Member bool
	// Labels are name templates tried in order, with {country} for the
	// event's country: "Unidentified Gang ({country})", "Journalists
	// ({country})". Empty for Military and Police.
	Labels          []string
	Arabic, English []string // phrases as written in the table
	Origin          string   // file:line of the row
}

// State reports whether the phrase stands for state forces.
func (g *Generic) State() bool { return g.Kind == Military || g.Kind == Police }

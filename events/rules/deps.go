package rules

import (
	"time"

	"rasd/events"
	"rasd/events/arabic"
)

// DateMention is a date expression found in a report's text.
type DateMention struct {
	Start, End int // code points of the original text
	Text       string
	Date       time.Time
	Precision  int
	// Vague: vaguer than a month; Old: long before publication; Future:
	// after publication. None of them dates a new event.
	Vague, Old, Future bool
	// Dateline marks the date a report was filed: a fallback, never the
	// governing date of a mention.
	Dateline bool
}

// PlaceMention is a place named in a report's text, already chosen among
// same-named candidates for this report.
type PlaceMention struct {
	Start, End int // code points of the original text
	Text       string
	Key        string // identifies the place: two mentions of one town share it
	Parent     string // the city's Key when the place is one of its districts
	Fields     placeFields
	// CountryOnly marks a country named without a town: it says where, but
	// CODEBOOK does not code country-only events.
	CountryOnly bool
	// Dateline marks the place a report was filed from.
	Dateline bool
	// Region marks a province named without a town (precision 3); Foreign
	// a place in a country the report is only marginally about. Both lose
	// to an ordinary town in the same sentence.
	Region, Foreign bool
	// Cued: the text marks the name as a place ("in", "madinat", "near");
	// a bare name may belong to a title ("the security director of Tripoli").
	Cued bool
	// Aside: a place beside the event (the hospital victims were taken to,
	// someone's home town): used only when no other place is.
	Aside bool
	// Road: an end of a road named by its ends: loses to any other place
	// of the sentence.
	Road bool
	// Adjective: a country named by its adjective (a nationality, often)
	Adjective bool
}

// ActorMention is an armed group, force or perpetrator phrase in the text.
type ActorMention struct {
	Start, End int // code points of the original text
	Text       string
	Name       string // ACLED-style name, resolved for the report's country and year
	Inter      events.Inter
	Generic    bool // "gunmen", "musallahun majhulun": unidentified
	State      bool // state forces
	Role       bool // a victim's role ("journalist"): Name is the assoc_actor_2 label
	Member     bool // an individual member of a force ("a soldier")
}

// Finders are the coder's connections to the date, place and actor
// knowledge, each a pure function of the report.
type Finders struct {
	Dates func(text string, folded arabic.Folded, published time.Time) []DateMention
	// Places finds the places named in a report and names its main
	// country (for the actors of events that name no place).
	Places func(r events.Report) (ms []PlaceMention, country string)
	// Actors finds the actor mentions in (part of) a folded report, once;
	// the function it returns names them for a country and year, which
	// resolve generic phrases ("the army") to the right ACLED name.
	Actors func(folded arabic.Folded) func(country string, year int) []ActorMention
	// Forces names a country's military or police forces in a year, with
	// their regime years, for state victims no force name is given for.
	Forces func(police bool, country string, year int) string
}

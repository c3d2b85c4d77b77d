package events

import (
	"fmt"
	"strconv"
)

// Inter is ACLED's actor type code (1 State forces … 8 External/Other forces).
type Inter int

// ACLED actor types.
const (
	StateForces Inter = iota + 1
	RebelGroup
	PoliticalMilitia
	IdentityMilitia
	Rioters
	Protesters
	Civilians
	ExternalForces
)

var interNames = [...]string{"", "State forces", "Rebel group", "Political militia", "Identity militia",
	"Rioters", "Protesters", "Civilians", "External/Other forces"}

// String is the text form current ACLED files write ("Political militia"),
// or "" for no actor.
func (i Inter) String() string {
	if i < 1 || int(i) >= len(interNames) {
		return ""
	}
	return interNames[i]
}

// Valid reports whether i is one of ACLED's eight codes.
func (i Inter) Valid() bool { return i >= 1 && int(i) < len(interNames) }

// ParseInter accepts either form ACLED uses: the number ("3") or the text
// ("Political militia"). The empty string is no actor (0).
func ParseInter(s string) (Inter, error) {
	if s == "" {
		return 0, nil
	}
	if n, err := strconv.Atoi(s); err == nil {
		if i := Inter(n); i.Valid() || n == 0 {
			return i, nil
		}
		return 0, fmt.Errorf("actor type %d is not an ACLED code (1-8)", n)
	}
	for i, name := range interNames {
		if i > 0 && name == s {
			return Inter(i), nil
		}
	}
	return 0, fmt.Errorf("unknown actor type %q", s)
}

// Interaction joins two actor types the way ACLED does: lower code first
// ("Political militia-Civilians"), or "<type> only" for one-sided events.
// numeric selects the older two-digit form (37, 20).
func Interaction(a, b Inter, numeric bool) string {
	if !a.Valid() && !b.Valid() {
		return ""
	}
	if !a.Valid() {
		a, b = b, 0
	}
	if b.Valid() && b < a {
		a, b = b, a
	}
	if numeric {
		return strconv.Itoa(int(a)*10 + int(b))
	}
	if !b.Valid() {
		return a.String() + " only"
	}
	return a.String() + "-" + b.String()
}

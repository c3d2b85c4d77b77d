package events

import "fmt"

// Category is rasd's own classification of an incident, finer than ACLED's
// event types where the mission needs it (an assassination is an Attack in
// ACLED's terms, but a data team wants it told apart).
type Category string

// The categories rasd codes.
const (
	Killing              Category = "killing"
	Kidnapping           Category = "kidnapping"
	Assassination        Category = "assassination"
	AssassinationAttempt Category = "assassination_attempt"
)

// Categories lists every category in a stable order, for help texts and validation.
var Categories = []Category{Killing, Kidnapping, Assassination, AssassinationAttempt}

// ParseCategory accepts a category name as written in event JSON.
func ParseCategory(s string) (Category, error) {
	for _, c := range Categories {
		if string(c) == s {
			return c, nil
		}
	}
	return "", fmt.Errorf("unknown category %q (want one of killing, kidnapping, assassination, assassination_attempt)", s)
}

// Harm reports whether the category is an attack on a person's life, as
// opposed to a kidnapping. Evaluation matches harms with harms.
func (c Category) Harm() bool { return c != Kidnapping && c != "" }

package rules

import "fmt"

// The kinds of the lexicons' columns are typed constants: the loaders
// accept exactly the names below, and TestEveryKindIsRead checks that
// every kind the loaders accept is read by a rule, so a kind nothing reads
// cannot sit in a lexicon looking as if it mattered.

// cueKind is what a context cue (cues.tsv) says about a trigger near it.
type cueKind uint8

const (
	cueNegation     cueKind = iota + 1 // the act did not happen
	cueDenial                          // someone denies it happened
	cueThreat                          // a threat, not an act
	cuePlan                            // a plan or a foiled plot
	cueCall                            // a call or demand about violence
	cueCondemnation                    // a condemnation of an earlier event
	cueTrial                           // a trial or verdict about an earlier event
	cueAnniversary                     // an anniversary
	cueRelease                         // a release: no new kidnapping
	cueStatistics                      // an aggregate, a yearly toll, a habit
	cueFiction                         // a film, a novel, a game
	cueMetaphor                        // an abstract object: "killing the deal"
	cueProtection                      // talk of protection or prevention
	cueHypothetical                    // a fear or a hypothesis
	cueAccident                        // deaths no one inflicted
	cueAttempt                         // the attack failed: an attempt
	cueInjury                          // people were wounded, not killed
	cueClaim                           // a group claimed or was blamed: the perpetrator
	cueClash                           // armed sides fought: a battle
	cueReport                          // a reporting verb: the actor next to it speaks
	cueFound                           // a body was found: a killing dated by its finding
	cueLater                           // a later death of someone wounded in an incident told
	cueProminent                       // a role that makes a victim a target
	cueProtest                         // a protest or riot: its killings are not coded
	numCueKinds
)

var cueKindNames = [numCueKinds]string{
	cueNegation: "negation", cueDenial: "denial", cueThreat: "threat", cuePlan: "plan", cueCall: "call",
	cueCondemnation: "condemnation", cueTrial: "trial", cueAnniversary: "anniversary", cueRelease: "release",
	cueStatistics: "statistics", cueFiction: "fiction", cueMetaphor: "metaphor", cueProtection: "protection",
	cueHypothetical: "hypothetical", cueAccident: "accident", cueAttempt: "attempt", cueInjury: "injury",
	cueClaim: "claim", cueClash: "clash", cueReport: "report", cueFound: "found", cueLater: "later",
	cueProminent: "prominent", cueProtest: "protest",
}

func (k cueKind) String() string { return cueKindNames[k] }

// rejectReasons are the cue kinds that make a trigger mention no new
// event, with the reason rasd gives for it.
var rejectReasons = map[cueKind]string{
	cueNegation:     "negated",
	cueDenial:       "denied",
	cueThreat:       "a threat, not an act",
	cuePlan:         "a plan or a foiled plot",
	cueCall:         "a call or demand about violence",
	cueCondemnation: "a condemnation of an earlier event",
	cueTrial:        "a trial or verdict about an earlier event",
	cueAnniversary:  "an anniversary",
	cueFiction:      "fiction",
	cueMetaphor:     "a metaphor",
	cueProtection:   "talk of protection or prevention",
	cueHypothetical: "a fear or hypothetical",
	cueStatistics:   "an aggregate or statistic",
	cueAccident:     "an accident or disaster, not violence",
	cueProtest:      "a killing at a protest or riot (CODEBOOK: not coded for now)",
}

// cueScope is where a cue must stand to count for a trigger.
type cueScope uint8

const (
	scopeBefore   cueScope = iota + 1 // before the trigger in its clause, a few words away
	scopeAfter                        // right after the trigger
	scopeSentence                     // anywhere in the trigger's sentence
	scopeClause                       // anywhere in the trigger's clause
	numCueScopes
)

var cueScopeNames = [numCueScopes]string{scopeBefore: "before", scopeAfter: "after", scopeSentence: "sentence", scopeClause: "clause"}

// personKind is who a person word (persons.tsv) names.
type personKind uint8

const (
	personCivilian personKind = iota + 1 // unarmed people
	personState                          // on-duty soldiers, police, security personnel
	personMilitant                       // armed men of a non-state group
	personAny                            // a person whose role decides ("person", "man")
	numPersonKinds
)

var personKindNames = [numPersonKinds]string{personCivilian: "civilian", personState: "state", personMilitant: "militant", personAny: "person"}

// parseKind finds name among a kind's names (index 0 unused), or says
// which names there are.
func parseKind[K ~uint8](what, name string, names []string) (K, error) {
	for i, n := range names {
		if i > 0 && n == name {
			return K(i), nil
		}
	}
	return 0, fmt.Errorf("unknown %s %q (want %s)", what, name, oneOf(names[1:]))
}

// oneOf lists names as "a, b or c".
func oneOf(names []string) string {
	switch len(names) {
	case 0:
		return ""
	case 1:
		return names[0]
	}
	out := names[0]
	for _, n := range names[1 : len(names)-1] {
		out += ", " + n
	}
	return out + " or " + names[len(names)-1]
}

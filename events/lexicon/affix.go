package lexicon

// Arabic affixes are the arabic package's (arabic.ParseProclitics,
// arabic.SuffixOK): the lexicon lists stems, and the matcher asks it
// whether the letters around a stem inside one written word are affixes.

// englishSuffixes are the inflections a listed English word may carry when
// its lexicon entry ends in "*".
var englishSuffixes = map[string]bool{"": true, "s": true, "es": true, "ed": true, "d": true, "ing": true, "'s": true, "’s": true}

// EnglishSuffixOK reports whether s is an English inflection or possessive.
func EnglishSuffixOK(s string) bool { return englishSuffixes[s] }

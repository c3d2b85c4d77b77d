package dates

import "unicode/utf8"

// kind is what a token is to the date grammar.
type kind uint8

const (
	kNone    kind = iota
	kNum          // digits; val is the value, aux the number of digits
	kPunct        // a mark that may sit inside a date; val is its ASCII mark (marks.tsv)
	kMonth        // a Gregorian month name; val 1..12
	kHead         // the first word of a two-word month (kanun, tishrin, rabi'...); val numbers the head
	kHijri        // a one-word Hijri month; val 1..12
	kWeekday      // val is the time.Weekday
	kCard         // a cardinal number word; val is the number
	kOrd          // an ordinal number word; val is the number
	kUnit         // day, week, month, year in any number; val a unit*, aux flags
	kTod          // a time of day (morning, evening...); val a tod*
	kWord         // any other word of the grammar; val a w*
)

// aux bits of a token.
const (
	auxWeak    = 1 << iota // a month name that is also a common word: needs a date around it
	auxPlural              // a plural unit: days, weeks
	auxDual                // a dual unit: two days in one word, "fortnight"
	auxArticle             // written with the Arabic article
	auxAdverb              // a time of day in the adverbial accusative (masa'an, laylan)
	auxEve                 // a night word that names the evening before its day (laylat al-sabt)
)

// Units of durations and periods.
const (
	unitDay = iota + 1
	unitWeek
	unitMonth
	unitYear
)

// Times of day.
const (
	todDawn = iota + 1
	todMorning
	todNoon
	todAfternoon
	todEvening
	todNight
)

// Words of the grammar that are not numbers, months, weekdays or units.
// words.tsv documents each with its Arabic and English spellings.
const (
	wToday     = iota + 1
	wTonight   // tonight
	wYesterday // yesterday
	wTomorrow
	wOvernight
	wAgo
	wEarlier   // earlier (this week, two days earlier)
	wLater     // later (this month)
	wBefore    // before (qabl)
	wSince     // since, for (mundhu)
	wAfter     // after (ba'd)
	wFirst     // awwal: "awwal ams", "awwal al-shahr"
	wOf        // of, min
	wIn        // in, during, over
	wOn        // on
	wThe       // the
	wPast      // last, previous
	wPastEn    // past (the past week: the trailing seven days)
	wThis      // this, current
	wNext      // next, coming
	wRecent    // recent
	wFew       // few, several
	wEarly     // early, beginning
	wMid       // mid, middle
	wLate      // late, end
	wHours     // hours that count back: "hours ago"
	wTime      // a time or hours that only qualify a day: "late in the day"
	wLateAdj   // late, after a time word
	wEarlyAdj  // early, after a time word
	wAbout     // about, nearly
	wRecently  // recently, lately
	wTimes     // a noun of time dated only with "recent" after it
	wUntil     // until
	wTo        // to, into
	wBlock     // a weekday after it is a name, not a date: the Friday market
	wNotToday  // "the day" after it is not today: the world day
	wSame      // same: "the same day"
	wFollowing // following: "the following day"
	wThat      // that: "that day"
	wCorr      // corresponding to: a weekday and its date
	wHijriMark // the Hijri era mark after a year
	wGregMark  // the Gregorian era mark after a year
	wSuffix    // st, nd, rd, th after a day number
	wWeekend
	wAt
	// wDayBefore is the second word of "amsi al-awwal", the day before
	// yesterday: a two-word phrase read after a yesterday word.
	wDayBefore
	// wTail marks the second word of a two-word name that the files list
	// nowhere else, so that it is kept as a token for pair to read.
	wTail
)

// entry is what the lexicon knows about one written form.
type entry struct {
	kind kind
	val  int16
	aux  uint8
	// skip is how many bytes of proclitics (conjunctions, prepositions)
	// precede the word in this written form: evidence starts after them.
	skip uint8
}

// pairKey is a two-word phrase: the meaning of its first word and the
// folded text of its second.
type pairKey struct {
	kind   kind
	val    int16
	second string
}

// mark is what the grammar reads a punctuation mark as.
type mark struct {
	as     byte // the ASCII mark of its token, 0 for none
	clause bool // it ends a clause
}

// Lexicon is the date grammar's knowledge of words, loaded from the files
// of seeds/dates and the shared number table (LoadLexicon), so that a team
// can teach rasd a new spelling of a month or a weekday without touching
// Go. Find, FindFolded and ParsePublished read text with it; it is never
// changed after loading, so one Lexicon serves any number of goroutines.
type Lexicon struct {
	// forms maps folded written forms, proclitics and all, to entries.
	forms map[string]entry
	// maxLen bounds the byte length of a form: longer words are not
	// looked up at all.
	maxLen int
	// pairs are the two-word phrases: month names and "the day before
	// yesterday".
	pairs map[pairKey]entry
	// ascii and marks are the punctuation marks, ASCII and other.
	ascii [utf8.RuneSelf]mark
	marks map[rune]mark
}

// lookup finds a folded word.
func (lx *Lexicon) lookup(w string) (entry, bool) {
	if len(w) > lx.maxLen {
		return entry{}, false
	}
	e, ok := lx.forms[w]
	return e, ok
}

// pair reads a two-word phrase from its first token and the folded text of
// its second word.
func (lx *Lexicon) pair(first *token, second string) (entry, bool) {
	e, ok := lx.pairs[pairKey{first.kind, first.val, second}]
	return e, ok
}

// mark is what r is as punctuation; the zero mark for other runes.
func (lx *Lexicon) mark(r rune) mark {
	if r < utf8.RuneSelf {
		return lx.ascii[r]
	}
	return lx.marks[r]
}

package dates

import (
	"fmt"
	"io/fs"
	"maps"
	"math"
	"slices"
	"strconv"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// files are the date grammar's own files in seeds.FS layout, read in this
// order (the order decides which of two coinciding generated forms wins);
// the number words come from lexicon.NumbersFile after them.
var files = []string{"dates/months.tsv", "dates/words.tsv", "dates/marks.tsv"}

// header is the header line of every file of files.
var header = []string{"form", "kind", "value", "flags"}

// kinds are the kinds a file row may have. kHead is given to the first
// word of a two-word month; number words come from the number table.
var kinds = map[string]kind{
	"month": kMonth, "hijri": kHijri, "weekday": kWeekday, "unit": kUnit, "tod": kTod, "word": kWord, "mark": kPunct,
}

// values are the value names of each kind but month and hijri, which are
// numbers.
var values = map[kind]map[string]int16{
	kWeekday: {
		"sunday": int16(time.Sunday), "monday": int16(time.Monday), "tuesday": int16(time.Tuesday),
		"wednesday": int16(time.Wednesday), "thursday": int16(time.Thursday), "friday": int16(time.Friday),
		"saturday": int16(time.Saturday),
	},
	kUnit: {"day": unitDay, "week": unitWeek, "month": unitMonth, "year": unitYear},
	kTod: {
		"dawn": todDawn, "morning": todMorning, "noon": todNoon, "afternoon": todAfternoon,
		"evening": todEvening, "night": todNight,
	},
	kWord: {
		"today": wToday, "tonight": wTonight, "yesterday": wYesterday, "tomorrow": wTomorrow,
		"daybefore": wDayBefore, "overnight": wOvernight, "ago": wAgo, "earlier": wEarlier, "later": wLater,
		"before": wBefore, "since": wSince, "after": wAfter, "first": wFirst, "of": wOf, "in": wIn,
		"on": wOn, "at": wAt, "the": wThe, "last": wPast, "past": wPastEn, "this": wThis, "next": wNext,
		"recent": wRecent, "few": wFew, "early": wEarly, "mid": wMid, "late": wLate, "hours": wHours,
		"time": wTime, "lateadj": wLateAdj, "earlyadj": wEarlyAdj, "about": wAbout,
		"recently": wRecently, "times": wTimes, "until": wUntil, "to": wTo, "block": wBlock,
		"nottoday": wNotToday, "same": wSame, "following": wFollowing, "that": wThat,
		"corresponding": wCorr, "hijrimark": wHijriMark, "gregmark": wGregMark, "suffix": wSuffix,
		"weekend": wWeekend,
	},
	kPunct: {"comma": ',', "dot": '.', "dash": '-', "slash": '/', "open": '(', "close": ')', "none": 0},
}

// flag is what a flag of a row sets, and on what it may stand.
type flag struct {
	aux    uint8
	kinds  []kind // the kinds that read it
	arabic bool   // read on Arabic words only
}

// flags are the flags a row may carry. noprep and clause set no aux bit:
// the loader reads them.
var flags = map[string]flag{
	"weak":   {aux: auxWeak, kinds: []kind{kMonth}},
	"plural": {aux: auxPlural, kinds: []kind{kUnit}},
	"dual":   {aux: auxDual, kinds: []kind{kUnit}},
	"adverb": {aux: auxAdverb, kinds: []kind{kTod}, arabic: true},
	"eve":    {aux: auxEve, kinds: []kind{kTod}, arabic: true},
	"noprep": {kinds: []kind{kMonth, kHijri, kWeekday, kUnit, kTod, kWord}, arabic: true},
	"clause": {kinds: []kind{kPunct}},
}

// Number words take, in a date, the conjunctions only (a cardinal: "wa-
// three") or every proclitic (an ordinal: "li-l-hadi 'ashar").
const (
	cardinalNoPrep = true
	ordinalNoPrep  = false
)

// stem is one listed form and the forms the affix rules give it.
type stem struct {
	form   string
	e      entry
	noprep bool
	origin string
}

// loader gathers the stems of the files before the forms are generated.
type loader struct {
	lx    *Lexicon
	stems []stem
	// heads are the heads of two-word names, as first written (their
	// entry numbers them; all rows of a head carry its flags).
	heads map[string]stem
	// seconds are the second words of the pairs, in file order.
	seconds []stem
	// dayBefore are the "day before yesterday" phrases, resolved once
	// every word is listed.
	dayBefore []phrase
	// markRow and pairRow say where each mark and pair was written.
	markRow map[rune]string
	pairRow map[pairKey]string
}

// phrase is a two-word row waiting for its first word to be known.
type phrase struct {
	first, second string
	origin        string
}

// LoadLexicon reads the date grammar's words from fsys (seeds.FS layout):
// the files of seeds/dates (months.tsv, words.tsv, marks.tsv) and the
// shared number table, lexicons/numbers.tsv. Every row is checked: a kind,
// value or flag the grammar does not read, or a form listed twice, is an
// error naming the file's origin and line, so a team's broken override
// stops rasd with the line to fix instead of dating events wrongly.
func LoadLexicon(fsys fs.FS) (*Lexicon, error) {
	l := &loader{
		lx:      &Lexicon{pairs: map[pairKey]entry{}, marks: map[rune]mark{}},
		heads:   map[string]stem{},
		markRow: map[rune]string{},
		pairRow: map[pairKey]string{},
	}
	for _, name := range files {
		rows, err := lexicon.OpenTable(fsys, name, false, 2, header...)
		if err != nil {
			return nil, err
		}
		for _, r := range rows {
			if err := l.row(r); err != nil {
				return nil, err
			}
		}
	}
	if err := l.numbers(fsys); err != nil {
		return nil, err
	}
	if err := l.build(); err != nil {
		return nil, err
	}
	return l.lx, nil
}

// row reads one row of a file.
func (l *loader) row(r lexicon.Row) error {
	col := func(i int) string {
		if i < len(r.Cols) {
			return r.Cols[i]
		}
		return ""
	}
	words := strings.Fields(arabic.Fold(col(0)))
	if len(words) == 0 {
		return fmt.Errorf("%s: empty form", r.Origin)
	}
	k, ok := kinds[col(1)]
	if !ok {
		return fmt.Errorf("%s: kind %q: want %s", r.Origin, col(1), names(kinds))
	}
	val, err := value(k, col(2))
	if err != nil {
		return fmt.Errorf("%s: %w", r.Origin, err)
	}
	isArabic := arabic.HasArabic(words[0])
	s := stem{form: words[0], e: entry{kind: k, val: val}, origin: r.Origin}
	clause := false
	for _, name := range strings.Split(col(3), ",") {
		name = strings.TrimSpace(name)
		if name == "" {
			continue
		}
		f, ok := flags[name]
		switch {
		case !ok:
			return fmt.Errorf("%s: flag %q: want %s", r.Origin, name, names(flags))
		case !slices.Contains(f.kinds, k):
			return fmt.Errorf("%s: flag %q: the grammar reads it on %s only", r.Origin, name, kindNames(f.kinds))
		case f.arabic && !isArabic:
			return fmt.Errorf("%s: flag %q: the grammar reads it on Arabic words only", r.Origin, name)
		}
		s.e.aux |= f.aux
		s.noprep = s.noprep || name == "noprep"
		clause = clause || name == "clause"
	}
	if _, ok := arabic.CutArticle(s.form, 1); ok {
		s.e.aux |= auxArticle
	}
	switch {
	case k == kPunct:
		return l.mark(r, col(0), byte(val), clause)
	case len(words) > 2:
		return fmt.Errorf("%s: %q: want one word, or two for a two-word name", r.Origin, col(0))
	case len(words) == 2:
		return l.pair(s, words[1], col(0))
	case k == kWord && val == wDayBefore:
		return fmt.Errorf("%s: daybefore is a two-word phrase: yesterday and the word after it", r.Origin)
	}
	l.stems = append(l.stems, s)
	return nil
}

// value reads the value column of a row of kind k.
func value(k kind, v string) (int16, error) {
	if k == kMonth || k == kHijri {
		m, err := strconv.Atoi(v)
		if err != nil || m < 1 || m > 12 {
			return 0, fmt.Errorf("month %q: want a number from 1 to 12", v)
		}
		return int16(m), nil
	}
	val, ok := values[k][v]
	if !ok {
		return 0, fmt.Errorf("value %q: want %s", v, names(values[k]))
	}
	return val, nil
}

// mark reads a row of punctuation.
func (l *loader) mark(r lexicon.Row, form string, as byte, clause bool) error {
	c, n := utf8.DecodeRuneInString(form)
	if n != len(form) {
		return fmt.Errorf("%s: mark %q: want one character", r.Origin, form)
	}
	if unicode.IsLetter(c) || unicode.IsDigit(c) || unicode.IsSpace(c) {
		return fmt.Errorf("%s: mark %q: want a punctuation mark, not a letter, digit or space", r.Origin, form)
	}
	if as == 0 && !clause {
		return fmt.Errorf("%s: mark %q: a mark of value none must end a clause (flag clause)", r.Origin, form)
	}
	if prev, dup := l.markRow[c]; dup {
		return fmt.Errorf("%s: mark %q is listed already at %s", r.Origin, form, prev)
	}
	l.markRow[c] = r.Origin
	m := mark{as: as, clause: clause}
	if c < utf8.RuneSelf {
		l.lx.ascii[c] = m
	} else {
		l.lx.marks[c] = m
	}
	return nil
}

// pair reads a two-word row: a month name (its first word becomes a head)
// or the day before yesterday.
func (l *loader) pair(s stem, second, written string) error {
	switch {
	case s.e.kind == kWord && s.e.val == wDayBefore:
		l.dayBefore = append(l.dayBefore, phrase{first: s.form, second: second, origin: s.origin})
		return nil
	case s.e.kind != kMonth && s.e.kind != kHijri:
		return fmt.Errorf("%s: %q: want one word (two words are for month names and daybefore)", s.origin, written)
	}
	head, ok := l.heads[s.form]
	if !ok {
		head = s
		head.e = entry{kind: kHead, val: int16(len(l.heads) + 1), aux: s.e.aux}
		l.heads[s.form] = head
		l.stems = append(l.stems, head)
	} else if head.noprep != s.noprep || head.e.aux != s.e.aux {
		return fmt.Errorf("%s: %q: the flags of a two-word name are its head's: write them as at %s", s.origin, written, head.origin)
	}
	key := pairKey{kHead, head.e.val, second}
	if prev, dup := l.pairRow[key]; dup {
		return fmt.Errorf("%s: %q is listed already at %s", s.origin, written, prev)
	}
	l.pairRow[key] = s.origin
	l.lx.pairs[key] = entry{kind: s.e.kind, val: s.e.val}
	l.seconds = append(l.seconds, stem{form: second, e: entry{kind: kWord, val: wTail}, noprep: true, origin: s.origin})
	return nil
}

// numbers adds the shared number table's single words: exact ones as
// cardinals, ordinals as ordinals. Phrases of more words and the other
// kinds are the coder's.
func (l *loader) numbers(fsys fs.FS) error {
	ns, err := lexicon.LoadNumbers(fsys)
	if err != nil {
		return err
	}
	for _, n := range ns {
		if n.Words() != 1 || n.Kind != lexicon.Exact && n.Kind != lexicon.Ordinal {
			continue
		}
		if n.Value < 0 || n.Value > math.MaxInt16 {
			return fmt.Errorf("%s: %d: the date grammar reads numbers up to %d", n.Origin, n.Value, math.MaxInt16)
		}
		s := stem{form: arabic.Fold(strings.TrimSpace(n.Phrase)), e: entry{kind: kCard, val: int16(n.Value)}, noprep: cardinalNoPrep, origin: n.Origin}
		if n.Kind == lexicon.Ordinal {
			s.e.kind, s.noprep = kOrd, ordinalNoPrep
		}
		if _, ok := arabic.CutArticle(s.form, 1); ok {
			s.e.aux |= auxArticle
		}
		l.stems = append(l.stems, s)
	}
	return nil
}

// build lists every stem, then the forms the affix rules give the Arabic
// ones: a listed form is never hidden by a generated one, and of two
// generated forms that coincide the earlier stem's wins.
func (l *loader) build() error {
	forms := make(map[string]entry, 4096)
	listed := make(map[string]string, len(l.stems)) // form → origin
	for _, s := range l.stems {
		if prev, dup := listed[s.form]; dup {
			return fmt.Errorf("%s: %q is listed already at %s", s.origin, s.form, prev)
		}
		listed[s.form] = s.origin
		forms[s.form] = s.e
	}
	for _, p := range l.dayBefore {
		first, ok := forms[p.first]
		if !ok || first.kind != kWord || first.val != wYesterday {
			return fmt.Errorf("%s: daybefore: the first word %q must be listed as a yesterday word", p.origin, p.first)
		}
		key := pairKey{kWord, wYesterday, p.second}
		if prev, dup := l.pairRow[key]; dup {
			return fmt.Errorf("%s: %s %s: yesterday and %q are listed already at %s", p.origin, p.first, p.second, p.second, prev)
		}
		l.pairRow[key] = p.origin
		l.lx.pairs[key] = entry{kind: kWord, val: wDayBefore}
		l.seconds = append(l.seconds, stem{form: p.second, e: entry{kind: kWord, val: wTail}, noprep: true, origin: p.origin})
	}
	// a second word known as nothing else is kept as a word of its own
	stems := l.stems
	for _, s := range l.seconds {
		if _, ok := arabic.CutArticle(s.form, 1); ok {
			s.e.aux |= auxArticle
		}
		if _, ok := forms[s.form]; !ok {
			forms[s.form] = s.e
			stems = append(stems, s)
		}
	}
	for _, s := range stems {
		if !arabic.HasArabic(s.form) {
			continue
		}
		for _, f := range arabic.NounForms(s.form, s.noprep) {
			if _, ok := forms[f.Text]; !ok {
				e := s.e
				e.skip = uint8(f.Skip)
				forms[f.Text] = e
			}
		}
	}
	l.lx.forms = forms
	for k := range forms {
		l.lx.maxLen = max(l.lx.maxLen, len(k))
	}
	return nil
}

// names lists the keys of m for a message.
func names[V any](m map[string]V) string {
	ks := slices.Sorted(maps.Keys(m))
	if len(ks) == 1 {
		return ks[0]
	}
	return strings.Join(ks[:len(ks)-1], ", ") + " or " + ks[len(ks)-1]
}

// kindNames names kinds for a message.
func kindNames(ks []kind) string {
	var out []string
	for _, k := range ks {
		for name, v := range kinds {
			if v == k {
				out = append(out, name)
			}
		}
	}
	return strings.Join(out, ", ")
}

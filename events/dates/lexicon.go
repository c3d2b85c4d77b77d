package dates

import (
	"strings"

	"rasd/events/arabic"
)

// kind is what a token is to the date grammar.
type kind uint8

const (
	kNone    kind = iota
	kNum          // digits; val is the value, aux the number of digits
	kPunct        // a separator that may sit inside a date; val is the rune
	kMonth        // a Gregorian month name; val 1..12
	kHead         // the first word of a two-word month (كانون، تشرين، ربيع…); val a head*
	kHijri        // a one-word Hijri month; val 1..12
	kWeekday      // val is the time.Weekday
	kCard         // a cardinal number word; val is the number
	kOrd          // an ordinal number word; val is the number
	kUnit         // day, week, month, year in any number; val a unit*, aux flags
	kTod          // a time of day (morning, مساء…); val a tod*
	kWord         // any other word of the grammar; val a w*
)

// aux bits of a token.
const (
	auxWeak     = 1 << iota // a month name that is also a common word: needs a date around it
	auxPlural               // a plural unit: أيام، weeks
	auxDual                 // a dual unit: يومين، أسبوعين
	auxArticle              // written with the Arabic article ال
	auxAdverb               // a time of day in the adverbial accusative: مساءً، ليلاً
	auxNoClitic             // a word that takes no preposition glued on
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

// Heads of two-word month names.
const (
	headKanun   = iota + 1 // كانون الثاني / الأول
	headTishrin            // تشرين الأول / الثاني
	headRabi               // ربيع الأول / الآخر
	headJumada             // جمادى الأولى / الآخرة
	headDhu                // ذو القعدة / الحجة
)

// Words of the grammar that are not numbers, months, weekdays or units.
const (
	wToday     = iota + 1
	wTonight   // tonight, الليلة
	wYesterday // yesterday, أمس، البارحة
	wTomorrow
	wOvernight
	wAgo
	wEarlier   // earlier (this week, two days earlier)
	wLater     // later (this month)
	wBefore    // قبل, before
	wSince     // منذ, since, for
	wAfter     // بعد
	wFirst     // أول (أول أمس، أول الشهر)
	wOf        // of, من
	wIn        // in, during, over, في، خلال، طيلة
	wOn        // on
	wThe       // the
	wPast      // last, previous, الماضي، المنصرم، الفائت، السابق
	wPastEn    // past (the past week: the trailing seven days)
	wThis      // this, current, الجاري، الحالي، هذا
	wNext      // next, coming, المقبل، القادم
	wRecent    // recent, الأخيرة
	wFew       // few, several, بضعة، عدة
	wEarly     // early, beginning, مطلع، أوائل، بداية
	wMid       // mid, middle, منتصف، أواسط
	wLate      // late, end, أواخر، نهاية
	wHours     // hours, ساعة، ساعات، وقت
	wLateAdj   // متأخرة
	wEarlyAdj  // مبكرة، الأولى
	wAbout     // about, nearly, نحو، حوالي
	wRecently  // recently, مؤخرا، الآونة
	wUntil     // until, حتى، لغاية
	wTo        // to, into, إلى، على
	wBlock     // سوق، صلاة: a weekday after them is a name, not a date
	wNotToday  // الذي، العالمي: اليوم before them is "the day", not today
	wSame      // same, نفسه، ذاته، نفس: "the same day"
	wFollowing // following, التالي: "the following day"
	wThat      // that: "that day"
	wCorr      // الموافق: "الأربعاء الموافق 3 أوت", a weekday and its date
	wHijriMark // هـ after a year
	wGregMark  // م after a year
	wSuffix    // st, nd, rd, th after a day number
	wWeekend
	wAt
	// wTail marks the second word of a two-word month (القعدة، الحجة،
	// الآخر), so that it is kept as a token for headMonth to read.
	wTail
)

// entry is what the lexicon knows about one written form.
type entry struct {
	kind kind
	val  int16
	aux  uint8
	// skip is how many bytes of proclitics (و، ف، ب، ل) precede the word in
	// this written form: evidence starts after them.
	skip uint8
}

// lexicon maps folded written forms to entries. Arabic forms with
// proclitics are generated from the listed stems by rule (forms), so the
// table lists each word once.
var lexicon = buildLexicon()

// maxWordLen bounds the byte length of a lexicon form: longer tokens are not
// looked up at all.
var maxWordLen = func() int {
	n := 0
	for k := range lexicon {
		n = max(n, len(k))
	}
	return n
}()

type stem struct {
	form string
	e    entry
}

func buildLexicon() map[string]entry {
	m := make(map[string]entry, 4096)
	all := [][]stem{monthStems(), weekdayStems(), numberStems(), unitStems(), todStems(), wordStems()}
	// listed forms first, so a generated form never hides a real word
	for _, list := range all {
		for _, s := range list {
			m[s.form] = s.e
		}
	}
	for _, list := range all {
		for _, s := range list {
			if !isArabicWord(s.form) {
				continue
			}
			for _, f := range arabic.NounForms(s.form, s.e.aux&auxNoClitic != 0) {
				if _, ok := m[f.Text]; !ok {
					e := s.e
					e.skip = uint8(f.Skip)
					m[f.Text] = e
				}
			}
		}
	}
	return m
}

func isArabicWord(s string) bool {
	for _, r := range s {
		return r >= 0x0600 && r <= 0x06FF
	}
	return false
}

// words builds stems of one kind and value from several spellings.
func words(k kind, val int, aux uint8, forms ...string) []stem {
	out := make([]stem, len(forms))
	for i, f := range forms {
		a := aux
		if strings.HasPrefix(f, "ال") {
			a |= auxArticle
		}
		out[i] = stem{f, entry{kind: k, val: int16(val), aux: a}}
	}
	return out
}

func unitStems() []stem {
	var s []stem
	add := func(unit int, aux uint8, forms ...string) { s = append(s, words(kUnit, unit, aux, forms...)...) }
	add(unitDay, 0, "يوم", "يوما", "day")
	add(unitDay, auxPlural, "ايام", "الايام", "days")
	add(unitDay, auxDual, "يومين", "يومان", "اليومين")
	add(unitWeek, 0, "اسبوع", "الاسبوع", "اسبوعا", "week")
	add(unitWeek, auxPlural, "اسابيع", "الاسابيع", "weeks")
	add(unitWeek, auxDual, "اسبوعين", "اسبوعان", "الاسبوعين", "fortnight")
	add(unitMonth, 0, "شهر", "الشهر", "شهرا", "month")
	add(unitMonth, auxPlural, "اشهر", "شهور", "الاشهر", "الشهور", "months")
	add(unitMonth, auxDual, "شهرين", "شهران", "الشهرين")
	add(unitYear, 0, "عام", "العام", "عاما", "سنه", "السنه", "year")
	add(unitYear, auxPlural, "اعوام", "الاعوام", "سنوات", "السنوات", "سنين", "السنين", "years")
	add(unitYear, auxDual, "عامين", "عامان", "سنتين", "سنتان", "العامين", "السنتين")
	return s
}

func todStems() []stem {
	var s []stem
	add := func(tod int, aux uint8, forms ...string) { s = append(s, words(kTod, tod, aux, forms...)...) }
	add(todDawn, 0, "فجر", "dawn")
	add(todDawn, auxAdverb, "فجرا")
	add(todMorning, 0, "صباح", "صبيحه", "ضحي", "morning")
	add(todMorning, auxAdverb, "صباحا")
	add(todNoon, 0, "ظهر", "ظهيره", "نهار", "noon", "midday")
	add(todNoon, auxAdverb, "ظهرا")
	add(todAfternoon, 0, "عصر", "afternoon")
	add(todAfternoon, auxAdverb, "عصرا")
	add(todEvening, 0, "مساء", "evening")
	add(todEvening, auxAdverb, "مساءا")
	add(todNight, 0, "ليله", "ليل", "night")
	add(todNight, auxAdverb, "ليلا")
	return s
}

func wordStems() []stem {
	var s []stem
	add := func(w int, aux uint8, forms ...string) { s = append(s, words(kWord, w, aux, forms...)...) }
	add(wToday, 0, "اليوم", "today")
	add(wTonight, 0, "الليله", "tonight")
	add(wYesterday, 0, "امس", "الامس", "البارحه", "yesterday")
	add(wTomorrow, 0, "غدا", "الغد", "tomorrow")
	add(wOvernight, 0, "overnight")
	add(wAgo, 0, "ago")
	add(wEarlier, 0, "earlier")
	add(wLater, 0, "later")
	add(wBefore, auxNoClitic, "قبل", "before")
	add(wSince, auxNoClitic, "منذ", "since", "for")
	add(wAfter, auxNoClitic, "بعد", "after")
	add(wFirst, auxNoClitic, "اول")
	add(wOf, auxNoClitic, "من", "of")
	add(wIn, auxNoClitic, "في", "خلال", "طيله", "طوال", "in", "during", "over", "throughout", "within")
	add(wOn, 0, "on")
	add(wAt, 0, "at")
	add(wThe, 0, "the")
	add(wPast, auxNoClitic, "الماضي", "الماضيه", "الماضيين", "الماضيتين", "المنصرم", "المنصرمه", "الفايت", "الفايته", "الفارط", "الفارطه",
		"السابق", "السابقه", "last", "previous")
	add(wPastEn, 0, "past")
	add(wThis, auxNoClitic, "الجاري", "الجاريه", "الحالي", "الحاليه", "هذا", "هذه", "this", "current")
	add(wNext, auxNoClitic, "المقبل", "المقبله", "القادم", "القادمه", "next", "coming")
	add(wRecent, auxNoClitic, "الاخير", "الاخيره", "الاخيرين", "الاخيرتين", "recent")
	add(wFew, auxNoClitic, "بضعه", "بضع", "عده", "القليله", "few", "several")
	add(wEarly, 0, "مطلع", "اوايل", "بدايه", "مستهل", "early", "beginning", "start")
	add(wMid, 0, "منتصف", "اواسط", "mid", "middle")
	add(wLate, 0, "اواخر", "نهايه", "اخر", "ختام", "موفي", "late", "end")
	add(wHours, 0, "ساعه", "ساعات", "الساعات", "وقت", "hours")
	add(wLateAdj, auxNoClitic, "متاخر", "متاخره")
	add(wEarlyAdj, auxNoClitic, "مبكر", "مبكره", "الاولي")
	add(wAbout, auxNoClitic, "نحو", "حوالي", "قرابه", "زهاء", "about", "around", "nearly", "some", "almost", "roughly", "approximately")
	add(wRecently, 0, "موخرا", "الاونه", "recently", "lately")
	add(wUntil, auxNoClitic, "حتي", "لغايه", "until", "till")
	add(wTo, auxNoClitic, "الي", "علي", "to", "into")
	add(wBlock, 0, "سوق", "صلاه", "خطبه", "جامع", "مسجد", "صلوات")
	add(wNotToday, auxNoClitic, "الذي", "العالمي", "الوطني")
	add(wSame, auxNoClitic, "نفسه", "ذاته", "نفس", "ذات", "same")
	add(wFollowing, auxNoClitic, "التالي", "الموالي", "following")
	add(wThat, 0, "that")
	add(wCorr, 0, "الموافق", "الموافقه")
	add(wHijriMark, auxNoClitic, "ه", "هجري", "هجريه")
	add(wGregMark, auxNoClitic, "م", "ميلادي", "ميلاديه")
	add(wSuffix, 0, "st", "nd", "rd", "th")
	add(wWeekend, 0, "weekend")
	add(wTail, auxNoClitic, "القعده", "الحجه", "الاخر", "الاخره", "الثانيه", "ثاني")
	return s
}

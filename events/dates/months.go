package dates

import "time"

// Arabic writes the Gregorian months in three families: the Egyptian and Gulf
// transliterations (يناير…ديسمبر), the Syriac names of the Levant and Iraq
// (كانون الثاني…كانون الأول) and the French-derived Maghrebi names (جانفي،
// فيفري، أفريل، جوان، جويلية، أوت), plus Moroccan variants (يوليوز، غشت،
// شتنبر، نونبر، دجنبر). All are listed folded, as arabic.Fold writes them.

// monthStems lists the month names of both languages. Names that are also
// common words (مارس "practised", آب ~ أب "father", نيسان the car, English
// "may", "march", abbreviations) are weak: they count as months only next to
// a day, a year or a word that introduces a month.
func monthStems() []stem {
	var s []stem
	add := func(m int, aux uint8, forms ...string) {
		for _, st := range words(kMonth, m, aux, forms...) {
			st.e.aux |= auxNoClitic // a conjunction at most: "وآذار"
			s = append(s, st)
		}
	}
	add(1, 0, "يناير", "جانفي", "january")
	add(2, 0, "فبراير", "فيفري", "شباط", "february")
	add(3, 0, "اذار")
	add(3, auxWeak, "مارس", "march", "mar")
	add(4, 0, "ابريل", "افريل", "april")
	add(4, auxWeak, "نيسان", "apr")
	add(5, 0, "مايو", "ايار")
	add(5, auxWeak, "ماي", "may") // ماي is also Theresa May
	add(6, 0, "يونيو", "يونيه", "جوان", "حزيران", "june")
	add(6, auxWeak, "jun")
	add(7, 0, "يوليو", "يوليه", "يوليوز", "جويليه", "july")
	add(7, auxWeak, "تموز", "jul")
	add(8, 0, "اغسطس", "اوت", "غشت", "august")
	add(8, auxWeak, "اب", "aug")
	add(9, 0, "سبتمبر", "شتنبر", "ايلول", "september")
	add(9, auxWeak, "sep", "sept")
	add(10, 0, "اكتوبر", "october")
	add(10, auxWeak, "oct")
	add(11, 0, "نوفمبر", "نونبر", "november")
	add(11, auxWeak, "nov")
	add(12, 0, "ديسمبر", "دجنبر", "december")
	add(12, auxWeak, "dec")
	add(1, auxWeak, "jan")
	add(2, auxWeak, "feb")
	s = append(s, words(kHead, headKanun, auxNoClitic, "كانون")...)
	s = append(s, words(kHead, headTishrin, auxNoClitic, "تشرين")...)
	s = append(s, words(kHead, headRabi, auxNoClitic, "ربيع")...)
	s = append(s, words(kHead, headJumada, auxNoClitic, "جمادي")...)
	s = append(s, words(kHead, headDhu, auxNoClitic, "ذو", "ذي")...)
	for m, forms := range [][]string{
		1: {"محرم"}, 2: {"صفر"}, 7: {"رجب"}, 8: {"شعبان"}, 9: {"رمضان"}, 10: {"شوال"},
	} {
		s = append(s, words(kHijri, m, auxNoClitic, forms...)...)
	}
	return s
}

// headMonth resolves a two-word month from its head and the folded second
// word: كانون الثاني is January, تشرين الأول October, ربيع الآخر the fourth
// Hijri month. hijri reports which calendar the month belongs to.
func headMonth(head int16, second string) (month int, hijri, ok bool) {
	first := second == "الاول" || second == "الاولي" || second == "اول"
	secnd := second == "الثاني" || second == "الثانيه" || second == "الاخر" || second == "الاخره" || second == "ثاني"
	switch head {
	case headKanun:
		if first {
			return 12, false, true
		}
		if secnd {
			return 1, false, true
		}
	case headTishrin:
		if first {
			return 10, false, true
		}
		if secnd {
			return 11, false, true
		}
	case headRabi:
		if first {
			return 3, true, true
		}
		if secnd {
			return 4, true, true
		}
	case headJumada:
		if first {
			return 5, true, true
		}
		if secnd {
			return 6, true, true
		}
	case headDhu:
		switch second {
		case "القعده":
			return 11, true, true
		case "الحجه":
			return 12, true, true
		}
	}
	return 0, false, false
}

func weekdayStems() []stem {
	var s []stem
	for d, forms := range [][]string{
		time.Sunday:    {"الاحد", "sunday"},
		time.Monday:    {"الاثنين", "الاتنين", "monday"},
		time.Tuesday:   {"الثلاثاء", "الثلاثا", "tuesday"},
		time.Wednesday: {"الاربعاء", "الاربعا", "wednesday"},
		time.Thursday:  {"الخميس", "thursday"},
		time.Friday:    {"الجمعه", "friday"},
		time.Saturday:  {"السبت", "saturday"},
	} {
		s = append(s, words(kWeekday, d, 0, forms...)...)
	}
	return s
}

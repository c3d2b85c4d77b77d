package dates

// numberStems lists the number words durations and days are written with:
// cardinals ("three days ago", قبل ثلاثة أيام) and the ordinals of days of the
// month ("the third of August", الثالث من أوت). Arabic ordinals of the teens
// and twenties are two words (الحادي عشر، الثاني والعشرين); the grammar adds
// them up (dayOrdinal).
func numberStems() []stem {
	var s []stem
	card := func(n int, forms ...string) { s = append(s, words(kCard, n, auxNoClitic, forms...)...) }
	ord := func(n int, forms ...string) { s = append(s, words(kOrd, n, 0, forms...)...) } // للحادي عشر
	card(1, "واحد", "واحده", "one", "a", "an")
	card(2, "اثنين", "اثنان", "two", "couple")
	card(3, "ثلاث", "ثلاثه", "three")
	card(4, "اربع", "اربعه", "four")
	card(5, "خمس", "خمسه", "five")
	card(6, "ست", "سته", "six")
	card(7, "سبع", "سبعه", "seven")
	card(8, "ثمان", "ثماني", "ثمانيه", "eight")
	card(9, "تسع", "تسعه", "nine")
	card(10, "عشر", "عشره", "ten")
	card(11, "eleven")
	card(12, "twelve")
	card(15, "fifteen")
	card(20, "twenty")
	card(30, "thirty")

	ord(1, "الاول", "الحادي", "الواحد", "first")
	ord(2, "الثاني", "second")
	ord(3, "الثالث", "third")
	ord(4, "الرابع", "fourth")
	ord(5, "الخامس", "fifth")
	ord(6, "السادس", "sixth")
	ord(7, "السابع", "seventh")
	ord(8, "الثامن", "eighth")
	ord(9, "التاسع", "ninth")
	ord(10, "العاشر", "tenth")
	ord(11, "eleventh")
	ord(12, "twelfth")
	ord(13, "thirteenth")
	ord(14, "fourteenth")
	ord(15, "fifteenth")
	ord(16, "sixteenth")
	ord(17, "seventeenth")
	ord(18, "eighteenth")
	ord(19, "nineteenth")
	ord(20, "العشرين", "twentieth")
	ord(30, "الثلاثين", "thirtieth")
	return s
}

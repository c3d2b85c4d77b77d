package dates

import (
	"testing"
	"time"
)

// Publication dates the table resolves against.
const (
	wed     = "2024-03-20" // a Wednesday after mid-month
	sun10   = "2024-03-10" // a Sunday before the 15th
	mon4    = "2024-03-04" // a Monday, first day of its week
	tue5    = "2024-03-05" // a Tuesday, second day of its week
	jan3    = "2024-01-03" // a Wednesday just after the new year
	oct16   = "2023-10-16" // a Monday
	aug10   = "2022-08-10" // a Wednesday
	jun18   = "2021-06-18" // a Friday
	pubNone = ""
)

func mustDate(t testing.TB, s string) time.Time {
	t.Helper()
	d, err := time.Parse(time.DateOnly, s)
	if err != nil {
		t.Fatal(err)
	}
	return d
}

// findCases: one sentence, one expression. evidence is the expression's
// original text; date, precision and flags its resolution.
var findCases = []struct {
	pub, text, evidence, date string
	prec                      Precision
	flags                     Flags
}{
	// Arabic: days relative to publication
	{wed, "قتل مسلحون شابا اليوم في السوق", "اليوم", "2024-03-20", Day, 0},
	{wed, "اغتيل ناشط فجر اليوم قرب منزله", "فجر اليوم", "2024-03-20", Day, 0},
	{wed, "انفجرت عبوة ناسفة صباح اليوم", "صباح اليوم", "2024-03-20", Day, 0},
	{wed, "وقع الهجوم مساء اليوم في الحي", "مساء اليوم", "2024-03-20", Day, 0},
	{wed, "قتل شرطي أمس في الحي", "أمس", "2024-03-19", Day, 0},
	{wed, "عثر على جثته البارحة", "البارحة", "2024-03-19", Day, 0},
	{wed, "اختطف طبيب أمس الأول", "أمس الأول", "2024-03-18", Day, 0},
	{wed, "اختطف طبيب أول أمس", "أول أمس", "2024-03-18", Day, 0},
	{wed, "قتل جندي أول من أمس", "أول من أمس", "2024-03-18", Day, 0},
	{wed, "أطلق مسلحون النار قبل يومين", "قبل يومين", "2024-03-18", Day, 0},
	{wed, "اختطف صحفي منذ يومين", "منذ يومين", "2024-03-18", Day, 0},
	{wed, "قتل ثلاثة قبل ثلاثة أيام", "قبل ثلاثة أيام", "2024-03-17", Day, 0},
	{wed, "خطف مسلحون تاجرا منذ ثلاثة أيام", "منذ ثلاثة أيام", "2024-03-17", Day, 0},
	{wed, "قتل شاب قبل 4 أيام", "قبل 4 أيام", "2024-03-16", Day, 0},
	{wed, "قتل صياد قبل ٥ أيام", "قبل ٥ أيام", "2024-03-15", Day, 0},
	{wed, "اغتيل قبل يوم واحد فقط", "قبل يوم واحد", "2024-03-19", Day, 0},
	{wed, "قتل قبل نحو أسبوعين", "قبل نحو أسبوعين", "2024-03-06", Week, 0},
	{wed, "وقع الاعتداء أمس الثلاثاء", "أمس الثلاثاء", "2024-03-19", Day, 0},
	{wed, "قتل أمس الاثنين قرب الجسر", "أمس الاثنين", "2024-03-18", Day, 0},
	{wed, "أصيب صباح أمس بجروح", "صباح أمس", "2024-03-19", Day, 0},
	{wed, "قتل مساء أمس بالرصاص", "مساء أمس", "2024-03-19", Day, 0},
	{wed, "انفجرت سيارة ليلة أمس", "ليلة أمس", "2024-03-19", Day, 0},
	{wed, "قتل رجلان بالأمس", "الأمس", "2024-03-19", Day, 0},
	{wed, "وأمس قتل مسلحون ناشطا", "أمس", "2024-03-19", Day, 0},
	{wed, "وقع الهجوم الليلة الماضية", "الليلة الماضية", "2024-03-19", Day, 0},
	{wed, "قتل شخصان قبل أيام", "قبل أيام", "2024-03-17", Week, 0},
	{wed, "اختطف قبل بضعة أيام", "قبل بضعة أيام", "2024-03-17", Week, 0},
	{wed, "أوقفت الشرطة السائق في وقت متأخر من ليل الأحد", "وقت متأخر من ليل الأحد", "2024-03-17", Day, 0},
	{wed, "قتل عشرة أشخاص خلال الأيام الماضية", "الأيام الماضية", "2024-03-17", Week, 0},
	{wed, "وقع الانفجار يوم أمس", "يوم أمس", "2024-03-19", Day, 0},
	{wed, "يحاكم المتهمون غداً", "غداً", "2024-03-21", Day, Future},
	{wed, "قتل شاب قبل ساعات", "قبل ساعات", "2024-03-20", Day, 0},
	{wed, "اختطف منذ 48 ساعة", "منذ 48 ساعة", "2024-03-18", Day, 0},

	// Arabic: weekdays
	{wed, "قتل مسلحون ناشطا الثلاثاء", "الثلاثاء", "2024-03-19", Day, 0},
	{wed, "اغتيل ضابط يوم الجمعة", "يوم الجمعة", "2024-03-15", Day, 0},
	{wed, "اختطف الجمعة الماضي", "الجمعة الماضي", "2024-03-15", Day, 0},
	{wed, "اختطف يوم الجمعة الماضي عقب الصلاة", "يوم الجمعة الماضي", "2024-03-15", Day, 0},
	{wed, "قتل الأربعاء الماضي", "الأربعاء الماضي", "2024-03-13", Day, 0},
	{wed, "قتل الأربعاء في الحي", "الأربعاء", "2024-03-20", Day, 0},
	{wed, "هاجم مسلحون القرية مساء الثلاثاء", "مساء الثلاثاء", "2024-03-19", Day, 0},
	{wed, "اغتيل فجر الأحد", "فجر الأحد", "2024-03-17", Day, 0},
	{wed, "انفجرت عبوة ليلة السبت", "ليلة السبت", "2024-03-15", Day, 0},
	{wed, "اندلعت اشتباكات ليلة السبت إلى الأحد", "ليلة السبت إلى الأحد", "2024-03-16", Day, 0},
	{wed, "قتل ليل السبت", "ليل السبت", "2024-03-16", Day, 0},
	{wed, "اندلعت اشتباكات ليل الجمعة-السبت", "ليل الجمعة-السبت", "2024-03-15", Day, 0},
	{wed, "اندلعت اشتباكات ليلة الخميس الجمعة", "ليلة الخميس الجمعة", "2024-03-14", Day, 0},
	{wed, "عثر على جثته صباح الاثنين", "صباح الاثنين", "2024-03-18", Day, 0},
	{wed, "ويوم الجمعة اختطف مسلحون ناشطا", "يوم الجمعة", "2024-03-15", Day, 0},
	{wed, "قتل الخميس المنصرم", "الخميس المنصرم", "2024-03-14", Day, 0},
	{wed, "قتل السبت الفائت", "السبت الفائت", "2024-03-16", Day, 0},
	{wed, "أطلق النار في ساعة متأخرة من ليل الأحد", "ساعة متأخرة من ليل الأحد", "2024-03-17", Day, 0},
	{aug10, "قتل الأربعاء 3 أوت في الحي", "الأربعاء 3 أوت", "2022-08-03", Day, 0},
	{aug10, "قتل يوم الأربعاء الموافق 27 جويلية في الحي", "يوم الأربعاء الموافق 27 جويلية", "2022-07-27", Day, 0},
	{wed, "اغتيل صبيحة اليوم", "صبيحة اليوم", "2024-03-20", Day, 0},
	{wed, "قتل الخميس مساءً", "الخميس مساءً", "2024-03-14", Day, 0},
	{wed, "دوى انفجار منتصف ليل السبت", "منتصف ليل السبت", "2024-03-16", Day, 0},
	{wed, "اختطف الجمعة ليلاً", "الجمعة ليلاً", "2024-03-15", Day, 0},
	{wed, "سيحاكم يوم الثلاثاء المقبل", "يوم الثلاثاء المقبل", "2024-03-26", Day, Future},
	{oct16, "قتل الاثنين", "الاثنين", "2023-10-16", Day, 0},
	{oct16, "اختطف الإثنين الماضي", "الإثنين الماضي", "2023-10-09", Day, 0},
	{oct16, "وقعت الغارة ليلة السبت", "ليلة السبت", "2023-10-13", Day, 0},
	{oct16, "قتل أمس الأحد", "أمس الأحد", "2023-10-15", Day, 0},

	// Arabic: calendar dates
	{wed, "قتل في 12 مارس 2024", "12 مارس 2024", "2024-03-12", Day, 0},
	{wed, "قتل في ١٢ آذار ٢٠٢٤", "١٢ آذار ٢٠٢٤", "2024-03-12", Day, 0},
	{wed, "قتل في 12 آذار/مارس 2024", "12 آذار/مارس 2024", "2024-03-12", Day, 0},
	{wed, "قتل في 12 مارس في الحي", "12 مارس", "2024-03-12", Day, 0},
	{jan3, "قتل في 28 ديسمبر", "28 ديسمبر", "2023-12-28", Day, 0},
	{jan3, "قتل في 28 كانون الأول", "28 كانون الأول", "2023-12-28", Day, 0},
	{jun18, "اختطف في 12 جوان", "12 جوان", "2021-06-12", Day, 0},
	{aug10, "قتل في الثالث من أوت", "الثالث من أوت", "2022-08-03", Day, 0},
	{aug10, "قتل في الثالث من شهر أوت", "الثالث من شهر أوت", "2022-08-03", Day, 0},
	{wed, "قتل في الحادي عشر من مارس", "الحادي عشر من مارس", "2024-03-11", Day, 0},
	{wed, "في الذكرى السنوية للحادي عشر من مارس", "للحادي عشر من مارس", "2024-03-11", Day, 0},
	{wed, "تنظم مظاهرة غداً الخميس", "غداً الخميس", "2024-03-21", Day, Future},
	{wed, "قتل في الثاني عشر من الشهر الجاري", "الثاني عشر من الشهر الجاري", "2024-03-12", Day, 0},
	{wed, "قتل في الثاني والعشرين من فبراير", "الثاني والعشرين من فبراير", "2024-02-22", Day, 0},
	{wed, "اختطف في 5 من الشهر الماضي", "5 من الشهر الماضي", "2024-02-05", Day, 0},
	{oct16, "دفن الخميس ١٢ تشرين الأول", "الخميس ١٢ تشرين الأول", "2023-10-12", Day, 0},
	{wed, "قتل في 25 مارس", "25 مارس", "2023-03-25", Day, Old},
	{wed, "يحاكم في 25 مارس الجاري", "25 مارس الجاري", "2024-03-25", Day, Future},
	{wed, "قتل في 1 فبراير/شباط", "1 فبراير/شباط", "2024-02-01", Day, 0},
	{wed, "قتل في 3 يناير/كانون الثاني 2024", "3 يناير/كانون الثاني 2024", "2024-01-03", Day, 0},
	{wed, "قتل في ١ نيسان ٢٠٢٣", "١ نيسان ٢٠٢٣", "2023-04-01", Day, Old},
	{wed, "قتل في 15 أفريل 2023", "15 أفريل 2023", "2023-04-15", Day, Old},
	{wed, "قتل في 7 جويلية 2023", "7 جويلية 2023", "2023-07-07", Day, Old},
	{wed, "قتل في 9 فيفري", "9 فيفري", "2024-02-09", Day, 0},
	{wed, "قتل في 9 ماي 2023", "9 ماي 2023", "2023-05-09", Day, Old},
	{wed, "قتل في 21 أغسطس عام 2023", "21 أغسطس عام 2023", "2023-08-21", Day, Old},
	{wed, "قتل في 5 رمضان 1445 هـ", "5 رمضان 1445 هـ", "2024-03-15", Day, 0},
	{wed, "قتل الأربعاء 10 رمضان", "الأربعاء 10 رمضان", "2024-03-20", Day, 0},
	{wed, "قتل في 2024/03/12", "2024/03/12", "2024-03-12", Day, 0},

	// English: calendar dates
	{wed, "He was killed on 12 March 2024.", "12 March 2024", "2024-03-12", Day, 0},
	{wed, "He was killed on March 12, 2024.", "March 12, 2024", "2024-03-12", Day, 0},
	{wed, "He was killed on Mar 12, 2024.", "Mar 12, 2024", "2024-03-12", Day, 0},
	{wed, "He was killed on March 12 in the town.", "March 12", "2024-03-12", Day, 0},
	{wed, "He was killed on 12 March in the town.", "12 March", "2024-03-12", Day, 0},
	{jan3, "He was killed on December 28.", "December 28", "2023-12-28", Day, 0},
	{wed, "He was killed on December 2.", "December 2", "2023-12-02", Day, Old},
	{wed, "He was killed on the 3rd of March.", "3rd of March", "2024-03-03", Day, 0},
	{wed, "He was killed on the third of March.", "third of March", "2024-03-03", Day, 0},
	{wed, "He was killed on Tuesday, March 12.", "Tuesday, March 12", "2024-03-12", Day, 0},
	{wed, "He was killed on March 12th.", "March 12th", "2024-03-12", Day, 0},
	{wed, "He was killed on Oct. 2, 2023.", "Oct. 2, 2023", "2023-10-02", Day, Old},
	{wed, "He was killed on 2 Sept. 2023.", "2 Sept. 2023", "2023-09-02", Day, Old},
	{wed, "He was killed on 5 May 2023.", "5 May 2023", "2023-05-05", Day, Old},
	{wed, "He was killed on the twenty-first of February.", "twenty-first of February", "2024-02-21", Day, 0},
	{wed, "The attack took place on 2024-03-12.", "2024-03-12", "2024-03-12", Day, 0},
	{wed, "The attack took place on 12/03/2024.", "12/03/2024", "2024-03-12", Day, 0},
	{wed, "The attack took place on 12.03.2024.", "12.03.2024", "2024-03-12", Day, 0},
	{wed, "The attack took place on 03/25/2023.", "03/25/2023", "2023-03-25", Day, Old},

	// English: relative days
	{wed, "Police said gunmen killed a man today.", "today", "2024-03-20", Day, 0},
	{wed, "A bomb exploded this morning.", "this morning", "2024-03-20", Day, 0},
	{wed, "Gunmen struck tonight in the old city.", "tonight", "2024-03-20", Day, 0},
	{wed, "A judge was shot dead yesterday.", "yesterday", "2024-03-19", Day, 0},
	{wed, "A judge was shot dead yesterday morning.", "yesterday morning", "2024-03-19", Day, 0},
	{wed, "A judge was shot dead the day before yesterday.", "the day before yesterday", "2024-03-18", Day, 0},
	{wed, "Gunmen attacked the checkpoint last night.", "last night", "2024-03-19", Day, 0},
	{wed, "Gunmen attacked the checkpoint overnight.", "overnight", "2024-03-19", Day, 0},
	{wed, "He was abducted three days ago.", "three days ago", "2024-03-17", Day, 0},
	{wed, "He was abducted 3 days ago.", "3 days ago", "2024-03-17", Day, 0},
	{wed, "He had been abducted two days earlier.", "two days earlier", "2024-03-18", Day, 0},
	{wed, "He was abducted a few days ago.", "a few days ago", "2024-03-17", Week, 0},
	{wed, "He was abducted days ago.", "days ago", "2024-03-17", Week, 0},
	{wed, "He was shot dead hours ago.", "hours ago", "2024-03-20", Day, 0},
	{wed, "He was abducted a couple of days ago.", "a couple of days ago", "2024-03-18", Day, 0},
	{wed, "The men will be tried tomorrow.", "tomorrow", "2024-03-21", Day, Future},
	{wed, "Dozens were killed in recent days.", "recent days", "2024-03-17", Week, 0},

	// English: weekdays
	{wed, "Gunmen killed two men on Sunday.", "Sunday", "2024-03-17", Day, 0},
	{wed, "Gunmen killed two men last Tuesday.", "last Tuesday", "2024-03-19", Day, 0},
	{wed, "Gunmen killed two men last Wednesday.", "last Wednesday", "2024-03-13", Day, 0},
	{wed, "Gunmen killed two men on Wednesday.", "Wednesday", "2024-03-20", Day, 0},
	{wed, "Gunmen killed two men late on Friday.", "late on Friday", "2024-03-15", Day, 0},
	{wed, "Gunmen killed two men early on Saturday.", "early on Saturday", "2024-03-16", Day, 0},
	{wed, "Gunmen killed two men on Friday night.", "Friday night", "2024-03-15", Day, 0},
	{wed, "Gunmen killed two men late Friday.", "late Friday", "2024-03-15", Day, 0},
	{wed, "Gunmen killed two men overnight on Thursday.", "overnight on Thursday", "2024-03-14", Day, 0},
	{wed, "Gunmen killed two men in the early hours of Monday.", "early hours of Monday", "2024-03-18", Day, 0},
	{wed, "Gunmen killed two men on the night of Saturday.", "night of Saturday", "2024-03-16", Day, 0},
	{wed, "Tuesday's attack killed two.", "Tuesday", "2024-03-19", Day, 0},
	{wed, "The trial opens next Tuesday.", "next Tuesday", "2024-03-26", Day, Future},
	{wed, "Gunmen killed two men on Monday evening.", "Monday evening", "2024-03-18", Day, 0},
	{wed, "Gunmen attacked on Friday night into Saturday.", "Friday night into Saturday", "2024-03-15", Day, 0},
	{wed, "Gunmen attacked on the night of Saturday to Sunday.", "night of Saturday to Sunday", "2024-03-16", Day, 0},

	// weeks
	{wed, "A trader was kidnapped last week.", "last week", "2024-03-13", Week, 0},
	{wed, "اختطف تاجر الأسبوع الماضي", "الأسبوع الماضي", "2024-03-13", Week, 0},
	{wed, "اختطف تاجر الأسبوع المنصرم", "الأسبوع المنصرم", "2024-03-13", Week, 0},
	{wed, "A trader was kidnapped this week.", "this week", "2024-03-20", Week, 0},
	{wed, "During the week of 4 March 2024, a trader was kidnapped.", "week of 4 March 2024", "2024-03-06", Week, 0},
	{wed, "A trader was kidnapped in the week of March 7, 2024.", "week of March 7, 2024", "2024-03-06", Week, 0},
	{wed, "A trader was kidnapped in the week of March 3, 2024.", "week of March 3, 2024", "2024-03-06", Week, 0},
	{wed, "A trader was kidnapped earlier this week.", "earlier this week", "2024-03-20", Week, 0},
	{mon4, "اختطف تاجر هذا الأسبوع", "هذا الأسبوع", "2024-03-04", Week, 0},
	{tue5, "اختطف تاجر الأسبوع الجاري", "الأسبوع الجاري", "2024-03-04", Week, 0},
	{sun10, "A trader was kidnapped this week.", "this week", "2024-03-06", Week, 0},
	{jan3, "اختطف تاجر الأسبوع الماضي", "الأسبوع الماضي", "2023-12-27", Week, 0},
	{oct16, "قتل خلال الأسبوع الماضي", "الأسبوع الماضي", "2023-10-11", Week, 0},
	{wed, "A trader was kidnapped a week ago.", "a week ago", "2024-03-13", Week, 0},
	{wed, "A trader was kidnapped two weeks ago.", "two weeks ago", "2024-03-06", Week, 0},
	{wed, "اختطف قبل أسبوعين", "قبل أسبوعين", "2024-03-06", Week, 0},
	{wed, "Five were killed over the past week.", "past week", "2024-03-17", Week, 0},
	{wed, "He has been held for the past week.", "for the past week", "2024-03-17", Week, 0},
	{wed, "تتواصل الاشتباكات منذ الأسبوع الماضي", "منذ الأسبوع الماضي", "2024-03-13", Week, 0},
	{wed, "قتل مطلع الأسبوع الجاري", "مطلع الأسبوع الجاري", "2024-03-20", Week, 0},
	{wed, "Talks resume next week.", "next week", "2024-03-27", Week, Future},
	{wed, "Earlier in the week, gunmen killed two.", "Earlier in the week", "2024-03-20", Week, 0},
	{wed, "قتل ثلاثة خلال عطلة نهاية الأسبوع", "نهاية الأسبوع", "2024-03-16", Week, 0},
	{wed, "Two were killed over the weekend.", "weekend", "2024-03-16", Week, 0},

	// months
	{wed, "Masked men stopped his van earlier this month.", "earlier this month", "2024-03-15", Month, 0},
	{wed, "Masked men stopped his van this month.", "this month", "2024-03-15", Month, 0},
	{wed, "قتل خلال الشهر الجاري", "الشهر الجاري", "2024-03-15", Month, 0},
	{wed, "قتل هذا الشهر", "هذا الشهر", "2024-03-15", Month, 0},
	{sun10, "قتل خلال الشهر الجاري", "الشهر الجاري", "2024-03-05", Month, 0},
	{sun10, "اختطف في منتصف الشهر الجاري", "منتصف الشهر الجاري", "2024-03-10", Week, 0},
	{wed, "اختطف في منتصف الشهر", "منتصف الشهر", "2024-03-15", Week, 0},
	{wed, "He was kidnapped mid-month.", "mid-month", "2024-03-15", Week, 0},
	{wed, "He was kidnapped in mid-March.", "mid-March", "2024-03-15", Week, 0},
	{wed, "اختطف منتصف مارس", "منتصف مارس", "2024-03-15", Week, 0},
	{wed, "اختطف مطلع الشهر", "مطلع الشهر", "2024-03-01", Month, 0},
	{wed, "اختطف في أوائل الشهر الجاري", "أوائل الشهر الجاري", "2024-03-01", Month, 0},
	{wed, "He was kidnapped in early March.", "early March", "2024-03-01", Month, 0},
	{wed, "He was kidnapped at the beginning of the month.", "beginning of the month", "2024-03-01", Month, 0},
	{wed, "اختطف أواخر الشهر الماضي", "أواخر الشهر الماضي", "2024-02-29", Month, 0},
	{wed, "He was kidnapped late last month.", "late last month", "2024-02-29", Month, 0},
	{wed, "اختطف نهاية الشهر الماضي", "نهاية الشهر الماضي", "2024-02-29", Month, 0},
	{wed, "The driver went missing near the end of the month.", "end of the month", "2024-03-20", Month, 0},
	{wed, "He was kidnapped in late February.", "late February", "2024-02-29", Month, 0},
	{wed, "اختطف أواخر فبراير", "أواخر فبراير", "2024-02-29", Month, 0},
	{wed, "He was kidnapped last month.", "last month", "2024-02-15", Month, 0},
	{wed, "اختطف الشهر الماضي", "الشهر الماضي", "2024-02-15", Month, 0},
	{wed, "اختطف الشهر المنصرم", "الشهر المنصرم", "2024-02-15", Month, 0},
	{wed, "He was kidnapped in February.", "February", "2024-02-15", Month, 0},
	{wed, "اختطف في فبراير", "فبراير", "2024-02-15", Month, 0},
	{wed, "اختطف خلال شهر شباط", "شهر شباط", "2024-02-15", Month, 0},
	{wed, "اختطف في مارس", "مارس", "2024-03-15", Month, 0},
	{sun10, "اختطف في مارس", "مارس", "2024-03-05", Month, 0},
	{wed, "Attacks have grown in recent weeks.", "recent weeks", "2024-03-15", Month, 0},
	{wed, "تصاعدت الاغتيالات خلال الأسابيع الماضية", "الأسابيع الماضية", "2024-03-15", Month, 0},
	{wed, "تصاعدت الاغتيالات خلال الأسابيع القليلة الماضية", "الأسابيع القليلة الماضية", "2024-03-15", Month, 0},
	{sun10, "Attacks have grown in recent weeks.", "recent weeks", "2024-03-05", Month, 0},
	{wed, "تصاعدت الاغتيالات في الأسابيع الأخيرة", "الأسابيع الأخيرة", "2024-03-15", Month, 0},
	{wed, "A lawyer was recently kidnapped.", "recently", "2024-03-15", Month, 0},
	{wed, "اختطف محام مؤخراً", "مؤخراً", "2024-03-15", Month, 0},
	{wed, "قتل في الآونة الأخيرة ثلاثة", "الآونة الأخيرة", "2024-03-15", Month, 0},
	{wed, "He was kidnapped two months ago.", "two months ago", "2024-01-15", Month, 0},
	{wed, "اختطف قبل شهرين", "قبل شهرين", "2024-01-15", Month, 0},
	{wed, "اختطف في مارس الماضي", "مارس الماضي", "2023-03-15", Month, Old},
	{wed, "اختطف في فبراير الماضي", "فبراير الماضي", "2024-02-15", Month, 0},
	{wed, "He was kidnapped in March 2023.", "March 2023", "2023-03-15", Month, Old},
	{wed, "Elections are due next month.", "next month", "2024-04-15", Month, Future},
	{wed, "تجرى الانتخابات منتصف الشهر المقبل", "منتصف الشهر المقبل", "2024-04-15", Week, Future},
	{wed, "قتل في حزيران 2023", "حزيران 2023", "2023-06-15", Month, Old},

	// vaguer than a month, and old
	{wed, "Killings have risen in recent months.", "recent months", "2024-03-20", None, Vague},
	{wed, "تصاعدت الاغتيالات خلال الأشهر الماضية", "الأشهر الماضية", "2024-03-20", None, Vague},
	{wed, "Abductions grew more frequent in recent years.", "recent years", "2024-03-20", None, Vague},
	{wed, "تصاعدت الاغتيالات خلال السنوات الماضية", "السنوات الماضية", "2024-03-20", None, Vague},
	{wed, "يعيش في المدينة منذ سنوات", "منذ سنوات", "2024-03-20", None, Vague},
	{wed, "Killings have risen over the past year.", "past year", "2024-03-20", None, Vague},
	{wed, "اختفى منذ أشهر", "منذ أشهر", "2024-03-20", None, Vague},
	{wed, "He was kidnapped last year.", "last year", "2023-07-01", None, Vague | Old},
	{wed, "اختطف العام الماضي", "العام الماضي", "2023-07-01", None, Vague | Old},
	{wed, "He was kidnapped in 2019.", "2019", "2019-07-01", None, Vague | Old},
	{wed, "اغتيل عام 2013", "عام 2013", "2013-07-01", None, Vague | Old},
	{wed, "The assassination (1987) shocked the country.", "1987", "1987-07-01", None, Vague | Old},
	{wed, "He was kidnapped a year ago.", "a year ago", "2023-03-20", None, Vague | Old},
	{wed, "اختطف قبل عام", "قبل عام", "2023-03-20", None, Vague | Old},
	{wed, "He had been kidnapped three years earlier.", "three years earlier", "2021-03-20", None, Vague | Old},
	{wed, "اختطف قبل ثلاث سنوات", "قبل ثلاث سنوات", "2021-03-20", None, Vague | Old},
	{wed, "Killings have risen this year.", "this year", "2024-03-20", None, Vague},
	{wed, "قتل عشرة منذ مطلع العام", "منذ مطلع العام", "2024-03-20", None, Vague},
	{wed, "Elections are due next year.", "next year", "2025-07-01", None, Vague | Future},
	{wed, "Elections are due in 2026.", "2026", "2026-07-01", None, Vague | Future},
	{wed, "Killings rose in 2024.", "2024", "2024-03-20", None, Vague},
	{wed, "قتل في 1445 هـ", "1445 هـ", "2024-03-20", None, Vague},
	{wed, "قتل في 1440 هـ", "1440 هـ", "2019-03-08", None, Vague | Old},
}

func TestFind(t *testing.T) {
	for _, tc := range findCases {
		pub := mustDate(t, tc.pub)
		got := testLexicon(t).Find(tc.text, pub)
		if len(got) != 1 {
			t.Errorf("Find(%q, %s): %d expressions %+v, want one: %q", tc.text, tc.pub, len(got), got, tc.evidence)
			continue
		}
		e := got[0]
		if e.Text != tc.evidence || e.DateString() != tc.date || e.Precision != tc.prec || e.Flags != tc.flags {
			t.Errorf("Find(%q, %s) = %q %s p%d %q, want %q %s p%d %q",
				tc.text, tc.pub, e.Text, e.DateString(), e.Precision, e.Flags, tc.evidence, tc.date, tc.prec, tc.flags)
		}
		if rs := []rune(tc.text); e.Start < 0 || e.End > len(rs) || string(rs[e.Start:e.End]) != e.Text {
			t.Errorf("Find(%q): span %d-%d does not cut out %q", tc.text, e.Start, e.End, e.Text)
		}
	}
	if len(findCases) < 150 {
		t.Errorf("only %d cases", len(findCases))
	}
}

// TestFindNone: words that look like dates but are not.
func TestFindNone(t *testing.T) {
	pub := mustDate(t, wed)
	for _, text := range []string{
		"اجتمع أعيان سوق الجمعة مع المجلس البلدي",
		"خرج المصلون من صلاة الجمعة",
		"مارس المسلحون ضغوطا على السكان",
		"قالت تيريزا ماي إن التحقيق مستمر",
		"Officials said the talks may be delayed.",
		"Thousands joined a march through the capital.",
		"وفي اليوم التالي عثر على جثته",
		"ولا يزال مصيره مجهولا حتى اليوم",
		"فجر انتحاري نفسه قرب الحاجز",
		"He was found dead three days later.",
		"Twelve people were killed and 30 wounded.",
		"تتواصل الجهود خلال الأيام المقبلة",
		"وقف عند باب العزيزية",
		"قتل 12 شخصا في الهجوم",
		"ستنتهي المهلة منتصف الليلة المقبلة",
		"وصل الوفد قبل يومين من الانتخابات", // two days before an event the text names
		"وصل الوفد قبل يومين فقط من الانتخابات",
		"قتل حارسان قبل ثلاثة أيام من زيارة الوزير",
	} {
		if got := testLexicon(t).Find(text, pub); len(got) != 0 {
			t.Errorf("Find(%q) = %+v, want none", text, got)
		}
	}
}

// Package dates reads publication dates and event-date expressions in Arabic
// and English news reports and resolves them, against the publication date,
// to ACLED event dates with an honest time_precision (CODEBOOK.md).
//
// An event's date is rarely written as a date: reports say ams (yesterday),
// masa' al-thulatha' (Tuesday evening), muntasaf al-shahr al-jari (the middle
// of this month), "late on Friday", "earlier this month". Find scans the
// folded text once, token by token, with a hand-written resolver: no regular
// expressions and no per-call set-up, so it keeps up with the coder's
// throughput target. (github.com/markusmobius/go-dateparser was measured: about
// 130 µs per parsed phrase and 0.6 MB/s when searching Arabic text, and it
// missed about half of the forms below: Tuesday evening, last Tuesday, three
// days ago, yesterday Sunday and the middle of this month written in Arabic,
// "last Tuesday", "late on Friday".)
//
// The words are data: seeds/dates (months.tsv, words.tsv, marks.tsv) and the
// shared number table lexicons/numbers.tsv, read by LoadLexicon into a
// Lexicon whose methods find and parse dates. Arabic proclitics are handled
// by rule (events/arabic): the files list each word once and the loader
// generates its forms with wa-, fa-, bi-, li-, ka- and the article ("and
// yesterday", "on the day of Friday", "for the week"); evidence starts after
// a conjunction or preposition that can be cut off.
//
// Conventions this package fixes, where the codebook and usage leave room:
//
//   - Weeks run Monday to Sunday. "last week" is the previous week's
//     Wednesday; "this week" is this week's Wednesday, or the midpoint of the
//     days elapsed (Monday..publication, rounded down) when that Wednesday is
//     after publication. Both precision 2. "a week ago", "two weeks ago": the
//     Wednesday of the week they fall in. "the past week" (the trailing seven
//     days): three days before publication, precision 2. "the week of 4
//     March 2024": that week's Wednesday, precision 2 (of a Sunday: the week
//     it opens, as writers who start weeks on Sunday mean).
//   - "this month", "earlier this month", "in recent weeks", "recently",
//     "in the past few weeks": the 15th, or the midpoint of the elapsed days
//     (rounded down) when the 15th is after publication; precision 3.
//     "mid-month" (muntasaf al-shahr): the 15th, precision 2. "beginning of
//     the month" (matla' al-shahr): the 1st, precision 3. "end of the month"
//     (awakhir al-shahr): the last day, precision 3. A day of the publication
//     month that
//     would fall after publication (mid- or end of the month early in it)
//     becomes the publication date: the report says it has happened.
//   - A named month without a year is the latest one not after publication;
//     with al-madi ("maris al-madi", last March) in that same month it is
//     last year's.
//   - A bare weekday is the most recent such day on or before publication
//     (the publication day itself when it is that weekday); with
//     "last" (al-madi) the publication day is excluded and it is a week
//     earlier.
//   - "ams al-ahad", "al-yawm al-ahad" (yesterday Sunday, today Sunday): the
//     named weekday wins over the relative
//     word, since feed publication times are often a day off the writing day.
//   - "laylat al-sabt" is the night before Saturday (Friday evening), as
//     Arabic reckons nights, so it dates to Friday (the eve flag of
//     words.tsv); "laylat al-sabt ila al-ahad" (the night of Saturday to
//     Sunday), "layl al-sabt" and English "Saturday night" date to Saturday.
//     ACLED codes the
//     day of the event; for a night that straddles midnight this is the day
//     it began.
//   - "overnight" alone dates to the day before publication: reports mostly
//     go out the morning after a night's events.
//   - "N days ago", "qabl/mundhu N ayyam" count from publication; "hours
//     ago", "qabl sa'at" are the publication day. "a few days ago", "qabl
//     ayyam", "in
//     recent days": three days before publication, precision 2.
//   - Days of the story count from the last day told before them (outside
//     the dateline): "the same day" (al-yawm dhatuh), "the next day" (al-yawm
//     al-tali), "the day before", "two days later", "three days earlier"
//     (Form Anaphor). With no day told before, they are not dates, except
//     "N days earlier", which then counts from publication.
//   - Numeric dates with slashes, dots or dashes that end with the year
//     (12/03/2024) are read in one order for the whole report, decided once
//     (reportOrder): by the first such date that can be read only one way
//     (25/03/2024: day first; 03/25/2024: month first); else, when only one
//     order keeps every such date on or before publication, that order;
//     else month first in text written mostly in Latin letters (the US
//     convention of English wire summaries and incident notes) and day
//     first in Arabic. A date that does not fit the report's order is not
//     read: day and month are never swapped date by date. A numeric
//     publication date is always day first (31/12/2024).
//   - A publication year outside 1900–2100 is an error: a typo (0224), a
//     placeholder (0000, 9999) or a Hijri year written in ISO form.
//   - A day and month without a year take the latest year that does not put
//     them after publication ("28 December" in a 3 January report is last
//     year's); the first date of a range takes the year of the second ("from
//     31 March to 31 October 2011").
//   - Hijri dates use the tabular (arithmetical) Islamic calendar, which can
//     differ by a day or two from the sighted or Umm al-Qura calendars that
//     newspapers print.
//   - Old: more than OldAfter before publication, or a named earlier year.
//     Expressions vaguer than a month ("in recent months", "last year", a
//     year) have precision None and the Vague flag; their Date is a best
//     guess (the publication date, or 1 July of a named year).
//   - A date in the report's dateline ("BENGHAZI, Feb 15 (Agency) -") is
//     flagged Dateline: it dates the report, not an event.
package dates

package dates

import (
	"strings"
	"testing"
	"time"

	"rasd/events/arabic"
)

// benchArabic and benchEnglish are about 2 KB of report-like text written
// for the benchmark, with the density of date expressions of a news report.
var benchArabic = strings.Repeat(`أفاد مصدر أمني في مدينة الزاوية بأن مسلحين مجهولين يستقلون سيارة بيضاء أطلقوا النار مساء الثلاثاء على موظف في المصرف التجاري أمام منزله، ما أدى إلى إصابته بجروح بليغة نقل على إثرها إلى المستشفى.
وأضاف المصدر أن الأجهزة الأمنية باشرت التحقيق في الحادث، مشيراً إلى أن المنطقة شهدت خلال الأسابيع القليلة الماضية عدة حوادث مماثلة لم يُكشف عن مرتكبيها حتى الآن، وأن أحد التجار اختُطف قبل ثلاثة أيام قرب السوق الرئيسي.
وكانت لجنة حقوقية محلية قد طالبت في بيان صدر أمس الأحد السلطات بحماية المدنيين، ودعت إلى فتح تحقيق مستقل في سلسلة الاعتداءات التي بدأت منذ مطلع العام.
`, 2)

var benchEnglish = strings.Repeat(`Gunmen on motorbikes shot and wounded a bank employee outside his home in the western town late on Tuesday, a security official said, the latest in a series of attacks that residents say have gone unpunished.
The official, who asked not to be named, said investigators had begun questioning witnesses. A trader was abducted three days ago near the main market, and two other men were seized earlier this month in similar circumstances, according to a local rights group.
In a statement issued on Sunday, the group urged the authorities to protect civilians and to open an independent inquiry into the attacks, which it said had grown more frequent in recent weeks.
`, 3)

func benchFind(b *testing.B, text string) {
	lx := testLexicon(b)
	pub := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(text)))
	b.ReportAllocs()
	for b.Loop() {
		lx.Find(text, pub)
	}
}

func BenchmarkFindArabic(b *testing.B)  { benchFind(b, benchArabic) }
func BenchmarkFindEnglish(b *testing.B) { benchFind(b, benchEnglish) }

// BenchmarkFindFoldedArabic measures Find for a coder that folded the text
// already: the date grammar's own cost.
func BenchmarkFindFoldedArabic(b *testing.B) {
	lx := testLexicon(b)
	pub := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	f := arabic.FoldText(benchArabic)
	b.SetBytes(int64(len(benchArabic)))
	b.ReportAllocs()
	for b.Loop() {
		lx.FindFolded(f, benchArabic, pub)
	}
}

// BenchmarkFindSentence is the per-sentence figure: one Arabic
// sentence with one date, folding included.
func BenchmarkFindSentence(b *testing.B) {
	const s = "قتل مسلحون مجهولون مساء الثلاثاء موظفا في المصرف التجاري أمام منزله في مدينة الزاوية."
	lx := testLexicon(b)
	pub := time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		lx.Find(s, pub)
	}
}

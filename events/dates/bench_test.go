package dates

import (
	"strings"
	"testing"
	"time"

	"rasd/events/arabic"
)

// benchArabic and benchEnglish are about 2 KB of report-like text written
// for the benchmark, with the density of date expressions of a news report.
var benchArabic = strings.Repeat(`ذكر شاهد عيان من سكان حي الأندلس أن شبانا ملثمين على دراجة نارية أطلقوا الرصاص مساء الثلاثاء على صاحب محل للهواتف قرب بيته، فأصيب في ساقه ونقلته سيارة إسعاف إلى مستشفى قريب.
ولفت الشاهد إلى أن الحي عرف خلال الأسابيع القليلة الماضية سرقات واعتداءات متكررة لم تعلن الشرطة نتائج التحقيق فيها بعد، وأن موظفا في شركة الكهرباء خطف قبل ثلاثة أيام من أمام مكتبه.
وكانت رابطة أهالي الحي قد ناشدت في رسالة نشرتها أمس الأحد وزارة الداخلية زيادة الدوريات، وطالبت بكشف المسؤولين عن موجة الجرائم المستمرة منذ مطلع العام.
`, 2)

var benchEnglish = strings.Repeat(`Two masked riders opened fire on a pharmacist as he locked up his shop in the old quarter late on Tuesday, leaving him badly hurt, a police spokesman told reporters.
The spokesman, speaking on condition of anonymity, said detectives were going through camera footage. A lorry driver went missing three days ago on the coast road, and a pair of teachers were taken earlier this month in much the same way, a neighbourhood committee said.
In a letter it published on Sunday, the committee asked the interior ministry for more patrols and for an inquiry into the shootings, which it said had become more common in recent weeks.
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

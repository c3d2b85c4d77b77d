package actors

import (
	"strings"
	"testing"

	"rasd/events/arabic"
	"rasd/events/internal/realcorpus"
)

// benchArabic is news-like Arabic written for the benchmark: a few actor
// mentions in a lot of ordinary text, as in real reports.
const benchArabic = `أفادت مصادر محلية بأن مسلحين مجهولين أطلقوا النار مساء الثلاثاء على سيارة كانت تقل مسؤولا في البلدية قرب السوق القديم، فأصيب بجروح متوسطة ونقل بعدها إلى المستشفى. وقالت مديرية الأمن في بيان إن دوريات الشرطة طوقت المكان وباشرت التحقيق، ولم تعلن أي مجموعة مسؤوليتها عن إطلاق النار حتى مساء الأربعاء. ويأتي الحادث بعد أسابيع من توتر شهدته المدينة بين تشكيلات مسلحة تتنازع النفوذ على الطريق الساحلي، وسط دعوات من أعيان المنطقة إلى التهدئة وفتح حوار يضم جميع الأطراف. وأشار سكان إلى أن الكهرباء انقطعت ساعات طويلة خلال الأيام الماضية، وأن أسعار الوقود ارتفعت بشكل لافت، بينما تواصل المدارس عملها رغم الظروف الصعبة. وفي سياق آخر، أعلن الجيش الوطني الليبي أنه أحبط محاولة تسلل في الجنوب، بينما اتهمت حكومة الوفاق قوات حفتر بقصف مواقع مدنية. وذكر مراسلنا أن الحركة التجارية في الميناء عادت تدريجيا إلى طبيعتها بعد إغلاق دام ثلاثة أيام بسبب الأحوال الجوية.
`

// benchEnglish is news-like English written for the benchmark.
const benchEnglish = `Unidentified gunmen on motorcycles opened fire on a minibus near the market on Tuesday evening, wounding a local official who was taken to hospital, residents said. Police cordoned off the area and opened an investigation; no group has claimed the attack. The incident follows weeks of tension between armed factions competing for control of the coastal road, and community elders have called for calm and for talks that include all sides. Residents said power cuts lasted for hours over the past days and fuel prices rose sharply, while schools kept working despite the difficult conditions. Separately, the Libyan National Army said it had foiled an infiltration attempt in the south, while the Government of National Accord accused Haftar's forces of shelling civilian areas.
`

func benchFind(b *testing.B, text string) {
	tb := seedTable(b)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tb.Find(text)
	}
}

// A report of about 30 KB, the size of a long article.
func BenchmarkFindArabic(b *testing.B)  { benchFind(b, strings.Repeat(benchArabic, 12)) }
func BenchmarkFindEnglish(b *testing.B) { benchFind(b, strings.Repeat(benchEnglish, 40)) }

// BenchmarkFindFoldedArabic is the cost on top of the fold a coder shares
// with its other lexicons.
func BenchmarkFindFoldedArabic(b *testing.B) {
	tb := seedTable(b)
	text := strings.Repeat(benchArabic, 12)
	f := arabic.FoldText(text)
	b.SetBytes(int64(len(text)))
	b.ResetTimer()
	for b.Loop() {
		tb.FindFolded(f)
	}
}

// BenchmarkFindRealArabic runs Find over the real Arabic corpus in
// ../shared/eval/real, one report at a time; it skips without it.
func BenchmarkFindRealArabic(b *testing.B) {
	arts, _ := realcorpus.Load(b)
	var texts []string
	size := 0
	for _, a := range arts {
		texts = append(texts, a.Title+"\n"+a.Text)
		size += len(a.Title) + 1 + len(a.Text)
	}
	tb := seedTable(b)
	b.SetBytes(int64(size))
	b.ResetTimer()
	for b.Loop() {
		for _, t := range texts {
			tb.Find(t)
		}
	}
}

func BenchmarkLoad(b *testing.B) {
	for b.Loop() {
		seedTable(b)
	}
}

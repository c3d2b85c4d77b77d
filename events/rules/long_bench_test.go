package rules

import (
	"fmt"
	"strings"
	"testing"
	"time"

	"context"
	"rasd/events"
)

// Sentences the long-report benchmarks are built from, written for them:
// incidents in every sentence (the worst case for a coder that looks at
// each incident's neighbours) and, for the news shape, paragraphs of
// politics with an incident now and then.
var (
	denseSentences = []string{
		"قتل مسلحون مجهولون ثلاثة مدنيين في مدينة سرت مساء أمس، وفق مصدر أمني.",
		"واختطف مسلحون مهندسا من أمام منزله في بنغازي صباح الثلاثاء.",
		"وأفلت عضو في المجلس البلدي بطرابلس من محاولة لاغتياله حين فتح مجهولون النار على موكبه.",
		"وقال الجيش إن جنديين قتلا في هجوم على نقطة تفتيش قرب مصراتة.",
	}
	calmSentences = []string{
		"وبحث الوزير مع وفد من رجال الأعمال سبل دعم الاستثمار في قطاع الطاقة.",
		"وأكد المتحدث أن الحكومة ماضية في خطتها لإصلاح الخدمات العامة خلال العام المقبل.",
		"وشهدت الأسواق إقبالا كبيرا مع اقتراب العطلة، بحسب تجار في المدينة.",
		"ودعت أحزاب المعارضة إلى حوار وطني شامل يضم جميع الأطراف.",
		"وأعلنت وزارة التعليم موعد امتحانات نهاية العام الدراسي.",
		"وقال خبراء إن أسعار الوقود قد ترتفع في الأشهر المقبلة.",
	}
)

// longText builds about size bytes of text of a shape: "dense" (an
// incident in every sentence), "dense-unpunctuated" (the same with every
// full stop, comma and line break gone: a transcript, a scraped page) or
// "news" (an incident in one sentence of ten, paragraphs of five).
func longText(shape string, size int) string {
	var b strings.Builder
	for i := 0; b.Len() < size; i++ {
		var s string
		switch shape {
		case "news":
			if i%10 == 3 {
				s = denseSentences[(i/10)%len(denseSentences)]
			} else {
				s = calmSentences[i%len(calmSentences)]
			}
		default:
			s = denseSentences[i%len(denseSentences)]
		}
		b.WriteString(s)
		if i%5 == 4 {
			b.WriteString("\n")
		} else {
			b.WriteString(" ")
		}
	}
	t := b.String()
	if shape == "dense-unpunctuated" {
		t = strings.NewReplacer(".", " ", "،", " ", "\n", " ").Replace(t)
	}
	return t
}

// BenchmarkLongReport codes one report of 50 KB to 1 MB in three shapes:
// the time per byte must stay flat as the report grows (compare the MB/s
// of the sizes of one shape), so that no report can stall an ingest.
func BenchmarkLongReport(b *testing.B) {
	c := fullCoder(b)
	for _, shape := range []string{"dense", "dense-unpunctuated", "news"} {
		for _, kb := range []int{50, 100, 200, 400, 1000} {
			text := longText(shape, kb*1000)
			r := events.Report{ID: "long", Text: text, Lang: "ar", Published: time.Date(2024, 3, 20, 0, 0, 0, 0, time.UTC)}
			b.Run(fmt.Sprintf("%s/%dKB", shape, kb), func(b *testing.B) {
				b.SetBytes(int64(len(text)))
				for b.Loop() {
					if _, err := c.Code(context.Background(), r); err != nil {
						b.Fatal(err)
					}
				}
			})
		}
	}
}

package rules

import (
	"bytes"
	"encoding/json"
	"flag"
	"os"
	"path/filepath"
	"strings"
	"sync"
	"testing"
	"time"

	"rasd/events"
	"rasd/events/actors"
	"rasd/events/dates"
	"rasd/events/internal/golden"
	"rasd/events/places"
	"rasd/seeds"
)

var update = flag.Bool("update", false, "rewrite the golden files in testdata/")

var (
	coderOnce sync.Once
	testCoder *Coder
	coderErr  error
)

// newTestCoder is the coder with the built-in lexicons and actor table and a
// small gazetteer built from the places package's GeoNames fixture: the
// tests need no fetched data.
func newTestCoder(t testing.TB) *Coder {
	t.Helper()
	coderOnce.Do(func() {
		var g *places.Gazetteer
		g, _, coderErr = places.BuildGazetteer(places.BuildOptions{
			Cities:     []string{"../places/testdata/cities.txt"},
			Admin1:     "../places/testdata/admin1CodesASCII.txt",
			Supplement: os.DirFS("../../seeds/places"),
		})
		if coderErr == nil {
			testCoder, coderErr = coderWith(g)
		}
	})
	if coderErr != nil {
		t.Fatal(coderErr)
	}
	return testCoder
}

// coderWith is the coder rasd runs (built-in lexicons and actor table,
// every finder) over the gazetteer g.
func coderWith(g *places.Gazetteer) (*Coder, error) {
	lx, err := LoadLexicons(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	table, err := actors.Load(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	dl, err := dates.LoadLexicon(seeds.FS(""))
	if err != nil {
		return nil, err
	}
	return New(lx, Finders{Dates: FindDates(dl), Places: FindPlaces(g), Actors: FindActors(table), Forces: Forces(table)}), nil
}

// fullCoder is coderWith the built gazetteer (RASD_GAZETTEER, else
// data/gazetteer.bin); the test skips without one.
func fullCoder(tb testing.TB) *Coder {
	tb.Helper()
	gz := os.Getenv("RASD_GAZETTEER")
	if gz == "" {
		gz = "../../data/gazetteer.bin"
	}
	g, err := places.Load(gz)
	if err != nil {
		tb.Skipf("no gazetteer (%v): run make gazetteer", err)
	}
	g.Prepare()
	c, err := coderWith(g)
	if err != nil {
		tb.Fatal(err)
	}
	return c
}

func report(text, published string) events.Report {
	p, err := time.Parse(time.DateOnly, published)
	if err != nil {
		panic(err)
	}
	return events.Report{ID: "t", Text: text, Published: p, Source: "test"}
}

// want is what a case expects of the report's events; empty fields are
// not checked. An empty slice means the report describes no new event.
type want struct {
	category   events.Category
	date       string
	precision  int
	location   string
	fatalities int
	actor1     string
	actor2     string
	target     string
}

func TestCoderCases(t *testing.T) {
	c := newTestCoder(t)
	cases := []struct {
		name, published, text string
		want                  []want
	}{
		// What is an event
		{"ar killing with day and place", "2024-03-10",
			"قتل مسلحون مجهولون ثلاثة مدنيين أمس السبت في مدينة سرت، بحسب مصادر محلية.",
			[]want{{category: events.Killing, date: "2024-03-09", precision: 1, location: "Sirte", fatalities: 3, actor1: "Unidentified Armed Group (Libya)", actor2: "Civilians (Libya)"}}},
		{"en abduction near a town", "2024-05-20",
			"Gunmen abducted two engineers on Sunday near Kirkuk, police said.",
			[]want{{category: events.Kidnapping, date: "2024-05-19", location: "Kirkuk", fatalities: 0}}},
		{"ar attempt on a named official", "2021-06-16",
			"نجا مدير أمن بنغازي السابق من محاولة اغتيال مساء أمس، عندما أطلق مسلحون النار على سيارته في بنغازي.",
			[]want{{category: events.AssassinationAttempt, date: "2021-06-15", location: "Benghazi", fatalities: 0}}},
		{"en prominent victim is an assassination", "2024-11-12",
			"A prominent cleric, Ahmad Zain al-Hajj, was shot dead outside his mosque in Sidon on Monday evening.",
			[]want{{category: events.Assassination, date: "2024-11-11", location: "Sidon", fatalities: 1, target: "Ahmad Zain al-Hajj"}}},
		{"en car bomb is remote violence", "2024-03-20",
			"A roadside bomb killed two shepherds near Kirkuk yesterday, officials said.",
			[]want{{category: events.Killing, date: "2024-03-19", fatalities: 2}}},
		{"ar soldiers killed are state victims", "2022-04-27",
			"قتل أربعة جنود أمس في هجوم شنه مسلحون على دورية قرب مدينة الموصل.",
			[]want{{category: events.Killing, fatalities: 4, actor2: "Military Forces of Iraq (2018-)"}}},
		{"en body found is precision 2", "2024-05-08",
			"The body of a young man was found on Tuesday in Benghazi, the security directorate said.",
			[]want{{category: events.Killing, date: "2024-05-07", precision: 2, location: "Benghazi"}}},

		{"ar foreign victims", "2024-03-10",
			"اختطف مسلحون مجهولون خمسة عمال مصريين أمس السبت في مدينة سرت الليبية.",
			[]want{{category: events.Kidnapping, location: "Sirte", actor2: "Civilians (Egypt)"}}},
		{"en foreign victims", "2024-03-10",
			"Gunmen kidnapped five Egyptian workers on Saturday in the Libyan city of Sirte.",
			[]want{{category: events.Kidnapping, location: "Sirte", actor2: "Civilians (Egypt)"}}},
		{"en police victims are named with regime years", "2024-09-02",
			"Two policemen were shot dead at a checkpoint in Benghazi on Sunday, officials said.",
			[]want{{category: events.Killing, fatalities: 2, actor2: "Police Forces of Libya (2014-)"}}},
		{"ar militants killed in a raid are a battle", "2018-10-09",
			"أسفرت مداهمة أمنية في مدينة الموصل، الثلاثاء، عن مقتل 10 من العناصر الإرهابية.",
			[]want{{category: events.Killing, fatalities: 10, actor1: "Military Forces of Iraq (2018-)", actor2: "Unidentified Armed Group (Iraq)"}}},
		{"en the subject of an active verb is not its victim", "2018-10-09",
			"Security forces killed five militants in a raid in Mosul on Tuesday.",
			[]want{{category: events.Killing, fatalities: 5, actor2: "Unidentified Armed Group (Iraq)"}}},
		{"ar the group before an active verb is its subject", "2019-03-12",
			"قتلت مجموعة إرهابية راعيا في منطقة جبلية قرب مدينة كركوك أمس.",
			[]want{{category: events.Killing, fatalities: 1, actor2: "Civilians (Iraq)"}}},
		{"ar killed and wounded", "2024-03-10",
			"قتل خمسة مدنيين وأصيب آخرون أمس في هجوم على قرية قرب مدينة كركوك.",
			[]want{{category: events.Killing, fatalities: 5, actor2: "Civilians (Iraq)"}}},
		{"en family members add up", "2024-03-12",
			"MOSUL, March 12 (Wire) - Gunmen stormed a house in western Mosul overnight and killed a woman and her two sons, police said on Tuesday.",
			[]want{{category: events.Killing, location: "Mosul", fatalities: 3}}},
		{"en a named group's fighters are the victims", "2024-03-12",
			"Nigerian troops killed 14 Boko Haram fighters in an ambush near Maiduguri on Saturday, the army said.",
			[]want{{category: events.Killing, fatalities: 14, actor1: "Military Forces of Nigeria (2015-)", actor2: "Boko Haram - Jamaatu Ahli is-Sunna lid-Dawati wal-Jihad"}}},
		{"en the finders of bodies are not the killers", "2024-03-12",
			"Police in Sirte found the bodies of four migrants in the desert on Sunday. They had been shot, a police spokesman said.",
			[]want{{category: events.Killing, precision: 2, fatalities: 4, actor1: "Unidentified Armed Group (Libya)"}}},
		{"ar a body found with the finder between", "2024-03-12",
			"الموصل – عثرت القوات الأمنية، صباح اليوم، على جثة شاب مجهول الهوية مصابا بطلقات نارية في منطقة الغابات شمالي المدينة.",
			[]want{{category: events.Killing, location: "Mosul", fatalities: 1}}},
		{"ar the wounded are not counted", "2024-03-12",
			"صنعاء – قتل ثلاثة أطفال وأصيبت امرأتان، أمس، جراء سقوط قذيفة على حي سكني في مدينة الموصل.",
			[]want{{category: events.Killing, fatalities: 3}}},
		{"ar members of a named group are not the state's men", "2024-03-12",
			"اختطفت عناصر من قوات الدعم السريع، الأحد الماضي، طبيبا من منزله في مدينة بنغازي واقتادته إلى جهة مجهولة.",
			[]want{{category: events.Kidnapping, actor1: "Rapid Support Forces", actor2: "Civilians (Libya)"}}},
		{"ar the means is not the target", "2024-03-12",
			"نجا رئيس بلدية في ريف بنغازي من محاولة اغتيال بعبوة ناسفة زرعت في سيارته، صباح أمس، فيما أصيب مرافقه بجروح.",
			[]want{{category: events.AssassinationAttempt, fatalities: 0}}},
		{"en a body is dated by its finding", "2024-06-05",
			"The bodies of two journalists who were kidnapped last month were found on Tuesday near Kirkuk, their union said.",
			[]want{{category: events.Killing, date: "2024-06-04", precision: 2, fatalities: 2}, {category: events.Kidnapping, precision: 3}}},
		{"en a commander of a named group is its man", "2024-06-05",
			"A drone strike killed a senior Islamic State commander in Mosul on Monday, the coalition said.",
			[]want{{category: events.Killing, actor1: "Unidentified Armed Group (Iraq)", actor2: "Islamic State (Iraq)"}}},
		{"ar an undated retelling outside the lead", "2018-05-24",
			"قال الوزير في بنغازي اليوم إن الحكومة ستواصل العمل.\nونجت ابنة الجاسوس السابق من محاولة اغتيال تتهم فيها بريطانيا روسيا.", nil},
		{"ar two dead in one verb's phrase", "2023-07-20",
			"بنغازي – لقي شخصان حتفهما وأصيب ثالث بجروح خطيرة، مساء الثلاثاء، إثر إطلاق نار من مسلحين مجهولين على سيارتهم وسط المدينة.",
			[]want{{category: events.Killing, date: "2023-07-18", location: "Benghazi", fatalities: 2}}},
		{"ar a judge killed is no trial", "2023-07-20",
			"اغتال مسلحون مجهولون، ليلة أمس، قاضيا في محكمة عسكرية بمدينة الموصل.",
			[]want{{category: events.Assassination, location: "Mosul", fatalities: 1}}},
		{"ar a directorate is not a director", "2023-07-20",
			"قتلت امرأة وطفلتها، فجر اليوم، بقصف مدفعي استهدف منزلهما في مديرية قريبة من مدينة الموصل.",
			[]want{{category: events.Killing, fatalities: 2}}},
		{"ar state men named after the verb, doers before it", "2023-07-20",
			"قال مصدر إن مسلحين مجهولين قتلوا، مساء الثلاثاء، عنصرين من الجيش العراقي قرب مدينة الموصل.",
			[]want{{category: events.Killing, fatalities: 2, actor1: "Unidentified Armed Group (Iraq)", actor2: "Military Forces of Iraq (2018-)"}}},
		{"ar an activist led away", "2023-07-20",
			"اختفى الناشط السياسي أحمد منذ ثلاثة أيام بعد أن اقتاده مسلحون من أمام منزله في مدينة طرابلس الليبية.",
			[]want{{category: events.Kidnapping, date: "2023-07-17"}}},
		{"en the dead of a clash between armed groups", "2024-09-14",
			"At least a dozen people were killed when rival armed groups clashed in Tripoli late on Friday, the health ministry said.",
			[]want{{category: events.Killing, fatalities: 12, actor1: "Unidentified Armed Group (Libya)", actor2: "Unidentified Armed Group (Libya)"}}},
		{"en after a passive verb stand the agents", "2024-03-14",
			"Residents near Mosul accused soldiers of killing three fishermen last week, saying the men were shot after troops accused them of helping insurgents.",
			[]want{{category: events.Killing, fatalities: 3, actor2: "Civilians (Iraq)"}}},
		{"en dozens over years is background", "2024-04-23",
			"Gunmen fired on a local leader outside his home in Mosul on Saturday, wounding him.\nMilitants have killed dozens of vaccinators in the region.",
			[]want{{category: events.AssassinationAttempt, fatalities: 0}}},
		{"en two days after", "2024-04-23",
			"Militants shot dead a policeman on the outskirts of Mosul on Monday, officials said, two days after a local politician was wounded in a gun attack in Kirkuk.",
			[]want{{category: events.Killing, date: "2024-04-22", location: "Mosul"}, {category: events.AssassinationAttempt, date: "2024-04-20", location: "Kirkuk"}}},
		{"en a call to kill is no event", "2024-03-10", "The group calls on its fighters to kill the mayor of Sirte on Friday.", nil},

		// What is not an event
		{"ar denial", "2024-03-10", "نفت وزارة الداخلية مقتل أي شخص في طرابلس أمس.", nil},
		{"en negation", "2024-03-10", "No one was killed in the clashes in Tripoli on Saturday, officials said.", nil},
		{"ar threat", "2024-03-10", "هدد التنظيم باغتيال القضاة في بنغازي خلال الأيام المقبلة.", nil},
		{"en call for accountability", "2024-03-10", "The mission called for those responsible for killings in Tripoli to be held to account.", nil},
		{"en trial of an old killing", "2024-06-12", "A court in Baghdad on Wednesday sentenced two men to death for the 2021 murder of a lecturer.", nil},
		{"ar anniversary", "2023-10-15", "أحيا آلاف الناس اليوم الأحد ذكرى اغتيال الرئيس الأسبق في بيروت.", nil},
		{"en release is not a kidnapping", "2024-03-10", "Two aid workers kidnapped last year were released in Maiduguri on Saturday.", nil},
		{"ar metaphor", "2024-03-10", "اتهم النائب الحكومة باختطاف القرار السياسي في طرابلس أمس.", nil},
		{"en annual statistics", "2024-01-01", "The group said more than 300 killings were recorded in Baghdad during 2023.", nil},
		{"ar counted incidents", "2024-01-01", "وسجل التقرير أكثر من ثلاثمئة عملية اغتيال في بغداد وحدها.", nil},
		{"en country only", "2024-03-10", "Gunmen killed a farmer on Saturday, the ministry said.", nil},
		{"ar foiled plot", "2024-03-10", "أحبطت الأجهزة الأمنية أمس مخططا لاغتيال مسؤولين في بنغازي.", nil},
		{"en condemnation of an earlier killing", "2024-03-10", "The council condemned the killing of the journalist in Mosul last year.", nil},
		{"ar policy talk", "2024-03-10", "بحث الوزير في بغداد أمس سبل مكافحة الإرهاب ومنع عمليات الخطف.", nil},
		{"en metaphor", "2024-03-10", "The opposition killed the deal in Tripoli on Saturday.", nil},
		{"en hypothetical", "2024-03-10", "Residents of Sirte fear they could be kidnapped if the militias return on Saturday.", nil},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			got, rej := c.Explain(report(tc.text, tc.published))
			if len(got) != len(tc.want) {
				t.Fatalf("got %d events, want %d\n%s\nrejected: %+v", len(got), len(tc.want), describe(got), rej)
			}
			for i, w := range tc.want {
				check(t, got[i], w)
			}
		})
	}
}

func check(t *testing.T, e events.Event, w want) {
	t.Helper()
	fail := func(field string, got, want any) {
		t.Errorf("%s = %v, want %v\n%s", field, got, want, describe([]events.Event{e}))
	}
	if e.Category != w.category {
		fail("category", e.Category, w.category)
	}
	if w.date != "" && e.EventDate != w.date {
		fail("event_date", e.EventDate, w.date)
	}
	if w.precision != 0 && e.TimePrecision != w.precision {
		fail("time_precision", e.TimePrecision, w.precision)
	}
	if w.location != "" && e.Location != w.location {
		fail("location", e.Location, w.location)
	}
	if e.Fatalities != w.fatalities && (w.fatalities != 0 || e.Category == events.Kidnapping || e.Category == events.AssassinationAttempt) {
		fail("fatalities", e.Fatalities, w.fatalities)
	}
	if w.actor1 != "" && e.Actor1 != w.actor1 {
		fail("actor1", e.Actor1, w.actor1)
	}
	if w.actor2 != "" && e.Actor2 != w.actor2 {
		fail("actor2", e.Actor2, w.actor2)
	}
	if w.target != "" && e.Target != w.target {
		fail("target", e.Target, w.target)
	}
	if strings.Contains(e.Target, "عبوة") || strings.Contains(e.Target, "bomb") {
		fail("target", e.Target, "a person")
	}
}

func describe(evs []events.Event) string {
	var sb strings.Builder
	for _, e := range evs {
		b, _ := json.Marshal(e)
		sb.Write(b)
		sb.WriteByte('\n')
	}
	return sb.String()
}

// TestEvidenceIsTheText checks that every evidence span, in code points,
// is exactly the words it claims in the report's text.
func TestEvidenceIsTheText(t *testing.T) {
	c := newTestCoder(t)
	text := "طرابلس – قُتل ثلاثة مدنيين، مساء أمس الأحد، برصاص مسلحين مجهولين في مدينة طرابلس.\nGunmen abducted two engineers on Sunday near Kirkuk."
	evs, _ := c.Explain(report(text, "2024-03-11"))
	if len(evs) == 0 {
		t.Fatal("no events")
	}
	runes := []rune(text)
	for _, e := range evs {
		if len(e.Evidence) == 0 {
			t.Errorf("event without evidence: %+v", e)
		}
		for _, ev := range e.Evidence {
			if ev.Start < 0 || ev.End > len(runes) || ev.Start >= ev.End {
				t.Fatalf("%s: bad span %d..%d", ev.Field, ev.Start, ev.End)
			}
			if got := string(runes[ev.Start:ev.End]); got != ev.Text {
				t.Errorf("%s: span says %q, text there is %q", ev.Field, ev.Text, got)
			}
		}
	}
}

// TestGolden codes each testdata/golden/*.txt report (first line: the
// publication date) and compares the events, as JSON lines, with the
// .golden.jsonl file beside it. Run with -update to rewrite them, then
// review the diff.
func TestGolden(t *testing.T) {
	c := newTestCoder(t)
	files, err := filepath.Glob("testdata/golden/*.txt")
	if err != nil || len(files) == 0 {
		t.Fatalf("no golden inputs: %v", err)
	}
	for _, f := range files {
		t.Run(filepath.Base(f), func(t *testing.T) {
			b, err := os.ReadFile(f)
			if err != nil {
				t.Fatal(err)
			}
			published, text, _ := strings.Cut(string(b), "\n")
			r := report(text, strings.TrimSpace(published))
			r.ID = strings.TrimSuffix(filepath.Base(f), ".txt")
			evs, err := c.Code(r)
			if err != nil {
				t.Fatal(err)
			}
			var buf bytes.Buffer
			enc := json.NewEncoder(&buf)
			enc.SetEscapeHTML(false)
			for _, e := range evs {
				if err := enc.Encode(e); err != nil {
					t.Fatal(err)
				}
			}
			golden.Check(t, f+".golden.jsonl", buf.Bytes(), *update)
		})
	}
}

// TestCodeIsDeterministic runs one report many times concurrently: the
// coder keeps no state between reports.
func TestCodeIsDeterministic(t *testing.T) {
	c := newTestCoder(t)
	r := report("قتل مسلحون مجهولون ثلاثة مدنيين أمس السبت في مدينة سرت، واختطفوا اثنين آخرين في بنغازي يوم الجمعة.", "2024-03-10")
	first := describe(must(c.Code(r)))
	var wg sync.WaitGroup
	for range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			if got := describe(must(c.Code(r))); got != first {
				t.Errorf("different output:\n%s\nvs\n%s", got, first)
			}
		}()
	}
	wg.Wait()
}

func must(evs []events.Event, err error) []events.Event {
	if err != nil {
		panic(err)
	}
	return evs
}

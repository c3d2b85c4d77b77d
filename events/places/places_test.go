package places

import (
	"bytes"
	"math"
	"os"
	"strings"
	"sync"
	"testing"
)

var (
	fixtureOnce sync.Once
	fixtureG    *Gazetteer
	fixtureErr  error
)

// fixture is a gazetteer built from testdata/ (a few GeoNames lines) and
// the curated supplement in seeds/places, saved and read back.
func fixture(t testing.TB) *Gazetteer {
	t.Helper()
	fixtureOnce.Do(func() {
		g, _, err := BuildGazetteer(BuildOptions{
			Cities:     []string{"testdata/cities.txt"},
			Admin1:     "testdata/admin1CodesASCII.txt",
			Supplement: os.DirFS("../../seeds/places"),
		})
		if err != nil {
			fixtureErr = err
			return
		}
		var buf bytes.Buffer
		if err := g.Save(&buf); err != nil {
			fixtureErr = err
			return
		}
		fixtureG, fixtureErr = Read(&buf)
	})
	if fixtureErr != nil {
		t.Fatal(fixtureErr)
	}
	return fixtureG
}

// eventPlace analyses text and returns the place of the event whose
// sentence contains trigger.
func eventPlace(t *testing.T, g *Gazetteer, text, trigger string) (Location, *Doc) {
	t.Helper()
	d := g.Analyze(text, Options{})
	i := strings.Index(text, trigger)
	if i < 0 {
		t.Fatalf("trigger %q not in text", trigger)
	}
	trig := RuneLen(text[:i])
	start, end := 0, RuneLen(text)
	for _, s := range Sentences(text) {
		if s[0] <= trig && trig < s[1] {
			start, end = s[0], s[1]
		}
	}
	l, ok := d.EventPlace(start, end, trig)
	if !ok {
		var b strings.Builder
		d.Explain(3).WriteText(&b)
		t.Fatalf("no event place in %q\n%s", text, b.String())
	}
	return l, d
}

func near(lat1, lon1, lat2, lon2 float64) bool { return Distance(lat1, lon1, lat2, lon2) < 1 }

func TestProclitics(t *testing.T) {
	g := fixture(t)
	cases := []struct{ text, trigger, want string }{
		{"اغتيل ضابط وبطرابلس أمس.", "اغتيل", "Tripoli"},
		{"قتل مسلحون شابا بمدينة سبها الليبية.", "قتل", "Sabha"},
		{"وصل الوفد للموصل ثم اختطف مسلحون مهندسا.", "اختطف", "Mosul"},
		{"قتل جندي عراقي في الموصل.", "قتل", "Mosul"},
		{"قتل ثلاثة في مصراتة الليبية.", "قتل", "Misrata"},
	}
	for _, c := range cases {
		l, _ := eventPlace(t, g, c.text, c.trigger)
		if l.Location != c.want || l.GeoPrecision != 1 {
			t.Errorf("%s: got %q precision %d, want %q precision 1", c.text, l.Location, l.GeoPrecision, c.want)
		}
	}
	// The evidence is the written word, proclitics included.
	l, _ := eventPlace(t, g, "اغتيل ضابط وبطرابلس أمس.", "اغتيل")
	if l.Text != "وبطرابلس" {
		t.Errorf("evidence %q, want وبطرابلس", l.Text)
	}
	// A name inside a longer word is no place.
	d := g.Analyze("قال الطرابلسيون إن مسلحين قتلوا رجلا.", Options{})
	for _, m := range d.Mentions {
		if m.Accepted && strings.Contains(m.Text, "طرابلس") {
			t.Errorf("found %q inside a longer word", m.Text)
		}
	}
}

func TestTripoliLibyaOrLebanon(t *testing.T) {
	g := fixture(t)
	l, _ := eventPlace(t, g, "قالت مصادر ليبية إن مسلحين اغتالوا ناشطا في طرابلس مساء الثلاثاء.", "اغتالوا")
	if l.Country != "Libya" || !near(l.Lat, l.Lon, 32.88743, 13.18733) || l.ISO != 434 || l.Region != "Northern Africa" {
		t.Errorf("Libyan report: got %+v", l)
	}
	l, _ = eventPlace(t, g, "قتل شاب برصاص مسلحين في مدينة طرابلس شمالي لبنان، عاصمة الشمال.", "قتل")
	if l.Country != "Lebanon" || !near(l.Lat, l.Lon, 34.43352, 35.84415) {
		t.Errorf("Lebanese report: got %+v", l)
	}
	l, _ = eventPlace(t, g, "BEIRUT (Reuters) - Gunmen killed a man in Tripoli on Monday, Lebanese security sources said.", "killed")
	if l.Country != "Lebanon" || l.Location != "Tripoli" {
		t.Errorf("English Lebanese report: got %+v", l)
	}
}

func TestDistrict(t *testing.T) {
	g := fixture(t)
	l, _ := eventPlace(t, g, "قتل مسلحون مجهولون رجلا في طرابلس - أبو سليم ليلة الأحد، وفق مصادر ليبية.", "قتل")
	if l.Location != "Tripoli - Abu Salim" || !near(l.Lat, l.Lon, 32.843, 13.19) || l.GeoPrecision != 1 || l.Admin1 != "Tripoli" {
		t.Errorf("district: got %+v", l)
	}
	l, _ = eventPlace(t, g, "Gunmen shot dead a lawyer in Tripoli's Abu Salim district on Sunday, Libyan officials said.", "shot")
	if l.Location != "Tripoli - Abu Salim" {
		t.Errorf("English district: got %+v", l)
	}
}

func TestPrecision(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		text, trigger, want string
		precision           int
	}{
		{"قتل جنديان في هجوم جنوب الموصل أمس، وفق الجيش العراقي.", "قتل", "Mosul", 2},
		{"اختطف مسلحون طبيبا بالقرب من مدينة سرت الليبية.", "اختطف", "Sirte", 2},
		{"Gunmen killed three farmers outside Kirkuk, Iraqi police said.", "killed", "Kirkuk", 2},
		{"قتل أربعة مدنيين في محافظة نينوى شمالي العراق.", "قتل", "Mosul", 3},
		{"Two soldiers were killed in Borno State, Nigerian officials said.", "killed", "Maiduguri", 3},
	}
	for _, c := range cases {
		l, _ := eventPlace(t, g, c.text, c.trigger)
		if !strings.HasPrefix(l.Location, c.want) || l.GeoPrecision != c.precision {
			t.Errorf("%s: got %q precision %d, want %q precision %d", c.text, l.Location, l.GeoPrecision, c.want, c.precision)
		}
	}
}

func TestCommonWordsAreNotPlaces(t *testing.T) {
	g := fixture(t)
	// GeoNames lists هيت for Hit, Iraq: a real town, but "Police" (Poland)
	// opening a sentence is a word.
	d := g.Analyze("Police said the attack killed two people. The men fled towards the border.", Options{})
	for _, m := range d.Mentions {
		if m.Accepted && m.Key == "police" {
			t.Errorf("Police became a place: %s", m.Why)
		}
	}
	d = g.Analyze("Militants attacked an army post in Hit, a town in western Iraq.", Options{})
	found := false
	for _, p := range d.Places() {
		found = found || p.Location == "Hit"
	}
	if !found {
		t.Error("Hit after 'in' was not found")
	}
	// Stoplisted Arabic words never match, even with proclitics.
	d = g.Analyze("قالت وكالة الأنباء إن الأمن ألقى القبض على المتهم بالقتل.", Options{})
	for _, m := range d.Mentions {
		if m.Accepted {
			t.Errorf("%q accepted as a place: %s", m.Text, m.Why)
		}
	}
}

func TestEnglishPossessiveAndCase(t *testing.T) {
	g := fixture(t)
	l, _ := eventPlace(t, g, "A militia commander was assassinated in Benghazi's city centre, Libyan sources said.", "assassinated")
	if l.Location != "Benghazi" || l.Text != "Benghazi" {
		t.Errorf("possessive: got %+v", l)
	}
	d := g.Analyze("the sirte basin holds oil.", Options{})
	for _, m := range d.Mentions {
		if !m.Arabic {
			t.Errorf("lower-case %q found as an English name", m.Text)
		}
	}
}

func TestDateline(t *testing.T) {
	g := fixture(t)
	text := "BENGHAZI, Feb 15 (Reuters) - Unknown gunmen killed a former police officer on Thursday, a security source said."
	l, d := eventPlace(t, g, text, "killed")
	if l.Location != "Benghazi" || d.Dateline != 0 || !strings.Contains(l.Why, "dateline") {
		t.Errorf("English dateline: got %+v (dateline %d)", l, d.Dateline)
	}
	l, _ = eventPlace(t, g, "طرابلس - قتل مسلحون مجهولون موظفا حكوميا أمس.", "قتل")
	if l.Location != "Tripoli" || l.Country != "Libya" {
		t.Errorf("Arabic dateline: got %+v", l)
	}
}

func TestCountryMentions(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("زار حفتر تشاد الأسبوع الماضي، وحضر مؤتمر باليرمو.", Options{})
	var chad bool
	for _, m := range d.Mentions {
		if b := m.Best(); b != nil && g.Places[b.Place].Kind == Country && g.Places[b.Place].Country == "TD" {
			chad = true
		}
	}
	if !chad {
		t.Error("تشاد not read as the country Chad")
	}
	// A country name is never an event place.
	if l, ok := d.EventPlace(0, RuneLen("زار حفتر تشاد"), 0); ok && l.Country == "Chad" {
		t.Errorf("country Chad became an event place: %+v", l)
	}
}

func TestKeyAndTransliteration(t *testing.T) {
	if Key("Culiacán") != "culiacan" || Key("Deir ez-Zor") != "deir ez zor" || Key("Tripoli 2") != "" {
		t.Errorf("Key: %q %q %q", Key("Culiacán"), Key("Deir ez-Zor"), Key("Tripoli 2"))
	}
	if got := arabicGuesses("Djibo"); len(got) == 0 || got[0] != "جيبو" {
		t.Errorf("arabicGuesses(Djibo) = %v", got)
	}
	if got := arabicGuesses("Konduga"); len(got) == 0 || got[0] != "كوندوغا" {
		t.Errorf("arabicGuesses(Konduga) = %v", got)
	}
	for _, p := range []struct {
		p       string
		art, ok bool
	}{{"", false, true}, {"و", false, true}, {"وب", false, true}, {"ال", true, true}, {"بال", true, true}, {"لل", true, true}, {"فلل", true, true}, {"مت", false, false}} {
		art, ok := procliticChain([]byte(Key(p.p)))
		if art != p.art || ok != p.ok {
			t.Errorf("procliticChain(%q) = %v %v", p.p, art, ok)
		}
	}
}

func TestSupplementErrorsCarryLines(t *testing.T) {
	dir := t.TempDir()
	if err := os.WriteFile(dir+"/countries.tsv", []byte("# x\nLY\tLBY\tfour\tLibya\tNorthern Africa\tfull\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := LoadSupplement(os.DirFS(dir))
	if err == nil || !strings.Contains(err.Error(), "countries.tsv:2") {
		t.Fatalf("want an error naming countries.tsv:2, got %v", err)
	}
}

func TestDistance(t *testing.T) {
	d := Distance(32.88743, 13.18733, 34.43352, 35.84415) // Tripoli LY – Tripoli LB
	if math.Abs(d-2111) > 30 {
		t.Errorf("distance %f", d)
	}
}

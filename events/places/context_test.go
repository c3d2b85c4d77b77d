package places

import "testing"

// The words around a name choose among same-named places: the region named
// beside it, the countries its sentence names, an adjective before the
// name it describes.
func TestContextChoosesTheHomonym(t *testing.T) {
	g := fixture(t)
	cases := []struct{ text, name, country, why string }{
		{"Two police officers were shot dead in Hyderabad, Sindh, on Friday.", "Hyderabad", "Pakistan",
			"the region named right after the town"},
		{"Unknown men shot a trader in Hyderabad, Telangana, on Friday.", "Hyderabad", "India",
			"the region named right after the town"},
		{"قتل شاب برصاص مجهولين في مدينة طرابلس شمالي البلاد، بحسب مصدر أمني في بيروت.", "طرابلس", "Lebanon",
			"a town of one country named in the sentence"},
		{"A doctor in Beirut said a man was killed in Tripoli overnight.", "Tripoli", "Lebanon",
			"a town of one country named in the sentence"},
		{"قتل مسلحون رجلا في طرابلس الليبية أمس، وقال مصدر في بيروت إن التحقيق جار.", "طرابلس", "Libya",
			"the adjective beside the name outweighs the other town of the sentence"},
	}
	for _, c := range cases {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.Location.Country != c.country {
			t.Errorf("%s: %q is in %s, want %s (%s)", c.text, c.name, l.Location.Country, c.country, c.why)
		}
	}
}

func TestAdjectiveBeforeAName(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("اغتيل مرشح محلي في العاصمة البرازيلية ساو باولو أمس.", Options{})
	for _, n := range d.Named() {
		if n.Location.Location == "Brasilia" {
			t.Errorf("the adjective before a town's name was read as the capital: %+v", n)
		}
	}
	// with no name after it, "the Brazilian capital" is the capital
	wantPlace(t, g, "اغتيل مرشح محلي في العاصمة البرازيلية أمس.", "البرازيلية", "Brasilia", "the Brazilian capital alone")
}

// A capital next to a verb of saying or acting stands for its government.
func TestCapitalAsGovernment(t *testing.T) {
	g := fixture(t)
	for _, text := range []string{
		"وقالت بيروت إن الهجوم لن يمر، بعد مقتل جندي في صيدا.",
		"Officials blamed Cairo for the attack, after a soldier was killed in Sidon.",
		"Beirut denied any role after a soldier was killed in Sidon.",
		"اتهمت بيروت مجموعة مسلحة بالهجوم الذي نفذتها القاهرة حسب زعمها.",
	} {
		d := g.Analyze(text, Options{})
		for _, n := range d.Named() {
			if n.Location.Location == "Beirut" || n.Location.Location == "Cairo" {
				t.Errorf("%s: the capital standing for its government was kept as a place (%q)", text, n.Text)
			}
		}
	}
	// a place cue keeps it a place even with the verb after it
	wantPlace(t, g, "Officials in Beirut said a soldier was killed.", "Beirut", "Beirut", "officials in Beirut said")
}

// Hospitals, home towns, the ends of a road and earlier events named after
// their place are places beside the event.
func TestPlacesAside(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		text, name string
		aside      bool
	}{
		{"The wounded were taken to a hospital in Misrata.", "Misrata", true},
		{"نقل الجرحى إلى مستشفى مصراتة المركزي.", "مصراتة", true},
		{"The survivor of the Sirte massacre spoke in Misrata.", "Sirte", true},
		{"The survivor of the Sirte massacre spoke in Misrata.", "Misrata", false},
		{"وقال شقيقه، وهو أصيل مدينة صيدا، إنه خطف في طرابلس.", "صيدا", true},
		{"وقال شقيقه، وهو أصيل مدينة صيدا، إنه خطف في طرابلس.", "طرابلس", false},
	}
	for _, c := range cases {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.Aside != c.aside {
			t.Errorf("%s: %q aside = %v, want %v", c.text, c.name, l.Aside, c.aside)
		}
	}
}

// Both ends of a road named by them are near the event (geo_precision 2);
// a road word further back in the cue chain names no road.
func TestRoadEnds(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		text, name string
		road       bool
	}{
		{"أحرق مسلحون شاحنة وقتلوا سائقها على طريق مصراتة سرت.", "مصراتة", true},
		{"أحرق مسلحون شاحنة وقتلوا سائقها على طريق مصراتة سرت.", "سرت", true},
		{"Two drivers were abducted on the Mosul-Kirkuk road.", "Mosul", true},
		{"Two drivers were abducted on the Mosul-Kirkuk road.", "Kirkuk", true},
		{"Gunmen shot two men on the coast road in Benghazi.", "Benghazi", false},
	}
	for _, c := range cases {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.Road != c.road || (c.road && l.Location.GeoPrecision != 2) {
			t.Errorf("%s: %q road = %v (geo %d), want %v", c.text, c.name, l.Road, l.Location.GeoPrecision, c.road)
		}
	}
}

// "Town, Region": a town none of whose places lies in the region named
// right after it is not that town; the region stands alone.
func TestTownOutsideTheRegionAfterIt(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("Gunmen killed a guard in Sidon, Telangana, on Friday, Indian police said.", Options{})
	for _, n := range d.Named() {
		if n.Location.Location == "Sidon" {
			t.Errorf("a town outside the region named after it was kept: %+v", n.Location)
		}
	}
}

func TestHyphenInsideAWordIsNoDateline(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("Kirkuk police say a would-be bomber was shot before he reached the market.", Options{})
	if d.Dateline >= 0 {
		t.Errorf("a hyphen inside a word made a dateline")
	}
	d = g.Analyze("KIRKUK - Police shot a would-be bomber.", Options{})
	if d.Dateline != 0 {
		t.Errorf("a spaced dash after the first name is a dateline")
	}
}

// A town of a country that split from another carries the former country
// and the day the split took effect, for events dated before it.
func TestFormerCountry(t *testing.T) {
	g := fixture(t)
	l, _ := placeOf(t, g, "Raiders killed six herders near Bor on Monday.", "Bor")
	if l.Location.Country != "South Sudan" || l.Location.Former == nil || l.Location.Former.Country != "Sudan" || l.Location.Former.Since != "2011-07-09" {
		t.Errorf("Bor: got %s, former %+v", l.Location.Country, l.Location.Former)
	}
	l, _ = placeOf(t, g, "Raiders killed six herders near Sirte on Monday.", "Sirte")
	if l.Location.Former != nil {
		t.Errorf("Sirte has no former country: %+v", l.Location.Former)
	}
}

// A country's name that is also a given name, beside another capitalised
// word, is a person's name; alone it is the country.
func TestGivenNameIsNoCountry(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("Chad Morrison, a witness, said gunmen killed two men in Sirte.", Options{})
	for _, n := range d.Named() {
		if n.CountryOnly && n.Location.Country == "Chad" {
			t.Errorf("a given name was read as the country: %+v", n)
		}
	}
	if d.Focus["TD"] > 0 {
		t.Errorf("a given name swayed the focus: %v", d.Focus)
	}
	l, _ := placeOf(t, g, "Troops from Chad killed ten militants near Sirte.", "Chad")
	if !l.CountryOnly || l.Location.Country != "Chad" {
		t.Errorf("Chad alone: got %+v", l)
	}
}

// A name right after a verb of saying, with no place word, is the speaker
// (VSO order): a region named like a person is no place there.
func TestSpeakerAfterAVerbOfSaying(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("وأفاد كركوك الحمداني، وهو مسؤول محلي، بأن الهجوم وقع في الموصل.", Options{})
	for _, n := range d.Named() {
		if n.Location.Admin1 == "Kirkuk" {
			t.Errorf("a speaker's name after a verb of saying was read as a place: %+v", n.Location)
		}
	}
	wantPlace(t, g, "وأفاد مسؤول في كركوك بأن الهجوم وقع ليلا.", "كركوك", "Kirkuk", "a cued place after a verb of saying")
}

// A place a hundred kilometres or more from the event is only a landmark
// (aside); a nearer one is near (geo_precision 2).
func TestDistanceFromALandmark(t *testing.T) {
	g := fixture(t)
	cases := []struct {
		text, name string
		aside      bool
	}{
		{"سقط خمسة قتلى في قرية نائية تبعد 180 كلم جنوب الموصل.", "الموصل", true},
		{"سقط خمسة قتلى في قرية نائية تبعد 20 كلم جنوب الموصل.", "الموصل", false},
		{"Five men were killed in a village 300 km south of Sirte.", "Sirte", true},
		{"Five men were killed in a village 30 km south of Sirte.", "Sirte", false},
	}
	for _, c := range cases {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.Aside != c.aside || l.Location.GeoPrecision != 2 {
			t.Errorf("%s: %q aside = %v (geo %d), want %v and geo 2", c.text, c.name, l.Aside, l.Location.GeoPrecision, c.aside)
		}
	}
}

// An English name before a facility word is the facility's town, not part
// of a longer capitalised name.
func TestTownOfAFacility(t *testing.T) {
	g := fixture(t)
	for _, c := range []struct{ text, name string }{
		{"Two bombs struck the Sidon Cathedral during a service.", "Sidon"},
		{"Gunmen stormed the Kirkuk Airport at dawn.", "Kirkuk"},
	} {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.CountryOnly || l.Location.Location == "" {
			t.Errorf("%s: got %+v", c.text, l)
		}
	}
}

// A name that is a city's alternate and its province's own name is the
// city: only another town bearing the name as its own outranks an
// alternate.
func TestCityAlternateNamedLikeItsProvince(t *testing.T) {
	g := fixture(t)
	l, _ := placeOf(t, g, "Militants were killed in Basra on Monday.", "Basra")
	if l.Region || l.Location.GeoPrecision != 1 || l.Location.Location != "Basrah" {
		t.Errorf("Basra: got %+v (region %v)", l.Location, l.Region)
	}
}

// A Latin name followed by a joiner and a capitalised word ("X de Cima")
// is the start of a longer name: when the gazetteer lacks it and the
// names after it place it elsewhere, the shorter namesake is no place and
// the town named next codes the event, precision 2; the word after the
// joiner is no place of its own.
func TestNameGoesOnAfterAJoiner(t *testing.T) {
	g := fixture(t)
	d := g.Analyze("Gunmen shot dead two farmers near Boa Vista de Cima, Campinas, Sao Paulo, on Friday.", Options{})
	var got []string
	for _, n := range d.Named() {
		got = append(got, n.Location.Location)
		if n.Location.Location == "Boa Vista" {
			t.Errorf("the start of a longer name in another state was kept: %+v", n.Location)
		}
		if n.Location.Location == "Campinas" && n.Location.GeoPrecision != 2 {
			t.Errorf("the town after a longer name the gazetteer lacks: precision %d, want 2", n.Location.GeoPrecision)
		}
	}
	if len(got) == 0 || got[0] != "Campinas" {
		t.Errorf("places %v, want Campinas first", got)
	}
	noPlace(t, g, "Two traders were kidnapped in Vila Nova de Campinas on Monday.", "Campinas", "the word after a joiner was read as a place")
	// a town of the report's country after a joiner is the town the
	// longer name is of (a quarter of Campinas)
	wantPlace(t, g, "Gunmen killed a guard in the Cambui de Campinas quarter, Brazil, on Friday.", "Campinas", "Campinas", "a known town after a joiner")
	// "do" is no joiner: English writes it between capitalised words
	wantPlace(t, g, "How do Maiduguri residents cope after gunmen killed five traders?", "Maiduguri", "Maiduguri", "a town after the auxiliary do")
	// a longer name with nothing after it to place it elsewhere keeps its
	// known start ("Boa Vista do Rio Branco" is Boa Vista's full name)
	wantPlace(t, g, "Gunmen killed a guard in Boa Vista do Rio Branco on Friday.", "Boa Vista", "Boa Vista", "a known start with no chain after it")
}

// A capital word with a country and no town name after them is that
// country's capital: "the Iraqi capital", "the capital of Iraq", "العاصمة
// العراقية"; with a name after them the name is the town.
func TestCapitalOfACountry(t *testing.T) {
	g := fixture(t)
	for _, c := range []struct{ text, name string }{
		{"Gunmen shot two guards dead in the Iraqi capital on Monday.", "Iraqi"},
		{"Gunmen shot two guards dead in the capital of Iraq on Monday.", "Iraq"},
		{"قتل جنديان في العاصمة العراقية أمس.", "العراقية"},
	} {
		l, _ := placeOf(t, g, c.text, c.name)
		if l.Location.Location != "Baghdad" || l.Location.GeoPrecision != 1 {
			t.Errorf("%s: got %+v, want Baghdad, precision 1", c.text, l.Location)
		}
	}
	for _, text := range []string{
		"Gunmen killed a trader in the Lebanese capital, Sidon, on Monday.",
		"Gunmen killed a trader near the capital of Iraq's Nineveh province on Monday.",
		"Gunmen killed a trader in Sidon, the southern Lebanese capital, on Monday.",
		"قتل مسلحون تاجرا في صيدا، العاصمة اللبنانية الجنوبية، أمس.",
	} {
		for _, n := range g.Analyze(text, Options{}).Named() {
			if n.Location.Location == "Beirut" || n.Location.Location == "Baghdad" {
				t.Errorf("%s: read as the country's capital (%q)", text, n.Text)
			}
		}
	}
}

// A Latin name joined by a hyphen to a capitalised word that is no place
// is part of a compound name when it would be a place outside the report's
// countries; before a road word the two are the road's ends, and two
// places so joined are both places.
func TestHyphenatedCompound(t *testing.T) {
	g := fixture(t)
	noPlace(t, g, "Gunmen killed two traders in Djibo-Wendou in southern Lebanon on Monday.", "Djibo", "the first part of a hyphenated name was read as a place")
	wantPlace(t, g, "Gunmen stopped a bus on the Djibo-Wendou road in Lebanon on Monday.", "Djibo", "Djibo", "a road's end before a hyphen")
	wantPlace(t, g, "DJIBO-Gunmen killed two traders at a market on Monday.", "DJIBO", "Djibo", "a place of the report's country before a hyphen")
	wantPlace(t, g, "Gunmen stopped a bus between Djibo-Dori on Monday.", "Dori", "Dori", "two places joined by a hyphen")
}

// wantPlace fails when name in text is not coded to the town want.
func wantPlace(t *testing.T, g *Gazetteer, text, name, want, what string) {
	t.Helper()
	if l, _ := placeOf(t, g, text, name); l.Location.Location != want {
		t.Errorf("%s: %s: got %+v", text, what, l.Location)
	}
}

// noPlace fails when text codes any place to the town not.
func noPlace(t *testing.T, g *Gazetteer, text, not, what string) {
	t.Helper()
	for _, n := range g.Analyze(text, Options{}).Named() {
		if n.Location.Location == not {
			t.Errorf("%s: %s: %+v", text, what, n.Location)
		}
	}
}

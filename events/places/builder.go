package places

import (
	"io"
	"math"
	"path/filepath"
	"sort"
	"strconv"
	"strings"

	"rasd/events/arabic"
)

// builder collects places and names while the inputs stream by.
type builder struct {
	sup         *Supplement
	o           BuildOptions
	f           file
	byID        map[int64]int32
	admin1Names map[string]string
	admin2Names map[string]string
	neAr        map[string]string
	isoCodes    map[string]ISOCountry
	isoAr       map[string][]string
	isoEn       map[string][]string
	full        map[string]bool
	arabic      map[string]bool
	guess       map[string]bool // countries whose town names are transliterated into Arabic
	keep        map[int64]bool  // ids the supplement refers to
	seen        map[string]bool
	stats       Stats
}

func newBuilder(sup *Supplement, o BuildOptions) *builder {
	b := &builder{sup: sup, o: o, f: file{Cues: sup.Cues, Stop: sup.Stop}, byID: map[int64]int32{}, full: map[string]bool{}, arabic: map[string]bool{}, guess: map[string]bool{}, keep: map[int64]bool{}, seen: map[string]bool{}}
	if b.o.MinPopulation == 0 {
		b.o.MinPopulation = 30000
	}
	for _, c := range sup.Countries {
		b.full[c.ISO2] = c.Full
		b.arabic[c.ISO2] = c.Arabic
		// Arabic news names the small towns of Africa's conflicts (Djibo,
		// Konduga) in its own spelling; elsewhere guesses cost more than
		// they find (the regions are translit.tsv's).
		b.guess[c.ISO2] = c.Full && sup.Translit.Regions[c.Region]
	}
	for _, d := range sup.Districts {
		b.keep[d.Parent] = true
	}
	for id := range sup.Names {
		b.keep[id] = true
	}
	for id := range sup.NamesAr {
		b.keep[id] = true
	}
	return b
}

// readInputs reads the admin names and country lists.
func (b *builder) readInputs(o BuildOptions) error {
	var err error
	readAdmin := func(path string) (map[string]string, error) {
		if path == "" {
			return map[string]string{}, nil
		}
		var m map[string]string
		err := withFile(path, func(r io.Reader) (err error) {
			if filepath.Ext(path) == ".json" {
				m, err = ReadAdminJSON(r, path)
			} else {
				m, err = ReadAdminCodes(r, path)
			}
			return err
		})
		return m, err
	}
	if b.admin1Names, err = readAdmin(o.Admin1); err != nil {
		return err
	}
	if b.admin2Names, err = readAdmin(o.Admin2); err != nil {
		return err
	}
	b.neAr, b.isoCodes, b.isoAr, b.isoEn = map[string]string{}, map[string]ISOCountry{}, map[string][]string{}, map[string][]string{}
	steps := []struct {
		path string
		read func(io.Reader) error
	}{
		{o.NaturalEarthAdmin1, func(r io.Reader) (err error) { b.neAr, err = ReadNaturalEarthAdmin1(r, o.NaturalEarthAdmin1); return }},
		{o.ISOCodes, func(r io.Reader) (err error) { b.isoCodes, err = ReadISOCodes(r, o.ISOCodes); return }},
		{o.ISONamesAr, func(r io.Reader) (err error) { b.isoAr, err = ReadISONames(r, o.ISONamesAr); return }},
		{o.ISONamesEn, func(r io.Reader) (err error) { b.isoEn, err = ReadISONames(r, o.ISONamesEn); return }},
	}
	for _, s := range steps {
		if s.path == "" {
			continue
		}
		if err := withFile(s.path, s.read); err != nil {
			return err
		}
	}
	for code, name := range b.neAr {
		b.neAr[code] = b.sup.Units.cutBefore(name)
	}
	return nil
}

// addRecord keeps a populated place when it is searchable under the
// coverage rules, with its English, Arabic and useful Latin alternate names.
func (b *builder) addRecord(r Record) error {
	if r.Class != "P" {
		return nil
	}
	switch r.Code {
	case "PPLH", "PPLQ", "PPLW", "PPLCH":
		return nil
	}
	if _, dup := b.byID[r.ID]; dup {
		return nil
	}
	major := r.Code == "PPLC" || r.Code == "PPLA"
	full := b.full[r.Country]
	if !(major || b.keep[r.ID] || (full && r.Population >= b.o.MinPopulationFull) || r.Population >= b.o.MinPopulation) {
		return nil
	}
	name := r.ASCIIName
	if name == "" {
		name = r.Name
	}
	if n, ok := b.sup.Names[r.ID]; ok {
		name = n
	}
	p := Place{ID: r.ID, Name: name, Kind: City, Feature: r.Code, Country: r.Country, Admin1: r.Admin1, Admin2: r.Admin2,
		Lat: r.Lat, Lon: r.Lon, Population: r.Population, Parent: -1}
	if r.Code == "PPLX" {
		p.Kind = District
	}
	i := b.addPlace(p)
	b.addName(i, name, 0)
	b.addName(i, r.Name, 0)
	b.addName(i, r.ASCIIName, 0)
	// Latin alternates (Miranshah beside Miran Shah, Meydan Shahr beside
	// Maidan Shahr) for capitals, and in full-coverage countries for every
	// town of 1,000 or more and every admin seat: the press writes their
	// names many ways.
	latinAlts := r.Code == "PPLC" || (full && (major || r.Code == "PPLA2" || r.Population >= 1000))
	hasArabic := false
	for _, a := range r.Alternates {
		if a == "" {
			continue
		}
		k, isAr, _ := nameKey(a)
		switch {
		case k == "":
		case isAr:
			hasArabic = true
			b.addName(i, a, FlagAlternate)
		case latinAlts && isProperLatin(a):
			b.addName(i, a, FlagAlternate)
		}
	}
	for _, a := range b.sup.NamesAr[r.ID] {
		hasArabic = true
		b.addName(i, a, FlagAlternate)
	}
	if b.guess[r.Country] && (!hasArabic || !b.arabic[r.Country]) && (r.Population >= 10000 || major || r.Code == "PPLA2") {
		for _, guess := range b.sup.Translit.guesses(r.ASCIIName) {
			b.addName(i, guess, FlagAlternate|FlagGuessed)
		}
	}
	return nil
}

func (b *builder) addPlace(p Place) int32 {
	i := int32(len(b.f.Places))
	b.f.Places = append(b.f.Places, p)
	if p.ID != 0 {
		b.byID[p.ID] = i
	}
	return i
}

// addName adds a searchable name unless a stoplist drops it.
func (b *builder) addName(place int32, name string, flags uint8) {
	k, isAr, art := nameKey(name)
	if k == "" {
		return
	}
	if isAr {
		flags |= FlagArabic
		if art {
			flags |= FlagArticle
		}
		if letters(k) < 2 {
			return
		}
	} else if letters(k) < 3 && flags&FlagAdjective == 0 && b.f.Places[place].Kind != Country {
		return
	}
	full := k
	if art {
		full = articleKey + k
	}
	country := b.f.Places[place].Kind == Country // "Libyan" is never a stopword
	if !country && (b.sup.Stop[k] || b.sup.Stop[full]) {
		b.stats.Stopped++
		return
	}
	if !country && (b.sup.Common[k] || b.sup.Common[full]) {
		flags |= FlagCommon
	}
	if country && !isAr && flags&FlagAdjective == 0 && b.sup.Given[k] {
		flags |= FlagGiven
	}
	id := k + "\x00" + strconv.Itoa(int(place))
	if b.seen[id] {
		return
	}
	b.seen[id] = true
	b.f.Names = append(b.f.Names, NameEntry{Key: k, Place: place, Flags: flags})
}

// articleKey is the article as a key.
var articleKey = Key(arabic.Buckwalter("Al"))

func keyOf(name string) string {
	k, _, _ := nameKey(name)
	return k
}

func letters(k string) int {
	n := 0
	for i := 0; i < len(k); i++ {
		if isLetterKey(k[i]) {
			n++
		}
	}
	return n
}

// finish adds districts, admin1 units and countries, which need the cities.
func (b *builder) finish() error {
	b.addBlockers()
	b.addDistricts()
	b.attachGeoNamesDistricts()
	b.addAdmins()
	b.addVariants()
	b.addCountries()
	return nil
}

// addBlockers adds the stoplists' phrases as names of no place: matched
// like names, they shadow the names inside them ("masqat ra'sihi", his
// birthplace, is not Muscat).
func (b *builder) addBlockers() {
	var keys []string
	for k := range b.sup.Stop {
		if strings.Contains(k, " ") {
			keys = append(keys, k)
		}
	}
	sort.Strings(keys)
	for _, k := range keys {
		flags := uint8(0)
		if isArabicKey(k[0]) {
			flags = FlagArabic
		}
		b.f.Names = append(b.f.Names, NameEntry{Key: k, Place: Blocker, Flags: flags})
	}
}

func (b *builder) addDistricts() {
	for _, d := range b.sup.Districts {
		pi, ok := b.byID[d.Parent]
		if !ok {
			continue // the parent city is not in these inputs (a small fixture)
		}
		parent := b.f.Places[pi]
		p := Place{ID: 0, Name: d.Name, Kind: District, Feature: "PPLX", Country: parent.Country, Admin1: parent.Admin1,
			Admin2: parent.Admin2, Lat: d.Lat, Lon: d.Lon, Parent: pi}
		i := b.addPlace(p)
		b.f.Places[i].ID = -int64(i) - 1
		b.addName(i, d.Name, 0)
		for _, n := range d.NamesEn {
			b.addName(i, n, FlagAlternate)
		}
		for _, n := range d.NamesAr {
			b.addName(i, n, FlagAlternate)
		}
		b.stats.Districts++
	}
}

// attachGeoNamesDistricts gives each GeoNames PPLX the nearest big city
// (100,000+) of its country within 25 km as its parent, or makes it a town.
func (b *builder) attachGeoNamesDistricts() {
	type cell struct{ lat, lon int }
	grid := map[cell][]int32{}
	for i, p := range b.f.Places {
		if p.Kind == City && p.Population >= 100000 {
			c := cell{int(math.Floor(p.Lat * 4)), int(math.Floor(p.Lon * 4))}
			grid[c] = append(grid[c], int32(i))
		}
	}
	for i := range b.f.Places {
		p := &b.f.Places[i]
		if p.Kind != District || p.Parent >= 0 {
			continue
		}
		best, bestD := int32(-1), 25.0
		c := cell{int(math.Floor(p.Lat * 4)), int(math.Floor(p.Lon * 4))}
		for dl := -1; dl <= 1; dl++ {
			for dn := -1; dn <= 1; dn++ {
				for _, j := range grid[cell{c.lat + dl, c.lon + dn}] {
					q := b.f.Places[j]
					if d := Distance(p.Lat, p.Lon, q.Lat, q.Lon); q.Country == p.Country && d < bestD {
						best, bestD = j, d
					}
				}
			}
		}
		if best < 0 {
			p.Kind = City
			continue
		}
		p.Parent = best
		b.stats.Districts++
	}
}

// capitals returns, by key, the index of the most populous place whose
// feature code is best in rank order.
func (b *builder) capitals(key func(*Place) string, codes ...string) map[string]int32 {
	rank := func(code string) int {
		for i, c := range codes {
			if c == code {
				return i
			}
		}
		return len(codes)
	}
	out := map[string]int32{}
	for i := range b.f.Places {
		p := &b.f.Places[i]
		if p.Kind != City {
			continue
		}
		k := key(p)
		j, ok := out[k]
		if !ok {
			out[k] = int32(i)
			continue
		}
		q := &b.f.Places[j]
		if r1, r2 := rank(p.Feature), rank(q.Feature); r1 < r2 || (r1 == r2 && p.Population > q.Population) {
			out[k] = int32(i)
		}
	}
	return out
}

// Distance is the great-circle distance in km.
func Distance(lat1, lon1, lat2, lon2 float64) float64 {
	const r = 6371.0
	p1, p2 := lat1*math.Pi/180, lat2*math.Pi/180
	dp, dl := p2-p1, (lon2-lon1)*math.Pi/180
	a := math.Sin(dp/2)*math.Sin(dp/2) + math.Cos(p1)*math.Cos(p2)*math.Sin(dl/2)*math.Sin(dl/2)
	return 2 * r * math.Asin(math.Min(1, math.Sqrt(a)))
}

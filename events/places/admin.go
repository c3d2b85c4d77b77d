package places

import (
	"sort"
	"strings"

	"golang.org/x/text/unicode/norm"
)

// addAdmins adds admin1 units as places coded to their capital, and keeps
// the admin1/admin2 names the places refer to.
func (b *builder) addAdmins() {
	caps := b.capitals(func(p *Place) string { return p.Country + "." + p.Admin1 }, "PPLC", "PPLA", "PPLA2")
	sup := map[string]Admin1Row{}
	for _, r := range b.sup.Admin1 {
		sup[r.Code] = r
	}
	acled1, sole2, acled2 := b.acledSpellings()
	codes := make([]string, 0, len(b.admin1Names))
	for c := range b.admin1Names {
		codes = append(codes, c)
	}
	for c := range sup {
		if _, ok := b.admin1Names[c]; !ok {
			codes = append(codes, c)
		}
	}
	sort.Strings(codes)
	for _, code := range codes {
		capital, ok := caps[code]
		if !ok {
			continue // no town of this unit in the inputs
		}
		name := b.adminName(b.admin1Names[code])
		row, hasRow := sup[code]
		if hasRow {
			name = row.Name
		}
		namesAr := row.NamesAr
		if !hasRow && b.neAr[code] != "" {
			namesAr = []string{b.neAr[code]}
		}
		c := b.f.Places[capital]
		cc, a1, _ := strings.Cut(code, ".")
		ar := ""
		if len(namesAr) > 0 {
			ar = namesAr[0]
		}
		spell, written := acled1[code], acled1[code]
		switch {
		case written != "":
		case hasRow:
			written = row.Name
		default:
			written = b.admin1Names[code]
		}
		b.f.Admin1 = append(b.f.Admin1, Admin{Code: code, Name: name, NameAr: ar, Capital: capital,
			Written: written, GeoNames: b.admin1Names[code], Admin2: sole2[code]})
		i := b.addPlace(Place{Name: name, Kind: Admin1, Feature: "ADM1", Country: cc, Admin1: a1, Lat: c.Lat, Lon: c.Lon, Parent: capital})
		b.f.Places[i].ID = -int64(i) - 1
		if len(name) >= 4 {
			b.addName(i, name, 0)
			b.addName(i, b.admin1Names[code], FlagAlternate)
		}
		if len(spell) >= 4 && spell != name {
			b.addName(i, spell, FlagAlternate) // the press writes ACLED's spellings too
		}
		for _, n := range namesAr {
			b.addName(i, n, FlagAlternate)
		}
		// A unit named after its capital (Gao, Kirkuk, Timbuktu): its Arabic
		// names are the town's too, which GeoNames often lacks.
		if k, _, _ := nameKey(name); k != "" && k == keyOf(c.Name) {
			for _, n := range namesAr {
				b.addName(capital, n, FlagAlternate)
			}
		}
		b.stats.Admin1++
	}
	used := map[string]bool{}
	for _, p := range b.f.Places {
		if p.Admin2 != "" {
			used[p.Country+"."+p.Admin1+"."+p.Admin2] = true
		}
	}
	for code, name := range b.admin2Names {
		if used[code] {
			b.f.Admin2 = append(b.f.Admin2, Admin{Code: code, Name: b.adminName(name), Capital: -1, Written: acled2[code], GeoNames: name})
		}
	}
	sort.Slice(b.f.Admin2, func(i, j int) bool { return b.f.Admin2[i].Code < b.f.Admin2[j].Code })
}

// adminName turns a GeoNames admin name into the form ACLED writes:
// ASCII, without the unit word after it ("Region", "Governorate":
// units.tsv).
func (b *builder) adminName(s string) string {
	s = b.sup.Units.cutAfter(s)
	var out strings.Builder
	for _, r := range norm.NFD.String(s) {
		if r < 0x300 || r > 0x36f {
			out.WriteRune(r)
		}
	}
	return out.String()
}

// acledSpellings reads the supplement's ACLED spellings: admin1 names by
// GeoNames admin1 code; the sole admin2 ACLED lists under an admin1 unit,
// by the unit's code; admin2 names by GeoNames admin2 code.
func (b *builder) acledSpellings() (admin1, sole2, admin2 map[string]string) {
	admin1, sole2, admin2 = map[string]string{}, map[string]string{}, map[string]string{}
	codeOf := map[string]string{} // "CC\x00ACLED admin1" → GeoNames code
	for _, r := range b.sup.ACLED {
		if r.Level == 1 {
			admin1[r.GeoNamesCode] = r.Admin1
			codeOf[r.ISO2+"\x00"+r.Admin1] = r.GeoNamesCode
		}
	}
	under := map[string][]string{} // admin1 code → its ACLED admin2 names
	weight := map[string]int{}     // admin2 code → rows of the name chosen
	for _, r := range b.sup.ACLED {
		if r.Level != 2 {
			continue
		}
		// two ACLED units may fall mostly in one GeoNames unit: the one
		// with more rows names it
		if r.GeoNamesCode != "" && (admin2[r.GeoNamesCode] == "" || r.Rows > weight[r.GeoNamesCode]) {
			admin2[r.GeoNamesCode], weight[r.GeoNamesCode] = r.Admin2, r.Rows
		}
		if code, ok := codeOf[r.ISO2+"\x00"+r.Admin1]; ok {
			under[code] = append(under[code], r.Admin2)
		}
	}
	for code, names := range under {
		if len(names) == 1 {
			sole2[code] = names[0]
		}
	}
	return admin1, sole2, admin2
}

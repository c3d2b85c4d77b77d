package places

import "sort"

// addCountries adds every country of the table (and of i18n-iso-countries)
// with its names and adjectives, coded to its capital.
func (b *builder) addCountries() {
	caps := b.capitals(func(p *Place) string { return p.Country }, "PPLC", "PPLA")
	rows := map[string]CountryRow{}
	for _, r := range b.sup.Countries {
		rows[r.ISO2] = r
	}
	for cc, ic := range b.isoCodes {
		if _, ok := rows[cc]; ok {
			continue
		}
		name := ""
		if ns := b.isoEn[cc]; len(ns) > 0 {
			name = ns[0]
		}
		rows[cc] = CountryRow{ISO2: cc, ISO3: ic.ISO3, ISONum: ic.ISONum, Name: name, Region: b.sup.Regions[cc]}
	}
	ccs := make([]string, 0, len(rows))
	for cc := range rows {
		ccs = append(ccs, cc)
	}
	sort.Strings(ccs)
	former := map[string]SuccessionRow{}
	for _, r := range b.sup.Successions {
		former[r.ISO2] = r
	}
	for _, cc := range ccs {
		r := rows[cc]
		capital, ok := caps[cc]
		info := CountryInfo{ISO2: cc, ISO3: r.ISO3, ISONum: r.ISONum, Name: r.Name, Region: r.Region, Capital: -1, Full: r.Full,
			Former: former[cc].Former, Since: former[cc].Since}
		if len(r.NamesAr) > 0 {
			info.NameAr = r.NamesAr[0]
		} else if ns := b.isoAr[cc]; len(ns) > 0 {
			info.NameAr = ns[0]
		}
		b.f.Countries = append(b.f.Countries, info)
		if !ok {
			continue
		}
		info.Capital = capital
		b.f.Countries[len(b.f.Countries)-1].Capital = capital
		c := b.f.Places[capital]
		i := b.addPlace(Place{Name: r.Name, Kind: Country, Feature: "PCLI", Country: cc, Lat: c.Lat, Lon: c.Lon, Parent: capital})
		b.f.Places[i].ID = -int64(i) - 1
		for _, n := range append(append([]string{r.Name}, r.NamesEn...), b.isoEn[cc]...) {
			b.addName(i, n, 0)
		}
		for _, n := range append(append([]string{}, r.NamesAr...), b.isoAr[cc]...) {
			b.addName(i, n, 0)
		}
		for _, n := range r.AdjEn {
			b.addName(i, n, FlagAdjective)
		}
		for _, n := range r.AdjAr {
			b.addName(i, n, FlagAdjective)
		}
		b.stats.Countries++
	}
}

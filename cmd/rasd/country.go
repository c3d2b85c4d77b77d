package main

import (
	"sort"
	"strconv"
	"strings"

	"rasd/events/arabic"
)

// countryNames resolves what a user types for a country — the English
// name as ACLED writes it or any listed alias, the ISO 3166 alpha-2,
// alpha-3 or numeric code, or the Arabic name — to the name events carry.
type countryNames struct {
	byKey map[string]string // folded spelling → ACLED name
	names []string          // ACLED names, for suggestions
}

// loadCountryNames reads the country table in force (seeds/places, or
// its override in dir).
func loadCountryNames(dir string) (*countryNames, error) {
	sup, err := placeTables(dir)
	if err != nil {
		return nil, err
	}
	cn := &countryNames{byKey: map[string]string{}}
	for _, c := range sup.Countries {
		cn.names = append(cn.names, c.Name)
		keys := append([]string{c.Name, c.ISO2, c.ISO3, strconv.Itoa(c.ISONum)}, c.NamesEn...)
		for _, k := range append(keys, c.NamesAr...) {
			cn.byKey[countryKey(k)] = c.Name
		}
	}
	return cn, nil
}

// countryKey folds a spelling for comparison: case, Arabic letter
// variants and diacritics, surrounding space, a leading "the".
func countryKey(s string) string {
	k := strings.Join(strings.Fields(arabic.Fold(s)), " ")
	return strings.TrimPrefix(k, "the ")
}

// resolve returns the ACLED name of a country, or a usage error listing
// the names nearest to what was typed.
func (cn *countryNames) resolve(s string) (string, error) {
	if name, ok := cn.byKey[countryKey(s)]; ok {
		return name, nil
	}
	return "", usagef("--country %q is no country rasd knows (English name, ISO2, ISO3 or Arabic name)%s", s, cn.suggest(s))
}

// suggest lists the countries whose names are nearest to s, for messages.
func (cn *countryNames) suggest(s string) string {
	type near struct {
		name string
		d    int
	}
	key := countryKey(s)
	var ns []near
	for k, name := range cn.byKey {
		if d := editDistance(key, k); d <= max(2, len(key)/3) {
			ns = append(ns, near{name, d})
		}
	}
	sort.Slice(ns, func(i, j int) bool { return ns[i].d < ns[j].d || ns[i].d == ns[j].d && ns[i].name < ns[j].name })
	var out []string
	for _, n := range ns {
		if len(out) == 3 {
			break
		}
		if !containsString(out, n.name) {
			out = append(out, n.name)
		}
	}
	if len(out) == 0 {
		return ""
	}
	return "; did you mean " + strings.Join(out, ", ") + "?"
}

func containsString(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}

// editDistance is the Levenshtein distance between a and b, in runes.
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	prev := make([]int, len(rb)+1)
	cur := make([]int, len(rb)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(ra); i++ {
		cur[0] = i
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev, cur = cur, prev
	}
	return prev[len(rb)]
}

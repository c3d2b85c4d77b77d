package places

import (
	"fmt"
	"io/fs"
	"slices"
	"strings"
)

// Variants are the spelling changes of seeds/places/variants.tsv: letter
// groups that stand for one another (ai, ay, ei), articles a name may go
// without (al, ar), and endings of its last word (ah, a).
type Variants struct {
	Swaps     [][]string
	Articles  []string
	Endings   []string
	Countries map[string]bool // ISO2 codes whose names get variants
}

// variantMinLetters is the shortest name a variant is made of: shorter
// ones would turn into ordinary words.
const variantMinLetters = 5

func readVariants(fsys fs.FS) (Variants, error) {
	v := Variants{Countries: map[string]bool{}}
	rows, err := readTSV(fsys, "variants.tsv", 2, false)
	if err != nil {
		return v, err
	}
	for _, r := range rows {
		forms := strings.Fields(r.Cols[1])
		if r.Cols[0] == "countries" {
			for _, f := range forms {
				if len(f) != 2 || strings.ToUpper(f) != f {
					return v, fmt.Errorf("%s: %q: want ISO 3166 alpha-2 codes (upper case)", r.Origin, f)
				}
				v.Countries[f] = true
			}
			continue
		}
		for _, f := range forms {
			if k := Key(f); k != f || !isLatinKey(f[0]) {
				return v, fmt.Errorf("%s: %q: want lower-case Latin letters", r.Origin, f)
			}
		}
		switch {
		case r.Cols[0] == "swap" && len(forms) >= 2:
			v.Swaps = append(v.Swaps, forms)
		case r.Cols[0] == "article":
			v.Articles = append(v.Articles, forms...)
		case r.Cols[0] == "ending" && len(forms) >= 2:
			v.Endings = append(v.Endings, forms...)
		default:
			return v, fmt.Errorf("%s: want a kind (swap, article, ending, countries) and two forms or more (one article or more)", r.Origin)
		}
	}
	return v, nil
}

// of returns the Latin keys one change away from key k: a swap at one
// place, the last word's ending changed, an opening article dropped (with
// or without the ending changed).
func (v Variants) of(k string) []string {
	if letters(k) < variantMinLetters {
		return nil
	}
	var out []string
	for _, g := range v.Swaps {
		// the key read as the group's members, longest first, so that
		// "ou" is one member and its "u" no other
		for i := 0; i < len(k); {
			from := ""
			for _, m := range g {
				if strings.HasPrefix(k[i:], m) && len(m) > len(from) {
					from = m
				}
			}
			if from == "" || i > 0 && partOfLonger(g, k, i) {
				i++
				continue
			}
			if (from == "q" || from == "k") && i+1 < len(k) && k[i+1] == 'h' {
				i++ // "kh" is one letter: never "qh"
				continue
			}
			for _, to := range g {
				if to != from {
					out = append(out, k[:i]+to+k[i+len(from):])
				}
			}
			i += len(from)
		}
	}
	out = v.endings(k, out)
	if first, rest, spaced := strings.Cut(k, string(keySep)); spaced && letters(rest) >= variantMinLetters && slices.Contains(v.Articles, first) {
		// "al hawijah": "hawijah", and its ending changed, "hawija" (the
		// article in the text is read as a place word)
		out = v.endings(rest, append(out, rest))
	}
	return out
}

// partOfLonger reports whether a member of group g that starts before
// byte i of k covers i ("u" in "ou"): i starts no member of its own.
func partOfLonger(g []string, k string, i int) bool {
	for _, m := range g {
		for j := max(0, i-len(m)+1); j < i; j++ {
			if strings.HasPrefix(k[j:], m) && j+len(m) > i {
				return true
			}
		}
	}
	return false
}

// endings appends to out key k with its last word's ending changed.
func (v Variants) endings(k string, out []string) []string {
	for _, from := range v.Endings {
		if !strings.HasSuffix(k, from) {
			continue
		}
		stem := k[:len(k)-len(from)]
		if stem == "" || stem[len(stem)-1] == keySep {
			continue
		}
		for _, to := range v.Endings {
			if to != from && !strings.HasSuffix(to, from) {
				out = append(out, stem+to)
			}
		}
	}
	return out
}

// addVariants gives the admin1 units, capitals, admin seats and towns of
// variantMinPopulation of the variants' countries the spellings one
// change away from their Latin names that no place has already; they are
// flagged as guessed (they need a place cue).
func (b *builder) addVariants() {
	v := b.sup.Variants
	if len(v.Swaps) == 0 && len(v.Articles) == 0 && len(v.Endings) == 0 {
		return
	}
	taken := map[string]bool{}
	for _, ne := range b.f.Names {
		taken[ne.Key] = true
	}
	type add struct {
		place int32
		key   string
	}
	var adds []add
	seen := map[string]bool{}
	for _, ne := range b.f.Names {
		if ne.Place < 0 || ne.Flags&(FlagArabic|FlagAdjective|FlagCommon|FlagGuessed|FlagGiven) != 0 {
			continue
		}
		p := &b.f.Places[ne.Place]
		if !v.Countries[p.Country] || !(p.Kind == Admin1 || p.Kind == City && (p.Population >= variantMinPopulation || p.Feature == "PPLC" || p.Feature == "PPLA" || p.Feature == "PPLA2")) {
			continue
		}
		if ne.Flags&FlagAlternate != 0 && p.Population >= variantMaxAlternatePopulation {
			continue // a big city's alternates are other languages' names for it
		}
		for _, k := range v.of(ne.Key) {
			id := k + "\x00" + fmt.Sprint(ne.Place)
			if !taken[k] && !seen[id] {
				seen[id] = true
				adds = append(adds, add{ne.Place, k})
			}
		}
	}
	// a region and its capital are one for this ("Basra" the province
	// and the city)
	one := func(pi int32) int32 {
		if p := &b.f.Places[pi]; p.Kind == Admin1 && p.Parent >= 0 {
			return p.Parent
		}
		return pi
	}
	places := map[string]map[int32]bool{}
	for _, a := range adds {
		if places[a.key] == nil {
			places[a.key] = map[int32]bool{}
		}
		places[a.key][one(a.place)] = true
	}
	for _, a := range adds {
		if len(places[a.key]) > 1 {
			continue // a spelling two places would share says neither
		}
		b.addName(a.place, a.key, FlagAlternate|FlagGuessed)
		b.stats.Variants++
	}
}

// variantMaxAlternatePopulation is the size from which a town's alternate
// names are no source of variants: they are its names in other languages,
// and the press's spellings of it are GeoNames's own already.
const variantMaxAlternatePopulation = 100000

// variantMinPopulation is the smallest town (not an admin seat) given
// spelling variants.
const variantMinPopulation = 20000

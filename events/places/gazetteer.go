// Package places is rasd's offline gazetteer: it is built once from GeoNames
// files and a curated supplement (rasd gazetteer build), loaded by every coder,
// finds place names in Arabic and English reports, chooses which real place
// each name means, and gives an event its place with ACLED's location columns.
//
// Everything runs in-process from one compact file: no database, no network,
// so the coder stays a pure function of (report, dictionaries, gazetteer).
package places

import (
	"bytes"
	"compress/gzip"
	"encoding/binary"
	"encoding/gob"
	"errors"
	"fmt"
	"hash/crc32"
	"io"
	"os"
	"sync"
)

// Kind says what sort of place an entry is; it decides geo_precision and how
// a mention of it is coded.
type Kind uint8

const (
	// City is a populated place (GeoNames feature class P).
	City Kind = iota
	// District is a part of a city (GeoNames PPLX or the curated supplement),
	// coded "City - District" with its own coordinates.
	District
	// Admin1 is a first-order region: an event known only there is coded to
	// its capital with geo_precision 3.
	Admin1
	// Country is a country name: it marks the report's focus, never an event place.
	Country
)

func (k Kind) String() string {
	switch k {
	case City:
		return "city"
	case District:
		return "district"
	case Admin1:
		return "admin1"
	case Country:
		return "country"
	}
	return fmt.Sprintf("kind(%d)", k)
}

// Place is one gazetteer entry.
type Place struct {
	ID         int64  // GeoNames id; negative for the curated supplement
	Name       string // English name as ACLED writes it (GeoNames's name)
	Kind       Kind
	Feature    string // GeoNames feature code (PPL, PPLA, PPLC, PPLX, ...)
	Country    string // ISO 3166-1 alpha-2
	Admin1     string // GeoNames admin1 code within the country ("77")
	Admin2     string // GeoNames admin2 code within admin1
	Lat, Lon   float64
	Population int
	// Parent is the index of the city a district belongs to, the capital of an
	// admin1 unit or of a country; -1 when none.
	Parent int32
}

// Name flags.
const (
	// FlagArabic marks a name in Arabic script.
	FlagArabic uint8 = 1 << iota
	// FlagArticle marks an Arabic name written with the article al-, which
	// the key leaves out so that lil-Mawsil and bil-Mawsil match al-Mawsil
	// (Mosul): the article (or its l- form after li-) must then be in the
	// text.
	FlagArticle
	// FlagAlternate marks an alternate name (not GeoNames's name or asciiname).
	FlagAlternate
	// FlagAdjective marks a demonym (Libyan, libi): it points at a country
	// without naming a place.
	FlagAdjective
	// FlagCommon marks a name that is also a common word: it counts only with
	// a cue that marks a place (madina "city", in, near) or, in English, a
	// capital letter not at a sentence start.
	FlagCommon
	// FlagGuessed marks a spelling rasd derived: an Arabic one from a Latin
	// name (see Transliteration), a Latin variant of a Latin name (see
	// Variants). Like a common word, it needs a cue.
	FlagGuessed
	// FlagGiven marks an English country name that is also a given name
	// (Jordan, Chad): before or after another capitalised word it is a
	// person's name.
	FlagGiven
)

// Blocker is the Place of a NameEntry that names no place: a stoplisted
// phrase that shadows the names inside it.
const Blocker int32 = -1

// NameEntry ties one searchable name (as a key, see Key) to a place.
type NameEntry struct {
	Key   string
	Place int32
	Flags uint8
}

// Admin is an administrative unit's name.
type Admin struct {
	Code    string // "LY.77" for admin1, "LY.77.1234" for admin2
	Name    string
	NameAr  string
	Capital int32 // index of its capital in Places, -1 when unknown
	// Written is the unit's name as events carry it: ACLED's spelling
	// where acled-admin.tsv knows the unit; for an admin1 unit it is else
	// the supplement's, else GeoNames's own (accents and unit words kept:
	// "Île-de-France", "Managua Department"). Name is the form names are
	// matched in.
	Written string
	// GeoNames is the unit's name in GeoNames.
	GeoNames string
	// Admin2 is, for an admin1 unit under which ACLED lists a single admin2
	// unit, that unit's ACLED name (Libya's admin2 is its admin1).
	Admin2 string
}

// CountryInfo is a country's row of the country table.
type CountryInfo struct {
	ISO2, ISO3 string
	ISONum     int
	Name       string // ACLED's spelling ("Democratic Republic of Congo")
	NameAr     string
	Region     string // ACLED region ("Northern Africa")
	Capital    int32  // index in Places, -1 when unknown
	Full       bool   // rasd codes events here: every village is searchable
	// Former is the country this one split from, for events dated before
	// Since (its first day of independence); "" when none.
	Former, Since string
}

// Gazetteer is the loaded place index. It is safe for concurrent use.
type Gazetteer struct {
	Places    []Place
	Names     []NameEntry
	Admin1    map[string]Admin // by "CC.code"
	Admin2    map[string]Admin // by "CC.a1.a2"
	Countries map[string]CountryInfo
	// Cues are the words that say what a following name is, by key.
	Cues map[string]Cue

	stopWords map[string]bool // whole words that are never a name with proclitics
	once      sync.Once
	matcher   *matcher
}

// fileVersion changes whenever the file layout or the meaning of its
// contents does; Load refuses others. 4: cue words carry CueParticle. 5:
// the file opens with a header that checksums the rest. 6: admin units
// carry ACLED's spellings. 7: cue words carry CueVoice, CueAside and
// CueRoad. 8: countries carry the country they split from. 9: names carry
// FlagGiven. 10: cue words carry CueJoiner; Latin spelling variants.
const fileVersion = 10

// The file is a header, then the gzip'd gob of a file value. The header is
// fileMagic, the length of the rest (8 bytes, big-endian) and its CRC-32
// (4 bytes): gzip's own CRC covers the decompressed data only, and is never
// read by a decoder that stops at the end of its value, so a file cut short
// or with a flipped bit could load with wrong coordinates. With the header,
// any cut and any single flipped bit anywhere is caught before decoding.
const fileMagic = "RASDGAZ\x00"

const headerLen = len(fileMagic) + 8 + 4

// file is the gazetteer as stored.
type file struct {
	Version   int
	Places    []Place
	Names     []NameEntry
	Admin1    []Admin
	Admin2    []Admin
	Countries []CountryInfo
	Cues      map[string]Cue
	Stop      map[string]bool
}

// Save writes the gazetteer: the checksummed header, then a gzip'd gob.
func (g *Gazetteer) Save(w io.Writer) error {
	var body bytes.Buffer
	zw, err := gzip.NewWriterLevel(&body, gzip.BestSpeed)
	if err != nil {
		return err
	}
	f := file{Version: fileVersion, Places: g.Places, Names: g.Names, Cues: g.Cues, Stop: g.stopWords}
	for _, a := range g.Admin1 {
		f.Admin1 = append(f.Admin1, a)
	}
	for _, a := range g.Admin2 {
		f.Admin2 = append(f.Admin2, a)
	}
	for _, c := range g.Countries {
		f.Countries = append(f.Countries, c)
	}
	if err := gob.NewEncoder(zw).Encode(&f); err != nil {
		return fmt.Errorf("encode gazetteer: %w", err)
	}
	if err := zw.Close(); err != nil {
		return err
	}
	header := make([]byte, 0, headerLen)
	header = append(header, fileMagic...)
	header = binary.BigEndian.AppendUint64(header, uint64(body.Len()))
	header = binary.BigEndian.AppendUint32(header, crc32.ChecksumIEEE(body.Bytes()))
	if _, err := w.Write(header); err != nil {
		return err
	}
	_, err = w.Write(body.Bytes())
	return err
}

// errCorrupt is how every check of a damaged file fails: the file is not
// one Save wrote, whole.
var errCorrupt = errors.New("the file is damaged or incomplete")

// Read decodes a gazetteer written by Save, after checking the header's
// length and checksum, and checks every index inside it. The name matchers
// are built on first use (or by Prepare), in the background when Load
// started them.
func Read(r io.Reader) (*Gazetteer, error) {
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	if len(data) < headerLen || string(data[:len(fileMagic)]) != fileMagic {
		return nil, fmt.Errorf("read gazetteer: not a gazetteer file of this rasd (or %w)", errCorrupt)
	}
	n := binary.BigEndian.Uint64(data[len(fileMagic):])
	sum := binary.BigEndian.Uint32(data[len(fileMagic)+8:])
	body := data[headerLen:]
	if uint64(len(body)) != n {
		return nil, fmt.Errorf("read gazetteer: %w: %d bytes after the header, the header says %d", errCorrupt, len(body), n)
	}
	if crc32.ChecksumIEEE(body) != sum {
		return nil, fmt.Errorf("read gazetteer: %w: checksum mismatch", errCorrupt)
	}
	zr, err := gzip.NewReader(bytes.NewReader(body))
	if err != nil {
		return nil, fmt.Errorf("read gazetteer: %w", err)
	}
	var f file
	if err := gob.NewDecoder(zr).Decode(&f); err != nil {
		return nil, fmt.Errorf("decode gazetteer: %w", err)
	}
	if f.Version != fileVersion {
		return nil, fmt.Errorf("gazetteer file version %d, this rasd reads %d", f.Version, fileVersion)
	}
	if err := f.check(); err != nil {
		return nil, fmt.Errorf("read gazetteer: %w: %v", errCorrupt, err)
	}
	return newGazetteer(f), nil
}

// check bounds every index the file holds, so a bad file fails here, once,
// instead of in the middle of coding a report.
func (f *file) check() error {
	n := int32(len(f.Places))
	valid := func(i int32) bool { return i >= -1 && i < n }
	for i, p := range f.Places {
		if p.Kind > Country || !valid(p.Parent) {
			return fmt.Errorf("place %d: kind %d, parent %d of %d places", i, p.Kind, p.Parent, n)
		}
	}
	for i, e := range f.Names {
		if !valid(e.Place) {
			return fmt.Errorf("name %d: place %d of %d", i, e.Place, n)
		}
	}
	for _, as := range [][]Admin{f.Admin1, f.Admin2} {
		for _, a := range as {
			if !valid(a.Capital) {
				return fmt.Errorf("admin unit %s: capital %d of %d", a.Code, a.Capital, n)
			}
		}
	}
	for _, c := range f.Countries {
		if !valid(c.Capital) {
			return fmt.Errorf("country %s: capital %d of %d", c.ISO2, c.Capital, n)
		}
	}
	return nil
}

func newGazetteer(f file) *Gazetteer {
	g := &Gazetteer{Places: f.Places, Names: f.Names, Cues: f.Cues, stopWords: f.Stop,
		Admin1: make(map[string]Admin, len(f.Admin1)), Admin2: make(map[string]Admin, len(f.Admin2)),
		Countries: make(map[string]CountryInfo, len(f.Countries))}
	for _, a := range f.Admin1 {
		g.Admin1[a.Code] = a
	}
	for _, a := range f.Admin2 {
		g.Admin2[a.Code] = a
	}
	for _, c := range f.Countries {
		g.Countries[c.ISO2] = c
	}
	return g
}

// Load reads the gazetteer file at path (data/gazetteer.bin by default) and
// starts building its name matchers in the background, so that a coder can
// read its first report while they finish.
func Load(path string) (*Gazetteer, error) {
	fh, err := os.Open(path)
	if err != nil {
		return nil, fmt.Errorf("open gazetteer: %w", err)
	}
	defer fh.Close()
	g, err := Read(fh)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	go g.Prepare()
	return g, nil
}

// Prepare builds the name matchers now; Find does it on first use.
func (g *Gazetteer) Prepare() {
	g.once.Do(func() { g.matcher = newMatcher(g) })
}

// matcher holds one trie per script over name keys.
type matcher struct {
	arabic, latin scriptNames
}

// scriptNames are the keys of one script: a trie, and by key index the
// NameEntry indexes with that key.
type scriptNames struct {
	trie  *trie
	names [][]int32
}

func newMatcher(g *Gazetteer) *matcher {
	var ar, lat keyList
	for i, n := range g.Names {
		switch {
		case n.Key == "":
		case n.Flags&FlagArabic != 0:
			ar.add(n.Key, int32(i))
		default:
			lat.add(n.Key, int32(i))
		}
	}
	return &matcher{arabic: ar.build(g), latin: lat.build(g)}
}

// keyList gathers the distinct keys of one script and the names of each.
type keyList struct {
	ids   map[string]int
	keys  []string
	names [][]int32
}

func (l *keyList) add(key string, name int32) {
	if l.ids == nil {
		l.ids = map[string]int{}
	}
	id, ok := l.ids[key]
	if !ok {
		id = len(l.keys)
		l.ids[key] = id
		l.keys = append(l.keys, key)
		l.names = append(l.names, nil)
	}
	l.names[id] = append(l.names[id], name)
}

func (l *keyList) build(g *Gazetteer) scriptNames {
	// A blocker shadows every name with its key.
	for i, ns := range l.names {
		for _, n := range ns {
			if g.Names[n].Place == Blocker {
				l.names[i] = []int32{n}
				break
			}
		}
	}
	sn := scriptNames{names: l.names}
	if len(l.keys) > 0 {
		sn.trie = newTrie(l.keys)
	}
	return sn
}

// Country returns the country table row for an ISO2 code.
func (g *Gazetteer) Country(iso2 string) (CountryInfo, bool) {
	c, ok := g.Countries[iso2]
	return c, ok
}

// Admin1Name returns the name of a place's admin1 unit as ACLED spells
// it, else as GeoNames (or the supplement) names it.
func (g *Gazetteer) Admin1Name(p *Place) string {
	a := g.Admin1[p.Country+"."+p.Admin1]
	if a.Written != "" {
		return a.Written
	}
	return a.Name
}

// Admin2Name returns the name of a place's admin2 unit as ACLED spells
// it (by the GeoNames code, else the sole admin2 ACLED lists under its
// admin1), else as GeoNames names it, else "".
func (g *Gazetteer) Admin2Name(p *Place) string {
	if p.Admin2 != "" {
		if a, ok := g.Admin2[p.Country+"."+p.Admin1+"."+p.Admin2]; ok {
			if a.Written != "" {
				return a.Written // ACLED's spelling
			}
			if sole := g.Admin1[p.Country+"."+p.Admin1].Admin2; sole != "" {
				return sole
			}
			return a.Name // GeoNames's, without its unit word ("Kirkuk", not "Kirkuk District")
		}
	}
	return g.Admin1[p.Country+"."+p.Admin1].Admin2
}

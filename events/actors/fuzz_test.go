package actors

import (
	"bytes"
	"os"
	"rasd/events/internal/fuzzcheck"
	"strings"
	"testing"
	"unicode/utf8"

	"rasd/seeds"
)

// The fuzz targets below read arbitrary bytes as the actor table and the
// generic phrases, index what loads, and find mentions with the index.
// Nothing may panic; every error, from the reader or from New, names the
// file and a line inside it (file:line:), or says the file has no header
// line at all; and a table that loads finds mentions whose Text is the
// runes [Start, End) of the text, in order, never overlapping.

// The header lines of the two files, for seeds.
var (
	actorsHeadLine  = strings.Join(actorsHeader, "\t") + "\n"
	genericHeadLine = strings.Join(genericHeader, "\t") + "\n"
)

// fuzzTableSeeds are the head of a built-in file (its header, comments and
// first rows) and the given rows after the header.
func fuzzTableSeeds(f *testing.F, path string, lines int, rows ...string) [][]byte {
	b, err := os.ReadFile(path)
	if err != nil {
		f.Fatal(err)
	}
	all := strings.SplitAfter(string(b), "\n")
	seeds := [][]byte{[]byte(strings.Join(all[:min(lines, len(all))], "")), {}, []byte("# only a comment\n")}
	var header string
	for _, l := range all {
		if !strings.HasPrefix(l, "#") {
			header = l
			break
		}
	}
	for _, r := range rows {
		seeds = append(seeds, []byte(header+r), []byte(r))
	}
	return seeds
}

// checkFind finds mentions in a text that holds every alias of the table
// (and a sentence around them) and checks their spans.
func checkFind(t *testing.T, tb *Table, aliases []string) {
	t.Helper()
	var words []string
	for _, a := range aliases {
		words = append(words, strings.NewReplacer("~", "", "+", "").Replace(a))
	}
	text := "قال مسؤول إن " + strings.Join(words, " و") + " said on Tuesday that " + strings.Join(words, ", the ") + "."
	if !utf8.ValidString(text) {
		return // offsets count code points of valid text
	}
	runes := []rune(text)
	end := 0
	for i, m := range tb.Find(text) {
		if m.Start < end || m.Start >= m.End || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
			t.Fatalf("mention %d %q spans %d-%d of %d runes, after one ending at %d", i, m.Text, m.Start, m.End, len(runes), end)
		}
		end = m.End
	}
}

func FuzzReadActors(f *testing.F) {
	for _, b := range fuzzTableSeeds(f, "../../seeds/"+ActorsFile, 40,
		"Taliban\t2\tAfghanistan\t\t\tsample\tطالبان | ~الطلبة\tTaliban | the Taliban's\n",
		"Taliban\t9\tAfghanistan\t\t\tsample\n", "Taliban\t2\tAfghanistan\t20x4\t\tsample\n", "Taliban\t2\tAfghanistan\t2020\t2019\tsample\n",
		"Military Forces of Libya (2014-)\t1\tLibya\t2011\t\tsample\n", "Military Forces of Libya (2011-2012)\t1\tLibya\t2011\t\tsample\n",
		"Military Forces of Libya (2011-2012)\t1\tLibya\t2011\t2012\tsample\tالجيش الليبي\nMilitary Forces of Libya (2014-)\tState forces\tLibya\t2014\t\tsample\tالجيش الليبي\n",
		"Taliban\t2\tAfghanistan\t\t\t\tطالبان\n", "Taliban\t2\tAfghanistan\n", "Taliban\t2\tAfghanistan\t\t\tsample\tTaliban\n",
		"Taliban\t2\tAfghanistan\t\t\tsample\t\tطالبان\n", "Taliban\t2\tAfghanistan\t\t\tsample\tطالبان | الطالبان\n",
		"Taliban\t2\tAfghanistan\t\t\tsample\t\tTaliban\nTaliban - Red Unit\t2\tAfghanistan\t\t\tsample\t\ttaliban\n",
		"Taliban\t2\tAfghanistan\t\t\tsample\t\tTaliban\n\nTaliban\t2\tAfghanistan\t\t\tsample\t\tTaliban\n",
		"X\t2\t\t\t\tsample\t\t- | 's | .\n", "X\t2\t\t\t\tsample\tال | +ال | و\n",
	) {
		f.Add(b)
	}
	f.Fuzz(fuzzActors)
}

// FuzzReadActorsFixed replays the tables FuzzReadActors once failed on,
// fixed since, as seeds of their own.
func FuzzReadActorsFixed(f *testing.F) {
	// load.go aliases: an alias that folds to nothing passes checkScript
	// (the local mark "~" alone in the English column, where "" is
	// checked; a tatweel in the Arabic one, which counts as an Arabic
	// letter), and New fails in table.go with "build actor matcher:
	// ahocorasick: empty pattern at index 0", naming no file or line.
	f.Add([]byte(actorsHeadLine + "X\t2\t\t\t\tsample\t\t~\n"))
	f.Add([]byte(actorsHeadLine + "X\t2\t\t\t\tsample\tـ\n"))
	f.Fuzz(fuzzActors)
}

func fuzzActors(t *testing.T, data []byte) {
	const name = "team/actors.tsv"
	as, err := ReadActors(bytes.NewReader(data), name)
	if err != nil {
		fuzzcheck.Placed(t, err, name, data)
		return
	}
	var aliases []string
	for _, a := range as {
		if a.Name == "" || !a.Inter.Valid() || a.Source == "" || !strings.HasPrefix(a.Origin, name+":") ||
			(a.From != 0 && (a.From < 1900 || a.From > 2100)) || (a.To != 0 && (a.To < 1900 || a.To > 2100 || a.To < a.From)) {
			t.Fatalf("actor read wrong: %+v", a)
		}
		aliases = append(append(aliases, a.Arabic...), a.English...)
	}
	tb, err := New(as, nil)
	if err != nil {
		fuzzcheck.Placed(t, err, name, data)
		return
	}
	checkFind(t, tb, aliases)
}

func FuzzReadGeneric(f *testing.F) {
	for _, b := range fuzzTableSeeds(f, "../../seeds/"+GenericFile, 40,
		"unidentified\tUnidentified Armed Group ({country})\tمسلح+ مجهول+\tgunmen\n", "thugs\tX ({country})\tبلطجية\n",
		"unidentified\t\tمسلحون\n", "police\tPolice ({country})\tالشرطة\n", "role\tJournalists\tصحفي\n", "military\t\n",
		"military\t\t~الجيش\n", "soldier\t\tجندي | الجنود\tsoldier* | troops\n",
		"unidentified\tUnidentified Armed Group ({country})\tمسلحون\nunidentified\tUnidentified Gang ({country})\tمسلحين | مسلحون\n",
		"unidentified\tA ({country})\t\tgunmen\nunidentified\tB ({country})\t\tGunmen\n",
		"unidentified\tX ({country})\tمسلح+ مجهول+ | مسلحين مجهولين\n", "role\t{country}|x\tال | +\t- | '\n",
	) {
		f.Add(b)
	}
	f.Fuzz(fuzzGeneric)
}

// FuzzReadGenericFixed replays the files FuzzReadGeneric once failed on,
// fixed since.
func FuzzReadGenericFixed(f *testing.F) {
	// load.go aliases, as in FuzzReadActorsFixed: the phrase "ـ"
	// (a tatweel) folds to nothing and New's error names no file:line.
	f.Add([]byte(genericHeadLine + "unidentified\tX ({country})\tـ\n"))
	f.Fuzz(fuzzGeneric)
}

func fuzzGeneric(t *testing.T, data []byte) {
	const name = "team/generic.tsv"
	gs, err := ReadGeneric(bytes.NewReader(data), name)
	if err != nil {
		fuzzcheck.Placed(t, err, name, data)
		return
	}
	var aliases []string
	for _, g := range gs {
		if len(g.Arabic)+len(g.English) == 0 || !strings.HasPrefix(g.Origin, name+":") {
			t.Fatalf("generic phrase read wrong: %+v", g)
		}
		aliases = append(append(aliases, g.Arabic...), g.English...)
	}
	tb, err := New(nil, gs)
	if err != nil {
		fuzzcheck.Placed(t, err, name, data)
		return
	}
	checkFind(t, tb, aliases)
}

// FuzzFind finds actors in arbitrary text with the built-in table: no
// panic, and on valid UTF-8 every mention is the runes [Start, End) of the
// text, in order, never overlapping, naming an actor or a generic phrase.
func FuzzFind(f *testing.F) {
	tb, err := Load(seeds.FS(""))
	if err != nil {
		f.Fatal(err)
	}
	for _, s := range []string{
		"قال مسؤول إن مسلحين مجهولين وعناصر من داعش والجيش الليبي هاجموا الحاجز",
		"Members of the Libyan army and the Taliban's gunmen said; the Houthis' drone, al-Shabaab",
		"وَالحُوثِيُّونَ قالوا", "ISIS-K", "", "داعش", "the army", "الشرطة الشرطة الشرطة", "\u200fداعش\u200e",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, text string) {
		ms := tb.Find(text)
		if !utf8.ValidString(text) {
			return // offsets count code points of valid text
		}
		runes := []rune(text)
		end := 0
		for i, m := range ms {
			if m.Start < end || m.Start >= m.End || m.End > len(runes) || string(runes[m.Start:m.End]) != m.Text {
				t.Fatalf("mention %d %q spans %d-%d of %d runes, after one ending at %d", i, m.Text, m.Start, m.End, len(runes), end)
			}
			if len(m.Named) == 0 && m.Generic == nil {
				t.Fatalf("mention %d %q names nobody", i, m.Text)
			}
			end = m.End
		}
	})
}

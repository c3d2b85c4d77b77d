package actors

import (
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"rasd/seeds"
)

const actorsHead = "# a comment\nname\tinter\tcountry\tfrom\tto\tsource\tarabic\tenglish\n"
const genericHead = "kind\tlabel\tarabic\tenglish\n"

// load builds a table from the text of the two files, as Load reads them.
func load(t *testing.T, actors, generic string) (*Table, error) {
	t.Helper()
	return Load(fstest.MapFS{
		ActorsFile:  {Data: []byte(actors)},
		GenericFile: {Data: []byte(generic)},
	})
}

func TestLoadRejects(t *testing.T) {
	okGeneric := genericHead + "unidentified\tUnidentified Armed Group ({country})\tمسلحون\tgunmen\n"
	okActor := "Taliban\t2\tAfghanistan\t\t\tsample\tطالبان\tTaliban\n"
	tests := []struct {
		name, actors, generic, want string
	}{
		{"no header", okActor, okGeneric, "actors/actors.tsv:1: want the header line"},
		{"columns moved", "name\tinter\tcountry\tto\tfrom\tsource\tarabic\tenglish\n" + okActor, okGeneric, "want the header line"},
		{"duplicate actor", actorsHead + okActor + "\n" + okActor, okGeneric,
			`actors/actors.tsv:5: actor "Taliban" is already listed at actors/actors.tsv:3`},
		{"unknown inter", actorsHead + "Taliban\t9\tAfghanistan\t\t\tsample\n", okGeneric, `actors/actors.tsv:3: actor "Taliban": inter "9" is not an ACLED actor type`},
		{"zero inter", actorsHead + "Taliban\t0\tAfghanistan\t\t\tsample\n", okGeneric, "actors/actors.tsv:3:"},
		{"inter as text", actorsHead + "Taliban\tRebel group\tAfghanistan\t\t\tsample\n" + "X\tRebels\t\t\t\tsample\n", okGeneric,
			`actors/actors.tsv:4: actor "X": inter "Rebels"`},
		{"bad year", actorsHead + "Taliban\t2\tAfghanistan\t20x4\t\tsample\n", okGeneric, `actors/actors.tsv:3: actor "Taliban": from: "20x4" is not a year`},
		{"to before from", actorsHead + "Taliban\t2\tAfghanistan\t2020\t2019\tsample\n", okGeneric, "valid to 2019 before valid from 2020"},
		{"years disagree with name", actorsHead + "Military Forces of Libya (2014-)\t1\tLibya\t2011\t\tsample\n", okGeneric,
			"actors/actors.tsv:3: actor \"Military Forces of Libya (2014-)\": from is 2011 but the name says 2014"},
		{"closed regime left open", actorsHead + "Military Forces of Libya (2011-2012)\t1\tLibya\t2011\t\tsample\n", okGeneric, "to is 0 but the name says 2012"},
		{"no source", actorsHead + "Taliban\t2\tAfghanistan\t\t\t\tطالبان\n", okGeneric, "no source for the spelling"},
		{"too few columns", actorsHead + "Taliban\t2\tAfghanistan\n", okGeneric, "actors/actors.tsv:3: want at least 6"},
		{"english in arabic column", actorsHead + "Taliban\t2\tAfghanistan\t\t\tsample\tTaliban\n", okGeneric, "is in the Arabic column"},
		{"arabic in english column", actorsHead + "Taliban\t2\tAfghanistan\t\t\tsample\t\tطالبان\n", okGeneric, "is in the English column"},
		{"alias twice", actorsHead + "Taliban\t2\tAfghanistan\t\t\tsample\tطالبان | الطالبان\n", okGeneric,
			`actors/actors.tsv:3: alias "الطالبان" gives the same written forms as "طالبان" (actors/actors.tsv:3)`},
		{"alias twice after folding", actorsHead + "Taliban\t2\tAfghanistan\t\t\tsample\t\tTaliban | TALIBAN\n", okGeneric, "same written forms"},
		{"ambiguous alias", actorsHead + okActor + "Taliban - Red Unit\t2\tAfghanistan\t\t\tsample\t\ttaliban\n", okGeneric,
			`actors/actors.tsv:4: alias "taliban" also names "Taliban" (actors/actors.tsv:3) in the same country and years`},
		{"generic unknown kind", actorsHead + okActor, genericHead + "thugs\tX ({country})\tبلطجية\n", `actors/generic.tsv:2: unknown kind "thugs"`},
		{"generic label missing", actorsHead + okActor, genericHead + "unidentified\t\tمسلحون\n", "actors/generic.tsv:2: kind unidentified needs a label"},
		{"generic label on forces", actorsHead + okActor, genericHead + "police\tPolice ({country})\tالشرطة\n", "kind police takes no label"},
		{"role without country", actorsHead + okActor, genericHead + "role\tJournalists\tصحفي\n", "needs {country}"},
		{"generic without phrases", actorsHead + okActor, genericHead + "military\t\n", "actors/generic.tsv:2: no phrases"},
		{"generic local mark", actorsHead + okActor, genericHead + "military\t\t~الجيش\n", "is for the actor table"},
		{"generic twice", actorsHead + okActor, okGeneric + "unidentified\tUnidentified Gang ({country})\tمسلحين | مسلحون\n",
			`actors/generic.tsv:3: alias "مسلحون" gives the same written forms`},
		{"generic across rows", actorsHead + okActor, okGeneric + "unidentified\tUnidentified Gang ({country})\t\tGunmen\n",
			`actors/generic.tsv:3: alias "Gunmen" gives the same written forms as "gunmen" (actors/generic.tsv:2)`},
		{"declined form clashes", actorsHead + okActor, genericHead + "unidentified\tX ({country})\tمسلح+ مجهول+ | مسلحين مجهولين\n", "same written forms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			_, err := load(t, tt.actors, tt.generic)
			if err == nil || !strings.Contains(err.Error(), tt.want) {
				t.Fatalf("error %v, want it to contain %q", err, tt.want)
			}
		})
	}
}

func TestLoadMissingFile(t *testing.T) {
	_, err := Load(fstest.MapFS{ActorsFile: {Data: []byte(actorsHead)}})
	if err == nil || !strings.Contains(err.Error(), "actors/generic.tsv") {
		t.Fatalf("error %v, want the missing file named", err)
	}
}

func TestLoadAccepts(t *testing.T) {
	tb, err := load(t, actorsHead+
		"# regimes may share aliases when their years differ\n"+
		"Military Forces of Libya (2011-2012)\t1\tLibya\t2011\t2012\tsample\tالجيش الليبي\n"+
		"Military Forces of Libya (2014-)\tState forces\tLibya\t2014\t\tsample\tالجيش الليبي\n"+
		"# one alias, different countries\n"+
		"Islamic State (Iraq)\t2\tIraq\t\t\tsample\tداعش\n"+
		"Islamic State (Syria)\t2\tSyria\t\t\tsample\tداعش\n",
		genericHead+"unidentified\tUnidentified Armed Group ({country})\tمسلح+ مجهول+\tgunmen\n")
	if err != nil {
		t.Fatal(err)
	}
	if n := len(tb.Actors()); n != 4 {
		t.Fatalf("%d actors, want 4", n)
	}
	a := tb.Actor("Military Forces of Libya (2014-)")
	if a == nil || a.Inter != 1 || a.From != 2014 || a.To != 0 || a.Origin != "actors/actors.tsv:5" {
		t.Fatalf("actor read wrong: %+v", a)
	}
	if g := tb.Generics()[0]; g.Kind != Unnamed || g.Labels[0] != "Unidentified Armed Group ({country})" || g.Origin != "actors/generic.tsv:2" {
		t.Fatalf("generic read wrong: %+v", g)
	}
}

// TestOverrideErrorsNameTheirFile: a team's broken override file is named
// by its own path and line, not by the built-in file it replaces.
func TestOverrideErrorsNameTheirFile(t *testing.T) {
	for _, c := range []struct{ file, text, line string }{
		{ActorsFile, actorsHead + "Taliban\t9\tAfghanistan\t\t\tsample\n", "3"},
		{GenericFile, genericHead + "thugs\tX ({country})\tبلطجية\n", "2"},
	} {
		dir := t.TempDir()
		path := filepath.Join(dir, filepath.FromSlash(c.file))
		if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(path, []byte(c.text), 0o644); err != nil {
			t.Fatal(err)
		}
		_, err := Load(seeds.FS(dir))
		if err == nil || !strings.HasPrefix(err.Error(), path+":"+c.line+": ") {
			t.Errorf("%s: error %v, want it to start with %s:%s", c.file, err, path, c.line)
		}
	}
}

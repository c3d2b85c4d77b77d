package rules

import (
	"go/ast"
	"go/parser"
	"go/token"
	"os"
	"path/filepath"
	"strings"
	"testing"
	"testing/fstest"

	"rasd/seeds"
)

// TestEveryKindIsRead: every kind a loader accepts (cue kinds and scopes,
// person kinds, word sets) is read by a rule of this package, outside the
// tables that name the kinds, so no lexicon line can carry a kind that
// does nothing.
func TestEveryKindIsRead(t *testing.T) {
	fset := token.NewFileSet()
	files, err := filepath.Glob("*.go")
	if err != nil {
		t.Fatal(err)
	}
	consts := map[string]bool{} // kind constants, by name
	uses := map[string]int{}
	var parsed []*ast.File
	for _, name := range files {
		if strings.HasSuffix(name, "_test.go") {
			continue
		}
		f, err := parser.ParseFile(fset, name, nil, 0)
		if err != nil {
			t.Fatal(err)
		}
		parsed = append(parsed, f)
		for _, decl := range f.Decls {
			gd, ok := decl.(*ast.GenDecl)
			if !ok || gd.Tok != token.CONST {
				continue
			}
			typ := ""
			for _, spec := range gd.Specs {
				vs := spec.(*ast.ValueSpec)
				if id, ok := vs.Type.(*ast.Ident); ok {
					typ = id.Name
				}
				switch typ {
				case "cueKind", "cueScope", "personKind", "wordSet":
					for _, n := range vs.Names {
						if !strings.HasPrefix(n.Name, "num") {
							consts[n.Name] = true
						}
					}
				}
			}
		}
	}
	// uses outside the name tables (composite literals keyed by kind) and
	// outside the declarations themselves
	for _, f := range parsed {
		ast.Inspect(f, func(n ast.Node) bool {
			switch n := n.(type) {
			case *ast.ValueSpec:
				for _, v := range n.Values {
					ast.Inspect(v, countIdents(consts, uses))
				}
				return false
			case *ast.KeyValueExpr:
				ast.Inspect(n.Value, countIdents(consts, uses))
				return false
			case *ast.Ident:
				if consts[n.Name] {
					uses[n.Name]++
				}
			}
			return true
		})
	}
	if len(consts) < 40 {
		t.Fatalf("found only %d kind constants: has the declaration moved?", len(consts))
	}
	for name := range consts {
		if uses[name] == 0 {
			t.Errorf("%s is accepted by a loader but read by no rule: remove it or write the rule", name)
		}
	}
}

// countIdents counts kind constants used inside a declaration's value.
func countIdents(consts map[string]bool, uses map[string]int) func(ast.Node) bool {
	return func(n ast.Node) bool {
		if id, ok := n.(*ast.Ident); ok && consts[id.Name] {
			uses[id.Name]++
		}
		return true
	}
}

// origins names its files the way seeds.FS does for a team's override.
type origins struct{ fstest.MapFS }

func (o origins) Origin(name string) string { return "/team/dict/" + name }

// override is the built-in seeds with some files replaced.
func override(t *testing.T, files map[string]string) origins {
	t.Helper()
	m := fstest.MapFS{}
	for _, name := range []string{triggersFile, cuesFile, weaponsFile, personsFile, "lexicons/numbers.tsv", WordsFile} {
		b, err := os.ReadFile(filepath.Join("../../seeds", name))
		if err != nil {
			t.Fatal(err)
		}
		m[name] = &fstest.MapFile{Data: b}
	}
	for name, body := range files {
		m[name] = &fstest.MapFile{Data: []byte(body)}
	}
	return origins{m}
}

// TestLoadErrorsNameTheFile: a broken lexicon line is an error naming the
// team's file and line, and says what is wrong.
func TestLoadErrorsNameTheFile(t *testing.T) {
	for _, c := range []struct {
		name, file, body, want string
	}{
		{"trigger listed twice with two categories", triggersFile,
			"phrase\tcategory\tflags\nabducted\tkidnapping\t\nkilled\tkilling\tdeath\nabducted\tkilling\t\n",
			`/team/dict/lexicons/triggers.tsv:4: "abducted" is listed already at /team/dict/lexicons/triggers.tsv:2`},
		{"unknown trigger flag", triggersFile, "phrase\tcategory\tflags\nkilled\tkilling\tdeadly\n",
			`/team/dict/lexicons/triggers.tsv:2: unknown trigger flag "deadly"`},
		{"cue kind nothing reads", cuesFile, "phrase\tkind\tscope\nsurvived\tsurvival\tsentence\n",
			`/team/dict/lexicons/cues.tsv:2: unknown cue kind "survival" (want negation, denial`},
		{"cue scope", cuesFile, "phrase\tkind\tscope\nnot\tnegation\tnear\n", `unknown cue scope "near" (want before, after, sentence or clause)`},
		{"person kind", personsFile, "phrase\tcount\tkind\nrebel\t1\tarmed\n", `/team/dict/lexicons/persons.tsv:2: unknown person kind "armed"`},
		{"no header", cuesFile, "not\tnegation\tbefore\n", `/team/dict/lexicons/cues.tsv:1: want the header line "phrase<TAB>kind<TAB>scope" first`},
		{"word set", WordsFile, "set\tphrase\tvalue\nagents\tby\t\n", `/team/dict/lexicons/words.tsv:2: unknown word set "agents"`},
		{"valued set without a value", WordsFile, "set\tphrase\tvalue\nday-count\tthree days\t\n", `words.tsv:2: the set day-count needs a number`},
		{"empty trigger file", triggersFile, "# a team's file, emptied by mistake\nphrase\tcategory\tflags\n", `/team/dict/lexicons/triggers.tsv lists no trigger, so nothing would be coded`},
		{"empty set", WordsFile, "set\tphrase\tvalue\nagent\tby\t\n", `has no police line`},
		{"set phrase twice", WordsFile, "set\tphrase\tvalue\nagent\tby\t\nagent\tBy\t\n", `words.tsv:3: "By" is in agent already at /team/dict/lexicons/words.tsv:2`},
	} {
		t.Run(c.name, func(t *testing.T) {
			_, err := LoadLexicons(override(t, map[string]string{c.file: c.body}))
			if err == nil || !strings.Contains(err.Error(), c.want) {
				t.Errorf("got %v\nwant an error containing %q", err, c.want)
			}
		})
	}
	if _, err := LoadLexicons(seeds.FS("")); err != nil {
		t.Fatalf("built-in lexicons: %v", err)
	}
}

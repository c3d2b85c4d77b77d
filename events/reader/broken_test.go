package reader

import (
	"io/fs"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding/charmap"
)

// TestBrokenInputs reads each broken variant from disk through Read, as a
// user would, and checks that the error names the file, the line where
// there is one, and what to do.
func TestBrokenInputs(t *testing.T) {
	rng := rand.New(rand.NewPCG(7, 8))
	binary := make([]byte, 2048)
	for i := range binary {
		binary[i] = byte(rng.IntN(256))
	}
	latin1, _ := charmap.ISO8859_1.NewEncoder().Bytes([]byte("Un café détruit à Benghazi: témoins évacués, élèves à l'abri, père blessé."))

	tests := []struct {
		name  string
		data  []byte
		line  int
		kind  error
		wants []string
	}{
		{"latin1.txt", latin1, 0, ErrEncoding, []string{"neither UTF-8 nor Arabic", "convert it to UTF-8"}},
		{"truncated.jsonl", []byte(`{"text": "ok"}` + "\n" + `{"text": "ok too"}` + "\n" + `{"id": "x", "text": "cut her`), 3, ErrSyntax, []string{"truncated JSON"}},
		{"cut.xml", []byte("<?xml version=\"1.0\"?>\n<rss version=\"2.0\">\n<channel>\n<title>T</title>\n<item><title>a</title></item>\n"), 6, ErrSyntax, []string{"<channel> (opened on line 3)", "cut short"}},
		{"garbled.atom", []byte("<feed xmlns=\"http://www.w3.org/2005/Atom\">\n<title>T</title>\n<entry>\n<title>a\n</entry>\n</feed>\n"), 5, ErrSyntax, []string{"<title> opened on line 4 is closed by </entry>"}},
		{"not-a-feed.rss", []byte("<?xml version=\"1.0\"?>\n<catalog><book>x</book></catalog>\n"), 0, ErrSyntax, []string{"not a well-formed RSS or Atom feed"}},
		{"unclosed.md", []byte("---\nid: u\ntitle: Unclosed\nThe body starts here: and has a colon.\n"), 1, ErrSyntax, []string{"no closing ---"}},
		{"no-text.json", []byte(`{"id": "n", "title": "Headline only", "published": "2024-01-01"}`), 0, ErrNoText, []string{"no text"}},
		{"bad-date.txt", []byte("---\npublished: 2024-02-31\n---\nBody.\n"), 2, ErrDate, []string{`"2024-02-31"`, "YYYY-MM-DD"}},
		{"missing-text-column.csv", []byte("id,headline\n1,x\n"), 1, ErrSyntax, []string{"no text column"}},
		// silent before: a text of spaces and invisible characters, a quote
		// left open that swallows the rows after it, UTF-8 pasted together
		// with a legacy encoding
		{"invisible.jsonl", []byte(`{"id": "i", "text": "\u2003\u3000\u200b\u2060\ufeff", "published": "2024-01-01"}`), 1, ErrNoText, []string{"no word", "invisible characters"}},
		{"open-quote.csv", []byte("id,text\na,\"Gunmen killed two men\nb,Gunmen killed three\nc,Gunmen killed four\n"), 2, ErrSyntax,
			[]string{"lines 2 to 4 were read as one field", "close the quote"}},
		{"mixed.txt", append([]byte("قتل مسلحون رجلا. "), []byte{0xe1, 0xe3, 0xc7, '\n'}...), 0, ErrEncoding, []string{"mixes UTF-8", "different encodings", "windows-1256"}},
		{"empty.html", []byte("<html><head><title>T</title></head><body></body></html>"), 0, ErrNoText, []string{"no text"}},
	}
	for _, ext := range []string{".txt", ".md", ".json", ".jsonl", ".csv", ".html", ".htm", ".xml", ".rss", ".atom"} {
		tests = append(tests,
			struct {
				name  string
				data  []byte
				line  int
				kind  error
				wants []string
			}{"empty" + ext, nil, 0, ErrEmpty, []string{"empty file"}},
			struct {
				name  string
				data  []byte
				line  int
				kind  error
				wants []string
			}{"binary" + ext, binary, 0, ErrBinary, []string{"is this a text file?"}},
		)
	}
	dir := t.TempDir()
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			path := filepath.Join(dir, tt.name)
			if err := os.WriteFile(path, tt.data, 0o644); err != nil {
				t.Fatal(err)
			}
			var errs []error
			for _, err := range Read([]string{path}, nil, Options{}) {
				if err != nil {
					errs = append(errs, err)
				}
			}
			if len(errs) != 1 {
				t.Fatalf("got %d errors, want 1: %v", len(errs), errs)
			}
			checkErr(t, errs[0], path, tt.line, tt.kind, tt.wants...)
		})
	}
}

func TestMissingAndUnknown(t *testing.T) {
	items := collect(Read([]string{"testdata/no/such/file.txt", "testdata/tree/notes.docx", "testdata/tree/README"}, nil, Options{}))
	if len(items) != 3 {
		t.Fatalf("got %d items", len(items))
	}
	checkErr(t, items[0].err, "testdata/no/such/file.txt", 0, fs.ErrNotExist, "no such file or directory", "check the path")
	checkErr(t, items[1].err, "testdata/tree/notes.docx", 0, ErrFormat, `".docx"`, strings.Join(Extensions(), ", "))
	checkErr(t, items[2].err, "testdata/tree/README", 0, ErrFormat, "no extension")
}

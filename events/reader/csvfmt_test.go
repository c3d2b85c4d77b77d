package reader

import (
	"bytes"
	"strings"
	"testing"
)

func TestReadCSV(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want [][3]string // id, text, origin
	}{
		{
			name: "canonical header",
			in:   "id,title,text,published,source,url,lang\nc1,T,Guard killed.,2024-01-02,S,https://e.example/c1,en\n",
			want: [][3]string{{"c1", "Guard killed.", "r.csv:2"}},
		},
		{
			name: "any case, any order, unknown columns",
			in:   " TEXT ,Extra, Id \nGuard killed.,zzz,c1\n",
			want: [][3]string{{"c1", "Guard killed.", "r.csv:2"}},
		},
		{
			name: "body alias",
			in:   "id,Body\nc1,Guard killed.\n",
			want: [][3]string{{"c1", "Guard killed.", "r.csv:2"}},
		},
		{
			name: "content alias",
			in:   "ID,CONTENT\nc1,Guard killed.\n",
			want: [][3]string{{"c1", "Guard killed.", "r.csv:2"}},
		},
		{
			name: "semicolons",
			in:   "id;text\nc1;Guard killed, police said.\nc2;Second.\n",
			want: [][3]string{{"c1", "Guard killed, police said.", "r.csv:2"}, {"c2", "Second.", "r.csv:3"}},
		},
		{
			name: "tabs",
			in:   "id\ttext\nc1\tGuard killed; two hurt, police said.\n",
			want: [][3]string{{"c1", "Guard killed; two hurt, police said.", "r.csv:2"}},
		},
		{
			name: "multi-line field keeps line numbers",
			in:   "id,text\r\nc1,\"Line one\r\nline two\"\r\n\r\nc2,Next.\r\n",
			want: [][3]string{{"c1", "Line one\nline two", "r.csv:2"}, {"c2", "Next.", "r.csv:5"}},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			rs := reports(t, ReadCSV(strings.NewReader(tt.in), "r.csv", Options{}))
			if len(rs) != len(tt.want) {
				t.Fatalf("got %d reports, want %d", len(rs), len(tt.want))
			}
			for i, w := range tt.want {
				if rs[i].ID != w[0] || rs[i].Text != w[1] || rs[i].Origin != w[2] {
					t.Errorf("report %d = %q %q %q, want %q", i, rs[i].ID, rs[i].Text, rs[i].Origin, w)
				}
			}
		})
	}
}

func TestReadCSVFields(t *testing.T) {
	in := "id,title,text,published,source,url,lang\nc1,Guard killed,مقتل حارس في سرت,2024-01-02,Coastal Wire,https://e.example/c1,\n"
	r := only(t, ReadCSV(strings.NewReader(in), "r.csv", Options{}))
	if r.Title != "Guard killed" || r.Source != "Coastal Wire" || r.URL != "https://e.example/c1" || r.Lang != "ar" || r.PublishedString() != "2024-01-02" {
		t.Errorf("got %+v", r)
	}
}

func TestReadCSVErrors(t *testing.T) {
	checkErrCases(t, "bad.csv", ReadCSV, []errCase{
		{"no text column", "id,title\na,b\n", 1, ErrSyntax, []string{"no text column", "id, title"}, 0},
		{"header only", "id,text\n", 0, ErrNoReports, []string{"no rows"}, 0},
		{"empty", "", 0, ErrEmpty, []string{"empty file"}, 0},
		{"short row fails alone", "id,text\na,one\nb\nc,three\n", 3, ErrSyntax, []string{"number of fields"}, 2},
		{"bad quote fails alone", "id,text\na,one\nb,x\"y\"z\nc,three\n", 3, ErrSyntax, []string{"malformed CSV", "column"}, 2},
		{"empty text", "id,text\na,\"  \"\nb,two\n", 2, ErrNoText, []string{"no text"}, 1},
		{"bad date", "id,text,date\na,one,2024-02-30\n", 2, ErrDate, []string{`"2024-02-30"`}, 0},
	})
}

func TestReadCSVUTF16(t *testing.T) {
	doc := "id,text\nu1,خطف مسلحون سائقا قرب مصراتة\n"
	for _, data := range [][]byte{encodeWith(t, utf16LE, doc), encodeWith(t, utf16BE, doc)} {
		r := only(t, ReadCSV(bytes.NewReader(data), "u.csv", Options{}))
		if r.ID != "u1" || r.Text != "خطف مسلحون سائقا قرب مصراتة" {
			t.Errorf("got %+v", r)
		}
	}
}

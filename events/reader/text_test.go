package reader

import (
	"strings"
	"testing"
)

func TestReadTextFrontMatter(t *testing.T) {
	tests := []struct {
		name string
		in   string
		want record // the fields a report must show; text as cleaned
	}{
		{
			name: "no front matter",
			in:   "Gunmen killed a guard in Sirte.\n",
			want: record{text: "Gunmen killed a guard in Sirte."},
		},
		{
			name: "all keys",
			in:   "---\nid: x-1\ntitle: Guard killed\nsource: Coastal Wire\nurl: https://e.example/1\npublished: 2024-01-02\nlang: en\n---\nGunmen killed a guard in Sirte.\n",
			want: record{id: "x-1", title: "Guard killed", source: "Coastal Wire", url: "https://e.example/1", published: "2024-01-02", lang: "en", text: "Gunmen killed a guard in Sirte."},
		},
		{
			name: "quoted values and aliases",
			in:   "---\ntitle: \"A \\\"quoted\\\" title: with colon\"\nsource: 'Al Sahil''s Desk'\ndate: 'March 5, 2024'\nlanguage: \"AR\"\nlink: https://e.example/2\n---\nنص الخبر هنا\n",
			want: record{title: `A "quoted" title: with colon`, source: "Al Sahil's Desk", published: "2024-03-05", lang: "ar", url: "https://e.example/2", text: "نص الخبر هنا"},
		},
		{
			name: "unknown keys, lists and comments ignored",
			in:   "---\n# written by hand\ntags:\n  - security\n- loose item\ncategories: [a, b]\nid: y\n\n---\nBody.\n",
			want: record{id: "y", text: "Body."},
		},
		{
			name: "crlf front matter",
			in:   "---\r\nid: z\r\ntitle: T\r\n---\r\nLine one.\r\nLine two.\r\n",
			want: record{id: "z", title: "T", text: "Line one.\nLine two."},
		},
		{
			name: "dashes later are body",
			in:   "Headline\n---\nBody after a rule.\n",
			want: record{text: "Headline\n---\nBody after a rule."},
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, ReadText(strings.NewReader(tt.in), "dir/note.md", Options{}))
			if tt.want.id != "" && r.ID != tt.want.id {
				t.Errorf("ID = %q, want %q", r.ID, tt.want.id)
			}
			if tt.want.id == "" && !strings.HasPrefix(r.ID, "note-") {
				t.Errorf("derived ID = %q, want note-<hash>", r.ID)
			}
			if r.Title != tt.want.title || r.Source != tt.want.source || r.URL != tt.want.url || r.Text != tt.want.text {
				t.Errorf("got title %q source %q url %q text %q\nwant %q %q %q %q", r.Title, r.Source, r.URL, r.Text, tt.want.title, tt.want.source, tt.want.url, tt.want.text)
			}
			if r.PublishedString() != tt.want.published {
				t.Errorf("published = %q, want %q", r.PublishedString(), tt.want.published)
			}
			if tt.want.lang != "" && r.Lang != tt.want.lang {
				t.Errorf("lang = %q, want %q", r.Lang, tt.want.lang)
			}
			if r.Origin != "dir/note.md" {
				t.Errorf("origin = %q", r.Origin)
			}
		})
	}
}

func TestReadTextErrors(t *testing.T) {
	checkErrCases(t, "r.md", ReadText, []errCase{
		{"unclosed front matter", "---\nid: a\ntitle: b\nBody without the closing line.\n", 1, ErrSyntax, []string{"no closing ---"}, 0},
		{"front matter only dashes", "---\n", 1, ErrSyntax, []string{"no closing ---"}, 0},
		{"line without colon", "---\nid: a\njust words\n---\nBody.\n", 3, ErrSyntax, []string{`"just words"`, "key: value"}, 0},
		{"bad date names its line", "---\nid: a\ntitle: b\npublished: 30 Febtember 2024\n---\nBody.\n", 4, ErrDate, []string{`"30 Febtember 2024"`, "YYYY-MM-DD", "--published"}, 0},
		{"no body", "---\nid: a\n---\n\n  \n", 0, ErrNoText, []string{"no text"}, 0},
		{"empty", "", 0, ErrEmpty, []string{"empty file"}, 0},
		{"blank", "\n \n\t\n", 0, ErrEmpty, []string{"empty file"}, 0},
	})
}

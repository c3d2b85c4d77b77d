package reader

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

// page wraps head markup and an article body into a page.
func page(head, body string) string {
	return "<!DOCTYPE html><html><head>" + head + "</head><body>" +
		"<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>" + body +
		"<footer>Copyright notice</footer></body></html>"
}

const articleEN = `<article><p>Gunmen shot dead a guard outside a bank in Sirte on Tuesday morning, a police spokesman said in a statement.</p>
<p>He said the two attackers drove off in a grey saloon and that prosecutors were now looking into the case.</p></article>`

func TestReadHTMLPublished(t *testing.T) {
	tests := []struct {
		name string
		head string
		body string
		want string
	}{
		{"article:published_time", `<meta property="article:published_time" content="2024-02-06T09:15:00+02:00">`, articleEN, "2024-02-06T09:15:00+02:00"},
		{"og variant wins over date", `<meta name="date" content="2020-01-01"><meta property="og:article:published_time" content="2024-02-06">`, articleEN, "2024-02-06T00:00:00Z"},
		{"itemprop on meta", `<meta itemprop="datePublished" content="2024-02-06">`, articleEN, "2024-02-06T00:00:00Z"},
		{"itemprop on time", ``, `<time itemprop="datePublished" datetime="2024-02-06T08:00:00Z">6 Feb</time>` + articleEN, "2024-02-06T08:00:00Z"},
		{"dublin core", `<meta name="DC.date.issued" content="2024-02-06">`, articleEN, "2024-02-06T00:00:00Z"},
		{"json-ld graph", `<script type="application/ld+json">{"@graph": [{"@type": "WebPage"}, {"@type": "NewsArticle", "datePublished": "2024-02-06T07:00:00+01:00"}]}</script>`, articleEN, "2024-02-06T07:00:00+01:00"},
		{"broken json-ld skipped", `<script type="application/ld+json">{oops</script><meta name="pubdate" content="2024-02-06">`, articleEN, "2024-02-06T00:00:00Z"},
		{"time pubdate", ``, `<time pubdate datetime="2024-02-06">Tuesday</time>` + articleEN, "2024-02-06T00:00:00Z"},
		{"rfc 1123", `<meta name="publishdate" content="Tue, 06 Feb 2024 09:15:00 GMT">`, articleEN, "2024-02-06T09:15:00Z"},
		{"none", ``, articleEN, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, ReadHTML(strings.NewReader(page(tt.head, tt.body)), "p.html", Options{}))
			got := ""
			if r.Dated() {
				got = r.Published.Format(time.RFC3339)
			}
			if got != tt.want {
				t.Errorf("published = %q, want %q", got, tt.want)
			}
		})
	}
}

func TestReadHTMLMetadata(t *testing.T) {
	head := `<title>Guard killed in Sirte - Coastal Wire</title>
<meta property="og:site_name" content="Coastal Wire">
<meta property="og:url" content="https://wire.example.com/og">
<link rel="canonical" href="https://wire.example.com/sirte-guard">`
	r := only(t, ReadHTML(strings.NewReader(page(head, articleEN)), "dir/sirte.html", Options{Source: "flag source"}))
	if r.Source != "Coastal Wire" {
		t.Errorf("source = %q", r.Source)
	}
	if r.URL != "https://wire.example.com/sirte-guard" {
		t.Errorf("url = %q", r.URL)
	}
	if !strings.Contains(r.Title, "Guard killed in Sirte") {
		t.Errorf("title = %q", r.Title)
	}
	if !strings.HasPrefix(r.Text, "Gunmen shot dead a guard") || !strings.Contains(r.Text, "\n\nHe said the two attackers") {
		t.Errorf("text = %q", r.Text)
	}
	if strings.Contains(r.Text, "Copyright") || strings.Contains(r.Text, "World") {
		t.Errorf("readability kept the page furniture: %q", r.Text)
	}
	if r.Lang != "en" || r.Origin != "dir/sirte.html" || !strings.HasPrefix(r.ID, "sirte-") {
		t.Errorf("lang %q origin %q id %q", r.Lang, r.Origin, r.ID)
	}
}

func TestReadHTMLLang(t *testing.T) {
	body := `<p>قتل مسلحون حارسا أمام مصرف في سرت صباح الثلاثاء بحسب متحدث باسم الشرطة.</p>`
	for _, tt := range []struct{ doc, want string }{
		{`<html lang="ar-LY"><body>` + body + `</body></html>`, "ar"},
		{`<html><head><meta property="og:locale" content="ar_AR"></head><body>` + body + `</body></html>`, "ar"},
		{`<html><body>` + body + `</body></html>`, "ar"},
		{`<html lang="en"><body>` + body + `</body></html>`, "en"}, // the page's word is taken
	} {
		r := only(t, ReadHTML(strings.NewReader(tt.doc), "l.html", Options{}))
		if r.Lang != tt.want {
			t.Errorf("%s: lang = %q, want %q", tt.doc, r.Lang, tt.want)
		}
	}
}

func TestReadHTMLCharsets(t *testing.T) {
	const text = "قتل مسلحون حارسا أمام مصرف في سرت صباح الثلاثاء، بحسب متحدث باسم الشرطة."
	doc := func(meta string) string {
		return `<html><head>` + meta + `<title>خبر</title></head><body><p>` + text + `</p></body></html>`
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"meta charset windows-1256", encodeWith(t, charmap.Windows1256, doc(`<meta charset="windows-1256">`))},
		{"http-equiv iso-8859-6", encodeWith(t, charmap.ISO8859_6, doc(`<meta http-equiv="Content-Type" content="text/html; charset=ISO-8859-6">`))},
		{"undeclared windows-1256", encodeWith(t, charmap.Windows1256, doc(""))},
		{"undeclared iso-8859-6", encodeWith(t, charmap.ISO8859_6, doc(""))},
		{"utf-16 bom", encodeWith(t, utf16LE, doc(""))},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, doc(`<meta charset="utf-8">`)...)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, ReadHTML(bytes.NewReader(tt.data), "c.html", Options{}))
			if r.Text != text || r.Title != "خبر" || r.Lang != "ar" {
				t.Errorf("got title %q text %q lang %q", r.Title, r.Text, r.Lang)
			}
		})
	}
}

// TestReadHTMLDeclaredCharset checks that a declared charset is obeyed even
// where detection would refuse the bytes (Latin-1 is not detected).
func TestReadHTMLDeclaredCharset(t *testing.T) {
	const text = "Un café détruit à Benghazi, selon des témoins."
	doc := `<html><head><meta charset="ISO-8859-1"></head><body><p>` + text + `</p></body></html>`
	data := encodeWith(t, charmap.ISO8859_1, doc)
	r := only(t, ReadHTML(bytes.NewReader(data), "fr.html", Options{}))
	if r.Text != text {
		t.Errorf("text = %q", r.Text)
	}
	undeclared := encodeWith(t, charmap.ISO8859_1, strings.Replace(doc, `<meta charset="ISO-8859-1">`, "", 1))
	items := collect(ReadHTML(bytes.NewReader(undeclared), "fr.html", Options{}))
	checkErr(t, items[0].err, "fr.html", 0, ErrEncoding, "convert it to UTF-8")
}

func TestReadHTMLErrors(t *testing.T) {
	tests := []struct {
		name  string
		in    string
		kind  error
		wants []string
	}{
		{"bad date", page(`<meta property="article:published_time" content="yesterday afternoon">`, articleEN), ErrDate, []string{`"yesterday afternoon"`, "YYYY-MM-DD"}},
		{"no text", `<html><head><title>Only a title</title></head><body><script>var x = 1;</script></body></html>`, ErrNoText, []string{"no text"}},
		{"empty", "  \n", ErrEmpty, []string{"empty file"}},
		{"binary", "\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", ErrBinary, []string{"is this a text file?"}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			items := collect(ReadHTML(strings.NewReader(tt.in), "bad.html", Options{}))
			if len(items) != 1 {
				t.Fatalf("got %d items", len(items))
			}
			checkErr(t, items[0].err, "bad.html", 0, tt.kind, tt.wants...)
		})
	}
}

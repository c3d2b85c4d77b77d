package reader

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"golang.org/x/text/encoding/charmap"
)

func rss(items string) string {
	return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Coastal Wire</title><link>https://wire.example.com/</link><description>d</description>` + items + `</channel></rss>`
}

func TestReadFeedRSS(t *testing.T) {
	in := rss(`
<item><title>Guard &amp; driver killed</title><link>https://wire.example.com/a</link><guid>g-a</guid>
<pubDate>Tue, 06 Feb 2024 23:30:00 -0500</pubDate>
<description><![CDATA[<p>Gunmen killed a guard and a driver in <b>Sirte</b>.</p><p>Police said.</p>]]></description></item>
<item><title>No guid</title><link>https://wire.example.com/b</link><description>Second report.</description></item>`)
	rs := reports(t, ReadFeed(strings.NewReader(in), "w.rss", Options{}))
	if len(rs) != 2 {
		t.Fatalf("got %d reports", len(rs))
	}
	a := rs[0]
	if a.ID != "g-a" || a.Title != "Guard & driver killed" || a.Source != "Coastal Wire" || a.URL != "https://wire.example.com/a" || a.Origin != "w.rss item 1" {
		t.Errorf("item 1 = %+v", a)
	}
	if a.Text != "Gunmen killed a guard and a driver in Sirte.\n\nPolice said." {
		t.Errorf("item 1 text = %q", a.Text)
	}
	// The zone is kept: in UTC this would be 7 February.
	if a.PublishedString() != "2024-02-06" || a.Published.Format(time.RFC3339) != "2024-02-06T23:30:00-05:00" {
		t.Errorf("item 1 published = %v", a.Published)
	}
	if rs[1].ID != "https://wire.example.com/b" || rs[1].Dated() || rs[1].Origin != "w.rss item 2" {
		t.Errorf("item 2 = %+v", rs[1])
	}
}

func TestReadFeedAtom(t *testing.T) {
	in := `<?xml version="1.0" encoding="utf-8"?>
<feed xmlns="http://www.w3.org/2005/Atom"><title>East Gate</title><id>urn:x</id><updated>2024-02-07T00:00:00Z</updated>
<entry><title>Kidnapping</title><id>urn:x:1</id><link href="https://east.example.net/1"/>
<updated>2024-02-07T10:00:00+02:00</updated><summary>Armed men seized a pharmacist in Kufra.</summary>
<content type="html">&lt;p&gt;Armed men seized a pharmacist from his shop in Kufra on Wednesday.&lt;/p&gt;</content></entry>
</feed>`
	r := only(t, ReadFeed(strings.NewReader(in), "e.atom", Options{}))
	if r.ID != "urn:x:1" || r.Source != "East Gate" || r.URL != "https://east.example.net/1" || r.PublishedString() != "2024-02-07" {
		t.Errorf("got %+v", r)
	}
	if r.Text != "Armed men seized a pharmacist from his shop in Kufra on Wednesday." {
		t.Errorf("content should win over summary: %q", r.Text)
	}
}

// TestReadFeedDateFallback checks that a date form ParseDate does not know
// but the feed parser does (RFC 850) still dates the item.
func TestReadFeedDateFallback(t *testing.T) {
	in := rss(`<item><guid>x</guid><pubDate>Tuesday, 06-Feb-24 09:15:00 UTC</pubDate><description>Text.</description></item>`)
	if _, err := ParseDate("Tuesday, 06-Feb-24 09:15:00 UTC"); err == nil {
		t.Fatal("ParseDate reads RFC 850 now; pick another form for this test")
	}
	r := only(t, ReadFeed(strings.NewReader(in), "f.rss", Options{}))
	if r.PublishedString() != "2024-02-06" {
		t.Errorf("published = %v", r.Published)
	}
}

// TestReadFeedStableIDs checks that an item without guid or link keeps its
// id when the feed rotates, and that duplicate guids are told apart.
func TestReadFeedStableIDs(t *testing.T) {
	x := `<item><description>Rotating item.</description></item>`
	y := `<item><description>Another item.</description></item>`
	first := reports(t, ReadFeed(strings.NewReader(rss(x+y)), "f.rss", Options{}))
	second := reports(t, ReadFeed(strings.NewReader(rss(y+x)), "f.rss", Options{}))
	if first[0].ID != second[1].ID || first[1].ID != second[0].ID || first[0].ID == first[1].ID {
		t.Errorf("ids moved with the items: %s %s / %s %s", first[0].ID, first[1].ID, second[0].ID, second[1].ID)
	}
	dup := reports(t, ReadFeed(strings.NewReader(rss(`<item><guid>same</guid><description>One.</description></item><item><guid>same</guid><description>Two.</description></item>`)), "d.rss", Options{}))
	if dup[0].ID != "same" || dup[1].ID != "same#2" {
		t.Errorf("duplicate guids: %q %q", dup[0].ID, dup[1].ID)
	}
	twins := reports(t, ReadFeed(strings.NewReader(rss(x+y+x)), "t.rss", Options{}))
	if twins[2].ID != twins[0].ID+"#3" {
		t.Errorf("repeated item: %q %q", twins[0].ID, twins[2].ID)
	}
}

func TestReadFeedEncodings(t *testing.T) {
	const text = "قتل مسلحون حارسا أمام مصرف في سرت، بحسب الشرطة."
	doc := func(enc string) string {
		return `<?xml version="1.0" encoding="` + enc + `"?>
<rss version="2.0"><channel><title>بوابة</title><language>ar</language><item><guid>a1</guid><title>خبر</title><description>` + text + `</description></item></channel></rss>`
	}
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"declared windows-1256", encodeWith(t, charmap.Windows1256, doc("windows-1256"))},
		{"declared iso-8859-6", encodeWith(t, charmap.ISO8859_6, doc("ISO-8859-6"))},
		{"undeclared windows-1256", encodeWith(t, charmap.Windows1256, doc("UTF-8"))},
		{"utf-8 declared windows-1256", []byte(doc("windows-1256"))},
		{"utf-16 bom", encodeWith(t, utf16LE, doc("UTF-16"))},
		{"utf-16be bom", encodeWith(t, utf16BE, doc("utf-16"))},
	} {
		t.Run(tt.name, func(t *testing.T) {
			r := only(t, ReadFeed(bytes.NewReader(tt.data), "a.xml", Options{}))
			if r.Text != text || r.Title != "خبر" || r.Source != "بوابة" || r.Lang != "ar" {
				t.Errorf("got %+v", r)
			}
		})
	}
}

func TestReadFeedDeclaredLatin1(t *testing.T) {
	const text = "Un café détruit à Benghazi, selon des témoins."
	doc := `<?xml version="1.0" encoding="ISO-8859-1"?><rss version="2.0"><channel><title>T</title><item><guid>f</guid><description>` + text + `</description></item></channel></rss>`
	r := only(t, ReadFeed(bytes.NewReader(encodeWith(t, charmap.ISO8859_1, doc)), "fr.xml", Options{}))
	if r.Text != text {
		t.Errorf("text = %q", r.Text)
	}
}

func TestReadFeedErrors(t *testing.T) {
	checkErrCases(t, "bad.xml", ReadFeed, []errCase{
		{"truncated", "<?xml version=\"1.0\"?>\n<rss version=\"2.0\"><channel><title>T</title>\n<item><title>cut", 3, ErrSyntax, []string{"ends before <title> (opened on line 3)", "cut short"}, 0},
		{"stray end tag", "<rss version=\"2.0\"><channel><title>T</title></channel></rss>\n</item>", 2, ErrSyntax, []string{"</item> closes no open element"}, 0},
		{"bad markup", "<rss version=\"2.0\"><channel>\n<title>T</title\n<<</channel></rss>", 3, ErrSyntax, []string{"malformed XML"}, 0},
		{"not a feed", `<?xml version="1.0"?><catalog><book>x</book></catalog>`, 0, ErrSyntax, []string{"RSS or Atom"}, 0},
		{"not xml", `just words, no markup at all`, 0, ErrSyntax, []string{"RSS or Atom"}, 0},
		{"no items", rss(""), 0, ErrNoReports, []string{"no items"}, 0},
		{"empty", "", 0, ErrEmpty, []string{"empty file"}, 0},
		{"item without text", rss(`<item><guid>a</guid><description>fine</description></item><item><guid>b</guid><title>only a title</title></item>`), 0, ErrNoText, []string{"item 2", "no text"}, 1},
		{"bad date", rss(`<item><guid>a</guid><pubDate>the other day</pubDate><description>x</description></item>`), 0, ErrDate, []string{"item 1", `"the other day"`}, 0},
	})
}

func TestPrologEncoding(t *testing.T) {
	for _, tt := range []struct{ in, label, rewritten string }{
		{`<?xml version="1.0" encoding="windows-1256"?><rss/>`, "windows-1256", `<?xml version="1.0" encoding="UTF-8"?><rss/>`},
		{`<?xml version='1.0' encoding = 'ISO-8859-6' ?><rss/>`, "ISO-8859-6", `<?xml version='1.0' encoding = 'UTF-8' ?><rss/>`},
		{`<?xml version="1.0"?><rss encoding="x"/>`, "", `<?xml version="1.0"?><rss encoding="x"/>`},
		{`<rss/>`, "", `<rss/>`},
	} {
		if got := xmlEncoding([]byte(tt.in)); got != tt.label {
			t.Errorf("xmlEncoding(%q) = %q, want %q", tt.in, got, tt.label)
		}
		if got := asUTF8Prolog(tt.in); got != tt.rewritten {
			t.Errorf("asUTF8Prolog(%q) = %q, want %q", tt.in, got, tt.rewritten)
		}
	}
}

// TestReadFeedLenient checks that what real feeds get wrong and the feed
// parser forgives is forgiven by the nesting check too.
func TestReadFeedLenient(t *testing.T) {
	in := rss(`<item><guid>a</guid><title>Tom & Jerry&nbsp;news</title><description>Line one<br>line two<img src="x.png"></description></item>`)
	r := only(t, ReadFeed(strings.NewReader(in), "l.rss", Options{}))
	if !strings.Contains(r.Text, "Line one") || !strings.Contains(r.Title, "Tom") {
		t.Errorf("got %+v", r)
	}
}

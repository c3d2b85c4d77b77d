package reader

import (
	"bytes"
	"io"
	"iter"
	nurl "net/url"
	"strings"

	readability "codeberg.org/readeck/go-readability/v2"
	"codeberg.org/readeck/go-readability/v2/render"
	"golang.org/x/net/html"

	"rasd/events"
)

// ReadHTML reads a saved web page as one report: the main text as
// readability finds it (menus, adverts and comments dropped), the title, the
// publication time and the site name from the page's metadata. A page
// readability finds no article in falls back to the text of its body, so a
// short bulletin is not lost.
func ReadHTML(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return one(func() (_ events.Report, err error) {
		defer recovered(name, &err)
		data, err := readAtMost(r, name, opts.maxInput())
		if err != nil {
			return events.Report{}, err
		}
		s, err := decode(data, htmlCharset(data))
		if err != nil {
			return events.Report{}, &Error{Path: name, Err: err}
		}
		doc, err := html.Parse(strings.NewReader(s))
		if err != nil {
			return events.Report{}, &Error{Path: name, Err: err}
		}
		m := scanPage(doc)
		rec := record{
			title:     m.title,
			source:    m.siteName,
			url:       m.url,
			lang:      m.lang,
			published: m.published,
		}
		var base *nurl.URL
		if u, err := nurl.Parse(m.url); err == nil && u.IsAbs() {
			base = u
		}
		if article, err := readability.FromDocument(doc, base); err == nil && article.Node != nil {
			rec.text = render.InnerText(article.Node)
			if t := article.Title(); t != "" {
				rec.title = t
			}
		}
		if strings.TrimSpace(rec.text) == "" && m.body != nil {
			rec.text = render.InnerText(m.body)
		}
		return finish(rec, at(name), opts)
	})
}

// htmlCharset returns the charset a page declares in its first 4 KiB
// (<meta charset> or the http-equiv Content-Type), or "". The tokenizer
// reads the raw bytes safely because every encoding a page may declare
// this way is ASCII-compatible.
func htmlCharset(data []byte) string {
	if len(data) > 4<<10 {
		data = data[:4<<10]
	}
	z := html.NewTokenizer(bytes.NewReader(data))
	for {
		switch z.Next() {
		case html.ErrorToken:
			return ""
		case html.StartTagToken, html.SelfClosingTagToken:
			tok := z.Token()
			if tok.Data == "body" {
				return ""
			}
			if tok.Data != "meta" {
				continue
			}
			var httpEquiv, content string
			for _, a := range tok.Attr {
				switch strings.ToLower(a.Key) {
				case "charset":
					return strings.TrimSpace(a.Val)
				case "http-equiv":
					httpEquiv = strings.ToLower(a.Val)
				case "content":
					content = a.Val
				}
			}
			if httpEquiv == "content-type" {
				if _, cs, ok := strings.Cut(strings.ToLower(content), "charset="); ok {
					return strings.Trim(strings.TrimSpace(cs), `"'; `)
				}
			}
		}
	}
}

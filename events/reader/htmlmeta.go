package reader

import (
	"encoding/json"
	"maps"
	"slices"
	"strings"

	"golang.org/x/net/html"
)

// pageMeta is what a page says about itself outside its article text.
type pageMeta struct {
	title, siteName, url, lang, published string
	body                                  *html.Node
}

// publishedKeys are the meta names, properties and itemprops that carry a
// publication time, best first: Open Graph article metadata, schema.org
// microdata, then the Dublin Core and CMS-specific names outlets still use.
var publishedKeys = []string{
	"article:published_time",
	"og:article:published_time",
	"og:published_time",
	"datepublished",
	"pubdate",
	"publishdate",
	"publish-date",
	"publish_date",
	"dc.date.issued",
	"dcterms.issued",
	"dcterms.created",
	"dc.date",
	"parsely-pub-date",
	"sailthru.date",
	"date",
}

// scanPage walks the document once and collects its metadata.
func scanPage(doc *html.Node) pageMeta {
	var (
		m        pageMeta
		meta     = map[string]string{}
		jsonLD   []string
		canon    string
		timeElem string
	)
	var walk func(n *html.Node)
	walk = func(n *html.Node) {
		if n.Type == html.ElementNode {
			switch n.Data {
			case "html":
				m.lang = attr(n, "lang")
			case "title":
				if m.title == "" && n.FirstChild != nil {
					m.title = n.FirstChild.Data
				}
			case "body":
				m.body = n
			case "link":
				if strings.EqualFold(attr(n, "rel"), "canonical") && canon == "" {
					canon = attr(n, "href")
				}
			case "script":
				if strings.EqualFold(attr(n, "type"), "application/ld+json") && n.FirstChild != nil {
					jsonLD = append(jsonLD, n.FirstChild.Data)
				}
			case "time":
				if _, ok := hasAttr(n, "pubdate"); ok && timeElem == "" {
					timeElem = attr(n, "datetime")
				}
			}
			key := strings.ToLower(attr(n, "itemprop"))
			if n.Data == "meta" {
				key = strings.ToLower(firstNonEmpty(attr(n, "property"), attr(n, "name"), key, attr(n, "http-equiv")))
			}
			if key != "" {
				value := firstNonEmpty(attr(n, "content"), attr(n, "datetime"))
				if _, seen := meta[key]; !seen && value != "" {
					meta[key] = value
				}
			}
		}
		for c := n.FirstChild; c != nil; c = c.NextSibling {
			walk(c)
		}
	}
	walk(doc)

	ld := scanJSONLD(jsonLD)
	for _, k := range publishedKeys {
		if v := meta[k]; v != "" {
			m.published = v
			break
		}
	}
	m.published = firstNonEmpty(m.published, ld.published, timeElem)
	m.siteName = firstNonEmpty(meta["og:site_name"], ld.publisher)
	m.url = firstNonEmpty(canon, meta["og:url"])
	m.lang = firstNonEmpty(m.lang, meta["og:locale"], meta["content-language"])
	m.title = firstNonEmpty(meta["og:title"], m.title)
	return m
}

func attr(n *html.Node, key string) string {
	v, _ := hasAttr(n, key)
	return v
}

func hasAttr(n *html.Node, key string) (string, bool) {
	for _, a := range n.Attr {
		if a.Key == key {
			return strings.TrimSpace(a.Val), true
		}
	}
	return "", false
}

// linkedData is what rasd takes from schema.org JSON-LD.
type linkedData struct{ published, publisher string }

// scanJSONLD finds the first datePublished and publisher name in the
// page's JSON-LD blocks, looking through @graph and nested objects, since
// CMSs nest the article several levels deep. Broken blocks are skipped:
// they are common and the other metadata may do.
func scanJSONLD(blocks []string) linkedData {
	var ld linkedData
	var visit func(v any)
	visit = func(v any) {
		switch v := v.(type) {
		case map[string]any:
			if s, ok := v["datePublished"].(string); ok && ld.published == "" {
				ld.published = s
			}
			if p, ok := v["publisher"].(map[string]any); ok && ld.publisher == "" {
				if s, ok := p["name"].(string); ok {
					ld.publisher = s
				}
			}
			for _, k := range slices.Sorted(maps.Keys(v)) {
				visit(v[k])
			}
		case []any:
			for _, c := range v {
				visit(c)
			}
		}
	}
	for _, b := range blocks {
		var v any
		if json.Unmarshal([]byte(b), &v) == nil {
			visit(v)
		}
	}
	return ld
}

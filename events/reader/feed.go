package reader

import (
	"fmt"
	"io"
	"iter"
	"strings"

	"codeberg.org/readeck/go-readability/v2/render"
	"github.com/mmcdole/gofeed"
	"golang.org/x/net/html"

	"rasd/events"
)

// ReadFeed reads an RSS or Atom feed; every item is a report: its title,
// its content (or description when there is none) stripped of markup, its
// link, its publication (or update) time, and the feed's title as source.
//
// Items are placed by their number ("feed.xml item 3"), not a line, since
// the feed parser gives none. The id is the item's guid, else its link,
// else derived from the file name and text, never from the item's
// position: feeds rotate, so the position changes from one fetch to the
// next. A repeated id gets "#<item number>" so ids stay unique.
func ReadFeed(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		data, err := readAll(r, name)
		if err != nil {
			yield(events.Report{}, err)
			return
		}
		s, err := decode(data, xmlEncoding(data))
		if err != nil {
			yield(events.Report{}, &Error{Path: name, Err: err})
			return
		}
		s = asUTF8Prolog(s)
		if line, err := checkXMLNesting(s); err != nil {
			yield(events.Report{}, &Error{Path: name, Line: line, Err: err})
			return
		}
		feed, err := parseFeed(s, name)
		if err != nil {
			yield(events.Report{}, err)
			return
		}
		if len(feed.Items) == 0 {
			yield(events.Report{}, &Error{Path: name, Err: problemf(ErrNoReports, "no reports: the feed has no items")})
			return
		}
		seen := make(map[string]bool, len(feed.Items))
		for i, item := range feed.Items {
			n := i + 1
			rep, err := finish(itemRecord(item, feed, opts), where{path: name, origin: fmt.Sprintf("%s item %d", name, n)}, opts)
			if err != nil {
				err = &Error{Path: name, Err: fmt.Errorf("item %d: %w", n, unwrapPos(err))}
			} else if seen[rep.ID] {
				// a feed that repeats a guid, or an item: the item's number
				// makes it unique, counting on while another item has the id
				id := rep.ID
				for k := n; seen[rep.ID]; k++ {
					rep.ID = fmt.Sprintf("%s#%d", id, k)
				}
			}
			seen[rep.ID] = true
			if !yield(rep, err) {
				return
			}
		}
	}
}

// parseFeed runs the feed parser, with its failures (and panics) placed.
func parseFeed(s, name string) (_ *gofeed.Feed, err error) {
	defer recovered(name, &err)
	feed, err := gofeed.NewParser().Parse(strings.NewReader(s))
	if err != nil {
		return nil, &Error{Path: name, Err: problemf(ErrSyntax, "not a well-formed RSS or Atom feed (%v): check that the file is complete", err)}
	}
	return feed, nil
}

func itemRecord(item *gofeed.Item, feed *gofeed.Feed, opts Options) record {
	rec := record{
		id:     firstNonEmpty(item.GUID, item.Link),
		title:  stripHTML(item.Title),
		text:   stripHTML(firstNonEmpty(item.Content, item.Description)),
		source: feed.Title,
		url:    item.Link,
		lang:   feed.Language,
	}
	// The raw string goes to the date parser first, so a zoned time keeps
	// its zone (gofeed converts to UTC, which can move the date a day);
	// gofeed's own parse is the fallback for forms that parser does not know.
	raw, parsed := item.Published, item.PublishedParsed
	if strings.TrimSpace(raw) == "" && parsed == nil {
		raw, parsed = item.Updated, item.UpdatedParsed
	}
	if _, err := opts.parseDate(raw); err != nil && parsed != nil && inYears(*parsed) {
		rec.date = *parsed
	} else {
		rec.published = raw
	}
	return rec
}

// stripHTML turns feed markup into text with paragraph breaks. Plain text
// passes through the parser unchanged apart from entities.
func stripHTML(s string) string {
	if !strings.ContainsAny(s, "<&") {
		return s
	}
	doc, err := html.Parse(strings.NewReader(s))
	if err != nil {
		return s
	}
	return render.InnerText(doc)
}

// unwrapPos takes the message out of an *Error, so it can be re-placed.
func unwrapPos(err error) error {
	if e, ok := err.(*Error); ok {
		return e.Err
	}
	return err
}

// xmlEncoding returns the encoding an XML prolog declares, or "".
func xmlEncoding(data []byte) string {
	if len(data) > 512 {
		data = data[:512]
	}
	label, _, _ := prologEncoding(string(data))
	return label
}

// asUTF8Prolog rewrites the prolog's encoding to UTF-8: s is decoded already,
// and the feed parser would otherwise decode it a second time.
func asUTF8Prolog(s string) string {
	label, i, j := prologEncoding(s)
	if label == "" || isUTF8Label(label) {
		return s
	}
	return s[:i] + "UTF-8" + s[j:]
}

// prologEncoding finds encoding="..." in a leading <?xml ...?> and returns
// its value and the value's byte span in s.
func prologEncoding(s string) (label string, i, j int) {
	if !strings.HasPrefix(s, "<?xml") {
		return "", 0, 0
	}
	end := strings.Index(s, "?>")
	if end < 0 {
		return "", 0, 0
	}
	k := strings.Index(s[:end], "encoding")
	if k < 0 {
		return "", 0, 0
	}
	rest := strings.TrimLeft(s[k+len("encoding"):end], " \t\r\n")
	if !strings.HasPrefix(rest, "=") {
		return "", 0, 0
	}
	rest = strings.TrimLeft(rest[1:], " \t\r\n")
	if rest == "" || (rest[0] != '"' && rest[0] != '\'') {
		return "", 0, 0
	}
	q := rest[0]
	close := strings.IndexByte(rest[1:], q)
	if close < 0 {
		return "", 0, 0
	}
	i = end - len(rest) + 1 // rest is a suffix of s[:end]
	return rest[1 : 1+close], i, i + close
}

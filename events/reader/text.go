package reader

import (
	"io"
	"iter"
	"strconv"
	"strings"

	"rasd/events"
)

// ReadText reads a .txt or .md file as one report: the whole text is the
// body, unless the first line is "---", in which case the lines up to the
// next "---" are front matter, "key: value" lines naming id, title, source,
// url, published (or date) and lang. Other keys are ignored, so front matter
// written for a static site generator is accepted.
func ReadText(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return one(func() (events.Report, error) {
		s, err := decodeFile(r, name, "", opts.maxInput())
		if err != nil {
			return events.Report{}, err
		}
		rec, err := parseFrontMatter(s, name)
		if err != nil {
			return events.Report{}, err
		}
		return finish(rec, at(name), opts)
	})
}

// parseFrontMatter splits s into front matter and body. The closing line is
// found before any key is read: without it, body lines that happen to hold
// a colon ("Tripoli: gunmen ...") would be taken for keys.
func parseFrontMatter(s, name string) (record, error) {
	first, rest, _ := strings.Cut(s, "\n")
	if strings.TrimRight(first, " \t\r") != "---" {
		return record{text: s}, nil
	}
	var (
		rec   record
		lines []string
		found bool
	)
	for rest != "" && !found {
		var l string
		l, rest, _ = strings.Cut(rest, "\n")
		l = strings.TrimRight(l, " \t\r")
		if found = l == "---"; !found {
			lines = append(lines, l)
		}
	}
	if !found {
		return rec, &Error{Path: name, Line: 1, Err: problemf(ErrSyntax, "the front matter opened on line 1 has no closing --- line: add one after the last key")}
	}
	rec.text = rest
	for i, l := range lines {
		line := i + 2
		if l == "" || l[0] == '#' || l[0] == ' ' || l[0] == '\t' || l[0] == '-' {
			continue // blank, comment, or a YAML continuation of a key we ignore
		}
		key, value, ok := strings.Cut(l, ":")
		if !ok {
			return rec, &Error{Path: name, Line: line, Err: problemf(ErrSyntax, "front matter line %q is not \"key: value\"", l)}
		}
		value = unquote(strings.TrimSpace(value))
		switch strings.ToLower(strings.TrimSpace(key)) {
		case "id":
			rec.id = value
		case "title":
			rec.title = value
		case "source":
			rec.source = value
		case "url", "link":
			rec.url = value
		case "published", "date":
			rec.published, rec.dateLine = value, line
		case "lang", "language":
			rec.lang = value
		}
	}
	return rec, nil
}

// unquote removes YAML-style quotes: "..." with backslash escapes, or '...'
// where a doubled single quote stands for one. Unbalanced quotes are kept.
func unquote(v string) string {
	if len(v) < 2 {
		return v
	}
	switch {
	case v[0] == '"' && v[len(v)-1] == '"':
		if u, err := strconv.Unquote(v); err == nil {
			return u
		}
		return v[1 : len(v)-1]
	case v[0] == '\'' && v[len(v)-1] == '\'':
		return strings.ReplaceAll(v[1:len(v)-1], "''", "'")
	}
	return v
}

package reader

import (
	"encoding/xml"
	"errors"
	"io"
	"strings"
)

// htmlVoid are the HTML elements that are never closed. Feeds paste HTML
// into descriptions unescaped, so a <br> left open is forgiven; any other
// element left open is not.
var htmlVoid = map[string]bool{
	"area": true, "base": true, "br": true, "col": true, "embed": true, "hr": true, "img": true,
	"input": true, "link": true, "meta": true, "param": true, "source": true, "track": true, "wbr": true,
}

// checkXMLNesting finds the first element closed by the wrong end tag or
// never closed, and returns the line of the fault. The feed parser does not
// tell: it closes elements for the user, so a cut or garbled feed reads as
// fewer or wrong items instead of failing. The check is otherwise lenient
// (bare ampersands, HTML entities), as real feeds need.
func checkXMLNesting(s string) (line int, err error) {
	type open struct {
		name string
		line int
	}
	d := xml.NewDecoder(strings.NewReader(s))
	d.Strict = false
	d.CharsetReader = func(_ string, r io.Reader) (io.Reader, error) { return r, nil }
	var stack []open
	for {
		tok, err := d.RawToken()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			var syn *xml.SyntaxError
			if errors.As(err, &syn) {
				return syn.Line, problemf(ErrSyntax, "malformed XML: %s: check that the feed is complete", syn.Msg)
			}
			l, _ := d.InputPos()
			return l, problemf(ErrSyntax, "malformed XML (%v): check the XML declaration and that the feed is complete", err)
		}
		switch t := tok.(type) {
		case xml.StartElement:
			l, _ := d.InputPos()
			stack = append(stack, open{t.Name.Local, l})
		case xml.EndElement:
			for len(stack) > 0 && stack[len(stack)-1].name != t.Name.Local && htmlVoid[strings.ToLower(stack[len(stack)-1].name)] {
				stack = stack[:len(stack)-1]
			}
			l, _ := d.InputPos()
			if len(stack) == 0 {
				return l, problemf(ErrSyntax, "malformed XML: </%s> closes no open element", t.Name.Local)
			}
			if top := stack[len(stack)-1]; top.name != t.Name.Local {
				return l, problemf(ErrSyntax, "malformed XML: <%s> opened on line %d is closed by </%s>", top.name, top.line, t.Name.Local)
			}
			stack = stack[:len(stack)-1]
		}
	}
	for len(stack) > 0 && htmlVoid[strings.ToLower(stack[len(stack)-1].name)] {
		stack = stack[:len(stack)-1]
	}
	if len(stack) > 0 {
		top := stack[len(stack)-1]
		l, _ := d.InputPos()
		return l, problemf(ErrSyntax, "malformed XML: the input ends before <%s> (opened on line %d) is closed: is the feed cut short?", top.name, top.line)
	}
	return 0, nil
}

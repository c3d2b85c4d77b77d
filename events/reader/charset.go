package reader

import (
	"bytes"
	"strings"
	"unicode/utf8"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/htmlindex"
	"golang.org/x/text/encoding/unicode"
)

// decode returns data as UTF-8 text. A byte-order mark decides first, then
// valid UTF-8, then the charset the document declares (HTML meta, XML
// prolog; "" when none), then the Arabic legacy encodings. Valid UTF-8 wins
// over a declared legacy charset because files are often converted without
// their declaration being updated, while legacy Arabic text is practically
// never valid UTF-8 (its letters are lead bytes, and words put two lead
// bytes in a row). Valid UTF-8 costs one pass and no allocation beyond the
// string, which keeps ingest fast.
func decode(data []byte, declared string) (string, error) {
	if enc, n := bomEncoding(data); enc != nil {
		return decodeBOM(data, enc, n)
	}
	if isBlank(data) {
		return "", ErrEmpty
	}
	if i := bytes.IndexByte(data, 0); i >= 0 {
		return "", binaryError(i)
	}
	if utf8.Valid(data) {
		if i := controlIndex(data); i >= 0 {
			return "", binaryError(i)
		}
		return string(data), nil
	}
	if declared != "" && !isUTF8Label(declared) {
		if enc, err := htmlindex.Get(declared); err == nil {
			s, err := enc.NewDecoder().String(string(data))
			if err != nil {
				return "", problemf(ErrEncoding, "cannot decode the text as %s, the charset it declares: %v; convert it to UTF-8", declared, err)
			}
			return s, nil
		}
	}
	return decodeLegacy(data)
}

// bomEncoding names the encoding a byte-order mark announces and the mark's
// length, or nil when there is none. UTF-16 is only trusted with a mark:
// without one it cannot be told from binary data.
func bomEncoding(data []byte) (encoding.Encoding, int) {
	switch {
	case bytes.HasPrefix(data, []byte{0xEF, 0xBB, 0xBF}):
		return unicode.UTF8, 3
	case bytes.HasPrefix(data, []byte{0xFF, 0xFE}):
		return unicode.UTF16(unicode.LittleEndian, unicode.IgnoreBOM), 2
	case bytes.HasPrefix(data, []byte{0xFE, 0xFF}):
		return unicode.UTF16(unicode.BigEndian, unicode.IgnoreBOM), 2
	}
	return nil, 0
}

func decodeBOM(data []byte, enc encoding.Encoding, n int) (string, error) {
	body := data[n:]
	var s string
	if enc == unicode.UTF8 {
		if !utf8.Valid(body) {
			return "", problemf(ErrEncoding, "invalid UTF-8 after a UTF-8 byte-order mark: convert the file to UTF-8")
		}
		s = string(body)
	} else {
		if len(body)%2 != 0 {
			return "", problemf(ErrEncoding, "odd number of bytes after a UTF-16 byte-order mark (is the file cut short?): convert it to UTF-8")
		}
		b, err := enc.NewDecoder().Bytes(body)
		if err != nil {
			return "", problemf(ErrEncoding, "invalid UTF-16: convert the file to UTF-8")
		}
		s = string(b)
	}
	if isBlank([]byte(s)) {
		return "", ErrEmpty
	}
	if i := strings.IndexByte(s, 0); i >= 0 {
		return "", binaryError(i)
	}
	if i := controlIndex([]byte(s)); i >= 0 {
		return "", binaryError(i)
	}
	return s, nil
}

func isUTF8Label(label string) bool {
	l := strings.ToLower(strings.TrimSpace(label))
	return l == "utf-8" || l == "utf8"
}

// isBlank reports whether data holds nothing but ASCII white space.
func isBlank(data []byte) bool {
	return len(bytes.TrimSpace(data)) == 0
}

// controlIndex returns the offset of the first C0 control code when there
// are enough of them (over 1 in 100 bytes) to say the data is not text, or
// -1. Tabs, newlines, form feeds and ESC are text; a stray control code in
// a long report is tolerated, since scrapers leave them.
func controlIndex(data []byte) int {
	first, n := -1, 0
	for i, c := range data {
		if c >= 0x20 || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v' || c == 0x1b {
			continue
		}
		if first < 0 {
			first = i
		}
		n++
	}
	if n > 0 && n*100 > len(data) {
		return first
	}
	return -1
}

func binaryError(offset int) error {
	return problemf(ErrBinary, "binary data (control byte at offset %d): is this a text file? rasd reads text in UTF-8, UTF-16 with a byte-order mark, Windows-1256 or ISO-8859-6", offset)
}

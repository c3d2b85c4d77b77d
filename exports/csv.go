package exports

import (
	"fmt"
	"io"
	"iter"
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"

	"rasd/events"
)

// csvBufferSize is how much output is gathered before each write: large
// enough that a million-row export makes few syscalls; beyond 1 MiB the gain
// is lost in the noise.
const csvBufferSize = 1 << 20

// utf8BOM is what Options.BOM writes first.
const utf8BOM = "\uFEFF"

// CSV writes a header and one row per event, in events.Columns order (then
// events.ExtendedColumns with Options.Extended), and returns how many events
// it wrote.
//
// The output is RFC 4180: comma-separated, CRLF after every record, a field
// quoted only when it holds a comma, a quote, a line break or starts with a
// space, quotes doubled inside. Line breaks inside notes are kept as they
// are. encoding/csv reads it back unchanged; csv_test.go checks that the
// fields are exactly what encoding/csv's Writer would have quoted.
//
// Cells are written straight into one large buffer instead of through
// events.Event.Row and encoding/csv.Writer: that path allocates a []string
// and a string per number for every event and is measurably slower (see
// BenchmarkCSVViaRow), and CSV export speed has an acceptance bar against
// sqlite3 -csv.
//
// When the iterator yields an error, CSV writes out the rows completed so
// far and returns the error wrapped with the position of the failed event;
// the output is then a truncated, but well-formed, file.
func CSV(w io.Writer, seq iter.Seq2[events.Event, error], opts Options) (n int, err error) {
	cols := columnsFor(opts)
	cw := &csvWriter{w: w, buf: make([]byte, 0, csvBufferSize+64<<10), cols: cols,
		numeric: opts.NumericInter, inter: newInteractions(opts.NumericInter)}
	if opts.BOM {
		cw.buf = append(cw.buf, utf8BOM...)
	}
	for i, name := range header(cols) {
		if i > 0 {
			cw.buf = append(cw.buf, ',')
		}
		cw.text(name)
	}
	cw.buf = append(cw.buf, "\r\n"...)
	// The event is copied into one heap slot: taking the address of the
	// loop variable would allocate it anew for every event.
	ev := new(events.Event)
	for e, err := range seq {
		if err != nil {
			if ferr := cw.flush(); ferr != nil {
				return n, fmt.Errorf("csv: event %d: %w (and writing the rows before it: %v)", n+1, err, ferr)
			}
			return n, fmt.Errorf("csv: event %d: %w", n+1, err)
		}
		*ev = e
		cw.row(ev)
		if len(cw.buf) >= csvBufferSize {
			if err := cw.flush(); err != nil {
				return n, fmt.Errorf("write csv: %w", err)
			}
		}
		n++
	}
	if err := cw.flush(); err != nil {
		return n, fmt.Errorf("write csv: %w", err)
	}
	return n, nil
}

// csvWriter formats rows into one large buffer with append, written out
// whenever it passes csvBufferSize: appends inline where bufio.Writer's
// per-cell method calls do not, and numbers are formatted in place.
type csvWriter struct {
	w       io.Writer
	buf     []byte
	cols    []column
	numeric bool
	inter   *interactions
}

// flush writes the buffer out. A failed write stops the export at once,
// so a broken pipe does not read the rest of the iterator for nothing.
func (c *csvWriter) flush() error {
	if len(c.buf) == 0 {
		return nil
	}
	_, err := c.w.Write(c.buf)
	c.buf = c.buf[:0]
	return err
}

// row appends one record.
func (c *csvWriter) row(e *events.Event) {
	for i := range c.cols {
		if i > 0 {
			c.buf = append(c.buf, ',')
		}
		col := &c.cols[i]
		switch col.kind {
		case kindText, kindDate, kindJSON:
			c.text(col.text(e))
		case kindCode:
			if v := col.num(e); v != 0 {
				c.buf = strconv.AppendInt(c.buf, v, 10)
			}
		case kindInt:
			c.buf = strconv.AppendInt(c.buf, col.num(e), 10)
		case kindCoord:
			c.buf = strconv.AppendFloat(c.buf, col.float(e), 'f', 4, 64)
		case kindScore:
			c.buf = strconv.AppendFloat(c.buf, col.float(e), 'f', 2, 64)
		case kindInter:
			if it := col.inter(e); it.Valid() {
				if c.numeric {
					c.buf = strconv.AppendInt(c.buf, int64(it), 10)
				} else {
					c.text(it.String())
				}
			}
		case kindInteraction:
			c.text(c.inter.of(e))
		case kindList:
			c.text(strings.Join(col.list(e), "; "))
		}
	}
	c.buf = append(c.buf, '\r', '\n')
}

// text appends a text cell, neutralised and quoted as needed.
func (c *csvWriter) text(s string) {
	prefixed := needsNeutralising(s)
	if !csvNeedsQuotes(s, prefixed) {
		if prefixed {
			c.buf = append(c.buf, quotePrefix)
		}
		c.buf = append(c.buf, s...)
		return
	}
	c.buf = append(c.buf, '"')
	if prefixed {
		c.buf = append(c.buf, quotePrefix)
	}
	for {
		i := strings.IndexByte(s, '"')
		if i < 0 {
			break
		}
		c.buf = append(c.buf, s[:i+1]...)
		c.buf = append(c.buf, '"')
		s = s[i+1:]
	}
	c.buf = append(c.buf, s...)
	c.buf = append(c.buf, '"')
}

// csvNeedsQuotes follows encoding/csv's Writer (fieldNeedsQuotes) for a
// comma separator, so files read the same whichever wrote them: quote a
// field holding a comma, a quote or a line break, one starting with a space
// (readers trim it otherwise), and `\.`, which PostgreSQL's COPY reads as
// end-of-data. A neutralised field starts with the quote prefix, never
// with a space.
func csvNeedsQuotes(s string, prefixed bool) bool {
	if s == "" {
		return false
	}
	if s == `\.` || hasCSVSpecial(s) {
		return true
	}
	if prefixed {
		return false
	}
	if s[0] < utf8.RuneSelf {
		return s[0] == ' ' || s[0] == '\t' || s[0] == '\v' || s[0] == '\f'
	}
	r, _ := utf8.DecodeRuneInString(s)
	return unicode.IsSpace(r)
}

// hasCSVSpecial reports whether s holds a comma, a quote, CR or LF. It
// tests eight bytes at a time (the classic "has a zero byte" trick on s
// XOR the wanted byte): this scan is the largest single cost of a CSV row,
// and most cells are clean.
func hasCSVSpecial(s string) bool {
	const ones, highs = 0x0101010101010101, 0x8080808080808080
	has := func(x, b uint64) uint64 { y := x ^ (ones * b); return (y - ones) &^ y & highs }
	i := 0
	for ; i+8 <= len(s); i += 8 {
		x := uint64(s[i]) | uint64(s[i+1])<<8 | uint64(s[i+2])<<16 | uint64(s[i+3])<<24 |
			uint64(s[i+4])<<32 | uint64(s[i+5])<<40 | uint64(s[i+6])<<48 | uint64(s[i+7])<<56
		if has(x, ',')|has(x, '"')|has(x, '\r')|has(x, '\n') != 0 {
			return true
		}
	}
	for ; i < len(s); i++ {
		switch s[i] {
		case ',', '"', '\r', '\n':
			return true
		}
	}
	return false
}

package exports

import (
	"bufio"
	"fmt"
	"io"
	"iter"
	"math"
	"strconv"
	"unicode/utf8"

	"rasd/events"
)

// GeoJSON writes the events as an RFC 7946 FeatureCollection, one Point
// feature per event ([longitude, latitude], WGS84, 4 decimals), and returns
// how many features it wrote.
//
// Properties are the export columns in column order, typed as JSON: text
// as strings ("" when empty), codes and counts as numbers (null for an
// unknown code, where CSV has an empty cell), inter1/inter2/interaction as
// text or numbers per Options.NumericInter; with Options.Extended,
// report_ids is an array and evidence the evidence objects themselves. The
// feature's id is event_id_cnty when there is one. Text is not neutralised:
// a GeoJSON file is read by map tools and programs, not run by a
// spreadsheet, and the quote would corrupt the data.
//
// An event without coordinates (geo_precision 0 and latitude = longitude =
// 0, or a coordinate that is not a finite number) cannot be placed on a map
// and is skipped rather than drawn at 0°, 0° in the Gulf of Guinea. Skipped
// events are not counted in n; the collection ends with a foreign member
// "skipped_without_coordinates" giving their number, so the file says
// itself that it is not the whole selection.
//
// The collection is streamed feature by feature. When the iterator yields
// an error, GeoJSON stops, flushes what it wrote (an unterminated
// collection) and returns the error wrapped.
func GeoJSON(w io.Writer, seq iter.Seq2[events.Event, error], opts Options) (n int, err error) {
	bw := bufio.NewWriterSize(w, csvBufferSize)
	g := geoWriter{cols: columnsFor(opts), numeric: opts.NumericInter, inter: newInteractions(opts.NumericInter)}
	if _, err := bw.WriteString(`{"type":"FeatureCollection","features":[`); err != nil {
		return 0, fmt.Errorf("write geojson: %w", err)
	}
	skipped := 0
	ev := new(events.Event) // one slot: &e of the loop variable would allocate per event
	for e, err := range seq {
		if err != nil {
			if ferr := bw.Flush(); ferr != nil {
				return n, fmt.Errorf("geojson: event %d: %w (and flushing: %v)", n+skipped+1, err, ferr)
			}
			return n, fmt.Errorf("geojson: event %d: %w", n+skipped+1, err)
		}
		*ev = e
		if !located(ev) {
			skipped++
			continue
		}
		if n > 0 {
			g.buf = append(g.buf[:0], ",\n"...)
		} else {
			g.buf = append(g.buf[:0], '\n')
		}
		g.feature(ev)
		if _, err := bw.Write(g.buf); err != nil {
			return n, fmt.Errorf("write geojson feature %d: %w", n+1, err)
		}
		n++
	}
	_, _ = fmt.Fprintf(bw, "\n],\"skipped_without_coordinates\":%d}\n", skipped)
	if err := bw.Flush(); err != nil {
		return n, fmt.Errorf("write geojson: %w", err)
	}
	return n, nil
}

// located reports whether the event has a place on the map.
func located(e *events.Event) bool {
	if !finite(e.Latitude) || !finite(e.Longitude) {
		return false
	}
	return e.GeoPrecision != 0 || e.Latitude != 0 || e.Longitude != 0
}

func finite(f float64) bool { return !math.IsNaN(f) && !math.IsInf(f, 0) }

// geoWriter builds one feature at a time in a reused buffer.
type geoWriter struct {
	cols    []column
	numeric bool
	inter   *interactions
	buf     []byte
}

func (g *geoWriter) feature(e *events.Event) {
	b := append(g.buf, `{"type":"Feature",`...)
	if e.EventIDCnty != "" {
		b = append(b, `"id":`...)
		b = appendJSONString(b, e.EventIDCnty)
		b = append(b, ',')
	}
	b = append(b, `"geometry":{"type":"Point","coordinates":[`...)
	b = strconv.AppendFloat(b, e.Longitude, 'f', 4, 64)
	b = append(b, ',')
	b = strconv.AppendFloat(b, e.Latitude, 'f', 4, 64)
	b = append(b, `]},"properties":{`...)
	for i := range g.cols {
		col := &g.cols[i]
		if i > 0 {
			b = append(b, ',')
		}
		b = appendJSONString(b, col.name)
		b = append(b, ':')
		b = g.value(b, col, e)
	}
	g.buf = append(b, "}}"...)
}

func (g *geoWriter) value(b []byte, col *column, e *events.Event) []byte {
	switch col.kind {
	case kindText, kindDate:
		return appendJSONString(b, col.text(e))
	case kindCode:
		if v := col.num(e); v != 0 {
			return strconv.AppendInt(b, v, 10)
		}
		return append(b, "null"...)
	case kindInt:
		return strconv.AppendInt(b, col.num(e), 10)
	case kindCoord:
		return appendJSONFloat(b, col.float(e), 4)
	case kindScore:
		return appendJSONFloat(b, col.float(e), 2)
	case kindInter:
		it := col.inter(e)
		switch {
		case !g.numeric:
			return appendJSONString(b, it.String())
		case it.Valid():
			return strconv.AppendInt(b, int64(it), 10)
		}
		return append(b, "null"...)
	case kindInteraction:
		s := g.inter.of(e)
		switch {
		case !g.numeric:
			return appendJSONString(b, s)
		case s != "":
			return append(b, s...) // digits only: events.Interaction's numeric form
		}
		return append(b, "null"...)
	case kindList:
		b = append(b, '[')
		for i, s := range col.list(e) {
			if i > 0 {
				b = append(b, ',')
			}
			b = appendJSONString(b, s)
		}
		return append(b, ']')
	case kindJSON:
		return append(b, col.text(e)...)
	}
	return append(b, "null"...)
}

// appendJSONFloat writes a number with fixed decimals, or null for NaN and
// infinities, which JSON cannot represent.
func appendJSONFloat(b []byte, f float64, decimals int) []byte {
	if !finite(f) {
		return append(b, "null"...)
	}
	return strconv.AppendFloat(b, f, 'f', decimals, 64)
}

// appendJSONString quotes s as a JSON string without allocating:
// encoding/json would allocate per value. Invalid UTF-8 becomes U+FFFD, as
// encoding/json does, and U+2028/U+2029 are escaped so the output is also
// valid JavaScript.
func appendJSONString(b []byte, s string) []byte {
	const hex = "0123456789abcdef"
	b = append(b, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' {
				i++
				continue
			}
			b = append(b, s[start:i]...)
			switch c {
			case '"', '\\':
				b = append(b, '\\', c)
			case '\n':
				b = append(b, '\\', 'n')
			case '\r':
				b = append(b, '\\', 'r')
			case '\t':
				b = append(b, '\\', 't')
			default:
				b = append(b, '\\', 'u', '0', '0', hex[c>>4], hex[c&0xf])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		if r == utf8.RuneError && size == 1 {
			b = append(b, s[start:i]...)
			b = append(b, `\ufffd`...)
			i += size
			start = i
			continue
		}
		if r == '\u2028' || r == '\u2029' {
			b = append(b, s[start:i]...)
			b = append(b, '\\', 'u', '2', '0', '2', hex[r&0xf])
			i += size
			start = i
			continue
		}
		i += size
	}
	b = append(b, s[start:]...)
	return append(b, '"')
}

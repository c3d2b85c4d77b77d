package reader

import (
	"bufio"
	"bytes"
	"encoding/json"
	"errors"
	"fmt"
	"io"
	"iter"
	"unicode/utf8"

	"golang.org/x/text/transform"

	"rasd/events"
)

// ReadJSONL reads one report object a line, streaming, so a large file or
// a pipe is never held in memory whole. Blank lines are skipped. A bad line
// (malformed, truncated, not an object, no text, bad date) fails alone and
// the lines after it are still read. Valid UTF-8 lines cost no detection;
// a line that is not UTF-8 is decoded as Arabic legacy text if it is that.
func ReadJSONL(r io.Reader, name string, opts Options) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		br := bufio.NewReaderSize(r, 64<<10)
		br, err := skipBOM(br)
		if err != nil {
			yield(events.Report{}, &Error{Path: name, Err: err})
			return
		}
		if head, _ := br.Peek(8 << 10); bytes.IndexByte(head, 0) >= 0 {
			yield(events.Report{}, &Error{Path: name, Err: binaryError(bytes.IndexByte(head, 0))})
			return
		}
		var buf []byte
		lineNo, records := 0, 0
		for {
			line, tooLong, err := readLine(br, buf[:0], opts.maxInput())
			buf = line
			if len(line) > 0 || err == nil {
				lineNo++
			}
			if !tooLong {
				line = bytes.TrimSpace(line)
			}
			if len(line) > 0 || tooLong {
				records++
				if !yield(jsonlRecord(line, tooLong, name, lineNo, opts)) {
					return
				}
			}
			if errors.Is(err, io.EOF) {
				break
			}
			if err != nil {
				yield(events.Report{}, &Error{Path: name, Line: lineNo, Err: fmt.Errorf("read: %w", err)})
				return
			}
		}
		if records == 0 {
			yield(events.Report{}, &Error{Path: name, Err: ErrEmpty})
		}
	}
}

func jsonlRecord(line []byte, tooLong bool, name string, lineNo int, opts Options) (events.Report, error) {
	if tooLong {
		return events.Report{}, &Error{Path: name, Line: lineNo, Err: problemf(ErrTooLarge,
			"line longer than %s (limits.input_bytes): it was skipped; is this JSONL? If the report is real, split it or raise the limit", size(opts.maxInput()))}
	}
	if !utf8.Valid(line) {
		s, err := decodeLegacy(line)
		if err != nil {
			return events.Report{}, &Error{Path: name, Line: lineNo, Err: err}
		}
		line = []byte(s)
	}
	if line[0] != '{' {
		return events.Report{}, &Error{Path: name, Line: lineNo, Err: problemf(ErrSyntax, "want one JSON object a line")}
	}
	j, ok := quickReport(line)
	if !ok {
		j = jsonReport{}
		if err := json.Unmarshal(line, &j); err != nil {
			return events.Report{}, jsonError(name, line, lineNo, err)
		}
	}
	return finish(j.record(), atLine(name, lineNo), opts)
}

// readLine reads the next line into buf without its newline. A line over
// limit bytes is consumed but not kept (tooLong), so reading can go on.
func readLine(br *bufio.Reader, buf []byte, limit int) (line []byte, tooLong bool, err error) {
	for {
		frag, err := br.ReadSlice('\n')
		if !tooLong {
			if len(buf)+len(frag) > limit {
				tooLong, buf = true, buf[:0]
			} else {
				buf = append(buf, frag...)
			}
		}
		if errors.Is(err, bufio.ErrBufferFull) {
			continue
		}
		if n := len(buf); n > 0 && buf[n-1] == '\n' {
			buf = buf[:n-1]
		}
		return buf, tooLong, err
	}
}

// skipBOM drops a UTF-8 byte-order mark, or switches to a UTF-16 decoder
// when the mark says so. Without a mark the bytes pass through untouched:
// decoding them is decided line by line.
func skipBOM(br *bufio.Reader) (*bufio.Reader, error) {
	head, err := br.Peek(3)
	if err != nil && !errors.Is(err, io.EOF) {
		return br, fmt.Errorf("read: %w", err)
	}
	enc, n := bomEncoding(head)
	switch {
	case enc == nil:
		return br, nil
	case n == 3:
		_, err := br.Discard(3)
		return br, err
	}
	if _, err := br.Discard(n); err != nil {
		return br, err
	}
	return bufio.NewReaderSize(transform.NewReader(br, enc.NewDecoder()), 64<<10), nil
}

package reader

import (
	"bytes"
	"errors"
	"io"
	"strings"
	"testing"
	"testing/iotest"

	"golang.org/x/text/encoding/charmap"
	"iter"
	"rasd/events"
)

func TestReadJSONL(t *testing.T) {
	in := "\n" + // line 1, blank
		`{"id": "l2", "text": "Gunmen killed a guard in Sirte.", "published": "2024-01-02"}` + "\n" +
		`{"id": "l3", "text": "x", ` + "\n" + // cut mid-object: fails alone
		`["an", "array"]` + "\n" +
		`{"text": "مقتل حارس في سرت"}` + "\r\n" +
		"   \n" +
		`{"id": "l7", "text": "Another report.", "published": "someday"}` + "\n" +
		`{"id": "l8", "text": "Last report."}` // no final newline
	items := collect(ReadJSONL(strings.NewReader(in), "r.jsonl", Options{}))
	if len(items) != 6 {
		t.Fatalf("got %d items, want 6: %v", len(items), items)
	}
	if r := items[0].r; items[0].err != nil || r.ID != "l2" || r.Origin != "r.jsonl:2" || r.PublishedString() != "2024-01-02" || r.Lang != "en" {
		t.Errorf("line 2: %+v %v", r, items[0].err)
	}
	checkErr(t, items[1].err, "r.jsonl", 3, ErrSyntax, "truncated JSON")
	checkErr(t, items[2].err, "r.jsonl", 4, ErrSyntax, "one JSON object a line")
	if r := items[3].r; items[3].err != nil || r.Origin != "r.jsonl:5" || r.Lang != "ar" || !strings.HasPrefix(r.ID, "r-5-") || r.Text != "مقتل حارس في سرت" {
		t.Errorf("line 5: %+v %v", r, items[3].err)
	}
	checkErr(t, items[4].err, "r.jsonl", 7, ErrDate, `"someday"`)
	if items[4].r.ID != "l7" || items[4].r.Origin != "r.jsonl:7" {
		t.Errorf("failed report should still say which it is: %+v", items[4].r)
	}
	if r := items[5].r; items[5].err != nil || r.ID != "l8" || r.Origin != "r.jsonl:8" {
		t.Errorf("line 8: %+v %v", r, items[5].err)
	}
}

func TestReadJSONLTruncatedLastLine(t *testing.T) {
	in := `{"id": "a", "text": "Complete report."}` + "\n" + `{"id": "b", "text": "The last line is cu`
	errs, good := errorsOf(ReadJSONL(strings.NewReader(in), "cut.jsonl", Options{}))
	if good != 1 || len(errs) != 1 {
		t.Fatalf("got %d reports and %v, want 1 and one error", good, errs)
	}
	checkErr(t, errs[0], "cut.jsonl", 2, ErrSyntax, "truncated JSON", "line ends inside an object")
}

func TestReadJSONLEmpty(t *testing.T) {
	for _, in := range []string{"", "\n\n  \n", "\xEF\xBB\xBF"} {
		errs, good := errorsOf(ReadJSONL(strings.NewReader(in), "e.jsonl", Options{}))
		if good != 0 || len(errs) != 1 {
			t.Fatalf("%q: got %d reports and %v", in, good, errs)
		}
		checkErr(t, errs[0], "e.jsonl", 0, ErrEmpty, "empty file")
	}
}

func TestReadJSONLBinary(t *testing.T) {
	in := []byte(`{"text": "a"}` + "\n\x00\x01\x02\x03\xff\xfe garbage")
	errs, good := errorsOf(ReadJSONL(bytes.NewReader(in), "bin.jsonl", Options{}))
	if good != 0 || len(errs) != 1 {
		t.Fatalf("got %d reports and %v, want one binary error", good, errs)
	}
	checkErr(t, errs[0], "bin.jsonl", 0, ErrBinary, "is this a text file?")
}

func TestReadJSONLEncodings(t *testing.T) {
	const text = "قتل رجلان برصاص مسلحين في طرابلس، بحسب مصدر أمني."
	doc := `{"id": "e1", "text": "` + text + `"}` + "\n" + `{"id": "e2", "text": "English line."}` + "\n"
	for _, tt := range []struct {
		name string
		data []byte
	}{
		{"utf-8", []byte(doc)},
		{"utf-8 bom", append([]byte{0xEF, 0xBB, 0xBF}, doc...)},
		{"utf-16le bom", encodeWith(t, utf16LE, doc)},
		{"utf-16be bom", encodeWith(t, utf16BE, doc)},
		{"windows-1256", encodeWith(t, charmap.Windows1256, doc)},
		{"iso-8859-6", encodeWith(t, charmap.ISO8859_6, doc)},
	} {
		t.Run(tt.name, func(t *testing.T) {
			rs := reports(t, ReadJSONL(bytes.NewReader(tt.data), "enc.jsonl", Options{}))
			if len(rs) != 2 || rs[0].ID != "e1" || rs[0].Text != text || rs[0].Lang != "ar" || rs[1].Text != "English line." {
				t.Errorf("got %+v", rs)
			}
		})
	}
	t.Run("latin-1 line fails alone", func(t *testing.T) {
		bad, _ := charmap.ISO8859_1.NewEncoder().String(`{"text": "Un café détruit, témoins évacués."}`)
		in := `{"text": "ok one"}` + "\n" + bad + "\n" + `{"text": "ok two"}` + "\n"
		errs, good := errorsOf(ReadJSONL(strings.NewReader(in), "mixed.jsonl", Options{}))
		if good != 2 || len(errs) != 1 {
			t.Fatalf("got %d reports and %v", good, errs)
		}
		checkErr(t, errs[0], "mixed.jsonl", 2, ErrEncoding, "convert it to UTF-8")
	})
}

func TestReadJSONLLongLines(t *testing.T) {
	big := strings.Repeat("a", 16<<20)
	in := `{"id": "small", "text": "x"}` + "\n" + `{"id": "big", "text": "` + big + `"}` + "\n" + `{"id": "after", "text": "y"}` + "\n"
	roomy := Options{MaxReportBytes: 32 << 20, MaxInputBytes: 64 << 20}
	rs := reports(t, ReadJSONL(iotest.HalfReader(strings.NewReader(in)), "big.jsonl", roomy))
	if len(rs) != 3 || rs[1].ID != "big" || len(rs[1].Text) != len(big) || rs[2].ID != "after" || rs[2].Origin != "big.jsonl:3" {
		t.Fatalf("got %d reports", len(rs))
	}
	// with the default limits a 2 MiB report fails alone, and the line
	// after it is read
	in = `{"id": "small", "text": "x"}` + "\n" + `{"id": "big", "text": "` + big[:2<<20] + `"}` + "\n" + `{"id": "after", "text": "y"}` + "\n"
	items := collect(ReadJSONL(strings.NewReader(in), "big.jsonl", Options{}))
	if len(items) != 3 || items[0].err != nil || items[2].err != nil || items[2].r.ID != "after" {
		t.Fatalf("got %v", items)
	}
	checkErr(t, items[1].err, "big.jsonl", 2, ErrTooLarge, "limits.report_bytes")

	in = `{"id": "a", "text": "x"}` + "\n" + `{"text": "` + strings.Repeat("b", 5000) + `"}` + "\n" + `{"id": "c", "text": "z"}`
	items = collect(ReadJSONL(strings.NewReader(in), "long.jsonl", Options{MaxInputBytes: 1000}))
	if len(items) != 3 || items[0].err != nil || items[2].err != nil || items[2].r.ID != "c" || items[2].r.Origin != "long.jsonl:3" {
		t.Fatalf("got %v", items)
	}
	checkErr(t, items[1].err, "long.jsonl", 2, ErrTooLarge, "longer than 1000 bytes (limits.input_bytes)")
}

// TestOneReportFilesOverTheLimit: a text or HTML file larger than the
// input limit fails before it is parsed.
func TestOneReportFilesOverTheLimit(t *testing.T) {
	body := strings.Repeat("word ", 400)
	for name, read := range map[string]func(io.Reader, string, Options) iter.Seq2[events.Report, error]{
		"big.txt": ReadText, "big.html": ReadHTML,
	} {
		items := collect(read(strings.NewReader("<p>"+body+"</p>"), name, Options{MaxInputBytes: 1000}))
		if len(items) != 1 {
			t.Fatalf("%s: %v", name, items)
		}
		checkErr(t, items[0].err, name, 0, ErrTooLarge, "larger than 1000 bytes")
	}
}

// TestReadJSONLReadError checks that a failing reader ends the input with
// an error at the line it reached, after the lines read before it.
func TestReadJSONLReadError(t *testing.T) {
	boom := errors.New("disk on fire")
	r := io.MultiReader(strings.NewReader(`{"text": "one"}`+"\n"), iotest.ErrReader(boom))
	items := collect(ReadJSONL(r, "r.jsonl", Options{}))
	if len(items) != 2 || items[0].err != nil || !errors.Is(items[1].err, boom) {
		t.Fatalf("got %v", items)
	}
}

func TestReadJSONLStopsEarly(t *testing.T) {
	in := strings.Repeat(`{"text": "same"}`+"\n", 10)
	n := 0
	for range ReadJSONL(strings.NewReader(in), "s.jsonl", Options{}) {
		n++
		if n == 3 {
			break
		}
	}
	if n != 3 {
		t.Errorf("read %d, want 3", n)
	}
}

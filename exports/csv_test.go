package exports

import (
	"bytes"
	"encoding/csv"
	"errors"
	"slices"
	"strings"
	"testing"

	"rasd/events"
)

// exportCSV runs CSV and parses its output back with encoding/csv.
func exportCSV(t *testing.T, es []events.Event, opts Options) (raw []byte, records [][]string) {
	t.Helper()
	var buf bytes.Buffer
	n, err := CSV(&buf, seqOf(es), opts)
	if err != nil {
		t.Fatalf("CSV: %v", err)
	}
	if n != len(es) {
		t.Fatalf("CSV wrote %d events, want %d", n, len(es))
	}
	r := csv.NewReader(bytes.NewReader(bytes.TrimPrefix(buf.Bytes(), []byte(utf8BOM))))
	records, err = r.ReadAll()
	if err != nil {
		t.Fatalf("read back: %v", err)
	}
	return buf.Bytes(), records
}

func TestCSVHeaderIsACLEDColumns(t *testing.T) {
	raw, records := exportCSV(t, nil, Options{})
	want := "event_id_cnty,event_date,year,time_precision,disorder_type,event_type,sub_event_type," +
		"actor1,assoc_actor_1,inter1,actor2,assoc_actor_2,inter2,interaction,civilian_targeting," +
		"iso,region,country,admin1,admin2,admin3,location,latitude,longitude,geo_precision," +
		"source,source_scale,notes,fatalities,tags,timestamp\r\n"
	if string(raw) != want {
		t.Errorf("header:\n got %q\nwant %q", raw, want)
	}
	if len(records) != 1 || len(records[0]) != 31 || !slices.Equal(records[0], events.Columns) {
		t.Errorf("header record = %q, want the 31 events.Columns", records)
	}
}

func TestCSVExtendedColumns(t *testing.T) {
	e := syntheticEvent(2) // two supporting reports, evidence
	_, records := exportCSV(t, []events.Event{e}, Options{Extended: true})
	if got, want := records[0], append(slices.Clone(events.Columns), events.ExtendedColumns...); !slices.Equal(got, want) {
		t.Fatalf("header = %q, want %q", got, want)
	}
	row := records[1]
	if len(row) != 36 {
		t.Fatalf("row has %d cells, want 36", len(row))
	}
	ext := row[31:]
	want := []string{"killing", "", "0.80", "report-2; alwasat-88213",
		`[{"field":"location","start":12,"end":18,"text":"طرابلس"}]`}
	if !slices.Equal(ext, want) {
		t.Errorf("extended cells = %q, want %q", ext, want)
	}
}

func TestCSVQuoting(t *testing.T) {
	e := trickyEvent()
	raw, records := exportCSV(t, []events.Event{e}, Options{})
	for _, want := range []string{
		`"He said ""stop"", then` + "\n" + `left; in Bamako, -3 km west"`, // quotes doubled, line break kept
		`," leading space, comma",`,
		"\r\nMLI77,2016-01-15,2016,", // plain cells are not quoted
	} {
		if !strings.Contains(string(raw), want) {
			t.Errorf("output lacks %q:\n%s", want, raw)
		}
	}
	if len(records) != 2 {
		t.Fatalf("got %d records, want header + 1", len(records))
	}
	if got := records[1][col(t, "notes")]; got != e.Notes {
		t.Errorf("notes read back as %q, want %q", got, e.Notes)
	}
	if !bytes.HasSuffix(raw, []byte("\r\n")) || bytes.Count(raw, []byte("\r\n")) != 2 {
		t.Errorf("want CRLF after each of the 2 records, got %q", raw)
	}
}

// TestCSVQuotesLikeEncodingCSV checks the hand-written cell writer against
// encoding/csv's Writer, field by field.
func TestCSVQuotesLikeEncodingCSV(t *testing.T) {
	fields := []string{"", "plain", "a,b", `say "hi"`, "two\nlines", "cr\rhere", " lead", "\u00a0nbsp lead",
		"trail ", "1234567,", "12345678,", "longer clean text, then a comma", strings.Repeat("clean", 9) + "\n", `\.`, `\.x`, "طرابلس، ليبيا", "=1+2", "-3.9956", "\ttab", "'quoted", `""`, "\u2028sep"}
	for _, f := range fields {
		var cw csvWriter
		cw.text(f)
		ours := string(cw.buf)

		var theirs bytes.Buffer
		w := csv.NewWriter(&theirs)
		_ = w.Write([]string{neutralise(f), "x"})
		w.Flush()
		want := strings.TrimSuffix(theirs.String(), ",x\n")
		if ours != want {
			t.Errorf("field %q: wrote %q, encoding/csv writes %q", f, ours, want)
		}
	}
}

func TestCSVArabicRoundTrip(t *testing.T) {
	e := syntheticEvent(1) // Arabic notes, Arabic location
	_, records := exportCSV(t, []events.Event{e}, Options{BOM: true})
	row := records[1]
	if got := row[col(t, "location")]; got != "بنغازي" {
		t.Errorf("location = %q, want بنغازي", got)
	}
	if got := row[col(t, "notes")]; got != e.Notes {
		t.Errorf("notes = %q, want %q", got, e.Notes)
	}
	if got := row[col(t, "source")]; got != "Libya Observer; الوسط" {
		t.Errorf("source = %q", got)
	}
}

func TestCSVBOM(t *testing.T) {
	with, _ := exportCSV(t, syntheticEvents(1), Options{BOM: true})
	without, _ := exportCSV(t, syntheticEvents(1), Options{})
	if !bytes.HasPrefix(with, []byte{0xEF, 0xBB, 0xBF, 'e'}) {
		t.Errorf("BOM output starts %q", with[:8])
	}
	if !bytes.HasPrefix(without, []byte("event_id_cnty,")) {
		t.Errorf("output without BOM starts %q", without[:8])
	}
	if !bytes.Equal(with[3:], without) {
		t.Error("the BOM changed more than the first three bytes")
	}
}

func TestCSVNeutralisesFormulas(t *testing.T) {
	e := trickyEvent()
	_, records := exportCSV(t, []events.Event{e}, Options{})
	row := records[1]
	for name, want := range map[string]string{
		"actor1":        `'=HYPERLINK("http://evil.example","click")`,
		"assoc_actor_1": "'+1 militia",
		"actor2":        "'-Civilians (Mali)",
		"assoc_actor_2": "'@SUM(A1:A9)",
		"location":      "'\tBamako",
		"tags":          "'\rsplit",
		// genuine numbers are never touched
		"longitude":  "-3.9956",
		"latitude":   "7.6000",
		"fatalities": "2",
		// text that does not start with a trigger is left alone
		"notes":         e.Notes,
		"event_id_cnty": "MLI77",
	} {
		if got := row[col(t, name)]; got != want {
			t.Errorf("%s = %q, want %q", name, got, want)
		}
	}
}

func TestCSVNumericInter(t *testing.T) {
	es := []events.Event{syntheticEvent(0), syntheticEvent(3)} // militia vs civilians; militia alone
	for _, tc := range []struct {
		opts Options
		want [][3]string
	}{
		{Options{}, [][3]string{{"Political militia", "Civilians", "Political militia-Civilians"}, {"Political militia", "", "Political militia only"}}},
		{Options{NumericInter: true}, [][3]string{{"3", "7", "37"}, {"3", "", "30"}}},
	} {
		_, records := exportCSV(t, es, tc.opts)
		for i, want := range tc.want {
			row := records[i+1]
			got := [3]string{row[col(t, "inter1")], row[col(t, "inter2")], row[col(t, "interaction")]}
			if got != want {
				t.Errorf("numeric=%v event %d: inter1, inter2, interaction = %q, want %q", tc.opts.NumericInter, i, got, want)
			}
		}
	}
}

func TestCSVIteratorErrorStops(t *testing.T) {
	boom := errors.New("disk on fire")
	var buf bytes.Buffer
	n, err := CSV(&buf, failingSeq(syntheticEvents(2), boom), Options{})
	if !errors.Is(err, boom) {
		t.Fatalf("err = %v, want it to wrap %v", err, boom)
	}
	if n != 2 || !strings.Contains(err.Error(), "event 3") {
		t.Errorf("n = %d, err = %q; want 2 events written and the failing one named", n, err)
	}
	records, rerr := csv.NewReader(&buf).ReadAll()
	if rerr != nil || len(records) != 3 {
		t.Errorf("output before the error: %d records, %v; want header and 2 complete rows", len(records), rerr)
	}
}

func TestCSVWriteErrorStops(t *testing.T) {
	calls := 0
	seq := func(yield func(events.Event, error) bool) {
		for i := 0; i < 1_000_000; i++ {
			calls++
			if !yield(syntheticEvent(i), nil) {
				return
			}
		}
	}
	_, err := CSV(failWriter{}, seq, Options{})
	if err == nil {
		t.Fatal("no error from a writer that always fails")
	}
	if calls >= 1_000_000 {
		t.Errorf("read all %d events after the writer failed", calls)
	}
}

type failWriter struct{}

func (failWriter) Write([]byte) (int, error) { return 0, errors.New("broken pipe") }

// col is a column's index in the export.
func col(t *testing.T, name string) int {
	t.Helper()
	all := append(slices.Clone(events.Columns), events.ExtendedColumns...)
	i := slices.Index(all, name)
	if i < 0 {
		t.Fatalf("no column %q", name)
	}
	return i
}

package main

// The test harness: every test runs rasd in-process on an app it builds, with
// a fixed clock, a fake coder, a database file under t.TempDir() and an empty
// configuration file, so that nothing on the developer's machine (a rasd.yaml,
// RASD_* variables) can change a result.

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"io"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
	"time"
	"unicode/utf8"

	"rasd/events"
	"rasd/schema"
)

// fixedNow is the clock every test run sees: rows are stamped with it.
var fixedNow = time.Date(2024, 6, 1, 12, 0, 0, 0, time.UTC)

func fixedClock() time.Time { return fixedNow }

// env is one isolated rasd installation: a temporary directory holding the
// database and an empty configuration file.
type env struct {
	t     testing.TB
	dir   string
	db    string
	cfg   string
	coder events.Coder
	// newCoder, when set, builds the coder from the configuration instead
	// (the real coder in integration tests).
	newCoder func(Config) (events.Coder, error)
}

// newEnv isolates the test from the developer's configuration and returns
// an env that runs rasd with the fake coder.
func newEnv(t testing.TB) *env {
	t.Helper()
	isolate(t)
	dir := t.TempDir()
	cfg := filepath.Join(dir, "empty.yaml")
	if err := os.WriteFile(cfg, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	return &env{t: t, dir: dir, db: filepath.Join(dir, "rasd.db"), cfg: cfg, coder: fakeCoder}
}

// isolate removes every RASD_* variable for the test's duration and points
// the user config directory at an empty one, so the config search path finds
// nothing of the developer's.
func isolate(t testing.TB) {
	t.Helper()
	for _, kv := range os.Environ() {
		k, _, _ := strings.Cut(kv, "=")
		if strings.HasPrefix(k, "RASD_") {
			t.Setenv(k, "") // restored after the test
			os.Unsetenv(k)
		}
	}
	t.Setenv("XDG_CONFIG_HOME", t.TempDir())
}

// result is what one rasd invocation produced.
type result struct {
	code           int
	stdout, stderr string
}

func (r result) String() string {
	out := r.stdout
	if len(out) > 2000 {
		out = out[:2000] + "…"
	}
	return fmt.Sprintf("exit %d\nstdout:\n%q\nstderr:\n%s", r.code, out, r.stderr)
}

// raw runs rasd with exactly args (no --db or --config added).
func (e *env) raw(stdin io.Reader, args ...string) result {
	e.t.Helper()
	return e.rawCtx(context.Background(), stdin, args...)
}

// rawCtx is raw with a context: cancelling it is Ctrl-C.
func (e *env) rawCtx(ctx context.Context, stdin io.Reader, args ...string) result {
	var out, errb bytes.Buffer
	coder := e.coder
	newCoder := func(Config) (events.Coder, error) { return coder, nil }
	if e.newCoder != nil {
		newCoder = e.newCoder
	}
	a := &app{stdin: stdin, stdout: &out, stderr: &errb, now: fixedClock, newCoder: newCoder}
	code := a.execute(ctx, args)
	return result{code: code, stdout: out.String(), stderr: errb.String()}
}

// run runs rasd with args plus --db and --config pointing into the env.
func (e *env) run(args ...string) result {
	e.t.Helper()
	return e.raw(strings.NewReader(""), e.with(args)...)
}

// runStdin is run with stdin.
func (e *env) runStdin(stdin string, args ...string) result {
	e.t.Helper()
	return e.raw(strings.NewReader(stdin), e.with(args)...)
}

func (e *env) with(args []string) []string {
	return append(slices.Clone(args), "--db", e.db, "--config", e.cfg)
}

// mustRun runs rasd and fails the test unless it exits with want.
func (e *env) mustRun(want int, args ...string) result {
	e.t.Helper()
	r := e.run(args...)
	if r.code != want {
		e.t.Fatalf("rasd %s: want exit %d, got %s", strings.Join(args, " "), want, r)
	}
	return r
}

// write creates a file under the env's directory (parents included) and
// returns its path.
func (e *env) write(name string, data []byte) string {
	e.t.Helper()
	p := filepath.Join(e.dir, name)
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		e.t.Fatal(err)
	}
	if err := os.WriteFile(p, data, 0o644); err != nil {
		e.t.Fatal(err)
	}
	return p
}

// open opens the env's database for reading with plain SQL.
func (e *env) open() *sql.DB {
	e.t.Helper()
	db, err := sql.Open("sqlite3", schema.DSN(e.db, schema.Options{}))
	if err != nil {
		e.t.Fatal(err)
	}
	e.t.Cleanup(func() { db.Close() })
	return db
}

// count runs a count query.
func (e *env) count(query string, args ...any) int {
	e.t.Helper()
	var n int
	if err := e.open().QueryRow(query, args...).Scan(&n); err != nil {
		e.t.Fatalf("%s: %v", query, err)
	}
	return n
}

// storedReport is a reports row.
type storedReport struct {
	ID, Title, Text, Source, URL, Lang, Published, Origin string
}

// reports returns every stored report by id.
func (e *env) reports() map[string]storedReport {
	e.t.Helper()
	rows, err := e.open().Query(`SELECT id, title, text, source, url, lang, coalesce(published, ''), origin FROM reports`)
	if err != nil {
		e.t.Fatal(err)
	}
	defer rows.Close()
	out := map[string]storedReport{}
	for rows.Next() {
		var r storedReport
		if err := rows.Scan(&r.ID, &r.Title, &r.Text, &r.Source, &r.URL, &r.Lang, &r.Published, &r.Origin); err != nil {
			e.t.Fatal(err)
		}
		out[r.ID] = r
	}
	if err := rows.Err(); err != nil {
		e.t.Fatal(err)
	}
	return out
}

// reportByOrigin finds the one report read from a file whose path ends in
// suffix (for reports whose id is derived).
func (e *env) reportByOrigin(suffix string) storedReport {
	e.t.Helper()
	var found []storedReport
	for _, r := range e.reports() {
		if strings.HasSuffix(r.Origin, suffix) {
			found = append(found, r)
		}
	}
	if len(found) != 1 {
		e.t.Fatalf("want one report from %s, found %d", suffix, len(found))
	}
	return found[0]
}

// dumpedTables are the tables an ingest writes content to.
var dumpedTables = []string{"reports", "events", "event_sources", "evidence", "event_id_counters", "reports_fts"}

// dump renders every row of the content tables as text, sorted, so two
// dumps compare as sets of rows.
func (e *env) dump() map[string][]string {
	e.t.Helper()
	db := e.open()
	out := map[string][]string{}
	for _, table := range dumpedTables {
		rows, err := db.Query("SELECT * FROM " + table)
		if err != nil {
			e.t.Fatal(err)
		}
		cols, _ := rows.Columns()
		for rows.Next() {
			vals := make([]any, len(cols))
			ptrs := make([]any, len(cols))
			for i := range vals {
				ptrs[i] = &vals[i]
			}
			if err := rows.Scan(ptrs...); err != nil {
				e.t.Fatal(err)
			}
			cells := make([]string, len(vals))
			for i, v := range vals {
				if b, ok := v.([]byte); ok {
					v = string(b)
				}
				cells[i] = fmt.Sprintf("%s=%v", cols[i], v)
			}
			out[table] = append(out[table], strings.Join(cells, "|"))
		}
		rows.Close()
		slices.Sort(out[table])
	}
	return out
}

// summary is the last-line count ingest prints.
func summary(read, fresh, updated, dup, failed, evs int) string {
	return fmt.Sprintf("%d reports read: %d new, %d updated, %d already stored, %d failed; %d events stored in ",
		read, fresh, updated, dup, failed, evs)
}

// The fake coder: a pure function of the report whose output a test can
// predict by reading the fixture. A report holds an event when its text has
// one of the marker words below; a kidnapping word makes it a kidnapping,
// otherwise a killing. The place is Aden (Yemen) when the text names Aden,
// Benghazi when it names Benghazi, else Tripoli; the date is the publication
// date; fatalities are the first number in the text (ASCII or Arabic-Indic
// digits) for a killing, 0 for a kidnapping.
var (
	killWords   = []string{"killed", "shot dead", "قتل", "مقتل", "اغتيال"}
	kidnapWords = []string{"kidnapped", "abducted", "اختطف", "خطف"}
)

type fakePlace struct {
	names    []string // as they may appear in a text
	location string
	admin1   string
	country  string
	iso      int
	region   string
	lat, lon float64
}

var fakePlaces = []fakePlace{
	{[]string{"Aden", "عدن"}, "Aden", "Aden", "Yemen", 887, "Middle East", 12.77944, 45.03667},
	{[]string{"Benghazi", "بنغازي"}, "Benghazi", "Benghazi", "Libya", 434, "Northern Africa", 32.11486, 20.06859},
	{[]string{"Tripoli", "طرابلس"}, "Tripoli", "Tripoli", "Libya", 434, "Northern Africa", 32.88722, 13.18750},
}

var fakeCoder events.Coder = events.CoderFunc(fakeCode)

func fakeCode(_ context.Context, r events.Report) ([]events.Event, error) {
	kidnap := containsAny(r.Text, kidnapWords)
	if !kidnap && !containsAny(r.Text, killWords) {
		return nil, nil
	}
	place := fakePlaces[len(fakePlaces)-1]
	var placeWord string
	for _, p := range fakePlaces {
		if w := firstOf(r.Text, p.names); w != "" {
			place, placeWord = p, w
			break
		}
	}
	e := events.Event{
		EventDate:         r.PublishedString(),
		TimePrecision:     1,
		DisorderType:      "Political violence",
		EventType:         "Violence against civilians",
		SubEventType:      "Attack",
		Actor1:            "Unidentified Armed Group (" + place.country + ")",
		Inter1:            events.PoliticalMilitia,
		Actor2:            "Civilians (" + place.country + ")",
		Inter2:            events.Civilians,
		CivilianTargeting: "Civilian targeting",
		ISO:               place.iso,
		Region:            place.region,
		Country:           place.country,
		Admin1:            place.admin1,
		Location:          place.location,
		Latitude:          place.lat,
		Longitude:         place.lon,
		GeoPrecision:      1,
		SourceScale:       "National",
		Notes:             firstLine(r.Text),
		ReportID:          r.ID,
		Category:          events.Killing,
		Confidence:        0.5,
	}
	if r.Dated() {
		e.Year = r.Published.Year()
	}
	if kidnap {
		e.SubEventType, e.Category = "Abduction/forced disappearance", events.Kidnapping
	} else {
		e.Fatalities = firstNumber(r.Text)
	}
	if placeWord != "" {
		start := utf8.RuneCountInString(r.Text[:strings.Index(r.Text, placeWord)])
		e.Evidence = []events.Evidence{{Field: "location", Start: start, End: start + utf8.RuneCountInString(placeWord), Text: placeWord}}
	}
	return []events.Event{e}, nil
}

func containsAny(s string, words []string) bool { return firstOf(s, words) != "" }

func firstOf(s string, words []string) string {
	best, at := "", -1
	for _, w := range words {
		if i := strings.Index(s, w); i >= 0 && (at < 0 || i < at) {
			best, at = w, i
		}
	}
	return best
}

func firstLine(s string) string {
	line, _, _ := strings.Cut(s, "\n")
	return line
}

// firstNumber reads the first run of decimal digits in s, ASCII or
// Arabic-Indic (both forms), 0 when there is none.
func firstNumber(s string) int {
	n, in := 0, false
	for _, r := range s {
		if d, ok := digitValue(r); ok {
			n, in = n*10+d, true
			continue
		}
		if in {
			break
		}
	}
	return n
}

func digitValue(r rune) (int, bool) {
	for _, zero := range []rune{'0', '\u0660', '\u06F0'} {
		if r >= zero && r <= zero+9 {
			return int(r - zero), true
		}
	}
	return 0, false
}

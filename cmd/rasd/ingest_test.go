package main

import (
	"os"
	"path/filepath"
	"strings"
	"testing"

	"golang.org/x/text/encoding"
	"golang.org/x/text/encoding/charmap"
	"golang.org/x/text/encoding/unicode"
	"strconv"
	"syscall"
)

// formatsDir holds one or more reports in every input format rasd reads,
// nested directories, a hidden file and a file of an unknown extension.
const formatsDir = "testdata/formats"

// want is what a test expects of one stored report and the event the fake
// coder codes from it, read off the fixture by hand.
type want struct {
	title, published, lang, source string
	category                       string // "" when the report describes no event
	location                       string
	fatalities                     int
}

// formatReports are the reports in testdata/formats by id; the HTML page
// has no id and is checked by origin under the key "page.html".
var formatReports = map[string]want{
	"txt-tripoli-1":                     {"مقتل 3 من حراس مصرف في طرابلس", "2023-04-02", "ar", "نشرة الساحل", "killing", "Tripoli", 3},
	"md-benghazi-1":                     {"Two engineers abducted near Benghazi", "2023-05-14", "en", "Coastal Monitor", "kidnapping", "Benghazi", 0},
	"json-statement-1":                  {"Municipal council approves budget", "2023-06-20", "en", "Misrata Daily", "", "", 0},
	"json-aden-1":                       {"اغتيال ضابط أمن في عدن", "2023-07-03", "ar", "عدن اليوم", "killing", "Aden", 0},
	"9001":                              {"Shopkeeper shot in Tripoli", "2023-07-09", "en", "Tripoli Courier", "killing", "Tripoli", 0},
	"jsonl-1":                           {"مقتل أربعة في اشتباك بطرابلس", "2023-08-01", "ar", "وكالة الأنباء المحلية", "killing", "Tripoli", 4},
	"jsonl-2":                           {"Port reopens after storm", "2023-08-03", "en", "Harbour Times", "", "", 0},
	"jsonl-3":                           {"Doctor kidnapped", "2023-08-15", "en", "Harbour Times", "kidnapping", "Tripoli", 0},
	"csv-1":                             {"Traders shot, market closed", "2023-09-01", "en", "Souq News", "killing", "Tripoli", 2},
	"csv-2":                             {"اجتماع المجلس", "2023-09-02", "ar", "نشرة المدينة", "", "", 0},
	"page.html":                         {"اغتيال ناشط مدني في بنغازي", "2023-10-05", "ar", "موقع المرصد", "killing", "Benghazi", 0},
	"rss-checkpoint":                    {"Two guards killed at checkpoint", "2023-11-07", "en", "Wire Digest", "killing", "Tripoli", 2},
	"rss-flights":                       {"Flights resume", "2023-11-08", "en", "Wire Digest", "", "", 0},
	"urn:example:atlas:aden-journalist": {"خطف صحفي في عدن", "2023-12-01", "ar", "نشرة أطلس", "kidnapping", "Aden", 0},
	"md-aden-1":                         {"Teacher killed in Aden", "2024-01-10", "en", "Gulf Notes", "killing", "Aden", 1},
}

// formatEvents is how many events the fake coder finds in testdata/formats.
func formatEvents() int {
	n := 0
	for _, w := range formatReports {
		if w.category != "" {
			n++
		}
	}
	return n
}

// stdinJSONL is what the tests pipe to 'rasd ingest -'.
const stdinJSONL = `{"id": "stdin-1", "lang": "ar", "published": "2024-03-03", "source": "بث مباشر", "title": "مقتل حارس", "text": "قتل حارس ليلي في هجوم على مستودع بطرابلس."}
{"id": "stdin-2", "lang": "en", "published": "2024-03-04", "source": "Live Desk", "title": "Road reopened", "text": "The coastal road reopened to traffic on Monday."}
`

// storedID returns the id of a formatReports key (the HTML page's id is
// derived from its file name and text).
func (e *env) storedID(key string) string {
	if key == "page.html" {
		return e.reportByOrigin("page.html").ID
	}
	return key
}

func TestIngestEveryFormat(t *testing.T) {
	e := newEnv(t)
	r := e.runStdin(stdinJSONL, "ingest", formatsDir, "-")
	if r.code != exitOK {
		t.Fatalf("ingest: %s", r)
	}
	nReports, nEvents := len(formatReports)+2, formatEvents()+1
	if !strings.Contains(r.stderr, summary(nReports, nReports, 0, 0, 0, nEvents)+e.db) {
		t.Errorf("summary: want %q in\n%s", summary(nReports, nReports, 0, 0, 0, nEvents), r.stderr)
	}
	// the one file of a type rasd does not read is named, not read
	skipped := "warning: testdata/formats/nested/ignored.log: skipped: rasd reads only files ending in"
	if !strings.Contains(r.stderr, skipped) {
		t.Errorf("the .log file was skipped without a word:\n%s", r.stderr)
	}
	if rest := strings.Replace(r.stderr, skipped, "", 1); strings.Contains(rest, "warning") || strings.Contains(rest, "error") {
		t.Errorf("clean inputs gave warnings or errors:\n%s", r.stderr)
	}

	stored := e.reports()
	if len(stored) != nReports {
		t.Errorf("stored %d reports, want %d", len(stored), nReports)
	}
	for _, id := range []string{"hidden-1"} {
		if _, ok := stored[id]; ok {
			t.Errorf("report %s from a hidden file was read", id)
		}
	}
	db := e.open()
	for key, w := range formatReports {
		id := e.storedID(key)
		got, ok := stored[id]
		if !ok {
			t.Errorf("%s: not stored", key)
			continue
		}
		if got.Title != w.title || got.Published != w.published || got.Lang != w.lang || got.Source != w.source {
			t.Errorf("%s: stored title %q published %q lang %q source %q, want %q %q %q %q",
				key, got.Title, got.Published, got.Lang, got.Source, w.title, w.published, w.lang, w.source)
		}
		rows, err := db.Query(`SELECT e.category, e.location, e.fatalities, coalesce(e.event_date, ''), e.country
			FROM events e JOIN event_sources s ON s.event_id = e.id WHERE s.report_id = ?`, id)
		if err != nil {
			t.Fatal(err)
		}
		var n int
		for rows.Next() {
			n++
			var cat, loc, date, country string
			var fat int
			if err := rows.Scan(&cat, &loc, &fat, &date, &country); err != nil {
				t.Fatal(err)
			}
			if cat != w.category || loc != w.location || fat != w.fatalities || date != w.published {
				t.Errorf("%s: event %s at %s, %d killed, on %s; want %s at %s, %d killed, on %s",
					key, cat, loc, fat, date, w.category, w.location, w.fatalities, w.published)
			}
		}
		rows.Close()
		if want := btoi(w.category != ""); n != want {
			t.Errorf("%s: %d events, want %d", key, n, want)
		}
	}

	// Details only some formats carry.
	if got := stored["md-benghazi-1"].URL; got != "https://example.org/benghazi-engineers" {
		t.Errorf("front matter url: got %q", got)
	}
	if got := stored["rss-checkpoint"].URL; got != "https://example.org/items/checkpoint" {
		t.Errorf("RSS link: got %q", got)
	}
	if got := stored["rss-checkpoint"].Text; strings.Contains(got, "<p>") || !strings.HasPrefix(got, "Unknown attackers killed 2 guards") {
		t.Errorf("RSS description not read as plain text: %q", got)
	}
	if got := stored["csv-1"].Text; !strings.Contains(got, `shout "close the shops".`+"\nTraders kept") {
		t.Errorf("CSV quoted field with a quote and a line break: got %q", got)
	}
	page := e.reportByOrigin("page.html")
	if !strings.Contains(page.Text, "حي الصابري ببنغازي") || strings.Contains(page.Text, "رياضة") {
		t.Errorf("HTML main text: want the article without the menu, got %q", page.Text)
	}
	if !strings.HasPrefix(page.ID, "page-") {
		t.Errorf("HTML report id %q is not derived from the file name", page.ID)
	}
	if got := stored["jsonl-3"].Origin; got != filepath.Join(formatsDir, "wire.jsonl")+":4" {
		t.Errorf("JSONL origin: got %q, want the file and line 4 (a blank line comes before it)", got)
	}
	if got := stored["stdin-1"]; got.Source != "بث مباشر" || got.Published != "2024-03-03" || !strings.HasPrefix(got.Origin, "stdin") {
		t.Errorf("stdin report: %+v", got)
	}
	// A report that names no source takes --source; one that names its own keeps it.
	e2 := newEnv(t)
	nosource := e2.write("nosource.txt", []byte("---\nid: nosource-1\npublished: 2024-03-09\n---\nTwo men were abducted on the airport road.\n"))
	e2.mustRun(exitOK, "ingest", "--source", "Fallback Wire", filepath.Join(formatsDir, "wire.jsonl"), nosource)
	if got := e2.reports()["jsonl-1"].Source; got != "وكالة الأنباء المحلية" {
		t.Errorf("--source overrode a report's own source: %q", got)
	}
	if got := e2.reports()["nosource-1"].Source; got != "Fallback Wire" {
		t.Errorf("--source did not fill in a missing source: %q", got)
	}
}

func btoi(b bool) int {
	if b {
		return 1
	}
	return 0
}

// Arabic text used in the encoding fixtures: every letter is in both
// Windows-1256 and ISO-8859-6, and it has the letters where the two tables
// differ (ع ف ق ل ي), so reading it in the wrong table shows.
const (
	encTitle = "مقتل سائق أجرة في طرابلس"
	encBody  = "قتل مسلحون سائق سيارة أجرة في طرابلس ليلة الجمعة وفق ما ذكره أقاربه، وقالوا إن الضحية كان عائدا من عمله في الميناء."
)

func frontMatter(id, published string) string {
	return "---\nid: " + id + "\ntitle: " + encTitle + "\npublished: " + published + "\n---\n" + encBody + "\n"
}

func encode(t *testing.T, enc encoding.Encoding, s string) []byte {
	t.Helper()
	b, err := enc.NewEncoder().Bytes([]byte(s))
	if err != nil {
		t.Fatalf("fixture cannot be encoded: %v", err)
	}
	return b
}

func TestIngestEncodings(t *testing.T) {
	e := newEnv(t)
	utf16le := unicode.UTF16(unicode.LittleEndian, unicode.UseBOM) // the encoder writes the BOM
	csvText := "id,title,text,published\r\nenc-csv1256," + encTitle + "," + encBody + ",2024-02-06\r\n"
	jsonl := `{"id":"enc-jsonl16","title":"` + encTitle + `","text":"` + encBody + `","published":"2024-02-07"}` + "\n" +
		`{"id":"enc-jsonl16b","title":"` + encTitle + `","text":"` + encBody + ` (2)","published":"2024-02-08"}` + "\n"
	files := []struct {
		name, id, published string
		data                []byte
	}{
		{"utf8-bom.txt", "enc-utf8bom", "2024-02-01", append([]byte{0xEF, 0xBB, 0xBF}, frontMatter("enc-utf8bom", "2024-02-01")...)},
		{"utf16le.txt", "enc-utf16le", "2024-02-02", encode(t, utf16le, frontMatter("enc-utf16le", "2024-02-02"))},
		{"cp1256.txt", "enc-cp1256", "2024-02-03", encode(t, charmap.Windows1256, frontMatter("enc-cp1256", "2024-02-03"))},
		{"iso88596.txt", "enc-iso88596", "2024-02-04", encode(t, charmap.ISO8859_6, frontMatter("enc-iso88596", "2024-02-04"))},
		{"cp1256.csv", "enc-csv1256", "2024-02-06", encode(t, charmap.Windows1256, csvText)},
		{"utf16le.jsonl", "enc-jsonl16", "2024-02-07", encode(t, utf16le, jsonl)},
	}
	var paths []string
	for _, f := range files {
		if f.name == "utf16le.txt" && (f.data[0] != 0xFF || f.data[1] != 0xFE) {
			t.Fatalf("UTF-16LE fixture has no byte-order mark: % x", f.data[:4])
		}
		paths = append(paths, e.write(filepath.Join("enc", f.name), f.data))
	}
	r := e.mustRun(exitOK, append([]string{"ingest"}, paths...)...)
	if !strings.Contains(r.stderr, summary(7, 7, 0, 0, 0, 7)) {
		t.Errorf("summary: want %q in\n%s", summary(7, 7, 0, 0, 0, 7), r.stderr)
	}
	stored := e.reports()
	for _, f := range files {
		got, ok := stored[f.id]
		if !ok {
			t.Errorf("%s: report %s not stored (have %d reports)", f.name, f.id, len(stored))
			continue
		}
		if got.Text != encBody || got.Title != encTitle || got.Published != f.published {
			t.Errorf("%s: read as title %q text %q published %q", f.name, got.Title, got.Text, got.Published)
		}
		if got.Lang != "ar" {
			t.Errorf("%s: language %q, want ar", f.name, got.Lang)
		}
	}
	if got := stored["enc-jsonl16b"].Text; got != encBody+" (2)" {
		t.Errorf("second line of a UTF-16 JSONL file: %q", got)
	}
}

func TestIngestTwiceStoresNothingNew(t *testing.T) {
	e := newEnv(t)
	args := []string{"ingest", formatsDir, "-"}
	if r := e.runStdin(stdinJSONL, args...); r.code != exitOK {
		t.Fatalf("first ingest: %s", r)
	}
	before := e.dump()
	n := len(formatReports) + 2
	r := e.runStdin(stdinJSONL, args...)
	if r.code != exitOK {
		t.Fatalf("second ingest: %s", r)
	}
	if !strings.Contains(r.stderr, summary(n, 0, 0, n, 0, 0)) {
		t.Errorf("second summary: want %q in\n%s", summary(n, 0, 0, n, 0, 0), r.stderr)
	}
	assertSameDump(t, before, e.dump())

	// The same content under another file name is the same report.
	copyPath := e.write("copy/wire-again.jsonl", mustRead(t, filepath.Join(formatsDir, "wire.jsonl")))
	r = e.mustRun(exitOK, "ingest", copyPath)
	if !strings.Contains(r.stderr, summary(3, 0, 0, 3, 0, 0)) {
		t.Errorf("copied file: want %q in\n%s", summary(3, 0, 0, 3, 0, 0), r.stderr)
	}
	assertSameDump(t, before, e.dump())
	if runs := e.count(`SELECT count(*) FROM runs WHERE status = 'ok'`); runs != 3 {
		t.Errorf("%d runs recorded as ok, want 3", runs)
	}
}

func mustRead(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// assertSameDump fails when the tables differ.
func assertSameDump(t *testing.T, before, after map[string][]string) {
	t.Helper()
	for _, table := range dumpedTables {
		b, a := before[table], after[table]
		if strings.Join(b, "\n") != strings.Join(a, "\n") {
			t.Errorf("table %s changed: %d rows before, %d after\nbefore: %q\nafter:  %q", table, len(b), len(a), b, a)
		}
	}
}

// assertKept fails when a row of before is missing or changed in after.
func assertKept(t *testing.T, before, after map[string][]string) {
	t.Helper()
	for _, table := range dumpedTables {
		have := map[string]bool{}
		for _, row := range after[table] {
			have[row] = true
		}
		for _, row := range before[table] {
			if !have[row] && table != "event_id_counters" {
				t.Errorf("table %s lost or changed a row stored by an earlier run: %s", table, row)
			}
		}
	}
}

func TestUndatedReport(t *testing.T) {
	e := newEnv(t)
	body := "Gunmen killed a night watchman at a warehouse in Tripoli, his employer said."
	undated := e.write("undated.txt", []byte(body+"\n"))
	r := e.mustRun(exitOK, "ingest", undated)
	if !strings.Contains(r.stderr, "warning: "+undated) || !strings.Contains(r.stderr, "no publication date") ||
		!strings.Contains(r.stderr, "--published") {
		t.Errorf("want a warning naming the file and telling to pass --published, got:\n%s", r.stderr)
	}
	rep := e.reportByOrigin("undated.txt")
	if rep.Published != "" || rep.Text != body {
		t.Errorf("undated report stored as %+v", rep)
	}
	if n := e.count(`SELECT count(*) FROM reports WHERE published IS NULL`); n != 1 {
		t.Errorf("published should be NULL, not today's date or an empty string: %d NULL rows", n)
	}
	if n := e.count(`SELECT count(*) FROM events WHERE event_date IS NULL`); n != 1 {
		t.Errorf("the undated report's event should be undated: %d undated events", n)
	}

	// --published dates a report that carries no date ...
	other := e.write("other.txt", []byte("A kidnapped engineer was released in Tripoli.\n"))
	r = e.mustRun(exitOK, "ingest", "--published", "2024-04-05", other)
	if strings.Contains(r.stderr, "warning") {
		t.Errorf("warning despite --published:\n%s", r.stderr)
	}
	if got := e.reportByOrigin("other.txt").Published; got != "2024-04-05" {
		t.Errorf("--published: stored %q", got)
	}
	// ... and re-ingesting the undated one with it replaces it, dated.
	r = e.mustRun(exitOK, "ingest", "--published", "2024-04-06", undated)
	if !strings.Contains(r.stderr, summary(1, 0, 1, 0, 0, 1)) {
		t.Errorf("want the report updated, got:\n%s", r.stderr)
	}
	if got := e.reportByOrigin("undated.txt").Published; got != "2024-04-06" {
		t.Errorf("re-ingest with --published: stored %q", got)
	}
	if n := e.count(`SELECT count(*) FROM events WHERE event_date IS NULL`); n != 0 {
		t.Errorf("%d undated events left after the report was dated", n)
	}
	if n := e.count(`SELECT count(*) FROM events WHERE event_date = '2024-04-06'`); n != 1 {
		t.Errorf("%d events dated 2024-04-06, want 1", n)
	}
	// A report's own date wins over --published.
	e.mustRun(exitOK, "ingest", "--published", "2020-01-01", filepath.Join(formatsDir, "benghazi.md"))
	if got := e.reports()["md-benghazi-1"].Published; got != "2023-05-14" {
		t.Errorf("--published overrode the report's own date: %q", got)
	}
	// A malformed --published is a usage error.
	r = e.mustRun(exitUsage, "ingest", "--published", "05/04/2024", other)
	if !strings.Contains(r.stderr, "YYYY-MM-DD") {
		t.Errorf("bad --published: want the expected form named, got:\n%s", r.stderr)
	}
}

// TestEventIDsFollowTheDictionaries: event_id_cnty takes its ISO3 prefix
// from the country table in force, so a team's countries.tsv (through
// --dictionaries) is honoured, and a broken one stops the ingest with its
// file and line instead of ids silently prefixed XXX.
func TestEventIDsFollowTheDictionaries(t *testing.T) {
	e := newEnv(t)
	report := e.write("r.txt", []byte("---\npublished: 2024-03-02\n---\nGunmen killed 2 men in Tripoli.\n"))
	dict := filepath.Join(e.dir, "dict")
	e.write("dict/places/countries.tsv", []byte("# a team's table\nLY\tLBZ\t434\tLibya\tNorthern Africa\tfull\tLibya\tليبيا\tLibyan\tليبي\tyes\n"))
	e.mustRun(0, "ingest", "--dictionaries", dict, report)
	if n := e.count(`SELECT count(*) FROM events WHERE event_id_cnty LIKE 'LBZ%'`); n != 1 {
		t.Errorf("%d events with the team's prefix LBZ, want 1", n)
	}

	e2 := newEnv(t)
	bad := filepath.Join(e2.dir, "bad")
	e2.write("bad/places/countries.tsv", []byte("# broken\nLY\tLIBYA\t434\tLibya\tNorthern Africa\tfull\n"))
	r := e2.run("ingest", "--dictionaries", bad, e2.write("r.txt", []byte("Gunmen killed 2 men in Tripoli.\n")))
	if r.code != 1 || !strings.Contains(r.stderr, "countries.tsv:2") {
		t.Errorf("broken country table: want exit 1 naming countries.tsv:2, got %s", r)
	}
}

// TestFirstIngestsRace: two ingests starting at once on a new store both
// succeed, ten times over: one creates the schema, the other waits for it.
func TestFirstIngestsRace(t *testing.T) {
	e := newEnv(t)
	a := e.write("a.txt", []byte("---\npublished: 2024-03-02\n---\nGunmen killed 2 men in Tripoli.\n"))
	b := e.write("b.txt", []byte("---\npublished: 2024-03-03\n---\nGunmen killed 3 men in Benghazi.\n"))
	for i := range 10 {
		db := filepath.Join(e.dir, "pair-"+strconv.Itoa(i)+".db")
		codes := make(chan result, 2)
		for _, in := range []string{a, b} {
			go func() { codes <- e.raw(strings.NewReader(""), "ingest", "--db", db, "--config", e.cfg, in) }()
		}
		for range 2 {
			if r := <-codes; r.code != 0 {
				t.Errorf("pair %d: %s", i, r)
			}
		}
	}
}

// TestBrokenDateWords: a team's date file with a bad row stops extract
// with the file and line, before any report is read.
func TestBrokenDateWords(t *testing.T) {
	e := newEnv(t)
	bad := filepath.Join(e.dir, "bad")
	e.write("bad/dates/words.tsv", []byte("# a team's words\nform\tkind\tvalue\tflags\nyesterday\tword\tyesterdy\n"))
	r := e.run("extract", "--dictionaries", bad, e.write("r.txt", []byte("Gunmen killed 2 men in Tripoli yesterday.\n")))
	want := filepath.Join(bad, "dates", "words.tsv") + ":3: value \"yesterdy\""
	if r.code != 1 || !strings.Contains(r.stderr, want) {
		t.Errorf("broken date words: want exit 1 naming %s, got %s", want, r)
	}
}

// TestWalkSaysWhatItPassesOver: a pipe, a link that leads nowhere, a link
// that loops and a link to a directory inside a folder are named in
// warnings; the reports beside them are read. Two inputs giving one id
// are named too.
func TestWalkSaysWhatItPassesOver(t *testing.T) {
	e := newEnv(t)
	dir := filepath.Join(e.dir, "in")
	e.write("in/a.txt", []byte("---\nid: same\npublished: 2024-03-02\n---\nGunmen killed 2 men in Tripoli.\n"))
	e.write("in/sub/b.txt", []byte("---\nid: same\npublished: 2024-03-03\n---\nGunmen killed 3 men in Benghazi.\n"))
	for name, target := range map[string]string{"broken.txt": "nowhere.txt", "loop.txt": "loop.txt", "dir.txt": "sub"} {
		if err := os.Symlink(target, filepath.Join(dir, name)); err != nil {
			t.Fatal(err)
		}
	}
	if err := syscall.Mkfifo(filepath.Join(dir, "pipe.txt"), 0o644); err != nil {
		t.Fatal(err)
	}
	r := e.run("ingest", dir)
	for _, want := range []string{
		"broken.txt: skipped: a link that leads nowhere or loops",
		"loop.txt: skipped: a link that leads nowhere or loops",
		"dir.txt: skipped: a link to a directory",
		"pipe.txt: skipped: not a regular file",
		"report id same was read already in this run, from " + filepath.Join(dir, "a.txt"),
	} {
		if !strings.Contains(r.stderr, want) {
			t.Errorf("stderr lacks %q:\n%s", want, r.stderr)
		}
	}
	if r.code != exitOK || e.count(`SELECT count(*) FROM reports`) != 1 {
		t.Errorf("want exit 0 and one report (the id given twice), got %s", r)
	}
}

package main

import (
	"bufio"
	"encoding/json"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"testing"

	"rasd/events"
)

// configLine returns the line of 'rasd config' output for key.
func configLine(t *testing.T, out, key string) []string {
	t.Helper()
	for _, line := range strings.Split(out, "\n") {
		if f := strings.Fields(line); len(f) > 0 && f[0] == key {
			return f
		}
	}
	t.Fatalf("no line for %s in:\n%s", key, out)
	return nil
}

func TestConfigSources(t *testing.T) {
	e := newEnv(t)
	file := e.write("team.yaml", []byte("db: "+filepath.Join(e.dir, "file.db")+"\n"+
		"gazetteer: "+filepath.Join(e.dir, "file-gazetteer.bin")+"\n"+
		"log_level: warn\n"+
		"export:\n  bom: true\n"))
	t.Setenv("RASD_DB", filepath.Join(e.dir, "env.db"))
	t.Setenv("RASD_GAZETTEER", filepath.Join(e.dir, "env-gazetteer.bin"))
	flagDB := filepath.Join(e.dir, "flag.db")
	r := e.raw(nil, "config", "--config", file, "--db", flagDB)
	if r.code != exitOK {
		t.Fatalf("config: %s", r)
	}
	if !strings.Contains(r.stdout, "config file: "+file) {
		t.Errorf("config file not shown:\n%s", r.stdout)
	}
	for _, c := range []struct{ key, value, from string }{
		{"db", flagDB, "flag --db"}, // flag beats env and file
		{"gazetteer", filepath.Join(e.dir, "env-gazetteer.bin"), "environment RASD_GAZETTEER"}, // env beats file
		{"log_level", "warn", "file " + file},                                                  // file beats default
		{"export.bom", "true", "file " + file},
		{"export.extended", "false", "default"},
		{"ingest.batch", "500", "default"},
	} {
		f := configLine(t, r.stdout, c.key)
		if len(f) < 3 || f[1] != c.value || !strings.HasPrefix(strings.Join(f[2:], " "), c.from) {
			t.Errorf("%s: got %q, want value %q from %q", c.key, strings.Join(f, " "), c.value, c.from)
		}
	}

	// The values in force are the ones commands use: without --db, ingest
	// writes where RASD_DB says, not where the file says.
	report := e.write("r.txt", []byte("---\nid: cfg-1\npublished: 2024-01-02\n---\nA trader was killed in Tripoli.\n"))
	if r := e.raw(nil, "ingest", "--config", file, report); r.code != exitOK {
		t.Fatalf("ingest: %s", r)
	}
	for path, want := range map[string]bool{filepath.Join(e.dir, "env.db"): true, filepath.Join(e.dir, "file.db"): false} {
		if _, err := os.Stat(path); (err == nil) != want {
			t.Errorf("database %s exists: %v, want %v", path, err == nil, want)
		}
	}
	// Without the variable, the file's db is used, and its export.bom.
	os.Unsetenv("RASD_DB")
	if r := e.raw(nil, "ingest", "--config", file, report); r.code != exitOK {
		t.Fatalf("ingest: %s", r)
	}
	if _, err := os.Stat(filepath.Join(e.dir, "file.db")); err != nil {
		t.Errorf("the file's db was not used: %v", err)
	}
	if r := e.raw(nil, "export", "--config", file); r.code != exitOK || !strings.HasPrefix(r.stdout, "\uFEFF") {
		t.Errorf("export.bom: true in the file should start the CSV with a BOM: %s", r)
	}
	if r := e.raw(nil, "export", "--config", file, "--bom=false"); r.code != exitOK || strings.HasPrefix(r.stdout, "\uFEFF") {
		t.Errorf("--bom=false should beat the file: %s", r)
	}
}

func TestConfigSearchPath(t *testing.T) {
	e := newEnv(t)
	userDir := t.TempDir()
	t.Setenv("XDG_CONFIG_HOME", userDir)
	user := filepath.Join(userDir, "rasd", "rasd.yaml")
	if err := os.MkdirAll(filepath.Dir(user), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(user, []byte("log_level: error\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	work := filepath.Join(e.dir, "work")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	t.Chdir(work)

	r := e.raw(nil, "config")
	if r.code != exitOK || !strings.Contains(r.stdout, "config file: "+user) {
		t.Errorf("want the user config dir's file in force: %s", r)
	}
	if f := configLine(t, r.stdout, "log_level"); f[1] != "error" {
		t.Errorf("log_level from the user file: %q", f)
	}
	// rasd.yaml in the current directory wins over the user's.
	if err := os.WriteFile(filepath.Join(work, "rasd.yaml"), []byte("log_level: debug\n"), 0o644); err != nil {
		t.Fatal(err)
	}
	r = e.raw(nil, "config")
	if r.code != exitOK || !strings.Contains(r.stdout, "config file: rasd.yaml") {
		t.Errorf("want ./rasd.yaml in force: %s", r)
	}
	if f := configLine(t, r.stdout, "log_level"); f[1] != "debug" {
		t.Errorf("log_level from ./rasd.yaml: %q", f)
	}
}

func TestConfigErrors(t *testing.T) {
	e := newEnv(t)
	for name, tc := range map[string]struct{ yaml, says string }{
		"unknown key": {"db: x.db\nexport:\n  boom: true\n", "export.boom"},
		"bad level":   {"log_level: loud\n", "log_level"},
		"bad batch":   {"ingest:\n  batch: 0\n", "ingest.batch"},
		"not yaml":    {"db: [unclosed\n", "read config"},
	} {
		t.Run(name, func(t *testing.T) {
			file := e.write(strings.ReplaceAll(name, " ", "-")+".yaml", []byte(tc.yaml))
			r := e.raw(nil, "config", "--config", file)
			if r.code != exitUsage || !strings.Contains(r.stderr, tc.says) {
				t.Errorf("want exit 2 saying %q, got %s", tc.says, r)
			}
		})
	}
	r := e.raw(nil, "config", "--config", filepath.Join(e.dir, "absent.yaml"))
	if r.code != exitUsage || !strings.Contains(r.stderr, "absent.yaml") {
		t.Errorf("missing --config file: %s", r)
	}
}

func TestSearchFoldsArabic(t *testing.T) {
	e := newEnv(t)
	report := e.write("school.txt", []byte("---\nid: search-ar-1\ntitle: اغتيال مدير مدرسة في طرابلس\npublished: 2024-02-11\n---\n"+
		"أقدم مسلحون على اغتيال مدير مدرسة ثانوية أمام منزله في طرابلس صباح الأحد، وفق ما أفاد به جيرانه.\n"))
	other := e.write("port.txt", []byte("---\nid: search-en-1\ntitle: Port news\npublished: 2024-02-12\n---\nShips returned to the port of Tripoli.\n"))
	e.mustRun(exitOK, "ingest", report, other)
	for _, tc := range []struct {
		query []string
		want  []string // report ids found
	}{
		{[]string{"طَرَابُلُس"}, []string{"search-ar-1"}},          // diacritics
		{[]string{"إغتيال"}, []string{"search-ar-1"}},              // alef with hamza below
		{[]string{"مدرسه", "ثانويه"}, []string{"search-ar-1"}},     // haa for taa marbuta
		{[]string{"اغتيـــال", "طرابلس"}, []string{"search-ar-1"}}, // tatweel
		{[]string{"TRIPOLI"}, []string{"search-en-1"}},             // case
		{[]string{"بنغازي"}, nil},                                  // not there
		{[]string{"اغتيال", "port"}, nil},                          // all words must match
	} {
		r := e.mustRun(exitOK, append([]string{"search"}, tc.query...)...)
		var got []string
		for _, line := range strings.Split(r.stdout, "\n") {
			if line != "" && !strings.HasPrefix(line, "\t") {
				got = append(got, strings.SplitN(line, "\t", 2)[0])
			}
		}
		if strings.Join(got, " ") != strings.Join(tc.want, " ") {
			t.Errorf("search %q: found %q, want %q\n%s", tc.query, got, tc.want, r.stdout)
		}
		if want := strconv.Itoa(len(tc.want)) + " report(s)"; !strings.Contains(r.stderr, want) {
			t.Errorf("search %q: stderr %q", tc.query, r.stderr)
		}
	}
}

func TestExtractPrintsEventsAndWritesNoDatabase(t *testing.T) {
	e := newEnv(t)
	work := filepath.Join(e.dir, "work")
	if err := os.MkdirAll(work, 0o755); err != nil {
		t.Fatal(err)
	}
	abs, err := filepath.Abs(formatsDir)
	if err != nil {
		t.Fatal(err)
	}
	t.Chdir(work) // so a default ./rasd.db would show
	r := e.runStdin(stdinJSONL, "extract", abs, "-")
	if r.code != exitOK {
		t.Fatalf("extract: %s", r)
	}
	byReport := map[string]events.Event{}
	sc := bufio.NewScanner(strings.NewReader(r.stdout))
	sc.Buffer(nil, 1<<20)
	for sc.Scan() {
		var raw map[string]any
		if err := json.Unmarshal(sc.Bytes(), &raw); err != nil {
			t.Fatalf("not a JSON line: %q: %v", sc.Text(), err)
		}
		for _, k := range append(append([]string{}, events.Columns...), "report_id", "category", "target", "confidence", "evidence") {
			if _, ok := raw[k]; !ok {
				t.Errorf("event has no %q: %s", k, sc.Text())
			}
		}
		if raw["inter1"] != "Political militia" {
			t.Errorf("inter1 should be ACLED's text: %v", raw["inter1"])
		}
		var ev events.Event
		if err := json.Unmarshal(sc.Bytes(), &ev); err != nil {
			t.Fatal(err)
		}
		byReport[ev.ReportID] = ev
	}
	if len(byReport) != formatEvents()+1 {
		t.Errorf("%d events printed, want %d", len(byReport), formatEvents()+1)
	}
	for id, w := range formatReports {
		if id == "page.html" || w.category == "" {
			continue
		}
		ev, ok := byReport[id]
		if !ok {
			t.Errorf("no event for %s", id)
			continue
		}
		if ev.EventDate != w.published || string(ev.Category) != w.category || ev.Location != w.location || ev.Country != countryOf(w.location) {
			t.Errorf("%s: %s %s %s %s", id, ev.EventDate, ev.Category, ev.Location, ev.Country)
		}
	}
	if _, ok := byReport["stdin-1"]; !ok {
		t.Error("no event for the report on stdin")
	}
	if want := "17 reports coded, 12 events, 0 failed"; !strings.Contains(r.stderr, want) {
		t.Errorf("stderr: want %q, got %q", want, r.stderr)
	}
	for _, p := range []string{e.db, filepath.Join(work, "rasd.db")} {
		if _, err := os.Stat(p); err == nil {
			t.Errorf("extract created a database at %s", p)
		}
	}

	// The table form, and a failure among good inputs.
	bad := e.write("bad.json", []byte(`{"id": "x", "text": `))
	r = e.raw(nil, e.with([]string{"extract", "--format", "table", filepath.Join(abs, "pair.json"), bad})...)
	if r.code != exitFailure || !strings.Contains(r.stderr, bad+":1: truncated JSON") {
		t.Errorf("extract with a bad input: %s", r)
	}
	lines := strings.Split(strings.TrimSpace(r.stdout), "\n")
	if len(lines) != 3 || !strings.HasPrefix(lines[0], "REPORT") || !strings.HasPrefix(lines[1], "json-aden-1") || !strings.Contains(lines[1], "Aden") {
		t.Errorf("table output:\n%s", r.stdout)
	}
}

func TestUsageErrors(t *testing.T) {
	e := newEnv(t)
	report := e.write("r.txt", []byte("A guard was killed in Tripoli.\n"))
	for _, tc := range []struct {
		args []string
		says string
	}{
		{[]string{"ingest", "--nope", report}, "unknown flag: --nope"},
		{[]string{"ingest"}, "missing PATH"},
		{[]string{"ingest", "--lang", "fr", report}, "--lang"},
		{[]string{"extract"}, "missing PATH"},
		{[]string{"extract", "--format", "xml", report}, "--format"},
		{[]string{"search"}, "missing WORDS"},
		{[]string{"frobnicate"}, `unknown command "frobnicate"`},
		{[]string{"config", "--log-level", "loud"}, "log_level"},
		{[]string{"eval"}, "--gold"},
	} {
		t.Run(strings.Join(tc.args, " "), func(t *testing.T) {
			r := e.run(tc.args...)
			if r.code != exitUsage {
				t.Fatalf("want exit 2, got %s", r)
			}
			if !strings.Contains(r.stderr, tc.says) {
				t.Errorf("stderr should say %q:\n%s", tc.says, r.stderr)
			}
			if !strings.Contains(r.stderr, "Run 'rasd --help' or 'rasd COMMAND --help' for usage.") {
				t.Errorf("no hint at --help:\n%s", r.stderr)
			}
		})
	}
	// A flag missing its value, last on the line.
	if r := e.raw(nil, "export", "--db", e.db, "--config", e.cfg, "--format"); r.code != exitUsage ||
		!strings.Contains(r.stderr, "flag needs an argument: --format") {
		t.Errorf("flag without its value: %s", r)
	}
	if _, err := os.Stat(e.db); err == nil {
		t.Errorf("a usage error created the database")
	}
	// --help is not an error, and shows an example.
	for _, cmd := range []string{"ingest", "export", "extract", "search", "config"} {
		r := e.run(cmd, "--help")
		if r.code != exitOK || !strings.Contains(r.stdout, "Examples:") || !strings.Contains(r.stdout, "rasd "+cmd) {
			t.Errorf("%s --help: %s", cmd, r)
		}
	}
}

// TestConfigMistakesSayWhatToWrite: a mistyped key names the nearest one
// and lists the known keys (not a command that fails the same way); a
// bad value says what it should be.
func TestConfigMistakesSayWhatToWrite(t *testing.T) {
	e := newEnv(t)
	typo := e.write("typo.yaml", []byte("exprt:\n  bom: true\n"))
	r := e.raw(nil, "config", "--config", typo)
	if r.code != exitUsage || !strings.Contains(r.stderr, "did you mean export.bom") || !strings.Contains(r.stderr, "limits.report_timeout") {
		t.Errorf("typo: %s", r)
	}
	for env, want := range map[string]string{
		"RASD_EXPORT_BOM":            `export.bom "maybe": want true or false`,
		"RASD_INGEST_BATCH":          `ingest.batch "maybe": want a whole number`,
		"RASD_LIMITS_REPORT_TIMEOUT": `limits.report_timeout "maybe": want a duration`,
	} {
		t.Setenv(env, "maybe")
		r := e.run("config")
		if r.code != exitUsage || !strings.Contains(r.stderr, want) || strings.Contains(r.stderr, "strconv") {
			t.Errorf("%s=maybe: want %q, got %s", env, want, r)
		}
		os.Unsetenv(env)
	}
}

package main

import (
	"errors"
	"io"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
	"testing"
)

// TestExportNeverOverwritesTheStore: --out naming the database, its WAL or
// shared-memory file (also through another spelling of the path) is a usage
// error, and the store is left as it was.
func TestExportNeverOverwritesTheStore(t *testing.T) {
	e := exportEnv(t)
	before := mustRead(t, e.db)
	rel, err := filepath.Rel(mustGetwd(t), e.db)
	if err != nil {
		t.Fatal(err)
	}
	for _, out := range []string{e.db, e.db + "-wal", e.db + "-shm", filepath.Join(filepath.Dir(e.db), ".", filepath.Base(e.db)), rel} {
		r := e.run("export", "--format", "csv", "--out", out)
		if r.code != exitUsage || !strings.Contains(r.stderr, "is the database being exported") {
			t.Errorf("--out %s: want exit 2 and the reason, got %s", out, r)
		}
	}
	if after := mustRead(t, e.db); string(after) != string(before) {
		t.Error("the database file changed")
	}
	if n := e.count(`SELECT count(*) FROM events`); n == 0 {
		t.Error("the store lost its events")
	}
}

// TestExportExtensionsRasdCannotWrite: an extension export does not write
// is a usage error, never a CSV under another name.
func TestExportExtensionsRasdCannotWrite(t *testing.T) {
	e := exportEnv(t)
	for _, c := range []struct {
		args []string
		says string
	}{
		{[]string{"--out", "events.xls"}, "does not write .xls"},
		{[]string{"--out", "events.ods"}, "does not write .ods"},
		{[]string{"--out", "events.tsv"}, "does not write .tsv"},
		{[]string{"--format", "csv", "--out", "events.xlsx"}, "--format is csv"},
		{[]string{"--out", "events"}, "no extension"},
	} {
		args := append([]string{"export"}, c.args...)
		for i, a := range args {
			if strings.HasPrefix(a, "events") {
				args[i] = filepath.Join(e.dir, a)
			}
		}
		r := e.run(args...)
		if r.code != exitUsage || !strings.Contains(r.stderr, c.says) {
			t.Errorf("%v: want exit 2 saying %q, got %s", c.args, c.says, r)
		}
	}
	// an explicit format names a file with no extension
	out := filepath.Join(e.dir, "events-plain")
	e.mustRun(exitOK, "export", "--format", "csv", "--out", out)
	if b := mustRead(t, out); !strings.HasPrefix(string(b), "event_id_cnty,") {
		t.Errorf("--format csv to a file without extension: %.40q", b)
	}
}

// TestExportFileModes: a new export is 0666 less the umask (a dashboard
// account can read it), an existing file keeps its mode.
func TestExportFileModes(t *testing.T) {
	e := exportEnv(t)
	old := syscall.Umask(0o022)
	defer syscall.Umask(old)
	fresh := filepath.Join(e.dir, "fresh.csv")
	e.mustRun(exitOK, "export", "--out", fresh)
	if m := mode(t, fresh); m != 0o644 {
		t.Errorf("new export has mode %o, want 644 under umask 022", m)
	}
	kept := e.write("kept.csv", []byte("old"))
	if err := os.Chmod(kept, 0o640); err != nil {
		t.Fatal(err)
	}
	e.mustRun(exitOK, "export", "--out", kept)
	if m := mode(t, kept); m != 0o640 {
		t.Errorf("replaced export has mode %o, want its old 640", m)
	}
}

// TestExportRemovesKilledExportsTemporaries: a temporary left by an export
// whose process is gone is removed; one of a live export is not.
func TestExportRemovesKilledExportsTemporaries(t *testing.T) {
	e := exportEnv(t)
	out := filepath.Join(e.dir, "events.csv")
	stale := tempPrefix(out) + "999999999.0badf00d.tmp"
	live := tempPrefix(out) + strconv.Itoa(os.Getpid()) + ".12345678.tmp"
	for _, f := range []string{stale, live} {
		if err := os.WriteFile(f, nil, 0o600); err != nil {
			t.Fatal(err)
		}
	}
	e.mustRun(exitOK, "export", "--out", out)
	if _, err := os.Stat(stale); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the killed export's temporary is still there: %v", err)
	}
	if _, err := os.Stat(live); err != nil {
		t.Errorf("a live export's temporary was removed: %v", err)
	}
}

// TestWriteFileFailureLeavesNothing: a write that fails removes its
// temporary and leaves the old file.
func TestWriteFileFailureLeavesNothing(t *testing.T) {
	dir := t.TempDir()
	out := filepath.Join(dir, "x.csv")
	if err := os.WriteFile(out, []byte("old"), 0o644); err != nil {
		t.Fatal(err)
	}
	_, err := writeFile(out, func(w io.Writer) (int, error) {
		io.WriteString(w, "half")
		return 0, errors.New("disk on fire")
	})
	if err == nil || !strings.Contains(err.Error(), "nothing was written") {
		t.Fatalf("error %v", err)
	}
	entries, _ := os.ReadDir(dir)
	if len(entries) != 1 || string(mustRead(t, out)) != "old" {
		t.Errorf("left %d entries, old file %q", len(entries), mustRead(t, out))
	}
}

func mode(t *testing.T, path string) os.FileMode {
	t.Helper()
	st, err := os.Stat(path)
	if err != nil {
		t.Fatal(err)
	}
	return st.Mode().Perm()
}

func mustGetwd(t *testing.T) string {
	t.Helper()
	wd, err := os.Getwd()
	if err != nil {
		t.Fatal(err)
	}
	return wd
}

// TestExportCountryAsUsersWriteIt: --country takes the English name, an
// alias, ISO2, ISO3, the numeric code or the Arabic name; a typo is a usage
// error naming the near countries; a country with no events says so.
func TestExportCountryAsUsersWriteIt(t *testing.T) {
	e := exportEnv(t)
	all := e.mustRun(exitOK, "export", "--country", "Libya").stdout
	for _, c := range []string{"libya", "LY", "lby", "434", "ليبيا", " Libya "} {
		if got := e.mustRun(exitOK, "export", "--country", c).stdout; got != all {
			t.Errorf("--country %q selects other events than Libya", c)
		}
	}
	r := e.run("export", "--country", "Libia")
	if r.code != exitUsage || !strings.Contains(r.stderr, `"Libia" is no country`) || !strings.Contains(r.stderr, "did you mean Libya") {
		t.Errorf("typo: want exit 2 suggesting Libya, got %s", r)
	}
	r = e.mustRun(exitOK, "export", "--country", "Chad")
	if !strings.Contains(r.stderr, "no stored event matches country=Chad") || !strings.Contains(r.stderr, "Libya (") {
		t.Errorf("no event in Chad: want a warning listing the store's countries, got %s", r)
	}
}

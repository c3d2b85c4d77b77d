package seeds

import (
	"io/fs"
	"os"
	"path/filepath"
	"testing"
)

func TestOverlay(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "lexicons"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "lexicons", "README.md"), []byte("mine"), 0o644); err != nil {
		t.Fatal(err)
	}
	b, err := fs.ReadFile(FS(dir), "lexicons/README.md")
	if err != nil || string(b) != "mine" {
		t.Fatalf("override not used: %q %v", b, err)
	}
	orig, err := fs.ReadFile(FS(""), "lexicons/README.md")
	if err != nil || string(orig) == "mine" {
		t.Fatalf("built-in file wrong: %q %v", orig, err)
	}
	if _, err := fs.ReadFile(FS(dir), "actors/README.md"); err != nil {
		t.Fatalf("fallback to built-in failed: %v", err)
	}
}

// TestOrigin: a loader names the file it read, the team's or the
// built-in one, also through fs.Sub.
func TestOrigin(t *testing.T) {
	dir := t.TempDir()
	if err := os.MkdirAll(filepath.Join(dir, "places"), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(filepath.Join(dir, "places", "countries.tsv"), []byte("x"), 0o644); err != nil {
		t.Fatal(err)
	}
	type origin interface{ Origin(string) string }
	sub, err := fs.Sub(FS(dir), "places")
	if err != nil {
		t.Fatal(err)
	}
	o, ok := sub.(origin)
	if !ok {
		t.Fatal("fs.Sub lost Origin")
	}
	if got, want := o.Origin("countries.tsv"), filepath.Join(dir, "places", "countries.tsv"); got != want {
		t.Errorf("override: Origin = %q, want %q", got, want)
	}
	if got := o.Origin("names.tsv"); got != "seeds/places/names.tsv" {
		t.Errorf("built-in: Origin = %q", got)
	}
	if got := FS("").(origin).Origin("lexicons/cues.tsv"); got != "seeds/lexicons/cues.tsv" {
		t.Errorf("no override: Origin = %q", got)
	}
	if b, err := fs.ReadFile(sub, "countries.tsv"); err != nil || string(b) != "x" {
		t.Errorf("sub reads the override: %q %v", b, err)
	}
}

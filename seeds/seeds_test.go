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

package main

import (
	"crypto/rand"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"strconv"
	"strings"
	"syscall"
)

// formatExtensions are the extensions of the files export writes.
var formatExtensions = map[string]string{".csv": "csv", ".xlsx": "xlsx", ".geojson": "geojson", ".json": "geojson"}

// formatForFile checks that an output file's extension is one export
// writes, and agrees with --format when it is given (given: "" when not),
// and returns the format to write. A spreadsheet or table extension
// rasd does not write (.xls, .ods, .tsv …) would open as garbage or mislead
// whoever opens it, so it is a usage error, not a CSV in disguise.
func formatForFile(path, given string) (string, error) {
	ext := strings.ToLower(filepath.Ext(path))
	fromExt, known := formatExtensions[ext]
	switch {
	case known && given != "" && given != fromExt:
		return "", usagef("--out %s has the extension of %s, but --format is %s: make them agree", path, fromExt, given)
	case known:
		return fromExt, nil
	case ext == "" && given != "":
		return given, nil
	case ext == "":
		return "", usagef("--out %s has no extension: name it .csv, .xlsx or .geojson, or give --format", path)
	}
	return "", usagef("rasd does not write %s files: name the file .csv, .xlsx or .geojson (--out %s)", ext, path)
}

// notTheStore refuses an output path that is the database being exported,
// or its WAL and shared-memory files: the export would replace the store.
func (a *app) notTheStore(out string) error {
	for _, suffix := range []string{"", "-wal", "-shm", "-journal"} {
		if samePath(out, a.cfg.DB+suffix) {
			return usagef("--out %s is the database being exported (%s): choose another file", out, a.cfg.DB)
		}
	}
	return nil
}

// samePath reports whether two paths name one file: the same cleaned
// absolute path, or (when both exist) the same file through a link.
func samePath(a, b string) bool {
	aa, err1 := filepath.Abs(a)
	bb, err2 := filepath.Abs(b)
	if err1 == nil && err2 == nil && aa == bb {
		return true
	}
	sa, err1 := os.Stat(a)
	sb, err2 := os.Stat(b)
	return err1 == nil && err2 == nil && os.SameFile(sa, sb)
}

// writeFile writes path through a temporary file in the same directory,
// synced to disk, and renames it into place only when write succeeded, so
// a failed or killed export never leaves half a file where the old one
// was. The new file gets the mode of the file it replaces, or 0666 less
// the umask for a new one (not CreateTemp's 0600: a dashboard account on a
// shared server must be able to read it). Temporaries of exports that were
// killed are removed.
func writeFile(path string, write func(io.Writer) (int, error)) (int, error) {
	dir := filepath.Dir(path)
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return 0, fmt.Errorf("create %s: %w", dir, err)
	}
	removeStaleTemps(path)
	mode := fs.FileMode(0o666) // umask applies at creation
	keep := false
	if st, err := os.Stat(path); err == nil {
		if !st.Mode().IsRegular() {
			return 0, fmt.Errorf("write %s: it is not a regular file: choose another --out", path)
		}
		mode, keep = st.Mode().Perm(), true
	}
	tmp, err := createTemp(path, mode)
	if err != nil {
		return 0, fmt.Errorf("write %s: %w", path, err)
	}
	n, err := write(tmp)
	if err == nil && keep {
		err = tmp.Chmod(mode) // the umask may have narrowed it at creation
	}
	if err == nil {
		err = tmp.Sync()
	}
	if cerr := tmp.Close(); err == nil {
		err = cerr
	}
	if err == nil {
		err = os.Rename(tmp.Name(), path)
	}
	if err != nil {
		os.Remove(tmp.Name())
		return n, fmt.Errorf("write %s: %w (nothing was written there)", path, err)
	}
	syncDir(dir)
	return n, nil
}

// tempPrefix is the start of the temporary files for path: hidden, beside
// it, and named by the process writing them.
func tempPrefix(path string) string {
	return filepath.Join(filepath.Dir(path), "."+filepath.Base(path)+".")
}

// createTemp creates a new temporary file for path with mode (less the
// umask), named by this process's id so a later export can tell whether
// its writer is still alive.
func createTemp(path string, mode fs.FileMode) (*os.File, error) {
	for range 10 {
		var b [4]byte
		if _, err := rand.Read(b[:]); err != nil {
			return nil, err
		}
		name := tempPrefix(path) + strconv.Itoa(os.Getpid()) + "." + hex.EncodeToString(b[:]) + ".tmp"
		f, err := os.OpenFile(name, os.O_WRONLY|os.O_CREATE|os.O_EXCL, mode)
		if errors.Is(err, fs.ErrExist) {
			continue
		}
		return f, err
	}
	return nil, errors.New("no free temporary file name")
}

// removeStaleTemps removes the temporaries for path left by exports whose
// process no longer runs (killed before they could clean up).
func removeStaleTemps(path string) {
	names, _ := filepath.Glob(tempPrefix(path) + "*.tmp")
	for _, name := range names {
		rest := strings.TrimPrefix(name, tempPrefix(path))
		pid, err := strconv.Atoi(strings.SplitN(rest, ".", 2)[0])
		if err != nil || pid <= 0 || processAlive(pid) {
			continue
		}
		os.Remove(name)
	}
}

// processAlive reports whether a process with this pid runs on this host.
func processAlive(pid int) bool {
	err := syscall.Kill(pid, 0)
	return err == nil || errors.Is(err, syscall.EPERM)
}

// syncDir syncs a directory so a rename into it survives a crash; a
// failure is not worth failing the export for.
func syncDir(dir string) {
	if d, err := os.Open(dir); err == nil {
		d.Sync()
		d.Close()
	}
}

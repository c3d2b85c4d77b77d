package reader

import (
	"errors"
	"fmt"
	"io"
	"io/fs"
	"iter"
	"os"
	"path/filepath"
	"strings"

	"rasd/events"
)

// StdinName is the name reports read from "-" are reported and identified
// under.
const StdinName = "stdin"

// Read yields the reports in paths, in order: files as named, directories
// walked recursively in sorted order (hidden files and directories and
// files of unknown extension skipped), and "-" as JSONL on stdin. A failure
// is yielded as an *Error with a zero or partial report and reading goes on
// with the next report or input, so one bad file costs one file. Stopping
// the loop early closes whatever is open.
func Read(paths []string, stdin io.Reader, opts Options) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		for _, p := range paths {
			if !readPath(p, stdin, opts, yield) {
				return
			}
		}
	}
}

func readPath(path string, stdin io.Reader, opts Options, yield func(events.Report, error) bool) bool {
	if path == "-" {
		if stdin == nil {
			return yield(events.Report{}, &Error{Path: StdinName, Err: errors.New("no standard input to read")})
		}
		return yieldAll(ReadJSONL(stdin, StdinName, opts), yield)
	}
	info, err := os.Stat(path)
	if err != nil {
		return yield(events.Report{}, &Error{Path: path, Err: openError(err)})
	}
	if info.IsDir() {
		return readDir(path, opts, yield)
	}
	return readFile(path, opts, yield)
}

// readDir walks root. WalkDir visits entries in lexical order, so runs over
// the same tree yield the same reports in the same order.
func readDir(root string, opts Options, yield func(events.Report, error) bool) bool {
	found, ok := 0, true
	err := filepath.WalkDir(root, func(path string, d fs.DirEntry, err error) error {
		if err != nil {
			if ok = yield(events.Report{}, &Error{Path: path, Err: openError(err)}); !ok {
				return filepath.SkipAll
			}
			return nil
		}
		if path != root && strings.HasPrefix(d.Name(), ".") {
			if d.IsDir() {
				return filepath.SkipDir
			}
			return nil
		}
		if d.IsDir() {
			return nil
		}
		if formatOf(path) == nil {
			opts.warn("%s: skipped: rasd reads only files ending in %s", path, strings.Join(Extensions(), ", "))
			return nil
		}
		if !d.Type().IsRegular() {
			// Follow a link to a file, but not to a directory: that could loop.
			info, err := os.Stat(path)
			switch {
			case err != nil && d.Type()&fs.ModeSymlink != 0:
				opts.warn("%s: skipped: a link that leads nowhere or loops (%v)", path, openError(err))
				return nil
			case err != nil:
				opts.warn("%s: skipped: %v", path, openError(err))
				return nil
			case info.IsDir():
				opts.warn("%s: skipped: a link to a directory (give that directory itself to read it)", path)
				return nil
			case !info.Mode().IsRegular():
				opts.warn("%s: skipped: not a regular file (a pipe, socket or device)", path)
				return nil
			}
		}
		found++
		if ok = readFile(path, opts, yield); !ok {
			return filepath.SkipAll
		}
		return nil
	})
	if err != nil && ok {
		ok = yield(events.Report{}, &Error{Path: root, Err: err})
	}
	if found == 0 && ok {
		ok = yield(events.Report{}, &Error{Path: root, Err: problemf(ErrNoReports, "no reports: the directory holds no file ending in %s", strings.Join(Extensions(), ", "))})
	}
	return ok
}

func readFile(path string, opts Options, yield func(events.Report, error) bool) bool {
	read := formatOf(path)
	if read == nil {
		return yield(events.Report{}, &Error{Path: path, Err: unknownFormat(path)})
	}
	f, err := os.Open(path)
	if err != nil {
		return yield(events.Report{}, &Error{Path: path, Err: openError(err)})
	}
	defer f.Close()
	return yieldAll(read(f, path, opts), yield)
}

func yieldAll(seq iter.Seq2[events.Report, error], yield func(events.Report, error) bool) bool {
	for r, err := range seq {
		if !yield(r, err) {
			return false
		}
	}
	return true
}

// openError drops the operation and path an *fs.PathError repeats (the
// *Error names the path already) and adds what to check.
func openError(err error) error {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		err = pe.Err
	}
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return fmt.Errorf("%w: check the path", err)
	case errors.Is(err, fs.ErrPermission):
		return fmt.Errorf("%w: check the file's permissions", err)
	}
	return err
}

// readAll reads a one-shot input whole, naming it in the error.
func readAll(r io.Reader, name string) ([]byte, error) {
	return readAtMost(r, name, 0)
}

// readAtMost reads r whole, or fails when it holds more than limit bytes
// (0: no limit) without reading the rest: a one-report file that large is
// no news report, and parsing it would only stall the run.
func readAtMost(r io.Reader, name string, limit int) ([]byte, error) {
	if limit > 0 {
		r = io.LimitReader(r, int64(limit)+1)
	}
	data, err := io.ReadAll(r)
	if err != nil {
		return nil, &Error{Path: name, Err: fmt.Errorf("read: %w", openError(err))}
	}
	if limit > 0 && len(data) > limit {
		return nil, &Error{Path: name, Err: problemf(ErrTooLarge,
			"larger than %s (limits.input_bytes), more than any report: it was skipped; split it, or raise the limit", size(limit))}
	}
	return data, nil
}

// decodeFile reads r whole and decodes it, with errors naming the file.
func decodeFile(r io.Reader, name, declared string, limit int) (string, error) {
	data, err := readAtMost(r, name, limit)
	if err != nil {
		return "", err
	}
	s, err := decode(data, declared)
	if err != nil {
		return "", &Error{Path: name, Err: err}
	}
	return s, nil
}

// one adapts a reader of one-report files to the iterator shape.
func one(f func() (events.Report, error)) iter.Seq2[events.Report, error] {
	return func(yield func(events.Report, error) bool) {
		yield(f())
	}
}

// Package seeds carries rasd's curated data — sample reports, trigger
// lexicons, the actor table, place supplements, date words and the country
// table — built into the binary so rasd works with no set-up, and
// overridable file by file from a directory a data team maintains.
package seeds

import (
	"embed"
	"errors"
	"io/fs"
	"os"
	"path"
	"path/filepath"
)

//go:embed reports lexicons actors places dates
var embedded embed.FS

// FS returns the curated data: files in overrideDir (when not "") take the
// place of the built-in files with the same path, so a team can fix one
// lexicon without rebuilding rasd. The FS also says where each file is
// read from (Origin), so that a loader's message names the team's file,
// not the built-in one it replaced; fs.Sub keeps that.
func FS(overrideDir string) fs.FS {
	o := overlay{base: embedded, baseName: "seeds"}
	if overrideDir != "" {
		o.top, o.topName = os.DirFS(overrideDir), overrideDir
	}
	return o
}

// overlay reads a file from top when it exists there, else from base.
// topName and baseName are the folders they stand for, for Origin; dir is
// the sub-folder the overlay was narrowed to.
type overlay struct {
	top, base         fs.FS
	topName, baseName string
	dir               string
}

func (o overlay) Open(name string) (fs.File, error) {
	if !fs.ValidPath(name) {
		return nil, &fs.PathError{Op: "open", Path: name, Err: fs.ErrInvalid}
	}
	if f, ok, err := o.openTop(name); ok || err != nil {
		return f, err
	}
	return o.base.Open(path.Join(o.dir, name))
}

// openTop opens name in the override directory; ok is false when it is
// not there (or is a directory), so the built-in file is read.
func (o overlay) openTop(name string) (f fs.File, ok bool, err error) {
	if o.top == nil {
		return nil, false, nil
	}
	f, err = o.top.Open(path.Join(o.dir, name))
	if err != nil {
		if errors.Is(err, fs.ErrNotExist) {
			return nil, false, nil
		}
		return nil, false, err
	}
	if st, serr := f.Stat(); serr == nil && !st.IsDir() {
		return f, true, nil
	}
	f.Close()
	return nil, false, nil
}

// Origin names the file name is read from: the override file's path when
// the team's directory has it, else seeds/NAME, the built-in file.
func (o overlay) Origin(name string) string {
	full := path.Join(o.dir, name)
	if f, ok, _ := o.openTop(name); ok {
		f.Close()
		return filepath.Join(o.topName, filepath.FromSlash(full))
	}
	return path.Join(o.baseName, full)
}

// Sub narrows the overlay to a folder, keeping Origin.
func (o overlay) Sub(dir string) (fs.FS, error) {
	if !fs.ValidPath(dir) {
		return nil, &fs.PathError{Op: "sub", Path: dir, Err: fs.ErrInvalid}
	}
	o.dir = path.Join(o.dir, dir)
	return o, nil
}

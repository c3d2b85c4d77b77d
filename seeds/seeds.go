// Package seeds carries rasd's curated data — sample reports, trigger
// lexicons, the actor table, place supplements and the country table — built
// into the binary so rasd works with no set-up, and overridable file by file
// from a directory a data team maintains.
package seeds

import (
	"embed"
	"errors"
	"io/fs"
	"os"
)

//go:embed reports lexicons actors places
var embedded embed.FS

// FS returns the curated data: files in overrideDir (when not "") take the
// place of the built-in files with the same path, so a team can fix one
// lexicon without rebuilding rasd.
func FS(overrideDir string) fs.FS {
	if overrideDir == "" {
		return embedded
	}
	return overlay{top: os.DirFS(overrideDir), base: embedded}
}

// overlay reads a file from top when it exists there, else from base.
type overlay struct{ top, base fs.FS }

func (o overlay) Open(name string) (fs.File, error) {
	f, err := o.top.Open(name)
	if err == nil {
		if st, serr := f.Stat(); serr == nil && !st.IsDir() {
			return f, nil
		}
		f.Close()
	} else if !errors.Is(err, fs.ErrNotExist) {
		return nil, err
	}
	return o.base.Open(name)
}

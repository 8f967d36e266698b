// Package sample holds the articles bundled into the binary, which the
// reader opens when the user's archive is still empty, so that a first run
// shows something real.
package sample

import (
	"embed"
	"io/fs"
	"os"
	"path/filepath"
)

//go:embed articles/*.txt
var articles embed.FS

// Articles returns the bundled article files.
func Articles() fs.FS {
	sub, err := fs.Sub(articles, "articles")
	if err != nil {
		panic(err) // the embedded directory is fixed at build time
	}
	return sub
}

// WriteTo copies the bundled articles into dir (created if needed), so
// that they can be imported like any folder, and returns their paths.
func WriteTo(dir string) ([]string, error) {
	if err := os.MkdirAll(dir, 0o755); err != nil {
		return nil, err
	}
	var paths []string
	err := fs.WalkDir(Articles(), ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(Articles(), name)
		if err != nil {
			return err
		}
		p := filepath.Join(dir, name)
		if err := os.WriteFile(p, data, 0o644); err != nil {
			return err
		}
		paths = append(paths, p)
		return nil
	})
	return paths, err
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/store"
)

// archivePath names the archive: --db, else $NEWSREADER_DB, else the
// default file under $XDG_DATA_HOME. A postgres:// URL names a shared
// PostgreSQL archive (package store/pgstore), anything else a file.
func archivePath(g *globals) (string, error) {
	if g.db != "" {
		return g.db, nil
	}
	if p := os.Getenv("NEWSREADER_DB"); p != "" {
		return p, nil
	}
	return store.DefaultPath()
}

// openArchive opens the archive; readOnly commands do not create it.
func openArchive(g *globals, readOnly bool) (archivedb.Archive, error) {
	path, err := archivePath(g)
	if err != nil {
		return nil, err
	}
	if readOnly && !archivedb.IsRemote(path) {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no archive yet (run 'newsreader import PATH' first)", shownPath(path))
		}
	}
	return archivedb.Open(context.Background(), path, readOnly)
}

// shownArchive is the archive's name in the reader's status bar: a
// file's base name, or a server's URL (without its password).
func shownArchive(a archivedb.Archive) string {
	if archivedb.IsRemote(a.Name()) {
		return a.Name()
	}
	return filepath.Base(a.Name())
}

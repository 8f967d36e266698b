package main

import (
	"context"
	"errors"
	"fmt"
	"io/fs"
	"path/filepath"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/sample"
	"github.com/newsreader/newsreader/ui"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// runReader imports paths (if any) and opens the terminal reader on the
// archive; on an empty archive it opens the bundled sample instead, so a
// first run shows something real.
func runReader(ctx context.Context, g *globals, paths []string) error {
	s, err := openArchive(g, false)
	if err != nil {
		return err
	}
	defer s.Close()
	if len(paths) > 0 {
		if err := importPaths(ctx, s, paths, g.stderr); err != nil {
			// A file that failed is reported above; read what was imported.
			if errors.Is(err, context.Canceled) {
				return err
			}
		}
	}
	n, err := s.Count(ctx)
	if err != nil {
		return err
	}
	if n == 0 {
		arc, err := sampleArchive()
		if err != nil {
			return err
		}
		return ui.Run(ctx, arc, ui.WithName("bundled sample (import your own: newsreader import PATH)"))
	}
	return ui.Run(ctx, archivestore.New(s), ui.WithName(filepath.Base(s.Path())))
}

// sampleArchive holds the bundled articles in memory.
func sampleArchive() (*archive.Memory, error) {
	files := sample.Articles()
	var articles []*content.Article
	err := fs.WalkDir(files, ".", func(name string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := fs.ReadFile(files, name)
		if err != nil {
			return err
		}
		as, err := formats.ParseBytes(name, data, formats.Options{})
		if err != nil {
			return fmt.Errorf("bundled sample %w", err)
		}
		articles = append(articles, as...)
		return nil
	})
	return archive.NewMemory(articles), err
}

package main

import (
	"context"
	"errors"

	"github.com/newsreader/newsreader/sample"
	"github.com/newsreader/newsreader/ui"
)

// runReader imports paths (if any) and opens the terminal reader on the
// archive; on an empty archive it opens the bundled sample instead (an
// archive of its own in a temporary folder, searched as any), so a
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
		arc, err := sample.Open(ctx)
		if err != nil {
			return err
		}
		defer arc.Close()
		return ui.Run(ctx, arc.Store, ui.WithName("bundled sample (import your own: newsreader import PATH)"))
	}
	return ui.Run(ctx, s, ui.WithName(shownArchive(s)))
}

package main

import (
	"context"
	"errors"
	"fmt"
	"os"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/sample"
	"github.com/newsreader/newsreader/ui"
)

// runReader imports paths (if any) and opens the terminal reader on the
// archive; on an empty archive it opens the bundled sample instead (an
// archive of its own in a temporary folder, searched as any), so a
// first run shows something real.
//
// Only an import creates an archive: the reader on a --db (or
// $NEWSREADER_DB) that names no file is an error, since a mistyped path
// would otherwise show a new, empty archive; the default location on a
// first run opens the sample without creating anything. An import that
// failed in part says so in the reader's header, lists the failures
// again after the reader closes and makes the exit status 1.
func runReader(ctx context.Context, g *globals, paths []string) error {
	path, err := archivePath(g)
	if err != nil {
		return err
	}
	if len(paths) == 0 && !archivedb.IsRemote(path) {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			if explicitArchive(g) {
				return fmt.Errorf("no archive at %s (import files to create one: newsreader --db %s PATH...)",
					shownPath(path), shownPath(path))
			}
			return runSample(ctx, g)
		}
	}
	s, err := archivedb.Open(ctx, path, false)
	if err != nil {
		return err
	}
	defer s.Close()
	starttrace.Mark(ctx, "archive opened")
	var importErr error
	var sum importSummary
	if len(paths) > 0 {
		sum, importErr = importPaths(ctx, s, paths, g.stderr)
		if ctx.Err() != nil {
			return importErr
		}
	}
	n, err := s.Count(ctx)
	if err != nil {
		return err
	}
	starttrace.Mark(ctx, "archive counted")
	if n == 0 && importErr == nil {
		return runSample(ctx, g)
	}
	name := shownArchive(s)
	if importErr != nil {
		name += " · " + count(sum.failed, "file", "files") + " failed to import (listed on exit)"
	}
	if err := ui.Run(ctx, s, append(readerSettings(g), ui.WithName(name))...); err != nil {
		return err
	}
	if importErr != nil {
		sum.printFailures(g.stderr)
	}
	return importErr
}

// readerSettings reads the configuration file: a mistake in it is said
// on stderr (seen when the reader closes; the reader says it too) and
// the reader starts with the defaults.
func readerSettings(g *globals) []ui.Option {
	path, err := ui.SettingsPath()
	if err != nil {
		return nil
	}
	opt, err := ui.LoadSettings(path)
	if err != nil {
		fmt.Fprintf(g.stderr, "newsreader: %s (the reader started with the defaults)\n", shownError(err))
	}
	return []ui.Option{opt}
}

// runSample opens the reader on the bundled sample.
func runSample(ctx context.Context, g *globals) error {
	arc, err := sample.Open(ctx)
	if err != nil {
		return err
	}
	defer arc.Close()
	return ui.Run(ctx, arc.Store, append(readerSettings(g), ui.WithName("bundled sample (import your own: newsreader import PATH)"))...)
}

// explicitArchive says whether the user named the archive (--db or
// $NEWSREADER_DB) rather than using the default location.
func explicitArchive(g *globals) bool {
	return g.db != "" || os.Getenv("NEWSREADER_DB") != ""
}

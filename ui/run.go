package ui

import (
	"context"
	"os"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/ui/archivestore"
	"github.com/newsreader/newsreader/ui/history"
	"github.com/newsreader/newsreader/ui/reader"
	"github.com/newsreader/newsreader/ui/render"
)

// Run starts the reader on the archive s (a SQLite or a PostgreSQL
// archive: see archivestore.Backend), on the terminal, and returns
// when the user quits or ctx ends. It looks for changes to the archive
// every DefaultRefresh and keeps the archive searches typed in the
// history file (history.DefaultPath), unless an option given says
// otherwise. s stays the
// caller's to close. Bubble Tea restores the terminal on a panic in
// Update or View; commands are wrapped so that their panics become
// status-bar errors instead.
func Run(ctx context.Context, s archivestore.Backend, opts ...Option) error {
	defaults := []Option{WithRefresh(DefaultRefresh)}
	if path, err := history.DefaultPath(); err == nil {
		defaults = append(defaults, WithHistory(path))
	}
	opts = append(defaults, opts...)
	// Rendered and searched, a huge article holds a large heap: keep the
	// heap's growth between collections within the reader's limit.
	reader.SetMemoryLimit(os.Getenv)
	// The start-up's few MB of heap need no collection (see holdGC).
	release := holdGC(os.Getenv)
	defer release()
	opts = append(opts, withFirstScreen(release))
	p := tea.NewProgram(New(ctx, archivestore.New(s), opts...), tea.WithContext(ctx))
	starttrace.Mark(ctx, "program made")
	_, err := p.Run()
	return err
}

// RenderArticle renders a as the reader shows it, in ANSI styles for a
// terminal of width columns with a dark or light background: for
// printing an article outside the reader (newsreader show).
func RenderArticle(a *content.Article, width int, dark bool) (string, error) {
	return render.Article(a, render.Options{Width: width, Dark: dark})
}

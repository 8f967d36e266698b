package main

import (
	"context"
	"errors"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
)

// TEMPORARY until the store lands: the archive commands.
var errNoStore = errors.New("the archive is not available yet")

func archivedArticle(ctx context.Context, g *globals, id int64) (*content.Article, error) {
	return nil, errNoStore
}
func archivePeople(ctx context.Context, g *globals, asJSON bool, limit int) error { return errNoStore }
func runReader(ctx context.Context, g *globals, paths []string) error             { return errNoStore }
func newImportCmd(g *globals) *cobra.Command                                      { return &cobra.Command{Use: "import"} }
func newListCmd(g *globals) *cobra.Command                                        { return &cobra.Command{Use: "list"} }
func newSearchCmd(g *globals) *cobra.Command                                      { return &cobra.Command{Use: "search"} }

package main

import (
	"context"
	"errors"
	"fmt"
	"os"
	"strings"
	"text/tabwriter"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// archivePath is the archive file: --db, else $NEWSREADER_DB, else the
// default under $XDG_DATA_HOME.
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
func openArchive(g *globals, readOnly bool) (*store.Store, error) {
	path, err := archivePath(g)
	if err != nil {
		return nil, err
	}
	if readOnly {
		if _, err := os.Stat(path); errors.Is(err, os.ErrNotExist) {
			return nil, fmt.Errorf("%s: no archive yet (run 'newsreader import PATH' first)", shownPath(path))
		}
	}
	return store.Open(path, store.OpenOptions{ReadOnly: readOnly})
}

func archivedArticle(ctx context.Context, g *globals, id int64) (*content.Article, error) {
	s, err := openArchive(g, true)
	if err != nil {
		return nil, err
	}
	defer s.Close()
	a, _, err := s.Article(ctx, id)
	if errors.Is(err, store.ErrNotFound) {
		return nil, fmt.Errorf("no file or archived article %d", id)
	}
	return a, err
}

func newListCmd(g *globals) *cobra.Command {
	var asJSON bool
	var limit int
	var sortBy string
	cmd := &cobra.Command{
		Use:   "list [--json] [--limit N] [--sort date|title|source]",
		Short: "List the archived articles",
		Args:  exactArgs(0),
		RunE: func(cmd *cobra.Command, args []string) error {
			sort, err := store.ParseSort(sortBy)
			if err != nil {
				return usageError{err}
			}
			s, err := openArchive(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			items, err := s.List(cmd.Context(), store.ListQuery{Sort: sort, Limit: limit})
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(g.stdout, nonNil(items))
			}
			tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
			fmt.Fprintln(tw, "ID\tDATE\tSOURCE\tTITLE")
			for _, it := range items {
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", it.ID, cell(dateOnly(it.Published)), cell(it.Source), cell(it.Title))
			}
			return tw.Flush()
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", store.DefaultLimit, "at most this many articles")
	cmd.Flags().StringVar(&sortBy, "sort", "date", "order: date (newest first), title or source")
	return cmd
}

func newSearchCmd(g *globals) *cobra.Command {
	var asJSON bool
	var limit int
	cmd := &cobra.Command{
		Use:   "search [--json] [--limit N] QUERY",
		Short: "Search the archive, best matches first",
		Long: "search ranks the archive's articles by relevance (BM25) to QUERY and prints\n" +
			"each hit with a snippet. QUERY holds words, \"phrases\", prefix*, OR, -word and\n" +
			"filters: person:\"Grant Newsham\" source:voanews.com after:2016-12-01\n" +
			"before:2017-01-01 title:summit",
		Args: minArgs(1, "search needs a QUERY"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openArchive(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			q, err := query.Parse(strings.Join(args, " "))
			if err != nil {
				return err
			}
			hits, err := s.SearchQuery(cmd.Context(), q, limit)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(g.stdout, nonNil(hits))
			}
			open, close := "", ""
			if isTerminal(g.stdout) && os.Getenv("NO_COLOR") == "" {
				open, close = "\x1b[1;33m", "\x1b[22;39m"
			}
			for _, h := range hits {
				// A query of filters only is not ranked (Score 0): no score.
				score := ""
				if h.Score != 0 {
					score = fmt.Sprintf("  (%.2f)", h.Score)
				}
				fmt.Fprintf(g.stdout, "%d  %s  %s%s\n    %s\n", h.ID, cell(dateOnly(h.Published)), cell(h.Title), score,
					h.MarkedSnippet(open, close))
			}
			if len(hits) == 0 {
				fmt.Fprintln(g.stderr, "no matches")
			}
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many results")
	return cmd
}

func archivePeople(ctx context.Context, g *globals, asJSON bool, limit int) error {
	s, err := openArchive(g, true)
	if err != nil {
		return err
	}
	defer s.Close()
	people, err := s.People(ctx, limit)
	if err != nil {
		return err
	}
	if asJSON {
		return writeJSON(g.stdout, nonNil(people))
	}
	tw := tabwriter.NewWriter(g.stdout, 0, 4, 2, ' ', 0)
	fmt.Fprintln(tw, "NAME\tROLE\tARTICLES\tMENTIONS")
	for _, p := range people {
		fmt.Fprintf(tw, "%s\t%s\t%d\t%d\n", cell(p.Name), cell(p.Role), p.Articles, p.Mentions)
	}
	return tw.Flush()
}

// dateOnly shortens an RFC 3339 date to its day for tables.
func dateOnly(s string) string {
	if len(s) > 10 {
		return s[:10]
	}
	return s
}

// nonNil makes an empty result print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

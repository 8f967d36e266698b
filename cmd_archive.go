package main

import (
	"context"
	"errors"
	"fmt"
	"strconv"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/store"
)

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
			total, err := s.Count(cmd.Context())
			if err != nil {
				return err
			}
			if limit == 0 {
				limit = max(total, 1)
			}
			items, err := s.List(cmd.Context(), store.ListQuery{Sort: sort, Limit: limit})
			if err != nil {
				return err
			}
			if len(items) < total {
				// On stderr, so that the JSON on stdout stays one array.
				fmt.Fprintf(g.stderr, "%s of %s (--limit N for more, --limit 0 for all)\n",
					thousands(len(items)), count(total, "article", "articles"))
			}
			if asJSON {
				return writeJSON(g.stdout, nonNil(items))
			}
			rows := [][]string{{"ID", "DATE", "SOURCE", "TITLE"}}
			for _, it := range items {
				rows = append(rows, []string{strconv.FormatInt(it.ID, 10), cell(it.Published.Day()), cell(it.Source), cell(it.Title)})
			}
			return writeTable(g.stdout, rows, 3, terminalWidth(g.stdout))
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", store.DefaultLimit, "at most this many articles (0: all)")
	cmd.Flags().StringVar(&sortBy, "sort", "date", "order: date (newest first), title or source")
	cmd.RegisterFlagCompletionFunc("sort", fixedValues("date", "title", "source"))
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
	rows := [][]string{{"NAME", "ROLE", "ARTICLES", "MENTIONS"}}
	for _, p := range people {
		rows = append(rows, []string{cell(p.Name), cell(p.Role), strconv.Itoa(p.Articles), strconv.Itoa(p.Mentions)})
	}
	return writeTable(g.stdout, rows, 1, terminalWidth(g.stdout))
}

// nonNil makes an empty result print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

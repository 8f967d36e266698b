package main

import (
	"context"
	"errors"
	"fmt"
	"io"
	"os"
	"strings"
	"text/tabwriter"
	"time"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/progress"
	"github.com/newsreader/newsreader/query"
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

func newImportCmd(g *globals) *cobra.Command {
	return &cobra.Command{
		Use:   "import PATH...",
		Short: "Import files and folders (recursively) into the archive",
		Long: "import reads every file under the PATHs in any format newsreader knows and\n" +
			"stores its articles. Unchanged files are skipped; changed ones are updated.\n" +
			"A file that fails is listed with its reason and the import goes on.\n" +
			"Ctrl-C stops it, keeping everything imported so far.",
		Args: minArgs(1, "import needs at least one PATH"),
		RunE: func(cmd *cobra.Command, args []string) error {
			s, err := openArchive(g, false)
			if err != nil {
				return err
			}
			defer s.Close()
			return importPaths(cmd.Context(), s, args, g.stderr)
		},
	}
}

// importPaths imports paths with a progress bar on w (when a terminal) and
// a summary on w; failures are listed one per line.
func importPaths(ctx context.Context, s ingest.Archive, paths []string, w io.Writer) error {
	bar := progress.New(w)
	sum, err := ingest.Import(ctx, s, paths, ingest.Options{Progress: func(p ingest.Progress) {
		bar.Update(progress.Status{Label: p.Phase, Done: p.Done, Total: p.Total, Rate: p.Rate, ETA: p.ETA})
	}})
	bar.Done()
	for _, f := range sum.Failures {
		fmt.Fprintf(w, "  failed: %s: %s\n", shownPath(f.Path), content.Sanitize(f.Reason))
	}
	skipped := ""
	if sum.NotArticles > 0 {
		skipped = fmt.Sprintf(", %d skipped as not articles (pictures, scripts, READMEs...)", sum.NotArticles)
	}
	fmt.Fprintf(w, "%d files: %d imported, %d updated, %d unchanged, %d duplicates, %d failed%s (%s)\n",
		sum.Files, sum.Imported, sum.Updated, sum.Unchanged, sum.Duplicates, sum.Failed, skipped,
		sum.Elapsed.Round(time.Millisecond))
	switch {
	case errors.Is(err, context.Canceled):
		return errors.New("import interrupted; what was imported before is kept")
	case err != nil:
		return err
	case sum.Failed > 0:
		return fmt.Errorf("%d of the files could not be imported", sum.Failed)
	}
	return nil
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
				fmt.Fprintf(tw, "%d\t%s\t%s\t%s\n", it.ID, cell(it.Published.Day()), cell(it.Source), cell(it.Title))
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
				fmt.Fprintf(g.stdout, "%d  %s  %s%s\n    %s\n", h.ID, cell(h.Published.Day()), cell(h.Title), score,
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

// nonNil makes an empty result print as [] rather than null.
func nonNil[T any](s []T) []T {
	if s == nil {
		return []T{}
	}
	return s
}

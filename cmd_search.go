package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/spf13/cobra"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

func newSearchCmd(g *globals) *cobra.Command {
	var asJSON bool
	var limit int
	var histogram string
	cmd := &cobra.Command{
		Use:   "search [--json] [--limit N] [--histogram day|week|month|year] QUERY",
		Short: "Search the archive, best matches first, or count matches over time",
		Long: "search ranks the archive's articles by relevance (BM25) to QUERY and prints\n" +
			"each hit with a snippet. QUERY holds words, \"phrases\", prefix*, OR, -word and\n" +
			"filters: person:\"Grant Newsham\" source:voanews.com after:2016-12-01\n" +
			"before:2017-01-01 title:summit\n\n" +
			"With --histogram it prints instead how many articles match per day, week,\n" +
			"month or year (coverage over time), articles of unknown date left out.",
		Args:        minArgs(1, "search needs a QUERY"),
		Annotations: map[string]string{queryArgsAnnotation: "yes"},
		RunE: func(cmd *cobra.Command, args []string) error {
			var unit period.Unit
			if histogram != "" {
				var err error
				if unit, err = period.ParseUnit(histogram); err != nil {
					return usageError{err}
				}
			}
			s, err := openArchive(g, true)
			if err != nil {
				return err
			}
			defer s.Close()
			q, err := query.Parse(strings.Join(args, " "))
			if err != nil {
				return err
			}
			if histogram != "" {
				buckets, err := s.Histogram(cmd.Context(), q, unit)
				if err != nil {
					return err
				}
				return printHistogram(g, buckets, unit, asJSON)
			}
			hits, err := s.SearchQuery(cmd.Context(), q, limit)
			if err != nil {
				return err
			}
			if asJSON {
				return writeJSON(g.stdout, nonNil(hits))
			}
			printHits(g, hits)
			return nil
		},
	}
	cmd.Flags().BoolVar(&asJSON, "json", false, "print a JSON array")
	cmd.Flags().IntVar(&limit, "limit", 20, "at most this many results")
	cmd.Flags().StringVar(&histogram, "histogram", "", "count the matches per day, week, month or year instead")
	cmd.RegisterFlagCompletionFunc("histogram", fixedValues("day", "week", "month", "year"))
	return cmd
}

// printHits writes search hits: id, date, title and score on one line,
// the snippet under it, the matched words bold on a terminal.
func printHits(g *globals, hits []store.Result) {
	open, close := "", ""
	if isTerminal(g.stdout) && os.Getenv("NO_COLOR") == "" {
		open, close = "\x1b[1;33m", "\x1b[22;39m"
	}
	width := terminalWidth(g.stdout)
	for _, h := range hits {
		head := fmt.Sprintf("%d  %s  %s", h.ID, cell(h.Published.Day()), cell(h.Title))
		score := scoreText(h.Score)
		if width > 0 {
			head = truncate(head, width-len(score))
		}
		fmt.Fprintf(g.stdout, "%s%s\n    %s\n", head, score, h.MarkedSnippet(open, close))
	}
	if len(hits) == 0 {
		fmt.Fprintln(g.stderr, "no matches")
	}
}

// scoreText is a hit's score as printed after its title: none for a
// query of filters only (not ranked, Score 0), two decimals, or "<0.01"
// for the tiny scores BM25 gives words found in nearly every article of
// a small archive (which printed "(0.00)").
func scoreText(score float64) string {
	switch {
	case score == 0:
		return ""
	case score < 0.005:
		return "  (<0.01)"
	}
	return fmt.Sprintf("  (%.2f)", score)
}

// histogramRow is one period of search --histogram --json.
type histogramRow struct {
	Period string `json:"period"` // 2016-12-16, 2016-W50, 2016-12 or 2016
	Start  string `json:"start"`  // the period's first day
	Count  int    `json:"count"`
}

// printHistogram writes the counts per period, with a bar scaled to the
// largest, or as JSON.
func printHistogram(g *globals, buckets []period.Bucket, unit period.Unit, asJSON bool) error {
	rows := make([]histogramRow, len(buckets))
	most, total := 0, 0
	for i, b := range buckets {
		rows[i] = histogramRow{Period: periodName(b, unit), Start: b.Start.Format("2006-01-02"), Count: b.Count}
		most, total = max(most, b.Count), total+b.Count
	}
	if asJSON {
		return writeJSON(g.stdout, rows)
	}
	if len(rows) == 0 {
		fmt.Fprintln(g.stderr, "no matches (of known date)")
		return nil
	}
	countWidth := len(thousands(most))
	barWidth := 50
	if w := terminalWidth(g.stdout); w > 0 {
		barWidth = max(10, w-len(rows[0].Period)-countWidth-4)
	}
	for _, r := range rows {
		n := (r.Count*barWidth + most - 1) / most
		line := fmt.Sprintf("%s  %*s  %s", r.Period, countWidth, thousands(r.Count), strings.Repeat("█", n))
		fmt.Fprintln(g.stdout, strings.TrimRight(line, " "))
	}
	fmt.Fprintf(g.stderr, "%s in %s\n", count(total, "article", "articles"), count(len(rows), unit.String(), unit.String()+"s"))
	return nil
}

// periodName names a bucket's period: 2016-12-16, 2016-W50 (ISO week),
// 2016-12 or 2016.
func periodName(b period.Bucket, unit period.Unit) string {
	switch unit {
	case period.Week:
		y, w := b.Start.ISOWeek()
		return fmt.Sprintf("%04d-W%02d", y, w)
	case period.Month:
		return b.Start.Format("2006-01")
	case period.Year:
		return b.Start.Format("2006")
	}
	return b.Start.Format("2006-01-02")
}

// fixedValues completes a flag from a fixed list of values.
func fixedValues(values ...string) func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
	return func(*cobra.Command, []string, string) ([]string, cobra.ShellCompDirective) {
		return values, cobra.ShellCompDirectiveNoFileComp
	}
}

package store

import (
	"context"
	"testing"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
)

// BenchmarkHistogram times the coverage counts (Store.Histogram) of
// broad and narrow queries, by month and by day, and of a source filter
// alone: the target is under 100 ms for a broad query at 1M articles.
// The archive is the search benchmarks' (NEWSREADER_BENCH_DB, or a
// synthetic one built once; see benchArchivePath).
func BenchmarkHistogram(b *testing.B) {
	s := openBench(b)
	ctx := context.Background()
	broad, narrow := benchQueries(b, s)
	sources := archiveStrings(b, s, "sources", `SELECT DISTINCT source COLLATE NOCASE FROM articles LIMIT 10`)
	for i := range sources {
		sources[i] = "source:" + sources[i]
	}
	run := func(queries []string, unit period.Unit) func(b *testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			benchLatency(b, queries, func(text string) error {
				q, err := query.Parse(text)
				if err != nil {
					return err
				}
				_, err = s.Histogram(ctx, q, unit)
				return err
			})
		}
	}
	b.Run("broad-month", run(broad, period.Month))
	b.Run("broad-day", run(broad, period.Day))
	b.Run("narrow-month", run(narrow, period.Month))
	b.Run("source-month", run(sources, period.Month))
}

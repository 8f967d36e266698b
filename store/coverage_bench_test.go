package store

import (
	"context"
	"fmt"
	"testing"
)

// BenchmarkCoverage counts matches per day (the reader's coverage chart,
// through Histogram)
// over the benchmark archive: every article, broad and narrow queries,
// a source and a person with a word.
func BenchmarkCoverage(b *testing.B) {
	s := openBench(b)
	ctx := context.Background()
	broad, narrow := benchQueries(b, s)
	run := func(queries []string) func(b *testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			benchLatency(b, queries, func(q string) error {
				days, err := dayCounts(ctx, s, q)
				if err == nil && len(days) == 0 {
					err = fmt.Errorf("no day counted for %q", q)
				}
				return err
			})
		}
	}
	b.Run("all", run([]string{""}))
	b.Run("broad", run(broad))
	b.Run("narrow", run(narrow))
	b.Run("source", run(sourceQueries(b, s, broad)))
	b.Run("person", run(personQueries(b, s, broad)))
}

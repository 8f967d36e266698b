package pgstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
)

// BenchmarkHistogramBeside imports the generated files into both
// backends (once per run) and times, on each, the coverage counts by
// month (`search --histogram month`, the reader's chart) of every
// article, of a broad word (in about a fifth of the articles) and of a
// narrow one (0.5-2%): issue 21's target is under 100 ms for a broad
// query at a million articles.
//
//	NEWSREADER_BENCH_PG_N=100000 go test ./store/pgstore -run '^$' -bench '^BenchmarkHistogramBeside$' -benchtime 40x
func BenchmarkHistogramBeside(b *testing.B) {
	n := benchN()
	files := benchFiles(b, n)
	srv := benchServer(b)
	broad, narrow := pickQueries(b, min(n, 2000))
	ctx := context.Background()
	for _, backend := range []string{"sqlite", "postgres"} {
		a, server := filledBench(b, srv, backend, "histogram", files, n)
		defer a.Close()
		for _, kind := range []struct {
			name    string
			queries []string
		}{{"all", []string{""}}, {"broad", firstWords(broad)}, {"narrow", firstWords(narrow)}} {
			b.Run(backend+"/"+kind.name, func(b *testing.B) {
				latency(b, server, kind.queries, func(text string) error {
					q, err := query.Parse(text)
					if err != nil {
						return err
					}
					buckets, err := a.Histogram(ctx, q, period.Month)
					if err == nil && len(buckets) == 0 {
						err = fmt.Errorf("%q: no match", text)
					}
					return err
				})
			})
		}
	}
}

// firstWords is the first word of each two-word query: one word's
// coverage, as a reader charts a topic.
func firstWords(queries []string) []string {
	out := make([]string, len(queries))
	for i, q := range queries {
		out[i], _, _ = strings.Cut(q, " ")
	}
	return out
}

package pgstore_test

import (
	"context"
	"fmt"
	"slices"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/internal/pgtest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// BenchmarkSearchBeside imports the generated files into both backends
// (once per run) and times, on each, two-word searches with snippets,
// broad (both words in about a fifth of the articles) and narrow (each
// word in 0.5-2%, together in at least one), and the first list page.
func BenchmarkSearchBeside(b *testing.B) {
	n := benchN()
	files := benchFiles(b, n)
	srv := benchServer(b)
	broad, narrow := pickQueries(b, min(n, 2000))
	ctx := context.Background()
	for _, backend := range []string{"sqlite", "postgres"} {
		a, server := filledBench(b, srv, backend, "search", files, n)
		defer a.Close()
		for _, kind := range []struct {
			name    string
			queries []string
		}{{"broad", broad}, {"narrow", narrow}} {
			b.Run(backend+"/"+kind.name, func(b *testing.B) {
				latency(b, server, kind.queries, func(q string) error {
					rs, err := a.Search(ctx, q, 20)
					if err == nil && len(rs) == 0 {
						err = fmt.Errorf("%q: no match", q)
					}
					return err
				})
			})
		}
		b.Run(backend+"/first-page", func(b *testing.B) { firstPage(b, server, a) })
	}
}

// firstPage times the first page of the list, newest first.
func firstPage(b *testing.B, srv *pgtest.Server, a archivedb.Archive) {
	latency(b, srv, []string{""}, func(string) error {
		items, err := a.List(context.Background(), store.ListQuery{Limit: 50})
		if err == nil && len(items) != 50 {
			err = fmt.Errorf("%d items", len(items))
		}
		return err
	})
}

// pickQueries picks two-word queries from the first n generated
// articles (the files' first n), as the SQLite archive's benchmarks do.
func pickQueries(b *testing.B, n int) (broad, narrow []string) {
	g := gen.New(42)
	sets := make([]map[string]bool, n)
	df := map[string]int{}
	for i := range sets {
		sets[i] = map[string]bool{}
		for _, w := range store.IndexWords(string(g.Next().Text())) {
			if len(w) > 3 && !sets[i][w] && !isNumber(w) {
				sets[i][w] = true
				df[w]++
			}
		}
	}
	var mid, rare []string
	for w, c := range df {
		switch f := float64(c) / float64(n); {
		case f > 0.3 && f < 0.7:
			mid = append(mid, w)
		case f >= 0.005 && f <= 0.02:
			rare = append(rare, w)
		}
	}
	slices.Sort(mid)
	slices.Sort(rare)
	for i := 0; i < len(mid) && len(broad) < 20; i++ {
		for j := i + 1; j < len(mid); j++ {
			both := 0
			for _, st := range sets {
				if st[mid[i]] && st[mid[j]] {
					both++
				}
			}
			if f := float64(both) / float64(n); f > 0.17 && f < 0.23 {
				broad = append(broad, mid[i]+" "+mid[j])
				break
			}
		}
	}
	for _, st := range sets {
		var pair []string
		for _, w := range rare {
			if st[w] {
				if pair = append(pair, w); len(pair) == 2 {
					narrow = append(narrow, pair[0]+" "+pair[1])
					break
				}
			}
		}
		if len(narrow) >= 20 {
			break
		}
	}
	if len(broad) < 5 || len(narrow) < 5 {
		b.Fatalf("too few queries: %d broad, %d narrow", len(broad), len(narrow))
	}
	return broad, narrow
}

func isNumber(w string) bool {
	for _, r := range w {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

package pgstore_test

import (
	"context"
	"fmt"
	"testing"
	"time"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/cputime"
	"github.com/newsreader/newsreader/internal/pgtest"
)

// BenchmarkBeside is issue 22's whole comparison in one run, each
// archive filled once: for each backend it imports the
// NEWSREADER_BENCH_PG_N generated files into a new archive
// (sub-benchmark import: rate, client and server CPU per article, size
// per article), then times on that archive the broad and narrow
// searches and the first list page as BenchmarkSearchBeside does. Run it
// with searches of 200 queries (the import runs once whatever the
// -benchtime):
//
//	NEWSREADER_BENCH_PG_N=1000000 go test ./store/pgstore -run '^$' -bench '^BenchmarkBeside$' -benchtime 200x -timeout 6h
func BenchmarkBeside(b *testing.B) {
	n := benchN()
	files := benchFiles(b, n)
	srv := benchServer(b)
	broad, narrow := pickQueries(b, min(n, 2000))
	ctx := context.Background()
	for _, backend := range []string{"sqlite", "postgres"} {
		var server *pgtest.Server // whose CPU to count
		if backend == "postgres" {
			server = srv
		}
		// The import runs here, once: the framework runs a sub-benchmark
		// more than once, which reports what this one measured.
		a, figures := importOnce(b, srv, server, backend, files, n)
		defer a.Close()
		b.Run(backend+"/import", func(b *testing.B) {
			for _, f := range figures {
				b.ReportMetric(f.v, f.unit)
			}
		})
		for _, kind := range []struct {
			name    string
			queries []string
		}{{"broad", broad}, {"narrow", narrow}} {
			b.Run(backend+"/search-"+kind.name, func(b *testing.B) {
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

// figure is one reported metric.
type figure struct {
	v    float64
	unit string
}

// importOnce imports the files into a new archive of the backend and
// returns it with the import's figures.
func importOnce(b *testing.B, srv, server *pgtest.Server, backend, files string, n int) (archivedb.Archive, []figure) {
	a, sizeOf := openBench(b, srv, backend, "beside")
	var s0 time.Duration
	if server != nil {
		s0 = serverCPU(b, server)
	}
	t0, c0 := time.Now(), cputime.Process()
	sum, err := ingest.Import(context.Background(), a, []string{files}, ingest.Options{})
	el, c := time.Since(t0), cputime.Process()-c0
	if err != nil || sum.Imported+sum.Duplicates != n {
		b.Fatalf("import: %+v %v", sum, err)
	}
	k := float64(sum.Imported)
	fs := []figure{{k / el.Seconds(), "articles/s"}, {c.Seconds() * 1e6 / k, "cpu-µs/article"}}
	if server != nil {
		sc := serverCPU(b, server) - s0
		fs = append(fs, figure{sc.Seconds() * 1e6 / k, "srv-cpu-µs/article"}, figure{k / (c + sc).Seconds(), "articles/cpu-s"})
	} else {
		fs = append(fs, figure{k / c.Seconds(), "articles/cpu-s"})
	}
	size := float64(sizeOf())
	return a, append(fs, figure{size / k, "bytes/article"}, figure{size / 1e6, "MB"})
}

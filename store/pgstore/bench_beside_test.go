package pgstore_test

import (
	"context"
	"fmt"
	"os"
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
	// PostgreSQL first: its import is the slower and the less known, so
	// a run cut short (its progress is logged) still measures it.
	for _, backend := range []string{"postgres", "sqlite"} {
		besideOne(b, srv, backend, files, n, broad, narrow)
	}
}

// besideOne imports into a new archive of the backend, times its
// searches and first page, and removes it: two archives of a million
// articles (about 20 GB each) need not fit on the disk at once.
func besideOne(b *testing.B, srv *pgtest.Server, backend, files string, n int, broad, narrow []string) {
	ctx := context.Background()
	var server *pgtest.Server // whose CPU to count
	if backend == "postgres" {
		server = srv
	}
	// The import runs here, once: the framework runs a sub-benchmark
	// more than once, which reports what this one measured.
	a, figures, remove := importOnce(b, srv, server, backend, files, n)
	defer remove()
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

// figure is one reported metric.
type figure struct {
	v    float64
	unit string
}

// importOnce imports the files into a new archive of the backend and
// returns it with the import's figures and a function that removes it.
// For PostgreSQL they include the WAL written per article.
func importOnce(b *testing.B, srv, server *pgtest.Server, backend, files string, n int) (archivedb.Archive, []figure, func()) {
	a, sizeOf, remove := openBench(b, srv, backend, "beside")
	var s0 time.Duration
	var w0 int64
	if server != nil {
		s0, w0 = serverCPU(b, server), walBytes(b, server)
	}
	t0, c0 := time.Now(), cputime.Process()
	sum, err := ingest.Import(context.Background(), a, []string{files}, ingest.Options{Progress: progressLog(b, backend, server, t0, c0, s0)})
	el, c := time.Since(t0), cputime.Process()-c0
	if err != nil || sum.Imported+sum.Duplicates != n {
		b.Fatalf("import: %+v %v", sum, err)
	}
	k := float64(sum.Imported)
	fs := []figure{{k / el.Seconds(), "articles/s"}, {c.Seconds() * 1e6 / k, "cpu-µs/article"}}
	if server != nil {
		sc := serverCPU(b, server) - s0
		fs = append(fs, figure{sc.Seconds() * 1e6 / k, "srv-cpu-µs/article"}, figure{k / (c + sc).Seconds(), "articles/cpu-s"},
			figure{float64(walBytes(b, server)-w0) / k, "wal-bytes/article"})
	} else {
		fs = append(fs, figure{k / c.Seconds(), "articles/cpu-s"})
	}
	size := float64(sizeOf())
	return a, append(fs, figure{size / k, "bytes/article"}, figure{size / 1e6, "MB"}), remove
}

// progressLog logs the import's rate and CPU per article at every
// 100,000 articles, so that a long run cut short still says something.
func progressLog(b *testing.B, backend string, server *pgtest.Server, t0 time.Time, c0, s0 time.Duration) func(ingest.Progress) {
	next := 100000
	return func(p ingest.Progress) {
		if p.Articles < next {
			return
		}
		next = p.Articles + 100000
		k := float64(p.Articles)
		line := fmt.Sprintf("%s: %d articles in %v: %.0f/s, client %.0f cpu-µs/article", backend, p.Articles,
			time.Since(t0).Round(time.Second), k/time.Since(t0).Seconds(), (cputime.Process()-c0).Seconds()*1e6/k)
		if server != nil {
			line += fmt.Sprintf(", server %.0f cpu-µs/article", (serverCPU(b, server)-s0).Seconds()*1e6/k)
		}
		fmt.Fprintln(os.Stderr, time.Now().Format("15:04:05"), line)
	}
}

// walBytes is the server's WAL position: the bytes of WAL it has
// written since it was made.
func walBytes(b *testing.B, srv *pgtest.Server) int64 {
	var w int64
	err := pgConn(b, srv.DSN("postgres")).QueryRow(context.Background(),
		`SELECT pg_wal_lsn_diff(pg_current_wal_lsn(), '0/0')::bigint`).Scan(&w)
	if err != nil {
		b.Fatal(err)
	}
	return w
}

package pgstore_test

import (
	"context"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/cputime"
	"github.com/newsreader/newsreader/internal/pgtest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// The benchmarks put the PostgreSQL archive beside the SQLite archive in
// one run, on the same generated files: NEWSREADER_BENCH_PG_N of them
// (default 20,000), written once into the user's cache folder. The
// PostgreSQL server is one of the benchmark's own (pgtest.Start, a unix
// socket, fsync off as in the tests), so its CPU time can be read: the
// figures give the client's CPU (cpu-…) and the server's (srv-cpu-…)
// beside the wall time, which on a shared machine says little.

// benchN is the number of generated articles.
func benchN() int {
	if n, err := strconv.Atoi(os.Getenv("NEWSREADER_BENCH_PG_N")); err == nil && n > 0 {
		return n
	}
	return 20000
}

// benchFiles returns the folder of n generated text files, writing it
// once.
func benchFiles(b *testing.B, n int) string {
	cache, err := os.UserCacheDir()
	if err != nil {
		b.Fatal(err)
	}
	dir := filepath.Join(cache, "newsreader-bench", fmt.Sprintf("pg-text-%d", n))
	if _, err := os.Stat(dir); err == nil {
		return dir
	}
	tmp := dir + ".building"
	os.RemoveAll(tmp)
	g := gen.New(42)
	for i := range n {
		a := g.Next()
		write(b, filepath.Join(tmp, a.Source.Domain, fmt.Sprintf("%07d.txt", i)), a.Text())
	}
	if err := os.Rename(tmp, dir); err != nil {
		b.Fatal(err)
	}
	return dir
}

// benchServer starts the benchmark's PostgreSQL server.
func benchServer(b *testing.B) *pgtest.Server {
	return startServer(b, "bench", func(dir string) (*pgtest.Server, error) {
		bin, err := pgtest.BinDir()
		if err != nil {
			return nil, err
		}
		return pgtest.Start(bin, dir, "shared_buffers = '256MB'")
	})
}

// newDB creates database name on srv and returns its URL.
func newDB(b *testing.B, srv *pgtest.Server, name string) string {
	c := pgConn(b, srv.DSN("postgres"))
	if _, err := c.Exec(context.Background(), `CREATE DATABASE `+name+` TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		b.Fatal(err)
	}
	return srv.DSN(name)
}

// BenchmarkImportBeside imports the generated files into a new SQLite
// and a new PostgreSQL archive per iteration; it reports the rate, the
// CPU time per article (client, and server for PostgreSQL) and the
// archive's size per article.
func BenchmarkImportBeside(b *testing.B) {
	n := benchN()
	files := benchFiles(b, n)
	srv := benchServer(b)
	made := 0 // databases made on srv: each run of a sub-benchmark makes its own
	for _, backend := range []string{"sqlite", "postgres"} {
		b.Run(backend, func(b *testing.B) {
			var rate, cpu, srvCPU, size []float64
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				made++
				a, sizeOf, _ := openBench(b, srv, backend, fmt.Sprintf("imp_%d", made))
				b.StartTimer()
				t0, c0, s0 := time.Now(), cputime.Process(), serverCPU(b, srv)
				sum, err := ingest.Import(context.Background(), a, []string{files}, ingest.Options{})
				el, c, sc := time.Since(t0), cputime.Process()-c0, serverCPU(b, srv)-s0
				b.StopTimer()
				if err != nil || sum.Imported+sum.Duplicates != n {
					b.Fatalf("import: %+v %v", sum, err)
				}
				rate = append(rate, float64(sum.Imported)/el.Seconds())
				cpu = append(cpu, c.Seconds()*1e6/float64(sum.Imported))
				srvCPU = append(srvCPU, sc.Seconds()*1e6/float64(sum.Imported))
				size = append(size, float64(sizeOf())/float64(sum.Imported))
				a.Close()
				b.StartTimer()
			}
			b.ReportMetric(median(rate), "articles/s")
			b.ReportMetric(median(cpu), "cpu-µs/article")
			if backend == "postgres" { // SQLite runs in the process: its CPU is the client's
				b.ReportMetric(median(srvCPU), "srv-cpu-µs/article")
			}
			b.ReportMetric(median(size), "bytes/article")
		})
	}
}

// openBench opens a new archive of the backend; sizeOf is its size on
// disk (the SQLite file; the PostgreSQL database) and remove deletes it
// once it is closed.
// filledBench opens a new archive of the backend (named name on the
// server), imports the n generated files into it, and returns it with
// the server whose CPU a measure on it should count (nil for SQLite).
func filledBench(b *testing.B, srv *pgtest.Server, backend, name, files string, n int) (archivedb.Archive, *pgtest.Server) {
	a, _, _ := openBench(b, srv, backend, fmt.Sprintf("%s_%d", name, os.Getpid()))
	if sum, err := ingest.Import(context.Background(), a, []string{files}, ingest.Options{}); err != nil || sum.Imported+sum.Duplicates != n {
		a.Close()
		b.Fatalf("import: %+v %v", sum, err)
	}
	if backend == "postgres" {
		return a, srv
	}
	return a, nil
}

func openBench(b *testing.B, srv *pgtest.Server, backend, db string) (a archivedb.Archive, sizeOf func() int64, remove func()) {
	if backend == "sqlite" {
		dir := b.TempDir()
		p := filepath.Join(dir, "archive.db")
		s, err := store.Open(p, store.OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		return s, func() int64 {
			var sum int64
			for _, f := range []string{p, p + "-wal"} {
				if fi, err := os.Stat(f); err == nil {
					sum += fi.Size()
				}
			}
			return sum
		}, func() { os.RemoveAll(dir) }
	}
	dsn := newDB(b, srv, db)
	s := openPG(b, dsn, false)
	return s, func() int64 {
			var size int64
			c := pgConn(b, dsn)
			if _, err := c.Exec(context.Background(), `CHECKPOINT`); err != nil {
				b.Fatal(err)
			}
			if err := c.QueryRow(context.Background(), `SELECT pg_database_size(current_database())`).Scan(&size); err != nil {
				b.Fatal(err)
			}
			return size
		}, func() {
			c := pgConn(b, srv.DSN("postgres"))
			if _, err := c.Exec(context.Background(), `DROP DATABASE `+db+` WITH (FORCE)`); err != nil {
				b.Error(err)
			}
		}
}

func median(v []float64) float64 {
	slices.Sort(v)
	return v[len(v)/2]
}

// serverCPU is the CPU time the server's processes have used: the
// postmaster's own and its finished children's (a backend's time goes to
// it when the backend ends), and its living children's. Linux only.
func serverCPU(b *testing.B, srv *pgtest.Server) time.Duration {
	pidText, err := os.ReadFile(filepath.Join(srv.Dir, "data", "postmaster.pid"))
	if err != nil {
		b.Fatal(err)
	}
	pm, _, _ := strings.Cut(string(pidText), "\n")
	ticks := 0
	procs, _ := filepath.Glob("/proc/[0-9]*/stat")
	for _, p := range procs {
		st, err := os.ReadFile(p)
		if err != nil {
			continue
		}
		// Fields after the command's closing parenthesis: state (3),
		// ppid (4), ..., utime (14), stime, cutime, cstime (17).
		i := strings.LastIndexByte(string(st), ')')
		f := strings.Fields(string(st[i+1:]))
		pid := filepath.Base(filepath.Dir(p))
		if len(f) < 15 || (pid != pm && f[1] != pm) {
			continue
		}
		last := 12 // utime and stime
		if pid == pm {
			last = 14 // and the finished children's
		}
		for _, v := range f[11:last] {
			t, _ := strconv.Atoi(v)
			ticks += t
		}
	}
	return time.Duration(ticks) * 10 * time.Millisecond // USER_HZ is 100 on Linux
}

// latency runs f over the queries b.N times and reports p50 and p90 in
// ms, and the client's CPU per query and the server's (srv: nil for the
// SQLite archive, which runs in the process).
func latency(b *testing.B, srv *pgtest.Server, queries []string, f func(q string) error) {
	var lat []float64
	b.ResetTimer()
	c0, s0 := cputime.Process(), time.Duration(0)
	if srv != nil {
		s0 = serverCPU(b, srv)
	}
	for i := 0; i < b.N; i++ {
		t0 := time.Now()
		if err := f(queries[i%len(queries)]); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
	}
	b.StopTimer()
	b.ReportMetric((cputime.Process()-c0).Seconds()*1000/float64(b.N), "cpu-ms/op")
	if srv != nil {
		b.ReportMetric((serverCPU(b, srv)-s0).Seconds()*1000/float64(b.N), "srv-cpu-ms/op")
	}
	slices.Sort(lat)
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[int(math.Min(float64(len(lat)-1), float64(len(lat))*0.9))], "p90-ms")
}

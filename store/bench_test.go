package store

import (
	"context"
	"fmt"
	"github.com/newsreader/newsreader/ingest"
	"math"
	"os"
	"path/filepath"
	"slices"
	"sort"
	"strconv"
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/internal/cputime"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// Benchmarks take their archive from NEWSREADER_BENCH_DB, or build a
// synthetic one of NEWSREADER_BENCH_N articles (default 100,000) once
// into the user's cache folder. See BENCHMARKS-store.md.

func benchArchivePath(b *testing.B) string {
	if p := os.Getenv("NEWSREADER_BENCH_DB"); p != "" {
		return p
	}
	n := envInt("NEWSREADER_BENCH_N", 100000)
	dir, err := os.UserCacheDir()
	if err != nil {
		b.Fatal(err)
	}
	p := filepath.Join(dir, "newsreader-bench", fmt.Sprintf("synth-%d.db", n))
	if _, err := os.Stat(p); err == nil {
		return p
	}
	b.Logf("building %s (%d synthetic articles) once", p, n)
	tmp := p + ".building"
	os.Remove(tmp)
	s, err := Open(tmp, OpenOptions{})
	if err != nil {
		b.Fatal(err)
	}
	const batch = 5000
	for k := 0; k*batch < n; k++ {
		g := gen.New(1_000_003 + uint64(k))
		var recs []ingest.Record
		for i := k * batch; i < min(n, (k+1)*batch); i++ {
			a := g.Next()
			recs = append(recs, ingest.Record{Path: fmt.Sprintf("synth:%s/%07d.txt", a.Source.Domain, i), Article: a.Content()})
		}
		if _, err := ingest.AddArticles(context.Background(), s, recs, ingest.Options{}); err != nil {
			b.Fatal(err)
		}
	}
	s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`)
	s.Close()
	if err := os.Rename(tmp, p); err != nil {
		b.Fatal(err)
	}
	os.Remove(tmp + "-wal")
	os.Remove(tmp + "-shm")
	return p
}

// cpuTime is the CPU time this process has used (user and system).

func isDigits(s string) bool {
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func envInt(name string, def int) int {
	if v, err := strconv.Atoi(os.Getenv(name)); err == nil && v > 0 {
		return v
	}
	return def
}

func openBench(b *testing.B) *Store {
	s, err := Open(benchArchivePath(b), OpenOptions{ReadOnly: true})
	if err != nil {
		b.Fatal(err)
	}
	b.Cleanup(func() { s.Close() })
	return s
}

// sampleBodies returns the texts of about n articles spread over the
// archive.
func sampleBodies(b *testing.B, s *Store, n int) []string {
	var maxID int64
	s.db.QueryRow(`SELECT max(id) FROM articles`).Scan(&maxID)
	step := max(1, maxID/int64(n))
	rows, err := s.db.Query(`SELECT body FROM articles WHERE id % ? = 0 LIMIT ?`, step, n)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var packed []byte
		rows.Scan(&packed)
		text, _, _, err := s.unpackBody(packed)
		if err != nil {
			b.Fatal(err)
		}
		out = append(out, text)
	}
	return out
}

// benchQueries picks two-word queries from a sample of the archive:
// broad ones whose words co-occur in about a fifth of the articles, and
// narrow ones of two words that are each in 0.5-2% of the articles and
// occur together in at least one.
func benchQueries(b *testing.B, s *Store) (broad, narrow []string) {
	docs := sampleBodies(b, s, 2000)
	sets := make([]map[string]bool, len(docs))
	df := map[string]int{}
	for i, d := range docs {
		sets[i] = map[string]bool{}
		for _, t := range foldTokens(d) {
			if len(t.text) > 3 && !sets[i][t.text] && !isDigits(t.text) {
				sets[i][t.text] = true
				df[t.text]++
			}
		}
	}
	n := float64(len(docs))
	var mid, rare []string
	for w, c := range df {
		f := float64(c) / n
		switch {
		case f > 0.3 && f < 0.7:
			mid = append(mid, w)
		case f >= 0.005 && f <= 0.02:
			rare = append(rare, w)
		}
	}
	sort.Strings(mid)
	sort.Strings(rare)
	for i := 0; i < len(mid) && len(broad) < 20; i++ {
		for j := i + 1; j < len(mid) && len(broad) < 20; j++ {
			both := 0
			for _, st := range sets {
				if st[mid[i]] && st[mid[j]] {
					both++
				}
			}
			if f := float64(both) / n; f > 0.17 && f < 0.23 {
				broad = append(broad, mid[i]+" "+mid[j])
				break
			}
		}
	}
	for _, st := range sets {
		if len(narrow) >= 20 {
			break
		}
		var pair []string
		for _, w := range rare {
			if st[w] {
				pair = append(pair, w)
				if len(pair) == 2 {
					narrow = append(narrow, pair[0]+" "+pair[1])
					break
				}
			}
		}
	}
	if len(broad) < 5 || len(narrow) < 5 {
		b.Fatalf("too few queries: %d broad, %d narrow", len(broad), len(narrow))
	}
	return broad, narrow
}

// benchLatency runs f over the queries b.N times in all and reports the
// p50 and p90 latency in milliseconds.
func benchLatency(b *testing.B, queries []string, f func(q string) error) {
	var lat []float64
	b.ResetTimer()
	c0 := cputime.Process()
	for i := 0; i < b.N; i++ {
		q := queries[i%len(queries)]
		t0 := time.Now()
		if err := f(q); err != nil {
			b.Fatal(err)
		}
		lat = append(lat, float64(time.Since(t0).Microseconds())/1000)
	}
	b.StopTimer()
	// CPU time per operation: on a machine shared with other work the
	// latencies above include waiting for a core; this does not.
	b.ReportMetric((cputime.Process()-c0).Seconds()*1000/float64(b.N), "cpu-ms/op")
	slices.Sort(lat)
	b.ReportMetric(lat[len(lat)/2], "p50-ms")
	b.ReportMetric(lat[int(math.Min(float64(len(lat)-1), float64(len(lat))*0.9))], "p90-ms")
}

func BenchmarkSearch(b *testing.B) {
	s := openBench(b)
	ctx := context.Background()
	broad, narrow := benchQueries(b, s)
	total, _ := s.Count(ctx)
	matches := 0
	parts, _ := s.partitions(ctx, 0, math.MaxInt64)
	for _, y := range parts {
		var m int
		s.db.QueryRow(`SELECT count(*) FROM `+partName(y)+` WHERE `+partName(y)+` MATCH ?`, mustMatch(b, broad[0])).Scan(&m)
		matches += m
	}
	b.Logf("%d articles; broad %q matches %.1f%%; narrow e.g. %q", total, broad[0], 100*float64(matches)/float64(total), narrow[0])
	run := func(queries []string) func(b *testing.B) {
		return func(b *testing.B) {
			b.ReportAllocs()
			benchLatency(b, queries, func(q string) error {
				res, err := s.Search(ctx, q, 20)
				if err == nil && len(res) == 0 {
					err = fmt.Errorf("no result for %q", q)
				}
				return err
			})
		}
	}
	b.Run("broad", run(broad))
	b.Run("narrow", run(narrow))
	b.Run("person", run(personQueries(b, s, broad)))
	b.Run("source", run(sourceQueries(b, s, broad)))
}

// sourceQueries pairs sources of the archive with a word of a broad
// query: the source filter checked on many matches.
func sourceQueries(b *testing.B, s *Store, broad []string) []string {
	var qs []string
	for i, src := range archiveStrings(b, s, "sources", `SELECT DISTINCT source COLLATE NOCASE FROM articles LIMIT 10`) {
		qs = append(qs, `source:`+src+` `+strings.Fields(broad[i%len(broad)])[0])
	}
	return qs
}

// mostNamed lists the n people named in the most articles.
func mostNamed(b *testing.B, s *Store, n int) []string {
	return archiveStrings(b, s, "people", `SELECT name FROM people ORDER BY articles DESC LIMIT ?`, n)
}

// archiveStrings runs a query of one text column; none (no what in the
// archive) fails the benchmark.
func archiveStrings(b *testing.B, s *Store, what, query string, args ...any) []string {
	rows, err := s.db.Query(query, args...)
	if err != nil {
		b.Fatal(err)
	}
	defer rows.Close()
	var out []string
	for rows.Next() {
		var v string
		if err := rows.Scan(&v); err != nil {
			b.Fatal(err)
		}
		out = append(out, v)
	}
	if len(out) == 0 {
		b.Fatalf("no %s in the archive", what)
	}
	return out
}

// personQueries pairs the people named most with a word of a broad
// query: the person filter where it has the most articles to check.
func personQueries(b *testing.B, s *Store, broad []string) []string {
	var qs []string
	for i, name := range mostNamed(b, s, 10) {
		qs = append(qs, `person:"`+name+`" `+strings.Fields(broad[i%len(broad)])[0])
	}
	return qs
}

// BenchmarkPersonArticles times the reader's list of a person's
// articles (the newest 500) for the people named most.
func BenchmarkPersonArticles(b *testing.B) {
	s := openBench(b)
	b.ReportAllocs()
	benchLatency(b, mostNamed(b, s, 10), func(name string) error {
		items, err := s.PersonArticles(context.Background(), name, 500, 0)
		if err == nil && len(items) == 0 {
			err = fmt.Errorf("no articles of %q", name)
		}
		return err
	})
}

func mustMatch(b *testing.B, q string) string {
	pq, err := parseQuery(q)
	if err != nil {
		b.Fatal(err)
	}
	return pq.match
}

func BenchmarkListFirstPage(b *testing.B) {
	s := openBench(b)
	for _, so := range []Sort{SortDate, SortTitle, SortSource} {
		b.Run(string(so), func(b *testing.B) {
			b.ReportAllocs()
			benchLatency(b, []string{""}, func(string) error {
				items, err := s.List(context.Background(), ListQuery{Sort: so, Limit: 50})
				if err == nil && len(items) != 50 {
					err = fmt.Errorf("%d items", len(items))
				}
				return err
			})
		})
	}
}

// BenchmarkOpen times opening the archive and answering a first count.
func BenchmarkOpen(b *testing.B) {
	path := benchArchivePath(b)
	b.ReportAllocs()
	benchLatency(b, []string{""}, func(string) error {
		s, err := Open(path, OpenOptions{ReadOnly: true})
		if err != nil {
			return err
		}
		defer s.Close()
		_, err = s.Count(context.Background())
		return err
	})
}

// BenchmarkFileSize reports the archive's size against its raw text
// (the body text of the articles, estimated from a sample of 2,000).
func BenchmarkFileSize(b *testing.B) {
	s := openBench(b)
	fi, err := os.Stat(s.Path())
	if err != nil {
		b.Fatal(err)
	}
	docs := sampleBodies(b, s, 2000)
	var sum int
	for _, d := range docs {
		sum += len(d)
	}
	n, _ := s.Count(context.Background())
	raw := float64(sum) / float64(len(docs)) * float64(n)
	for i := 0; i < b.N; i++ {
	}
	b.ReportMetric(float64(fi.Size())/raw, "x-raw-text")
	b.ReportMetric(float64(fi.Size())/float64(n), "bytes/article")
}

// BenchmarkImport imports NEWSREADER_BENCH_IMPORT_N (default 3,000)
// generated scraped-text files into a new archive: reading, parsing
// through content (people included), compressing, indexing. The pages
// are 4.2 KB on average; NEWSREADER_BENCH_IMPORT_KB=3 keeps only pages of
// 2.5 to 3.5 KB (the size the FTS5 reference figure is for). The
// dates spread over 27 years, one index partition each;
// NEWSREADER_BENCH_IMPORT_YEAR=2024 puts them all in one year, the
// archive of a recent crawl.
func BenchmarkImport(b *testing.B) {
	files, n := benchImportFiles(b)
	benchWrites(b, func(s *Store) (ingest.Summary, error) {
		return ingest.Import(context.Background(), s, []string{files}, ingest.Options{})
	}, func(sum ingest.Summary) bool { return sum.Imported+sum.Duplicates == n })
}

// benchImportFiles returns the folder of generated files that
// BenchmarkImport imports, and how many files it holds, generating them
// once into the user's cache folder.
func benchImportFiles(b *testing.B) (string, int) {
	n := envInt("NEWSREADER_BENCH_IMPORT_N", 3000)
	kb := envInt("NEWSREADER_BENCH_IMPORT_KB", 0)
	year := envInt("NEWSREADER_BENCH_IMPORT_YEAR", 0)
	dir, err := os.UserCacheDir()
	if err != nil {
		b.Fatal(err)
	}
	name := fmt.Sprintf("text-%d", n)
	if kb > 0 {
		name += fmt.Sprintf("-%dkb", kb)
	}
	if year > 0 {
		name += fmt.Sprintf("-y%d", year)
	}
	files := filepath.Join(dir, "newsreader-bench", name)
	if _, err := os.Stat(files); err != nil {
		tmp := files + ".building"
		os.RemoveAll(tmp)
		writeSyntheticSized(b, tmp, n, 42, kb, year)
		if err := os.Rename(tmp, files); err != nil {
			b.Fatal(err)
		}
	}
	return files, n
}

// BenchmarkAddArticles writes 2,000 generated articles (built in memory,
// no parsing) into a new archive per iteration: the store's own cost per
// article (compression, rows, FTS5 index, people).
func BenchmarkAddArticles(b *testing.B) {
	g := gen.New(9)
	recs := make([]ingest.Record, 2000)
	for i := range recs {
		a := g.Next()
		recs[i] = ingest.Record{Path: fmt.Sprintf("synth:%s/%07d.txt", a.Source.Domain, i), Article: a.Content()}
	}
	benchWrites(b, func(s *Store) (ingest.Summary, error) {
		return ingest.AddArticles(context.Background(), s, recs, ingest.Options{})
	}, func(sum ingest.Summary) bool { return sum.Imported == len(recs) })
}

// benchWrites runs write into a new archive per iteration, checks its
// summary with ok, and reports the median rate of articles written per
// second and the median CPU time (all threads) per article: what writing
// costs when the machine is shared, as the wall-clock rate then says
// little.
func benchWrites(b *testing.B, write func(*Store) (ingest.Summary, error), ok func(ingest.Summary) bool) {
	b.Helper()
	b.ReportAllocs()
	var rates writeRates
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "archive.db"), OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		b.StartTimer()
		t0, c0 := time.Now(), cputime.Process()
		sum, err := write(s)
		el, c := time.Since(t0), cputime.Process()-c0
		b.StopTimer()
		if err != nil || !ok(sum) {
			b.Fatalf("write: %+v %v", sum, err)
		}
		rates.add(sum.Imported, el, c)
		s.Close()
		b.StartTimer()
	}
	rates.report(b)
}

// writeRates gathers the runs of a write benchmark.
type writeRates struct{ rate, cpu []float64 }

// add records a run that wrote n articles in el, using cpu of CPU time.
func (w *writeRates) add(n int, el, cpu time.Duration) {
	w.rate = append(w.rate, float64(n)/el.Seconds())
	w.cpu = append(w.cpu, cpu.Seconds()*1e6/float64(n))
}

// report reports the median rate (articles/s) and CPU time per article.
func (w *writeRates) report(b *testing.B) {
	slices.Sort(w.rate)
	slices.Sort(w.cpu)
	b.ReportMetric(w.rate[len(w.rate)/2], "articles/s")
	b.ReportMetric(w.cpu[len(w.cpu)/2], "cpu-µs/article")
}

package store

import (
	"context"
	"path/filepath"
	"slices"
	"testing"
	"time"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/cputime"
)

// BenchmarkImportTail imports the files of BenchmarkImport (same
// NEWSREADER_BENCH_IMPORT_* knobs) and splits the import at its
// "indexing" phase, when every file is parsed and the writer alone
// commits the last batch and optimizes the years the import held
// (Upkeep): that tail runs on one core while the other idles. It
// reports, as medians, the CPU per article before and in the tail, the
// tail's share of the wall time, and the cores the import kept busy on
// average (CPU time over wall time): on 2 cores, 3,000 articles/s at c
// µs of CPU an article needs 0.003·c cores busy all along.
// NEWSREADER_BENCH_OPTIMIZE_AFTER lowers the articles a year must get
// before the import optimizes it (1,000), so that 10,000 files over 27
// years (~370 a year) optimize their years as 100,000 (~3,700) do.
func BenchmarkImportTail(b *testing.B) {
	files, n := benchImportFiles(b)
	optimize := envInt("NEWSREADER_BENCH_OPTIMIZE_AFTER", optimizeAfter)
	var main, tail, share, cores, rate []float64
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "archive.db"), OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		s.optimizeAfter = optimize
		var tIdx time.Time
		var cIdx time.Duration
		b.StartTimer()
		t0, c0 := time.Now(), cputime.Process()
		sum, err := ingest.Import(context.Background(), s, []string{files}, ingest.Options{Progress: func(p ingest.Progress) {
			if p.Phase == "indexing" && tIdx.IsZero() {
				tIdx, cIdx = time.Now(), cputime.Process()
			}
		}})
		t1, c1 := time.Now(), cputime.Process()
		b.StopTimer()
		if err != nil || sum.Imported+sum.Duplicates != n || tIdx.IsZero() {
			b.Fatalf("import: %+v %v", sum, err)
		}
		s.Close()
		k := float64(sum.Imported)
		main = append(main, (cIdx-c0).Seconds()*1e6/k)
		tail = append(tail, (c1-cIdx).Seconds()*1e6/k)
		share = append(share, t1.Sub(tIdx).Seconds()/t1.Sub(t0).Seconds())
		cores = append(cores, (c1-c0).Seconds()/t1.Sub(t0).Seconds())
		rate = append(rate, k/t1.Sub(t0).Seconds())
		b.StartTimer()
	}
	for _, m := range []struct {
		v    []float64
		unit string
	}{{rate, "articles/s"}, {main, "cpu-µs/article-parsing"}, {tail, "cpu-µs/article-tail"}, {share, "tail-wall-share"}, {cores, "cores-busy"}} {
		slices.Sort(m.v)
		b.ReportMetric(m.v[len(m.v)/2], m.unit)
	}
}

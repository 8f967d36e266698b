package store

import (
	"bufio"
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"runtime"
	"runtime/metrics"
	"runtime/pprof"
	"strconv"
	"strings"
	"sync"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/cputime"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// BenchmarkImportJSONLMemory imports one JSON Lines file of
// NEWSREADER_BENCH_JSONL_N (default 20,000) generated news-please records
// (gen.Article.Record, what `synth -jsonl` writes) into a new archive,
// sampling the process's resident size and the Go heap's live bytes as
// the articles go in. It reports the peak resident size and how much the
// resident size and the live heap grow per 100,000 articles past the
// first quarter of the file (a least-squares slope, so that start-up and
// the first batches do not count): what stays flat is bounded, what
// grows is what a million articles multiplies. The first 100,000
// articles are the ramp (the writer falls behind as the archive grows
// and the queue of parsed articles fills to its bound), so the slopes
// say something from NEWSREADER_BENCH_JSONL_N=200000 on; at the default
// they check the benchmark runs. NEWSREADER_BENCH_HEAP names a file for
// a heap profile taken at nine tenths of the import. With -v it logs the
// memory at every tenth of the file.
func BenchmarkImportJSONLMemory(b *testing.B) {
	path, n := benchJSONL(b)
	for i := 0; i < b.N; i++ {
		b.StopTimer()
		s, err := Open(filepath.Join(b.TempDir(), "archive.db"), OpenOptions{})
		if err != nil {
			b.Fatal(err)
		}
		var done atomic.Int64
		smp := startMemSampler(&done, 200*time.Millisecond, int64(n)*9/10, os.Getenv("NEWSREADER_BENCH_HEAP"))
		b.StartTimer()
		t0, c0 := time.Now(), cputime.Process()
		sum, err := ingest.Import(context.Background(), s, []string{path}, ingest.Options{
			Progress: func(p ingest.Progress) { done.Store(int64(p.Articles)) },
		})
		el, cpu := time.Since(t0), cputime.Process()-c0
		b.StopTimer()
		samples := smp.stop()
		if err != nil || sum.Imported+sum.Duplicates != n {
			b.Fatalf("import: %+v %v", sum, err)
		}
		s.Close()
		b.ReportMetric(float64(sum.Imported)/el.Seconds(), "articles/s")
		b.ReportMetric(cpu.Seconds()*1e6/float64(sum.Imported), "cpu-µs/article")
		reportMemory(b, samples, n)
		b.StartTimer()
	}
}

// benchJSONL returns the JSON Lines file BenchmarkImportJSONLMemory
// imports and its number of records, generating it once into the user's
// cache folder.
func benchJSONL(b *testing.B) (string, int) {
	n := envInt("NEWSREADER_BENCH_JSONL_N", 20000)
	dir, err := os.UserCacheDir()
	if err != nil {
		b.Fatal(err)
	}
	path := filepath.Join(dir, "newsreader-bench", fmt.Sprintf("records-%d.jsonl", n))
	if _, err := os.Stat(path); err == nil {
		return path, n
	}
	if err := os.MkdirAll(filepath.Dir(path), 0o755); err != nil {
		b.Fatal(err)
	}
	tmp := path + ".building"
	f, err := os.Create(tmp)
	if err != nil {
		b.Fatal(err)
	}
	w := bufio.NewWriterSize(f, 1<<20)
	enc := json.NewEncoder(w)
	enc.SetEscapeHTML(false)
	g := gen.New(20)
	for i := range n {
		if err := enc.Encode(g.Next().Record(i)); err != nil {
			b.Fatal(err)
		}
	}
	if err := w.Flush(); err != nil {
		b.Fatal(err)
	}
	if err := f.Close(); err != nil {
		b.Fatal(err)
	}
	if err := os.Rename(tmp, path); err != nil {
		b.Fatal(err)
	}
	return path, n
}

// memSample is the process's memory when done articles were written.
type memSample struct {
	done int64
	// In bytes: resident, the Go heap's live bytes, the memory the Go
	// runtime holds from the system (the rest of the resident size is
	// SQLite's allocations, its caches among them, and the program).
	rss, live, goHeld float64
}

// memSampler samples the memory on a goroutine of its own.
type memSampler struct {
	// heapAt and heapPath ask for a heap profile into heapPath once
	// heapAt articles are written (none when heapPath is empty).
	heapAt   int64
	heapPath string
	quit     chan struct{}
	wg       sync.WaitGroup
	samples  []memSample
}

// startMemSampler samples every period until stop, reading the number
// of articles written so far from done; with heapPath set, it writes a
// heap profile there once heapAt articles are written.
func startMemSampler(done *atomic.Int64, period time.Duration, heapAt int64, heapPath string) *memSampler {
	m := &memSampler{quit: make(chan struct{}), heapAt: heapAt, heapPath: heapPath}
	m.wg.Go(func() {
		t := time.NewTicker(period)
		defer t.Stop()
		ms := []metrics.Sample{{Name: "/gc/heap/live:bytes"}, {Name: "/memory/classes/total:bytes"},
			{Name: "/memory/classes/heap/released:bytes"}}
		for {
			select {
			case <-m.quit:
				return
			case <-t.C:
			}
			metrics.Read(ms)
			if m.heapPath != "" && done.Load() >= m.heapAt {
				writeHeapProfile(m.heapPath)
				m.heapPath = ""
			}
			m.samples = append(m.samples, memSample{done: done.Load(), rss: float64(procStatus("VmRSS")),
				live:   float64(ms[0].Value.Uint64()),
				goHeld: float64(ms[1].Value.Uint64() - ms[2].Value.Uint64())})
		}
	})
	return m
}

// writeHeapProfile writes the heap profile after a collection, so that
// it shows what is live.
func writeHeapProfile(path string) {
	runtime.GC()
	f, err := os.Create(path)
	if err != nil {
		return
	}
	defer f.Close()
	_ = pprof.WriteHeapProfile(f)
}

// stop ends the sampling and returns the samples.
func (m *memSampler) stop() []memSample {
	close(m.quit)
	m.wg.Wait()
	return m.samples
}

// procStatus is a size field of /proc/self/status in bytes (0 where
// there is none).
func procStatus(field string) int64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		return 0
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, field+":"); ok {
			kb, _ := strconv.ParseInt(strings.TrimSuffix(strings.TrimSpace(rest), " kB"), 10, 64)
			return kb << 10
		}
	}
	return 0
}

// reportMemory reports the peak resident size (of the whole process)
// and the growth per 100,000 articles of the resident size and the live
// heap over the samples past a quarter of n articles.
func reportMemory(b *testing.B, samples []memSample, n int) {
	const mb = 1 << 20
	b.ReportMetric(float64(procStatus("VmHWM"))/mb, "peak-rss-MB")
	next := int64(0)
	for _, s := range samples {
		if s.done >= next {
			b.Logf("%8d articles: rss %4.0f MB, live heap %4.0f MB, Go holds %4.0f MB, the rest %4.0f MB",
				s.done, s.rss/mb, s.live/mb, s.goHeld/mb, (s.rss-s.goHeld)/mb)
			next = s.done + int64(n/10)
		}
	}
	var tail []memSample
	for _, s := range samples {
		if s.done >= int64(n/4) {
			tail = append(tail, s)
		}
	}
	if len(tail) < 2 {
		b.Logf("%d samples past a quarter of the file: no growth figures", len(tail))
		return
	}
	b.ReportMetric(slope(tail, func(s memSample) float64 { return s.rss })*1e5/mb, "rss-MB/100k")
	b.ReportMetric(slope(tail, func(s memSample) float64 { return s.live })*1e5/mb, "heap-MB/100k")
	last := tail[len(tail)-1]
	b.ReportMetric(last.rss/mb, "end-rss-MB")
	b.ReportMetric(last.live/mb, "end-heap-MB")
	b.ReportMetric(last.goHeld/mb, "end-go-MB")
	b.ReportMetric((last.rss-last.goHeld)/mb, "end-rest-MB")
}

// slope is the least-squares slope of y over the samples' articles.
func slope(ss []memSample, y func(memSample) float64) float64 {
	var sx, sy, sxx, sxy float64
	for _, s := range ss {
		x := float64(s.done)
		sx, sy, sxx, sxy = sx+x, sy+y(s), sxx+x*x, sxy+x*y(s)
	}
	k := float64(len(ss))
	d := k*sxx - sx*sx
	if d == 0 {
		return 0
	}
	return (k*sxy - sx*sy) / d
}

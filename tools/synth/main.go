// Command synth generates large synthetic news archives for benchmarks,
// either as scraped-text files (one folder per source) or straight into a
// newsreader archive through the store's bulk path.
//
//	go run ./tools/synth -n 100000 -db /tmp/bench-100k.db
//	go run ./tools/synth -n 5000 -out /tmp/synth-text
//	go run ./tools/synth -n 1000000 -jsonl /tmp/1m.jsonl
//
// The same -seed and -n give the same articles.
package main

import (
	"context"
	"errors"
	"flag"
	"fmt"
	"os"
	"os/signal"
	"path/filepath"
	"runtime"
	"runtime/pprof"
	"time"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/progress"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

func main() {
	n := flag.Int("n", 10000, "number of articles")
	from := flag.Int("from", 0, "start at this article number (to grow an archive made with the same seed and batch)")
	seed := flag.Uint64("seed", 1, "random seed")
	db := flag.String("db", "", "write into this archive (created if missing)")
	out := flag.String("out", "", "write text files under this folder")
	jsonl := flag.String("jsonl", "", "write the articles as one JSON Lines file (one scraper record a line)")
	batch := flag.Int("batch", 2000, "articles per transaction or generator")
	year := flag.Int("year", 0, "date every article in this year, keeping its month and day (the worst case for the index split by year)")
	cpuProfile := flag.String("cpuprofile", "", "write a CPU profile to this file")
	flag.Parse()
	if *cpuProfile != "" {
		f, err := os.Create(*cpuProfile)
		if err != nil {
			fmt.Fprintln(os.Stderr, "synth:", err)
			os.Exit(1)
		}
		pprof.StartCPUProfile(f)
		defer pprof.StopCPUProfile()
	}
	if modes(*db, *out, *jsonl) != 1 || *n <= 0 || *batch <= 0 || *from < 0 || *from%*batch != 0 || *from >= *n || *year < 0 || *year > 9999 {
		fmt.Fprintln(os.Stderr, "synth: give exactly one of -db FILE, -out DIR or -jsonl FILE, a positive -n, a -from below it that is a multiple of -batch, and a -year of 1 to 9999 if any")
		flag.Usage()
		os.Exit(2)
	}
	ctx, stop := signal.NotifyContext(context.Background(), os.Interrupt)
	defer stop()
	arts := batches(ctx, *from, *n, *seed, *batch, *year)
	var err error
	switch {
	case *db != "":
		err = toArchive(ctx, *db, arts, *from, *n)
	case *jsonl != "":
		err = toJSONL(ctx, *jsonl, arts, *from, *n)
	default:
		err = toFiles(ctx, *out, arts, *from, *n)
	}
	if err != nil {
		fmt.Fprintln(os.Stderr, "synth:", err)
		pprof.StopCPUProfile()
		os.Exit(1)
	}
}

// batches generates articles [from, n) in batches on one goroutine per core;
// batch k is made by a generator seeded with (seed, k), so the output
// does not depend on scheduling. Batches arrive in order. A year above 0
// moves every article into that year.
func batches(ctx context.Context, from, n int, seed uint64, size, year int) <-chan []*gen.Article {
	count := (n + size - 1) / size
	first := from / size
	workers := runtime.NumCPU()
	slots := make([]chan []*gen.Article, count)
	for i := range slots {
		slots[i] = make(chan []*gen.Article, 1)
	}
	next := make(chan int)
	go func() {
		defer close(next)
		for k := first; k < count; k++ {
			select {
			case next <- k:
			case <-ctx.Done():
				return
			}
		}
	}()
	// Bound how far generation runs ahead of the consumer.
	ahead := make(chan struct{}, workers+1)
	for range workers {
		go func() {
			for k := range next {
				select {
				case ahead <- struct{}{}:
				case <-ctx.Done():
					return
				}
				g := gen.New(seed*1_000_003 + uint64(k))
				m := min(size, n-k*size)
				arts := make([]*gen.Article, m)
				for i := range arts {
					arts[i] = g.Next()
					if year > 0 {
						arts[i].MoveToYear(year)
					}
				}
				slots[k] <- arts
			}
		}()
	}
	outc := make(chan []*gen.Article)
	go func() {
		defer close(outc)
		for k := first; k < count; k++ {
			select {
			case b := <-slots[k]:
				<-ahead
				outc <- b
			case <-ctx.Done():
				return
			}
		}
	}()
	return outc
}

func toArchive(ctx context.Context, path string, arts <-chan []*gen.Article, from, n int) error {
	s, err := store.Open(path, store.OpenOptions{})
	if err != nil {
		return err
	}
	defer s.Close()
	bar := progress.New(os.Stderr)
	start := time.Now()
	done := from
	id := from
	for b := range arts {
		recs := make([]ingest.Record, len(b))
		for i, a := range b {
			recs[i] = ingest.Record{Path: fmt.Sprintf("synth:%s/%07d.txt", a.Source.Domain, id), Article: a.Content()}
			id++
		}
		if _, err := ingest.AddArticles(ctx, s, recs, ingest.Options{}); err != nil {
			return err
		}
		done += len(b)
		bar.Update(progress.Report(done, n, start))
	}
	bar.Done()
	if err := ctx.Err(); err != nil {
		return err
	}
	if err := s.Optimize(ctx); err != nil {
		return err
	}
	fmt.Fprintf(os.Stderr, "synth: articles %d to %d into %s in %s\n", from, done, path, time.Since(start).Round(time.Second))
	return nil
}

func toFiles(ctx context.Context, dir string, arts <-chan []*gen.Article, from, n int) error {
	bar := progress.New(os.Stderr)
	start := time.Now()
	done := from
	for b := range arts {
		for _, a := range b {
			p := filepath.Join(dir, a.Source.Domain, fmt.Sprintf("%07d.txt", done))
			if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
				return err
			}
			if err := os.WriteFile(p, a.Text(), 0o644); err != nil {
				return err
			}
			done++
		}
		bar.Update(progress.Report(done, n, start))
	}
	bar.Done()
	if err := ctx.Err(); err != nil {
		return errors.New("interrupted")
	}
	fmt.Fprintf(os.Stderr, "synth: text files %d to %d under %s in %s\n", from, done, dir, time.Since(start).Round(time.Second))
	return nil
}

// modes counts the output flags given.
func modes(flags ...string) int {
	n := 0
	for _, f := range flags {
		if f != "" {
			n++
		}
	}
	return n
}

package ingest

import (
	"context"
	"runtime"
	"sync"

	"github.com/newsreader/newsreader/content"
)

// Record is an article given to AddArticles, with the path it is filed
// under (which need not exist: generated articles have none).
type Record struct {
	Path    string
	Article *content.Article
}

// AddArticles writes articles that were not read from files by Import,
// such as generated ones, in one batch: the bulk path of tools/synth.
// Each record becomes the only article of its Path (its Article.Key is
// kept). Articles are prepared (compressed, indexed fields built) on
// o.Workers goroutines (one per core). Duplicates by content hash are
// skipped and counted as in Import; o's other fields are not used.
func AddArticles(ctx context.Context, a Archive, recs []Record, o Options) (Summary, error) {
	var sum Summary
	prepared, errs := prepareAll(a, recs, o.Workers)
	w, err := a.OpenWriter(ctx, WriterOptions{})
	if err != nil {
		return sum, err
	}
	// Statements run to their end: ctx is looked at between records,
	// and a cancelled call rolls its batch back.
	wctx := context.WithoutCancel(ctx)
	defer w.Close(wctx)
	if err := w.Begin(wctx); err != nil {
		return sum, err
	}
	sum.Files = len(recs)
	for i, p := range prepared {
		if err := ctx.Err(); err != nil {
			_ = w.Rollback(wctx)
			return sum, err
		}
		if errs[i] != nil {
			sum.fail(recs[i].Path, errs[i].Error())
			continue
		}
		if err := addOne(wctx, w, &sum, recs[i], p); err != nil {
			_ = w.Rollback(wctx)
			return sum, err
		}
	}
	if err := w.Commit(wctx); err != nil {
		return sum, err
	}
	if sum.Failures == nil {
		sum.Failures = []Failure{}
	}
	return sum, nil
}

// addOne writes the article of one record as its file's only one.
func addOne(ctx context.Context, w Writer, sum *Summary, r Record, p Prepared) error {
	fid, err := w.FileID(ctx, r.Path, false)
	if err != nil {
		return err
	}
	out, err := w.Put(ctx, fid, p, false)
	if err != nil {
		return err
	}
	sum.count(out)
	_, err = w.FinishFile(ctx, fid, FileState{}, NewRecordKeys(r.Article.Key), true)
	return err
}

// prepareAll prepares the records' articles on workers goroutines (0:
// one per core).
func prepareAll(a Archive, recs []Record, workers int) ([]Prepared, []error) {
	prepared := make([]Prepared, len(recs))
	errs := make([]error, len(recs))
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	var wg sync.WaitGroup
	next := make(chan int)
	for range workers {
		wg.Go(func() {
			for i := range next {
				prepared[i], errs[i] = a.Prepare(recs[i].Article)
			}
		})
	}
	for i := range recs {
		next <- i
	}
	close(next)
	wg.Wait()
	return prepared, errs
}

package store

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
// such as generated ones, in one transaction: the bulk path of
// tools/synth. Each record becomes the only article of its Path (its
// Article.Key is kept). Articles are prepared (compressed, indexed
// fields built) on one goroutine per core. Duplicates by content hash
// are skipped and counted as in Import.
func (s *Store) AddArticles(ctx context.Context, recs []Record) (Summary, error) {
	var sum Summary
	if s.readOnly {
		return sum, ErrReadOnly
	}
	rows := make([]*row, len(recs))
	errs := make([]error, len(recs))
	var wg sync.WaitGroup
	next := make(chan int)
	workers := s.workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for i := range next {
				rows[i], errs[i] = s.prepare(recs[i].Article)
			}
		}()
	}
	for i := range recs {
		next <- i
	}
	close(next)
	wg.Wait()

	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	w, err := s.newWriter(ctx)
	if err != nil {
		return sum, err
	}
	defer w.close()
	if err := w.begin(); err != nil {
		return sum, s.wrap(err)
	}
	sum.Files = len(recs)
	for i, r := range rows {
		if err := ctx.Err(); err != nil {
			w.rollback()
			return sum, err
		}
		if errs[i] != nil {
			sum.Failed++
			sum.Failures = append(sum.Failures, Failure{Path: recs[i].Path, Reason: errs[i].Error()})
			continue
		}
		fid, err := w.fileID(recs[i].Path, false)
		if err != nil {
			w.rollback()
			return sum, s.wrap(err)
		}
		out, _, err := w.put(fid, r, false)
		if err != nil {
			w.rollback()
			return sum, s.wrap(err)
		}
		sum.count(out)
		if _, err := w.exec("finishFile", 0, 0, nil, 1, w.now, fid); err != nil {
			w.rollback()
			return sum, s.wrap(err)
		}
	}
	if err := w.commit(); err != nil {
		return sum, s.wrap(err)
	}
	if sum.Failures == nil {
		sum.Failures = []Failure{}
	}
	return sum, nil
}

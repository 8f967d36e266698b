package store

import (
	"context"
	"errors"
	"fmt"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/newsreader/newsreader/content/formats"
)

// Progress is reported during an import, at most about ten times a
// second and once at the end.
type Progress struct {
	// Phase is "scanning" (finding the files and looking them up in the
	// archive), "importing", or "indexing": every file is read, and the
	// last batch and the merge of the search index are being written
	// (seconds for a big import, when the bar would sit at its end).
	Phase string
	// Done and Total count files; Done includes unchanged files.
	Done, Total int
	// Articles counts articles written (new or updated) so far.
	Articles int
	// Rate is files finished per second over the importing phase.
	Rate float64
	// ETA estimates the time left; 0 when unknown.
	ETA time.Duration
}

// Failure is a file (or one record of it) that could not be imported.
type Failure struct {
	Path   string `json:"path"`
	Reason string `json:"reason"`
}

// Summary says what an import did. Article counts: Imported new,
// Updated changed, Unchanged (including those of skipped files),
// Duplicates (same content as an archived article, not stored again),
// Removed (records a changed file no longer has). Failed counts files
// and records listed in Failures.
type Summary struct {
	Files      int `json:"files"`
	Imported   int `json:"imported"`
	Updated    int `json:"updated"`
	Unchanged  int `json:"unchanged"`
	Duplicates int `json:"duplicates"`
	Removed    int `json:"removed"`
	Failed     int `json:"failed"`
	// NotArticles counts the files of the folders walked that hold no
	// article: left unread because their names say so
	// (formats.NotArticleName), or read and found binary or XML that is
	// no feed or page (formats.HoldsNoArticle). They are in Files, not in
	// Failed.
	NotArticles int           `json:"not_articles"`
	Failures    []Failure     `json:"failures"`
	Elapsed     time.Duration `json:"elapsed_ns"`
	// Canceled is set when the context ended the import early; what was
	// written before stays in the archive.
	Canceled bool `json:"canceled"`
}

// fileJob is one file to import. Its stat is set by classify for a
// file the archive knows, and when the file is opened to be parsed.
type fileJob struct {
	path  string
	group string // groupKey(path)
	// site is the source of its articles that name none, and the source
	// whose learned furniture they lose: the site the nearest of its
	// folders is named after, from the folder the import was given down
	// (formats.FolderSite).
	site string
	// walked says the file was found in a folder, not named: one that
	// turns out to hold no article (formats.HoldsNoArticle) is skipped,
	// not failed.
	walked bool
	fileStat
	known *knownFile // nil for a file new to the archive
}

func newFileJob(path string) fileJob { return fileJob{path: path, group: groupKey(path)} }

// knownFile is the archive's record of a file.
type knownFile struct {
	id       int64
	size     int64
	mtime    int64
	hash     []byte
	articles int
}

// message goes from a parsing worker to the writer: an article of a
// file, or the end of a file.
type message struct {
	job       *fileJob
	row       *row
	done      bool
	hash      []byte // of the whole file, when done without error
	unchanged bool   // done: same bytes as archived, nothing parsed
	err       error  // done: the file failed
	recErrs   []error
}

// batchArticles, batchBytes and batchTime bound a write transaction.
// Each commit writes out a segment of every FTS5 index it touched (one
// per publication year), and FTS5 merges segments as they pile up, so
// small transactions cost more CPU per article (2 s against 0.5 s took
// 15-30% less in BenchmarkImport). Big ones leave a long tail: a batch's
// index rows are written at its commit, and the last batch's are
// written after every file is parsed, by the writer alone while the
// other cores idle (1.75 s of a 5.8 s import of 10,000 files with 5,000
// articles a batch). 2,500 imported 10,000 files 16% faster than 5,000,
// and 50,000 as fast; 1,250 was slower at 50,000. A reader sees an
// import's progress every two seconds at most; Ctrl-C commits what was
// written, and a crash loses at most the last batch.
const (
	batchArticles = 2500
	batchBytes    = 32 << 20 // of indexed text
	batchTime     = 2 * time.Second
	progressEvery = 100 * time.Millisecond
)

// Import reads the files and folders (recursively) at paths into the
// archive, parsing them in parallel through package content and writing
// them in batched transactions. Unchanged files (same path, size and
// modification time, or same bytes) are skipped without parsing; a
// changed file updates its articles. A failing file is listed in the
// summary and the import goes on. When ctx ends, the import stops and
// returns ctx.Err() with the summary so far; everything committed stays.
// progress may be nil.
func (s *Store) Import(ctx context.Context, paths []string, progress func(Progress)) (Summary, error) {
	start := time.Now()
	var sum Summary
	report := func(p Progress) {
		if progress != nil {
			progress(p)
		}
	}
	if s.readOnly {
		return sum, fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()

	report(Progress{Phase: "scanning"})
	files, fails, notArticles := s.walk(paths)
	sum.NotArticles = notArticles
	sum.Failures = append(sum.Failures, fails...)
	sum.Failed += len(fails)
	sum.Files = len(files) + len(fails) + notArticles

	jobs, skipped, err := s.classify(ctx, files)
	if err != nil {
		return sum, s.finishSummary(&sum, start, err)
	}
	for _, k := range skipped {
		sum.Unchanged += k.articles
	}
	stats, err := s.lineStatsFor(ctx, jobs)
	if err != nil {
		return sum, s.finishSummary(&sum, start, s.wrap(err))
	}

	w, err := s.newWriter(ctx)
	if err != nil {
		return sum, s.finishSummary(&sum, start, err)
	}
	defer w.close()
	w.holdsMerges = true
	// After the optimize below, or when the import stops early. Should it
	// fail, the next import to write to those years mends it.
	defer w.releaseMerges()

	run := s.startParsing(ctx, stats, jobs)
	pr := &importProgress{
		Progress: Progress{Phase: "importing", Done: len(skipped), Total: len(files)},
		report:   report, start: time.Now(), skipped: len(skipped),
	}
	werr := s.writeAll(ctx, w, run, &sum, stats, pr)
	if werr == nil && ctx.Err() != nil {
		// Cancelled: wait for the workers (they stop at their next send)
		// so that none still uses the Store when Import returns.
		run.drain()
	}
	if werr == nil && ctx.Err() == nil {
		pr.Phase = "indexing"
		pr.send()
	}
	if werr == nil {
		if err := w.begin(); err == nil {
			werr = w.saveLines(stats)
		} else {
			werr = err
		}
	}
	if werr != nil {
		w.rollback()
		// Let the workers finish so that none is left blocked.
		run.drain()
		return sum, s.finishSummary(&sum, start, s.wrap(werr))
	}
	if err := w.commit(); err != nil {
		return sum, s.finishSummary(&sum, start, s.wrap(err))
	}
	if held := w.heldYears(); len(held) > 0 && ctx.Err() == nil {
		if err := w.optimize(ctx, held); err != nil && ctx.Err() == nil {
			return sum, s.finishSummary(&sum, start, s.wrap(err))
		}
	}
	pr.send()
	return sum, s.finishSummary(&sum, start, ctx.Err())
}

// startParsing starts one parsing worker per core (or s.workers) on the
// jobs' tasks; their articles arrive on the returned run's msgs, which
// is closed when all are done or ctx is cancelled.
func (s *Store) startParsing(ctx context.Context, stats *lineStats, jobs []*fileJob) *parsing {
	workers := s.workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	// The queue is bounded by inflightBytes; its length only has to be more
	// than the articles (and their files' ends) that fit in that budget.
	msgs := make(chan message, 1<<15)
	ahead := newReadAhead(readAheadBytes)
	run := &parsing{s: s, ctx: ctx, stats: stats, ahead: ahead, msgs: msgs, inflight: semaphore.NewWeighted(s.inflight)}
	taskCh := make(chan importTask)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the worker's file buffer, reused
			for t := range taskCh {
				buf = run.do(t, buf)
			}
		}()
	}
	tasks := stats.planTasks(jobs, maxLearnFiles)
	go func() {
		defer close(taskCh)
		for _, t := range tasks {
			select {
			case taskCh <- t:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(msgs)
	}()
	return run
}

// writeAll writes what the parsers send, committing a transaction every
// s.batch articles, batchBytes of indexed text or batchTime, until the
// parsers are done or ctx is cancelled; the last transaction is left
// open. It returns the first error of the writer.
func (s *Store) writeAll(ctx context.Context, w *writer, run *parsing, sum *Summary, stats *lineStats, pr *importProgress) error {
	batchStart := time.Now()
	batchN, batchSize := 0, 0
	fileIDs := map[string]int64{}
	seen := map[string]map[string]bool{}
	for {
		var m message
		select {
		case msg, ok := <-run.msgs:
			if !ok {
				return nil
			}
			m = msg
		case <-ctx.Done():
			return nil
		}
		if m.row != nil {
			// Out of the queue: the batch has its own bound.
			run.inflight.Release(run.weight(m.row))
		}
		if err := w.begin(); err != nil {
			return err
		}
		if err := s.apply(w, m, sum, fileIDs, seen, stats); err != nil {
			return err
		}
		if m.row != nil {
			batchN++
			batchSize += len(m.row.ftsText)
			pr.Articles++
		}
		if m.done {
			pr.Done++
		}
		if batchN >= s.batch || batchSize >= batchBytes || time.Since(batchStart) >= batchTime {
			if err := w.commit(); err != nil {
				return err
			}
			batchN, batchSize, batchStart = 0, 0, time.Now()
		}
		if time.Since(pr.last) >= s.progressEvery {
			pr.last = time.Now()
			pr.send()
		}
	}
}

// importProgress is the progress an import reports as it writes.
type importProgress struct {
	Progress
	report  func(Progress)
	start   time.Time // when writing began
	skipped int       // files found unchanged, done before it
	last    time.Time // of the last report
}

// send reports the progress with its rate and ETA.
func (p *importProgress) send() {
	el := time.Since(p.start).Seconds()
	if parsed := p.Done - p.skipped; el > 0 && parsed > 0 {
		p.Rate = float64(parsed) / el
		p.ETA = time.Duration(float64(p.Total-p.Done) / p.Rate * float64(time.Second)).Round(time.Second)
	}
	p.report(p.Progress)
}

// count adds the outcome of writing one article.
func (sum *Summary) count(out outcome) {
	switch out {
	case outInserted:
		sum.Imported++
	case outUpdated:
		sum.Updated++
	case outUnchanged:
		sum.Unchanged++
	case outDuplicate:
		sum.Duplicates++
	}
}

// finishSummary completes the summary and passes err through.
func (s *Store) finishSummary(sum *Summary, start time.Time, err error) error {
	sum.Elapsed = time.Since(start)
	if errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) {
		sum.Canceled = true
	}
	if sum.Failures == nil {
		sum.Failures = []Failure{}
	}
	return err
}

// apply writes one message in the open transaction.
func (s *Store) apply(w *writer, m message, sum *Summary, fileIDs map[string]int64, seen map[string]map[string]bool, stats *lineStats) error {
	path := m.job.path
	id, ok := fileIDs[path]
	if !ok && (m.row != nil || (m.done && m.err == nil)) {
		var err error
		if m.job.known != nil {
			id = m.job.known.id
		} else if id, err = w.fileID(path, true); err != nil {
			return err
		}
		fileIDs[path] = id
		seen[path] = map[string]bool{}
	}
	if m.row != nil {
		fresh := m.job.known == nil && !seen[path][m.row.key]
		out, _, err := w.put(id, m.row, fresh)
		if err != nil {
			return fmt.Errorf("%s: %w", path, err)
		}
		sum.count(out)
		switch out {
		case outInserted:
			stats.learnArticle(m.row.source, m.row.lines)
		case outDuplicate:
			return nil
		}
		seen[path][m.row.key] = true
		return nil
	}
	if !m.done {
		return nil
	}
	for _, e := range m.recErrs {
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Path: path, Reason: reason(path, e)})
	}
	switch {
	case m.err != nil && m.job.walked && formats.HoldsNoArticle(m.err):
		sum.NotArticles++
	case m.err != nil:
		sum.Failed++
		sum.Failures = append(sum.Failures, Failure{Path: path, Reason: reason(path, m.err)})
	case m.unchanged:
		sum.Unchanged += m.job.known.articles
		_, err := w.exec("touchFile", m.job.mtime, m.job.known.id)
		return err
	default:
		removed, err := w.finishFile(id, m.job.size, m.job.mtime, m.hash, seen[path], m.job.known == nil)
		sum.Removed += removed
		delete(seen, path)
		delete(fileIDs, path)
		return err
	}
	return nil
}

// reason is an error's text without the leading file name.
func reason(path string, err error) string {
	return strings.TrimPrefix(err.Error(), path+": ")
}

package ingest

import (
	"context"
	"fmt"
	"strings"
	"time"

	"github.com/newsreader/newsreader/content/formats"
)

// Options tune an import. The zero value imports with one parser per
// core and the batch and queue sizes measured best (see the constants).
type Options struct {
	// Workers is the number of parsing goroutines; 0 means one per core.
	Workers int
	// Progress, when set, is called as the import goes.
	Progress func(Progress)
	// BatchArticles is the most articles written per batch; 0 means
	// batchArticles.
	BatchArticles int
	// QueueBytes bounds the parsed articles waiting for the writer, by
	// their weight; 0 means inflightBytes.
	QueueBytes int64
	// ProgressEvery is the least time between two progress reports; 0
	// means progressEvery, a negative value reports after every article.
	ProgressEvery time.Duration
	// LargeFile is the size past which a file is named in
	// Summary.LargeFiles; 0 means LargeFileBytes.
	LargeFile int64
}

// withDefaults fills in the zero fields.
func (o Options) withDefaults() Options {
	if o.BatchArticles <= 0 {
		o.BatchArticles = batchArticles
	}
	if o.QueueBytes <= 0 {
		o.QueueBytes = inflightBytes
	}
	if o.ProgressEvery == 0 {
		o.ProgressEvery = progressEvery
	}
	if o.LargeFile <= 0 {
		o.LargeFile = LargeFileBytes
	}
	return o
}

// report passes p to o.Progress, if any.
func (o Options) report(p Progress) {
	if o.Progress != nil {
		o.Progress(p)
	}
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

// importer is one import under way.
type importer struct {
	a   Archive
	o   Options
	ctx context.Context // the import's: it stops when ctx ends
	w   Writer
	// wctx is the context of the writer's statements: a cancelled import
	// still commits what it has written, so they are not cancelled.
	wctx context.Context
	sum  Summary
}

// Import reads the files and folders (recursively) at paths into the
// archive, parsing them in parallel through package content and writing
// them in batches. Unchanged files (same path, size and modification
// time, or same bytes) are skipped without parsing; a changed file
// updates its articles. A failing file is listed in the summary and the
// import goes on. When ctx ends, the import stops and returns ctx.Err()
// with the summary so far; everything committed stays.
func Import(ctx context.Context, a Archive, paths []string, o Options) (Summary, error) {
	start := time.Now()
	im := &importer{a: a, o: o.withDefaults(), ctx: ctx, wctx: context.WithoutCancel(ctx)}
	w, err := a.OpenWriter(ctx, WriterOptions{DeferUpkeep: true})
	if err != nil {
		return im.sum, im.sum.finish(start, err)
	}
	im.w = w
	// Closing turns back on what the writer put off (merging); should it
	// fail, the next import to write to the same years mends it.
	defer w.Close(im.wctx)
	err = im.run(paths)
	return im.sum, im.sum.finish(start, err)
}

// run scans paths, parses the files to import and writes them.
func (im *importer) run(paths []string) error {
	im.o.report(Progress{Phase: "scanning"})
	sum := &im.sum
	files, fails, notArticles := walk(im.a, paths)
	sum.NotArticles = notArticles
	for _, f := range fails {
		sum.fail(f.Path, f.Reason)
	}
	sum.Files = len(files) + len(fails) + notArticles

	jobs, skipped, err := classify(im.ctx, im.a, files)
	if err != nil {
		return err
	}
	for _, k := range skipped {
		sum.Unchanged += k.Articles
	}
	stats, err := lineStatsFor(im.ctx, im.a, jobs)
	if err != nil {
		return err
	}
	run := startParsing(im.ctx, im.a, im.o, stats, jobs)
	pr := &importProgress{
		Progress: Progress{Phase: "importing", Done: len(skipped), Total: len(files)},
		report:   im.o.report, start: time.Now(), skipped: len(skipped),
	}
	werr := im.writeAll(run, stats, pr)
	return im.end(run, stats, pr, werr)
}

// end finishes the import once the parsers are done, ctx ended or the
// writer failed (werr): the last batch and the learned lines are
// committed, and the upkeep put off is done, unless ctx ended.
func (im *importer) end(run *parsing, stats *lineStats, pr *importProgress, werr error) error {
	ctx, wctx, w := im.ctx, im.wctx, im.w
	if werr == nil && ctx.Err() != nil {
		// Cancelled: wait for the workers (they stop at their next send)
		// so that none still uses the archive when Import returns.
		run.drain()
	}
	if werr == nil && ctx.Err() == nil {
		pr.Phase = "indexing"
		pr.send()
	}
	if werr == nil {
		if werr = w.Begin(wctx); werr == nil {
			werr = stats.save(wctx, w)
		}
	}
	if werr != nil {
		// The first error is the one to report.
		_ = w.Rollback(wctx)
		// Let the workers finish so that none is left blocked.
		run.drain()
		return werr
	}
	if err := w.Commit(wctx); err != nil {
		return err
	}
	if ctx.Err() == nil {
		if err := w.Upkeep(ctx); err != nil && ctx.Err() == nil {
			return err
		}
	}
	pr.send()
	return ctx.Err()
}

// writeAll writes what the parsers send, committing a batch every
// o.BatchArticles articles, batchBytes of indexed text or batchTime,
// until the parsers are done or ctx is cancelled; the last batch is left
// open. It returns the first error of the writer.
func (im *importer) writeAll(run *parsing, stats *lineStats, pr *importProgress) error {
	batchStart := time.Now()
	batchN, batchSize := 0, 0
	files := fileIDs{ids: map[string]FileID{}, seen: map[string]*RecordKeys{}}
	order := newOrdered(reorderBytes)
	for {
		m, ok := run.next(order)
		if !ok {
			return nil
		}
		if err := im.w.Begin(im.wctx); err != nil {
			return err
		}
		if err := im.apply(m, files, stats); err != nil {
			return err
		}
		if m.art != nil {
			batchN++
			batchSize += m.art.p.IndexBytes()
			pr.Articles++
		}
		if m.done {
			pr.Done++
		}
		if batchN >= im.o.BatchArticles || batchSize >= batchBytes || time.Since(batchStart) >= batchTime {
			if err := im.w.Commit(im.wctx); err != nil {
				return err
			}
			batchN, batchSize, batchStart = 0, 0, time.Now()
		}
		if time.Since(pr.last) >= im.o.ProgressEvery {
			pr.last = time.Now()
			pr.send()
		}
	}
}

// fileIDs are the archive's ids of the files being written, and the
// record keys written of each, until the file's end.
type fileIDs struct {
	ids  map[string]FileID
	seen map[string]*RecordKeys
}

// apply writes one message in the open batch.
func (im *importer) apply(m message, files fileIDs, stats *lineStats) error {
	path := m.job.path
	id, ok := files.ids[path]
	if !ok && (m.art != nil || (m.done && m.err == nil)) {
		if m.job.known != nil {
			id = m.job.known.ID
		} else {
			var err error
			if id, err = im.w.FileID(im.wctx, path, true); err != nil {
				return err
			}
		}
		files.ids[path] = id
		files.seen[path] = NewRecordKeys()
	}
	if m.art != nil {
		return im.put(m, id, files.seen[path], stats)
	}
	if !m.done {
		return nil
	}
	sum := &im.sum
	for _, e := range m.recErrs {
		sum.fail(path, reason(path, e))
	}
	switch {
	case m.err != nil && m.job.walked && formats.HoldsNoArticle(m.err),
		m.err != nil && m.job.beside && formats.NoArticleFields(m.err):
		sum.NotArticles++
	case m.err != nil:
		sum.fail(path, reason(path, m.err))
	case m.unchanged:
		sum.Unchanged += m.job.known.Articles
		return im.w.Touch(im.wctx, m.job.known.ID, m.job.mtime)
	default:
		st := FileState{Size: m.job.size, MTime: m.job.mtime, Hash: m.hash}
		if m.job.size > im.o.LargeFile {
			sum.LargeFiles = append(sum.LargeFiles, LargeFile{Path: path, Size: m.job.size, Articles: files.seen[path].Len()})
		}
		removed, err := im.w.FinishFile(im.wctx, id, st, files.seen[path], m.job.known == nil)
		sum.Removed += removed
		delete(files.seen, path)
		delete(files.ids, path)
		return err
	}
	return nil
}

// put writes one article of file id; seen holds the record keys of the
// file written so far.
func (im *importer) put(m message, id FileID, seen *RecordKeys, stats *lineStats) error {
	fresh := m.job.known == nil && !seen.Has(m.art.key)
	out, err := im.w.Put(im.wctx, id, m.art.p, fresh)
	if err != nil {
		return fmt.Errorf("%s: %w", m.job.path, err)
	}
	im.sum.count(out)
	if m.art.noText && (out == Inserted || out == Updated) {
		name := m.job.path
		if m.art.key != "" {
			name += " (record " + m.art.key + ")"
		}
		im.sum.noText(name)
	}
	switch out {
	case Inserted:
		stats.learnArticle(m.art.source, m.art.lines)
	case Duplicate:
		return nil
	}
	seen.Add(m.art.key)
	return nil
}

// reason is an error's text without the leading file name.
func reason(path string, err error) string {
	return strings.TrimPrefix(err.Error(), path+": ")
}

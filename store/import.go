package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"io/fs"
	"os"
	"path/filepath"
	"runtime"
	"strings"
	"sync"
	"time"

	"golang.org/x/sync/semaphore"

	"github.com/newsreader/newsreader/content"
)

// Progress is reported during an import, at most about ten times a
// second and once at the end.
type Progress struct {
	// Phase is "scanning" (finding files and learning their repeated
	// lines) or "importing".
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
	Files      int           `json:"files"`
	Imported   int           `json:"imported"`
	Updated    int           `json:"updated"`
	Unchanged  int           `json:"unchanged"`
	Duplicates int           `json:"duplicates"`
	Removed    int           `json:"removed"`
	Failed     int           `json:"failed"`
	Failures   []Failure     `json:"failures"`
	Elapsed    time.Duration `json:"elapsed_ns"`
	// Canceled is set when the context ended the import early; what was
	// written before stays in the archive.
	Canceled bool `json:"canceled"`
}

// fileJob is one file to import.
type fileJob struct {
	path  string
	size  int64
	mtime int64
	known *knownFile // nil for a file new to the archive
}

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
// per publication year), and FTS5 merges segments as they pile up:
// fewer, bigger transactions cost less CPU per article (2 s against
// 0.5 s took 15-30% less in BenchmarkImport). A reader still sees an
// import's progress every two seconds; Ctrl-C commits what was written,
// and a crash loses at most the last two seconds.
const (
	batchArticles = 5000
	batchBytes    = 32 << 20 // of indexed text
	batchTime     = 2 * time.Second
	progressEvery = 100 * time.Millisecond
)

// inflightBytes bounds the articles parsed and not yet written (by
// their indexed text and stored body). The writer stops to commit, and
// for the length of a commit, which writes the batch's index, the
// parsers go on: the queue must hold what they make meanwhile, or a core
// idles at every commit. The bound is in bytes, not articles, so that a
// folder of huge pages cannot fill the memory.
const inflightBytes = 64 << 20

// parsing is what the parsing workers of one import share.
type parsing struct {
	s        *Store
	ctx      context.Context
	stats    *lineStats
	msgs     chan message
	inflight *semaphore.Weighted
	capacity int64 // of inflight
}

// weight is the share of the in-flight budget a row takes: its size,
// or the whole budget for a row bigger than that, which then goes alone.
func (p *parsing) weight(r *row) int64 { return min(weigh(r), p.capacity) }

// weigh is the memory a row holds, roughly.
func weigh(r *row) int64 {
	return int64(len(r.ftsText) + len(r.body) + len(r.title) + len(r.ftsPeople))
}

// drain empties msgs (after the writer stopped), giving back the
// in-flight budget so that no worker stays blocked.
func (p *parsing) drain() {
	for m := range p.msgs {
		if m.row != nil {
			p.inflight.Release(p.weight(m.row))
		}
	}
}

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
	files, fails := s.walk(paths)
	sum.Failures = append(sum.Failures, fails...)
	sum.Failed += len(fails)
	sum.Files = len(files) + len(fails)

	jobs, skipped, err := s.classify(ctx, files)
	if err != nil {
		return sum, s.finishSummary(&sum, start, err)
	}
	for _, k := range skipped {
		sum.Unchanged += k.articles
	}
	var newPaths, changedPaths []string
	for _, j := range jobs {
		if j.known == nil {
			newPaths = append(newPaths, j.path)
		} else {
			changedPaths = append(changedPaths, j.path)
		}
	}
	workers := s.workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	stats, err := s.learnLines(ctx, newPaths, changedPaths, workers)
	if err != nil {
		return sum, s.finishSummary(&sum, start, err)
	}

	w, err := s.newWriter(ctx)
	if err != nil {
		return sum, s.finishSummary(&sum, start, err)
	}
	defer w.close()

	// The queue is bounded by inflightBytes; its length only has to be more
	// than the articles (and their files' ends) that fit in that budget.
	msgs := make(chan message, 1<<15)
	run := &parsing{s: s, ctx: ctx, stats: stats, msgs: msgs, inflight: semaphore.NewWeighted(s.inflight), capacity: s.inflight}
	jobCh := make(chan *fileJob)
	var wg sync.WaitGroup
	for range workers {
		wg.Add(1)
		go func() {
			defer wg.Done()
			var buf []byte // the worker's file buffer, reused
			for j := range jobCh {
				buf = run.parseFile(j, buf)
			}
		}()
	}
	go func() {
		defer close(jobCh)
		for _, j := range jobs {
			select {
			case jobCh <- j:
			case <-ctx.Done():
				return
			}
		}
	}()
	go func() {
		wg.Wait()
		close(msgs)
	}()

	pr := Progress{Phase: "importing", Done: len(skipped), Total: len(files)}
	importStart := time.Now()
	lastReport := time.Time{}
	batchStart := time.Now()
	batchN, batchSize := 0, 0
	fileIDs := map[string]int64{}
	seen := map[string]map[string]bool{}
	var werr error
loop:
	for {
		var m message
		var ok bool
		select {
		case m, ok = <-msgs:
			if !ok {
				break loop
			}
		case <-ctx.Done():
			break loop
		}
		if m.row != nil {
			// Out of the queue: the batch has its own bound.
			run.inflight.Release(run.weight(m.row))
		}
		if err := w.begin(); err != nil {
			werr = err
			break
		}
		if err := s.apply(w, m, &sum, fileIDs, seen, stats); err != nil {
			werr = err
			break
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
				werr = err
				break
			}
			batchN, batchSize, batchStart = 0, 0, time.Now()
		}
		if time.Since(lastReport) >= progressEvery {
			lastReport = time.Now()
			s.rate(&pr, importStart, len(skipped))
			report(pr)
		}
	}
	if werr == nil && ctx.Err() != nil {
		// Cancelled: wait for the workers (they stop at their next send)
		// so that none still uses the Store when Import returns.
		run.drain()
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
	if busy := w.busyYears(optimizeAfter); len(busy) > 0 && ctx.Err() == nil {
		if err := s.Optimize(ctx, busy...); err != nil && ctx.Err() == nil {
			return sum, s.finishSummary(&sum, start, err)
		}
	}
	s.rate(&pr, importStart, len(skipped))
	report(pr)
	return sum, s.finishSummary(&sum, start, ctx.Err())
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

// rate fills the rate and ETA of p.
func (s *Store) rate(p *Progress, start time.Time, skipped int) {
	el := time.Since(start).Seconds()
	parsed := p.Done - skipped
	if el <= 0 || parsed <= 0 {
		return
	}
	p.Rate = float64(parsed) / el
	p.ETA = time.Duration(float64(p.Total-p.Done) / p.Rate * float64(time.Second)).Round(time.Second)
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
		switch out {
		case outInserted:
			sum.Imported++
			stats.learnArticle(m.row.source, m.row.lines)
		case outUpdated:
			sum.Updated++
		case outUnchanged:
			sum.Unchanged++
		case outDuplicate:
			sum.Duplicates++
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

// walk lists the regular files under paths. Hidden files and folders
// found inside a folder are skipped, and so is the archive itself.
func (s *Store) walk(paths []string) ([]fileJob, []Failure) {
	var files []fileJob
	var fails []Failure
	seen := map[string]bool{}
	add := func(p string, fi fs.FileInfo) {
		if seen[p] || s.isArchiveFile(p) {
			return
		}
		seen[p] = true
		files = append(files, fileJob{path: p, size: fi.Size(), mtime: fi.ModTime().UnixNano()})
	}
	for _, root := range paths {
		abs, err := filepath.Abs(root)
		if err != nil {
			fails = append(fails, Failure{Path: root, Reason: err.Error()})
			continue
		}
		fi, err := os.Stat(abs)
		if err != nil {
			fails = append(fails, Failure{Path: root, Reason: reasonOf(err)})
			continue
		}
		if !fi.IsDir() {
			add(abs, fi)
			continue
		}
		filepath.WalkDir(abs, func(p string, d fs.DirEntry, err error) error {
			if err != nil {
				fails = append(fails, Failure{Path: p, Reason: reasonOf(err)})
				return nil
			}
			if p != abs && strings.HasPrefix(d.Name(), ".") {
				if d.IsDir() {
					return filepath.SkipDir
				}
				return nil
			}
			if !d.Type().IsRegular() {
				return nil
			}
			fi, err := d.Info()
			if err != nil {
				fails = append(fails, Failure{Path: p, Reason: reasonOf(err)})
				return nil
			}
			add(p, fi)
			return nil
		})
	}
	return files, fails
}

func reasonOf(err error) string {
	var pe *fs.PathError
	if errors.As(err, &pe) {
		return pe.Err.Error()
	}
	return err.Error()
}

// isArchiveFile reports whether p is the archive or one of its side files.
func (s *Store) isArchiveFile(p string) bool {
	return p == s.path || p == s.path+"-wal" || p == s.path+"-shm" || p == s.path+"-journal"
}

// classify looks the files up in the archive: files with the archived
// size and modification time are skipped (returned in skipped); the
// others become jobs.
func (s *Store) classify(ctx context.Context, files []fileJob) (jobs []*fileJob, skipped []*knownFile, err error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, nil, s.wrap(err)
	}
	defer conn.Close()
	// A new archive knows no file: spare a lookup per file (10 µs each,
	// ten seconds before the first parse for a million files).
	var any bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM files)`).Scan(&any); err != nil {
		return nil, nil, s.wrap(err)
	}
	if !any {
		for i := range files {
			jobs = append(jobs, &files[i])
		}
		return jobs, nil, nil
	}
	st, err := conn.PrepareContext(ctx, `SELECT id, size, mtime, hash, articles FROM files WHERE path = ?`)
	if err != nil {
		return nil, nil, s.wrap(err)
	}
	defer st.Close()
	for i := range files {
		f := &files[i]
		var k knownFile
		err := st.QueryRowContext(ctx, f.path).Scan(&k.id, &k.size, &k.mtime, &k.hash, &k.articles)
		switch {
		case err == sql.ErrNoRows:
			jobs = append(jobs, f)
		case err != nil:
			return nil, nil, s.wrap(err)
		case k.size == f.size && k.mtime == f.mtime:
			skipped = append(skipped, &k)
		default:
			f.known = &k
			jobs = append(jobs, f)
		}
	}
	return jobs, skipped, nil
}

// parseFile reads one file and sends its articles, then its end, to the
// writer. A file whose bytes are the archived ones is not parsed. buf is
// scratch space for the file's bytes; parseFile returns it, maybe grown.
func (p *parsing) parseFile(j *fileJob, buf []byte) []byte {
	s, ctx := p.s, p.ctx
	send := func(m message) bool {
		if m.row != nil && p.inflight.Acquire(ctx, p.weight(m.row)) != nil {
			return false
		}
		select {
		case p.msgs <- m:
			return true
		case <-ctx.Done():
			if m.row != nil {
				p.inflight.Release(p.weight(m.row))
			}
			return false
		}
	}
	if ctx.Err() != nil {
		return buf
	}
	if j.known != nil && j.known.size >= 0 && j.known.hash != nil {
		if h, err := hashFile(j.path); err == nil && bytes.Equal(h, j.known.hash) {
			send(message{job: j, done: true, unchanged: true})
			return buf
		}
	}
	var recErrs []error
	var sendErr error
	hash, buf, err := s.parseWith(j.path, p.stats, buf, func(a *content.Article) error {
		r, err := s.prepare(a)
		if err != nil {
			return err
		}
		if !send(message{job: j, row: r}) {
			sendErr = ctx.Err()
			return sendErr
		}
		return nil
	}, func(e error) { recErrs = append(recErrs, e) })
	if sendErr != nil {
		return buf
	}
	send(message{job: j, done: true, hash: hash, err: err, recErrs: recErrs})
	return buf
}

// wholeFileBytes is the size up to which a file is read into memory at
// once (hashed in one call, no copy buffers); larger files, such as WARC
// crawls, are streamed.
const wholeFileBytes = 4 << 20

// parseWith parses the file through content, hashing its bytes on the
// way. A panic in a reader becomes the file's error. buf is as in
// parseFile.
func (s *Store) parseWith(path string, stats *lineStats, buf []byte, emit func(*content.Article) error, onErr func(error)) (hash, _ []byte, err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: reader failed: %v", path, r)
		}
	}()
	f, err := os.Open(path)
	if err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	defer f.Close()
	opts := content.Options{Boilerplate: fileBoilerplate{stats: stats, group: groupKey(path)}}
	buf, err = readUpTo(f, buf[:0], wholeFileBytes+1)
	if err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	// content reads through an io.Reader and copies what it keeps, so
	// buf can hold the next file once Parse returns.
	if len(buf) <= wholeFileBytes {
		sum := sha256.Sum256(buf)
		if err := content.Parse(path, bytes.NewReader(buf), opts, emit, onErr); err != nil {
			return nil, buf, err
		}
		return sum[:], buf, nil
	}
	h := sha256.New()
	r := io.MultiReader(bytes.NewReader(buf), f)
	if err := content.Parse(path, io.TeeReader(r, h), opts, emit, onErr); err != nil {
		return nil, buf, err
	}
	if _, err := io.Copy(h, f); err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	return h.Sum(nil), buf, nil
}

// hashFile is the SHA-256 of the file's bytes.
func hashFile(path string) ([]byte, error) {
	f, err := os.Open(path)
	if err != nil {
		return nil, err
	}
	defer f.Close()
	h := sha256.New()
	if _, err := io.Copy(h, f); err != nil {
		return nil, err
	}
	return h.Sum(nil), nil
}

package ingest

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"
	"runtime"
	"sync"

	"golang.org/x/sync/semaphore"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
)

// inflightBytes bounds the articles parsed and not yet written (by
// their indexed text and stored body). The writer stops to commit, and
// for the length of a commit, which writes the batch's index, the
// parsers go on: the queue must hold what they make meanwhile, or a core
// idles at every commit. The bound is in bytes, not articles, so that a
// folder of huge pages cannot fill the memory.
const inflightBytes = 64 << 20

// message goes from a parsing worker to the writer: an article of a
// file, or the end of a file.
type message struct {
	job       *fileJob
	art       *article
	done      bool
	hash      []byte // of the whole file, when done without error
	unchanged bool   // done: same bytes as archived, nothing parsed
	err       error  // done: the file failed
	recErrs   []error
}

// article is a parsed article on its way to the writer.
type article struct {
	key    string // its record key in its file
	source string
	lines  []uint64 // distinct short blocks, for boilerplate learning
	p      Prepared
	noText bool // a title and no body text
}

// parsing is what the parsing workers of one import share.
type parsing struct {
	a        Archive
	ctx      context.Context
	stats    *lineStats
	ahead    *readAhead // files the boilerplate pass read whole
	msgs     chan message
	inflight *semaphore.Weighted
	budget   int64 // of inflight
}

// startParsing starts one parsing worker per core (or o.Workers) on the
// jobs' tasks; their articles arrive on the returned run's msgs, which
// is closed when all are done or ctx is cancelled.
func startParsing(ctx context.Context, a Archive, o Options, stats *lineStats, jobs []*fileJob) *parsing {
	workers := o.Workers
	if workers <= 0 {
		workers = runtime.NumCPU()
	}
	// The queue is bounded by inflightBytes; its length only has to be more
	// than the articles (and their files' ends) that fit in that budget.
	msgs := make(chan message, 1<<15)
	ahead := newReadAhead(readAheadBytes)
	run := &parsing{a: a, ctx: ctx, stats: stats, ahead: ahead, msgs: msgs,
		inflight: semaphore.NewWeighted(o.QueueBytes), budget: o.QueueBytes}
	taskCh := make(chan importTask)
	var wg sync.WaitGroup
	for range workers {
		wg.Go(func() {
			var buf []byte // the worker's file buffer, reused
			for t := range taskCh {
				buf = run.do(t, buf)
			}
		})
	}
	tasks := stats.planTasks(jobs, maxLearnFiles)
	seq := 0
	for _, t := range tasks {
		if !t.learn {
			t.job.seq = seq
			seq++
		}
	}
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

// weight is the share of the in-flight budget an article takes: its
// weight, or the whole budget for an article heavier than that, which
// then goes alone.
func (p *parsing) weight(a *article) int64 { return min(a.p.Weight(), p.budget) }

// drain empties msgs (after the writer stopped), giving back the
// in-flight budget so that no worker stays blocked.
func (p *parsing) drain() {
	for m := range p.msgs {
		if m.art != nil {
			p.inflight.Release(p.weight(m.art))
		}
	}
}

// do carries out one task of the import; buf is as in parseFile.
func (p *parsing) do(t importTask, buf []byte) []byte {
	if t.learn {
		return p.stats.learnFile(t.job, buf, p.ahead)
	}
	if !p.stats.waitReady(p.ctx, t.job.group) {
		return buf
	}
	return p.parseFile(t.job, buf)
}

// parseFile reads one file and sends its articles, then its end, to the
// writer. A file whose bytes are the archived ones is not parsed. buf is
// scratch space for the file's bytes; parseFile returns it, maybe grown.
func (p *parsing) parseFile(j *fileJob, buf []byte) []byte {
	ctx := p.ctx
	if ctx.Err() != nil {
		return buf
	}
	if j.known != nil && j.known.Size >= 0 && j.known.Hash != nil {
		if h, err := hashFile(j.path); err == nil && bytes.Equal(h, j.known.Hash) {
			p.send(message{job: j, done: true, unchanged: true})
			return buf
		}
	}
	var recErrs []error
	var sendErr error
	hash, buf, err := parseWith(j, p.stats, p.ahead, buf, func(a *content.Article) error {
		if a.Source == "" {
			a.Source = j.site
		}
		art, err := p.prepare(a)
		if err != nil {
			return err
		}
		if !p.send(message{job: j, art: art}) {
			sendErr = ctx.Err()
			return sendErr
		}
		return nil
	}, func(e error) { recErrs = append(recErrs, e) })
	if sendErr != nil {
		return buf
	}
	p.send(message{job: j, done: true, hash: hash, err: err, recErrs: recErrs})
	return buf
}

// prepare makes a parsed article ready for the writer.
func (p *parsing) prepare(a *content.Article) (*article, error) {
	pa, err := p.a.Prepare(a)
	if err != nil {
		return nil, err
	}
	art := &article{key: a.Key, source: a.Source, p: pa, noText: len(a.Blocks) == 0}
	if a.Source != "" {
		texts := make([]string, len(a.Blocks))
		for i, bl := range a.Blocks {
			texts[i] = bl.Text
		}
		art.lines = blockLines(texts)
	}
	return art, nil
}

// send queues m for the writer, within the in-flight budget; false when
// ctx ended first.
func (p *parsing) send(m message) bool {
	if m.art != nil && p.inflight.Acquire(p.ctx, p.weight(m.art)) != nil {
		return false
	}
	select {
	case p.msgs <- m:
		return true
	case <-p.ctx.Done():
		if m.art != nil {
			p.inflight.Release(p.weight(m.art))
		}
		return false
	}
}

// wholeFileBytes is the size up to which a file is read into memory at
// once (hashed in one call, no copy buffers); larger files, such as WARC
// crawls, are streamed.
const wholeFileBytes = 4 << 20

// parseWith parses the file of j through content, hashing its bytes on
// the way, and sets j's stat from the open file; the bytes come from
// ahead when the boilerplate pass kept them. A panic in a reader becomes
// the file's error. buf is as in parseFile.
func parseWith(j *fileJob, stats *lineStats, ahead *readAhead, buf []byte, emit func(*content.Article) error, onErr func(error)) (hash, _ []byte, err error) {
	path := j.path
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("%s: reader failed: %v", path, r)
		}
	}()
	opts := formats.Options{Boilerplate: fileBoilerplate{stats: stats, group: j.group, site: j.site}}
	// content reads through an io.Reader and copies what it keeps, so
	// buf can hold the next file once Parse returns.
	parseWhole := func(b []byte) ([]byte, error) {
		sum := sha256.Sum256(b)
		if err := formats.Parse(path, bytes.NewReader(b), opts, emit, onErr); err != nil {
			return nil, err
		}
		return sum[:], nil
	}
	if rf, ok := ahead.take(path); ok {
		j.fileStat = rf.stat
		opts.Modified = j.fileStat.modified()
		hash, err := parseWhole(rf.bytes)
		return hash, buf, err
	}
	f, err := openFile(path)
	if err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	defer f.Close()
	if j.fileStat, err = statFile(f); err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	opts.Modified = j.fileStat.modified() // no date in the file is later
	buf, err = readUpTo(f, buf[:0], wholeFileBytes+1)
	if err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	if len(buf) <= wholeFileBytes {
		hash, err := parseWhole(buf)
		return hash, buf, err
	}
	h := sha256.New()
	r := io.MultiReader(bytes.NewReader(buf), f)
	if err := formats.Parse(path, io.TeeReader(r, h), opts, emit, onErr); err != nil {
		return nil, buf, err
	}
	if _, err := io.Copy(h, f); err != nil {
		return nil, buf, fmt.Errorf("%s: %s", path, reasonOf(err))
	}
	return h.Sum(nil), buf, nil
}

// hashFile is the SHA-256 of the file's bytes.
func hashFile(path string) ([]byte, error) {
	f, err := openFile(path)
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

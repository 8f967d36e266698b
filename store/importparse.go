package store

import (
	"bytes"
	"context"
	"crypto/sha256"
	"fmt"
	"io"

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

// parsing is what the parsing workers of one import share.
type parsing struct {
	s        *Store
	ctx      context.Context
	stats    *lineStats
	ahead    *readAhead // files the boilerplate pass read whole
	msgs     chan message
	inflight *semaphore.Weighted
}

// weight is the share of the in-flight budget a row takes: its size,
// or the whole budget for a row bigger than that, which then goes alone.
func (p *parsing) weight(r *row) int64 { return min(weigh(r), p.s.inflight) }

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
	hash, buf, err := s.parseWith(j, p.stats, p.ahead, buf, func(a *content.Article) error {
		if a.Source == "" {
			a.Source = j.site
		}
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

// parseWith parses the file of j through content, hashing its bytes on
// the way, and sets j's stat from the open file; the bytes come from
// ahead when the boilerplate pass kept them. A panic in a reader becomes
// the file's error. buf is as in parseFile.
func (s *Store) parseWith(j *fileJob, stats *lineStats, ahead *readAhead, buf []byte, emit func(*content.Article) error, onErr func(error)) (hash, _ []byte, err error) {
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

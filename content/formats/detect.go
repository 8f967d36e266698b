// Package formats turns raw archive files (scraped text, HTML, WARC,
// JSON, feeds, Markdown, gzipped or not) into finished content.Articles:
// it detects each file's format, reads it with that format's reader, and
// finishes every article the same way (see Parse). It does no I/O beyond
// reading the file it is given, and knows nothing of the archive or the
// terminal.
package formats

import (
	"bufio"
	"bytes"
	"crypto/sha256"
	"encoding/hex"
	"errors"
	"fmt"
	"io"
	"os"
	"sync"

	"github.com/newsreader/newsreader/content"
)

// headSize is how many leading bytes format detection looks at.
const headSize = 4096

// formats lists the readers in detection order. Detection looks at the
// content first and the file name second. The order matters where
// signatures overlap: WARC files hold HTML, feeds are XML or JSON, JSON
// Feed is JSON, and a saved page may carry front matter-like dashes, so the
// most specific signature goes first. Plain text comes last: it accepts
// whatever no other format claims.
func formats() []format {
	return []format{warcFormat, feedFormat, jsonFormat, htmlFormat, markdownFormat, plainTextFormat}
}

// ParseFile reads the archive file at path and calls emit for each article
// (opts.Modified, when zero, becomes the file's modification time)
// in it. Problems with single records of multi-record files go to onErr
// (which may be nil) and reading goes on; a problem with the file itself is
// returned, naming the file and the reason.
func ParseFile(path string, opts Options, emit func(*content.Article) error, onErr func(error)) error {
	f, err := os.Open(path)
	if err != nil {
		return fileError(path, err)
	}
	defer f.Close()
	fi, err := f.Stat()
	if err != nil {
		return fileError(path, err)
	}
	if fi.IsDir() {
		return fmt.Errorf("%s: is a directory", path)
	}
	if opts.Modified.IsZero() {
		opts.Modified = fi.ModTime()
	}
	return Parse(path, f, opts, emit, onErr)
}

// Parse reads one file's content from r; name is used for format detection
// and messages. Gzip-compressed content (recognised by its magic bytes, not
// its name) is decompressed on the fly under the limits of MaxGzipRatio and
// GzipRatioSlack, and detected by what it decompresses to.
func Parse(name string, r io.Reader, opts Options, emit func(*content.Article) error, onErr func(error)) error {
	if onErr == nil {
		onErr = func(error) {}
	}
	br, ok := r.(*bufio.Reader)
	if !ok || br.Size() < headSize {
		pooled := headReaders.Get().(*bufio.Reader)
		pooled.Reset(r)
		defer func() {
			pooled.Reset(nil) // hold on to no reader of the caller's
			headReaders.Put(pooled)
		}()
		br = pooled
	}
	head, err := peekHead(br)
	if err != nil {
		return fileError(name, err)
	}
	detectName := name
	if isGzip(head) {
		zr, err := gunzipLimited(br)
		if err != nil {
			return fileError(name, err)
		}
		br = bufio.NewReaderSize(zr, headSize)
		if head, err = peekHead(br); err != nil {
			return fileError(name, err)
		}
		detectName = trimGzipExt(name)
	}
	for _, f := range formats() {
		if f.Detect(detectName, head) {
			out := openSink(name, opts.latest(), emit, onErr)
			err := f.Read(name, br, opts, out)
			if cerr := out.close(); cerr != nil && err == nil {
				err = cerr
			}
			if err != nil {
				return fileError(name, err)
			}
			return nil
		}
	}
	return fmt.Errorf("%s: unrecognised format", name)
}

// headReaders recycles the buffered readers Parse peeks through: one per
// file, 4 KB each, and an import parses thousands of files a second. A
// reader is only used within the Parse call that took it (the format
// readers return when they are done with it).
var headReaders = sync.Pool{New: func() any { return bufio.NewReaderSize(nil, headSize) }}

// ParseBytes parses a whole file held in memory and returns its articles.
func ParseBytes(name string, data []byte, opts Options) ([]*content.Article, error) {
	var out []*content.Article
	err := Parse(name, bytes.NewReader(data), opts, func(a *content.Article) error {
		out = append(out, a)
		return nil
	}, nil)
	return out, err
}

// fileError prefixes err with the file name unless it already names it.
func fileError(name string, err error) error {
	var pe *os.PathError
	if errors.As(err, &pe) {
		return fmt.Errorf("%s: %w", name, pe.Err)
	}
	var re *RecordError
	if errors.As(err, &re) {
		return err
	}
	if bytes.HasPrefix([]byte(err.Error()), []byte(name+":")) {
		return err
	}
	return fmt.Errorf("%s: %w", name, err)
}

// hashOf is the hex SHA-256 of b, for Article.Hash.
func hashOf(b []byte) string {
	s := sha256.Sum256(b)
	return hex.EncodeToString(s[:])
}

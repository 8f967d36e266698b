package formats

import (
	"bufio"
	"bytes"
	"compress/gzip"
	"errors"
	"fmt"
	"io"
	"strings"
)

// Limits against decompression bombs and oversized input. They are part of
// the package's documented behaviour (see the package README notes in
// content/testdata/formats/README.md and the report of issue 6).
const (
	// MaxGzipRatio is the largest ratio of decompressed to compressed bytes
	// a gzip file may reach once past GzipRatioSlack decompressed bytes.
	// Real text, HTML and WARC data compress 3-20:1; a bomb of repeated
	// bytes reaches about 1000:1, so it is stopped after reading only
	// GzipRatioSlack bytes plus a few kilobytes per compressed kilobyte.
	MaxGzipRatio = 200
	// GzipRatioSlack is how many decompressed bytes are always allowed
	// before the ratio test applies, so that small, very repetitive files
	// (a feed of identical items) still open.
	GzipRatioSlack = 8 << 20
	// MaxDocumentSize bounds a single-document file (an HTML page, a JSON
	// dump that is not line-delimited, a feed, a Markdown note) after
	// decompression; such files are read whole into memory.
	MaxDocumentSize = 64 << 20
)

// ErrDecompressionLimit is returned (wrapped) when a gzip file expands
// beyond MaxGzipRatio times its compressed size.
var ErrDecompressionLimit = errors.New("gzip data expands too much (possible decompression bomb)")

// ErrTooLarge is returned (wrapped) when a file or record is larger than the
// limit for its format.
var ErrTooLarge = errors.New("too large")

// isGzip reports whether head starts with the gzip magic bytes.
func isGzip(head []byte) bool {
	return len(head) >= 2 && head[0] == 0x1f && head[1] == 0x8b
}

// gunzipLimited returns a reader of the decompressed content of the gzip
// stream in r (concatenated members are read one after the other, as in
// .warc.gz files), which fails with ErrDecompressionLimit once the output
// outgrows the compressed input by more than MaxGzipRatio.
func gunzipLimited(r io.Reader) (io.Reader, error) {
	counted := &gzipCountingReader{r: r}
	zr, err := gzip.NewReader(counted)
	if err != nil {
		return nil, fmt.Errorf("bad gzip data: %w", err)
	}
	return &ratioLimitedReader{zr: zr, in: counted}, nil
}

// gzipCountingReader counts the bytes read through it.
type gzipCountingReader struct {
	r io.Reader
	n int64
}

func (c *gzipCountingReader) Read(p []byte) (int, error) {
	n, err := c.r.Read(p)
	c.n += int64(n)
	return n, err
}

// ratioLimitedReader enforces MaxGzipRatio on a gzip reader.
type ratioLimitedReader struct {
	zr  *gzip.Reader
	in  *gzipCountingReader
	out int64
	err error
}

func (l *ratioLimitedReader) Read(p []byte) (int, error) {
	if l.err != nil {
		return 0, l.err
	}
	n, err := l.zr.Read(p)
	l.out += int64(n)
	if l.out > GzipRatioSlack && l.out > MaxGzipRatio*l.in.n {
		l.err = fmt.Errorf("%w: %d bytes from %d compressed", ErrDecompressionLimit, l.out, l.in.n)
		return 0, l.err
	}
	if err != nil && !errors.Is(err, io.EOF) {
		err = fmt.Errorf("bad gzip data: %w", err)
	}
	return n, err
}

// trimGzipExt removes a trailing ".gz" so that detection by extension sees
// the name of the compressed file ("page.html.gz" is an HTML page).
func trimGzipExt(name string) string {
	if strings.HasSuffix(strings.ToLower(name), ".gz") {
		return name[:len(name)-3]
	}
	return name
}

// readAllLimited reads r whole, refusing more than limit bytes.
func readAllLimited(r io.Reader, limit int64, what string) ([]byte, error) {
	var buf bytes.Buffer
	n, err := buf.ReadFrom(io.LimitReader(r, limit+1))
	if err != nil {
		return nil, err
	}
	if n > limit {
		return nil, fmt.Errorf("%s %w (over %d MiB)", what, ErrTooLarge, limit>>20)
	}
	return buf.Bytes(), nil
}

// peekHead returns up to headSize leading bytes of br without consuming
// them.
func peekHead(br *bufio.Reader) ([]byte, error) {
	head, err := br.Peek(headSize)
	if err != nil && !errors.Is(err, io.EOF) && !errors.Is(err, bufio.ErrBufferFull) {
		return head, err
	}
	return head, nil
}

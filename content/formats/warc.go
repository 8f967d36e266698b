package formats

import (
	"bufio"
	"bytes"
	"compress/flate"
	"errors"
	"fmt"
	"io"
	"mime"
	"net/http"
	"net/http/httputil"
	"path/filepath"
	"strconv"
	"strings"
	"time"

	"github.com/nlnwa/gowarc/v3"

	"github.com/newsreader/newsreader/content"
)

// Limits of the WARC reader, which streams: only one record is held at a
// time, so memory stays bounded whatever the size of the file.
const (
	// MaxWARCRecord bounds the content block of one WARC record. A larger
	// record is skipped unread (with a RecordError), before the WARC
	// library buffers it.
	MaxWARCRecord = 32 << 20
	// maxWARCHeader bounds the header of one record when looking for its
	// Content-Length.
	maxWARCHeader = 64 << 10
	// warcBufferMem is how much of a record's block the WARC library keeps
	// in memory before spilling to a temporary file.
	warcBufferMem = 4 << 20
)

// warcFormat reads WARC web archives (and .warc.gz, decompressed by
// Parse): every HTML response record (and HTML resource record) becomes
// an article, keyed and addressed by its WARC-Target-URI; the capture date
// (WARC-Date) stands in for the publication date when the page has none.
// An article's Hash is that of the page as served (the decoded HTTP
// payload), so that the same page captured twice deduplicates. Records
// are streamed one at a time; pages are extracted on all cores and
// delivered in the file's order (see extractPipeline).
var warcFormat = format{
	Name:   "warc",
	Detect: detectWARC,
	Read:   readWARC,
}

// detectWARC recognises the "WARC/1.x" version line opening a record.
func detectWARC(name string, head []byte) bool {
	h := trimLeadingSpace(head)
	if bytes.HasPrefix(h, []byte("WARC/1.")) || bytes.HasPrefix(h, []byte("WARC/0.")) {
		return true
	}
	return strings.EqualFold(filepath.Ext(name), ".warc") && bytes.HasPrefix(h, []byte("WARC/"))
}

// warcReader walks the records of one WARC stream; the pages it finds are
// extracted by an extractPipeline.
type warcReader struct {
	name string
	in   *gzipCountingReader
	br   *bufio.Reader
	u    gowarc.Unmarshaler
	bp   BoilerplateSet
	n    int // records seen, for messages
	out  *sink
	// extract reads a page (readHTML, or a stand-in when measuring the
	// streaming alone).
	extract func([]byte, HTMLPage) (*content.Article, error)
}

func readWARC(name string, r io.Reader, opts Options, out *sink) error {
	return streamWARCRecords(name, r, opts.Boilerplate, readHTML, out)
}

// streamWARCRecords reads a WARC stream, extracting each HTML page with
// extract (readHTML, or a stand-in when measuring the streaming alone) on
// out's cores.
func streamWARCRecords(name string, r io.Reader, bp BoilerplateSet, extract func([]byte, HTMLPage) (*content.Article, error), out *sink) error {
	in := &gzipCountingReader{r: r}
	w := &warcReader{
		name:    name,
		in:      in,
		br:      bufio.NewReaderSize(in, maxWARCHeader),
		bp:      bp,
		u:       newWARCUnmarshaler(),
		out:     out,
		extract: extract,
	}
	return w.run()
}

// newWARCUnmarshaler reads records leniently: damage is reported, and the
// reading goes on.
func newWARCUnmarshaler() gowarc.Unmarshaler {
	return gowarc.NewUnmarshaler(
		gowarc.WithSpecViolationPolicy(gowarc.ErrWarn),
		gowarc.WithSyntaxErrorPolicy(gowarc.ErrWarn),
		gowarc.WithBufferMaxMemBytes(warcBufferMem),
	)
}

// offset is the position of the next unread byte in the stream.
func (w *warcReader) offset() int64 { return w.in.n - int64(w.br.Buffered()) }

func (w *warcReader) run() error {
	for {
		start := w.offset()
		if _, err := w.br.Peek(1); err != nil {
			if errors.Is(err, io.EOF) {
				return nil
			}
			return err
		}
		w.n++
		skipped, err := w.skipOversized()
		if err != nil {
			return err
		}
		if skipped {
			continue
		}
		rec, _, validation, err := w.u.Unmarshal(w.br)
		if err != nil {
			if errors.Is(err, io.EOF) || errors.Is(err, gowarc.ErrNoRecord) {
				if errors.Is(err, gowarc.ErrNoRecord) {
					return w.recordError(strconv.FormatInt(start, 10), errors.New("trailing bytes without a WARC record"))
				}
				return nil
			}
			if errors.Is(err, ErrDecompressionLimit) {
				return err
			}
			if err := w.recordError("at byte "+strconv.FormatInt(start, 10), err); err != nil {
				return err
			}
			if w.offset() == start {
				// Make progress: the next call searches for the next
				// record's "WARC/" line from here.
				if _, err := w.br.Discard(1); err != nil {
					return nil
				}
			}
			continue
		}
		if problems := recordProblems(validation); problems != nil {
			if err := w.recordError(firstNonBlank(strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>"), "at byte "+strconv.FormatInt(start, 10)), problems); err != nil {
				rec.Close()
				return err
			}
		}
		err = w.record(rec)
		rec.Close()
		if err != nil {
			return err
		}
	}
}

// recordProblems keeps, of the WARC library's findings on a record, the
// syntax errors and header violations (a record that is readable but
// damaged); nil when there are none.
func recordProblems(validation []error) error {
	var keep []error
	for _, v := range validation {
		var se *gowarc.SyntaxError
		var he *gowarc.HeaderFieldError
		if errors.As(v, &se) || errors.As(v, &he) {
			keep = append(keep, v)
		}
	}
	return errors.Join(keep...)
}

// skipOversized reads the next record's Content-Length from its header
// and skips the record without buffering it when it is over MaxWARCRecord.
// Bytes before the next "WARC/" line (the rest of a damaged record) are
// skipped first and reported.
func (w *warcReader) skipOversized() (bool, error) {
	head, _ := w.br.Peek(maxWARCHeader)
	if !bytes.HasPrefix(head, []byte("WARC/")) {
		at := w.offset()
		i := bytes.Index(head, []byte("\nWARC/"))
		if i < 0 {
			return false, nil // far from any record: the library scans on
		}
		if _, err := w.br.Discard(i + 1); err != nil {
			return false, err
		}
		if len(bytes.TrimSpace(head[:i])) > 0 {
			w.recordError("at byte "+strconv.FormatInt(at, 10), fmt.Errorf("%d bytes outside any record", i+1))
		}
		head, _ = w.br.Peek(maxWARCHeader)
	}
	end := bytes.Index(head, []byte("\r\n\r\n"))
	sep := 4
	if end < 0 {
		end, sep = bytes.Index(head, []byte("\n\n")), 2
	}
	if end < 0 || !bytes.HasPrefix(head, []byte("WARC/")) {
		return false, nil
	}
	length, target := int64(-1), ""
	for _, line := range strings.Split(string(head[:end]), "\n") {
		k, v, ok := strings.Cut(line, ":")
		if !ok {
			continue
		}
		switch strings.ToLower(strings.TrimSpace(k)) {
		case "content-length":
			length, _ = strconv.ParseInt(strings.TrimSpace(v), 10, 64)
		case "warc-target-uri":
			target = strings.Trim(strings.TrimSpace(v), "<>")
		}
	}
	if length <= MaxWARCRecord {
		return false, nil
	}
	w.recordError(firstNonBlank(target, "record "+strconv.Itoa(w.n)),
		fmt.Errorf("record %w: %d bytes (limit %d MiB)", ErrTooLarge, length, MaxWARCRecord>>20))
	if _, err := w.br.Discard(end + sep); err != nil {
		return true, nil
	}
	if _, err := io.CopyN(io.Discard, w.br, length); err != nil {
		if errors.Is(err, io.EOF) {
			return true, nil
		}
		return true, err
	}
	return true, nil
}

// recordError queues a RecordError for delivery in the records' order; it
// returns emit's error if delivery has stopped.
func (w *warcReader) recordError(record string, err error) error {
	return w.out.fail(&RecordError{File: w.name, Record: record, Err: err})
}

// record turns one WARC record into an article when it is an HTML page;
// other records (requests, metadata, images, redirects...) are passed over
// silently.
func (w *warcReader) record(rec gowarc.WarcRecord) error {
	target := strings.Trim(rec.WarcHeader().Get(gowarc.WarcTargetURI), "<>")
	key := firstNonBlank(target, "record "+strconv.Itoa(w.n))
	var (
		payload     io.Reader
		contentType string
		encoding    string
	)
	switch rec.Type() {
	case gowarc.Response:
		hb, ok := rec.Block().(gowarc.HttpResponseBlock)
		if !ok {
			return nil // a response of another protocol (dns:, ftp:)
		}
		if code := hb.HttpStatusCode(); code < 200 || code > 299 {
			return nil
		}
		h := hb.HttpHeader()
		if h == nil {
			return nil
		}
		contentType = h.Get("Content-Type")
		encoding = strings.ToLower(strings.TrimSpace(h.Get("Content-Encoding")))
		r, err := hb.PayloadBytes()
		if err != nil {
			return w.recordError(key, err)
		}
		payload = r
	case gowarc.Resource:
		contentType = rec.WarcHeader().Get(gowarc.ContentType)
		r, err := rec.Block().RawBytes()
		if err != nil {
			return w.recordError(key, err)
		}
		payload = r
	default:
		return nil
	}
	if contentType != "" && !isHTMLType(contentType) {
		return nil
	}
	body, err := decodePayload(payload, encoding)
	if err != nil {
		return w.recordError(key, err)
	}
	if contentType == "" && !isHTMLType(http.DetectContentType(body)) {
		return nil // a response without a type is read only if it sniffs as HTML
	}
	page := HTMLPage{URL: target, ContentType: contentType, Boilerplate: w.bp}
	if t, err := rec.Date(); err == nil && !t.IsZero() {
		page.Fetched = t.UTC().Format(time.RFC3339)
	}
	return w.out.put(w.pageDraft(body, page, key, target))
}

// pageDraft is the draft of one page: extracted later on one of the
// driver's cores, then marked as the WARC record it came from (its
// address standing in for a page that names none).
func (w *warcReader) pageDraft(body []byte, page HTMLPage, key, target string) draft {
	extract := w.extract
	build := func() (*content.Article, error) { return extract(body, page) }
	after := func(a *content.Article) {
		a.Format = "warc"
		a.Key = key
		if a.URL == "" {
			a.URL = target
		}
	}
	return draft{build: build, key: key, after: after}
}

// isHTMLType reports whether a Content-Type names an HTML page.
func isHTMLType(ct string) bool {
	mt, _, err := mime.ParseMediaType(ct)
	if err != nil {
		mt = strings.ToLower(strings.TrimSpace(strings.Split(ct, ";")[0]))
	}
	return mt == "text/html" || mt == "application/xhtml+xml"
}

// decodePayload undoes the HTTP transfer and content codings a crawler
// stored as received (chunked, gzip, deflate), within MaxWARCRecord.
// Chunking is recognised from the body itself: the HTTP header parser drops
// Transfer-Encoding, and some crawlers store bodies de-chunked anyway.
func decodePayload(r io.Reader, encoding string) ([]byte, error) {
	raw, err := readAllLimited(r, MaxWARCRecord, "page")
	if err != nil {
		return nil, err
	}
	if looksChunked(raw) {
		if dechunked, err := readAllLimited(httputil.NewChunkedReader(bytes.NewReader(raw)), MaxWARCRecord, "page"); err == nil {
			raw = dechunked
		}
	}
	r = bytes.NewReader(raw)
	if (encoding == "" || encoding == "identity") && isGzip(raw) {
		encoding = "gzip" // stored compressed without its Content-Encoding
	}
	switch encoding {
	case "", "identity", "none":
	case "gzip", "x-gzip":
		zr, err := gunzipLimited(r)
		if err != nil {
			return nil, err
		}
		r = zr
	case "deflate":
		r = flate.NewReader(r)
	default:
		return nil, fmt.Errorf("unsupported content encoding %q", encoding)
	}
	return readAllLimited(r, MaxWARCRecord, "page")
}

// looksChunked reports whether b starts with a hexadecimal chunk size line.
func looksChunked(b []byte) bool {
	i := 0
	for i < len(b) && i < 16 && strings.IndexByte("0123456789abcdefABCDEF", b[i]) >= 0 {
		i++
	}
	return i > 0 && i < len(b) && (b[i] == '\r' || b[i] == ';')
}

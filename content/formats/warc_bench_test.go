package formats

import (
	"bytes"
	"io"
	"os"
	"path/filepath"
	"runtime"
	"sync/atomic"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content"
)

// cyclingReader yields its records over and over until limit bytes have
// been read, so that a WARC of any size streams without being held in
// memory.
type cyclingReader struct {
	records [][]byte
	limit   int64
	read    int64
	rec     int
	off     int
}

func (c *cyclingReader) Read(p []byte) (int, error) {
	if c.read >= c.limit {
		return 0, io.EOF
	}
	n := 0
	for n < len(p) && c.read < c.limit {
		r := c.records[c.rec]
		k := copy(p[n:], r[c.off:])
		n += k
		c.off += k
		c.read += int64(k)
		if c.off == len(r) {
			c.rec, c.off = (c.rec+1)%len(c.records), 0
		}
	}
	return n, nil
}

// crawlMix is one round of a crawl as a browser-like crawler stores it:
// the page request and response (the VOA sample), then the page's images,
// a script and a metadata record. One round is 1.3 MB, 0.9% of it HTML.
func crawlMix(tb testing.TB) [][]byte {
	page, err := os.ReadFile(filepath.Join(formatsDir, "voa-japan-russia-summit.html"))
	if err != nil {
		tb.Fatal(err)
	}
	date := "2016-12-17T08:01:12Z"
	recs := [][]byte{
		warcRecord("request", voaURL, date, "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\nHost: www.voanews.com\r\n\r\n")),
		htmlResponseRecord(voaURL, date, page),
	}
	img := bytes.Repeat([]byte{0xff, 0xd8, 0x10, 0x42, 0x7e, 0x01, 0x99, 0x00}, 200<<10/8)
	for i := 0; i < 6; i++ {
		recs = append(recs, warcRecord("response", "https://gdb.voanews.com/img.jpg", date, "application/http;msgtype=response", httpResponse("200 OK", "image/jpeg", img)))
	}
	js := bytes.Repeat([]byte("function f(a){return a+1}\n"), 4000)
	recs = append(recs,
		warcRecord("response", "https://www.voanews.com/app.js", date, "application/http;msgtype=response", httpResponse("200 OK", "application/javascript", js)),
		warcRecord("metadata", voaURL, date, "application/warc-fields", []byte("via: https://www.voanews.com/\r\n")))
	return recs
}

// pagesOnly is one round of a text-only crawl: a request and an HTML
// response, as in Common Crawl's WARC files.
func pagesOnly(tb testing.TB) [][]byte {
	mix := crawlMix(tb)
	return mix[:2]
}

// peakHeap samples the heap in use until stop is closed.
func peakHeap(stop <-chan struct{}, peak *atomic.Uint64) {
	var ms runtime.MemStats
	t := time.NewTicker(5 * time.Millisecond)
	defer t.Stop()
	for {
		runtime.ReadMemStats(&ms)
		if ms.HeapInuse > peak.Load() {
			peak.Store(ms.HeapInuse)
		}
		select {
		case <-stop:
			return
		case <-t.C:
		}
	}
}

// streamWARC reads a generated WARC of size bytes; extract chooses the
// real HTML extraction or a stand-in, to measure the record streaming
// (WARC parsing, HTTP payload decoding) alone.
func streamWARC(b *testing.B, recs [][]byte, size int64, extract bool) {
	b.ReportAllocs()
	b.SetBytes(size)
	runtime.GC()
	var base runtime.MemStats
	runtime.ReadMemStats(&base)
	var peak atomic.Uint64
	stop := make(chan struct{})
	go peakHeap(stop, &peak)
	pages := 0
	page := readHTML
	if !extract {
		page = func(body []byte, p HTMLPage) (*content.Article, error) { return &content.Article{Title: p.URL}, nil }
	}
	for b.Loop() {
		in := &cyclingReader{records: recs, limit: size}
		out := openSink("big.warc", time.Time{}, func(*content.Article) error { pages++; return nil }, func(e error) { b.Error(e) })
		err := streamWARCRecords("big.warc", in, nil, page, out)
		if cerr := out.close(); cerr != nil && err == nil {
			err = cerr
		}
		if err != nil {
			b.Fatal(err)
		}
	}
	close(stop)
	// The libraries' tables (date parsing, language profiles) are a fixed
	// part of the heap; the growth over it is what streaming costs.
	b.ReportMetric(float64(peak.Load())/(1<<20), "peak-heap-MB")
	b.ReportMetric((float64(peak.Load())-float64(base.HeapInuse))/(1<<20), "heap-growth-MB")
	b.ReportMetric(float64(pages)/b.Elapsed().Seconds(), "pages/s")
}

// BenchmarkWARCStream: record streaming throughput on a 1 GiB crawl
// (images, scripts and pages), extraction stubbed out; the heap must stay
// flat however large the file.
func BenchmarkWARCStream(b *testing.B) {
	streamWARC(b, crawlMix(b), 1<<30, false)
}

// BenchmarkWARCImport: the whole pipeline (streaming, HTML extraction,
// annotation) on a 64 MiB crawl of the same mix.
func BenchmarkWARCImport(b *testing.B) {
	streamWARC(b, crawlMix(b), 64<<20, true)
}

// BenchmarkWARCImportPagesOnly: the whole pipeline on a WARC of HTML pages
// only (16 MiB), where extraction sets the pace.
func BenchmarkWARCImportPagesOnly(b *testing.B) {
	streamWARC(b, pagesOnly(b), 16<<20, true)
}

package formats

import (
	"bytes"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content"
)

func FuzzWARC(f *testing.F) {
	addSamples(f, "crawl.warc")
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\nWARC/1.0\r\n"))
	f.Add(htmlResponseRecord("http://a/", "2020-01-01T00:00:00Z", []byte("<p>short</p>")))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "crawl.warc", data)
	})
}

// FuzzWARCStream fuzzes the record streaming alone (extraction stubbed),
// so that many more inputs are tried per second.
func FuzzWARCStream(f *testing.F) {
	addSamples(f, "crawl.warc")
	f.Fuzz(func(t *testing.T, data []byte) {
		stub := func(body []byte, p HTMLPage) (*content.Article, error) { return &content.Article{Title: p.URL}, nil }
		out := openSink("f.warc", time.Time{}, func(a *content.Article) error {
			if a.Format != "warc" {
				t.Errorf("format %q", a.Format)
			}
			return nil
		}, func(error) {})
		_ = streamWARCRecords("f.warc", bytes.NewReader(data), nil, stub, out)
		_ = out.close()
	})
}

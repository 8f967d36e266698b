package formats

import (
	"bytes"
	"fmt"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// FuzzWARC fuzzes the WARC reader with the extractor, seeded with small
// records (the crawl.warc sample is read whole by TestWARCSample); inputs
// past maxFuzzPage are passed over, as in FuzzHTML.
func FuzzWARC(f *testing.F) {
	for i, p := range fuzzPages[:2] {
		uri := fmt.Sprintf("http://example.org/%d", i)
		f.Add(append(warcRecord("request", uri, "2021-03-04T08:15:00Z", "application/http;msgtype=request", []byte("GET / HTTP/1.1\r\n\r\n")),
			htmlResponseRecord(uri, "2021-03-04T08:15:00Z", []byte(p))...))
	}
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\nWARC/1.0\r\n"))
	f.Add(htmlResponseRecord("http://a/", "2020-01-01T00:00:00Z", []byte("<p>short</p>")))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzPage {
			return
		}
		fuzzParse(t, "crawl.warc", data)
	})
}

// FuzzWARCStream fuzzes the record streaming alone (extraction stubbed),
// so that many more inputs are tried per second; seeded with small
// records as FuzzWARC.
func FuzzWARCStream(f *testing.F) {
	f.Add(htmlResponseRecord("http://a/", "2020-01-01T00:00:00Z", []byte("<p>short</p>")))
	f.Add(append(warcRecord("warcinfo", "", "2020-01-01T00:00:00Z", "application/warc-fields", []byte("software: x\r\n")),
		warcRecord("response", "http://a/img", "2020-01-01T00:00:00Z", "application/http;msgtype=response", httpResponse("200 OK", "image/png", []byte("\x89PNG")))...))
	f.Fuzz(func(t *testing.T, data []byte) {
		if len(data) > maxFuzzPage {
			return
		}
		stub := func(body []byte, p HTMLPage) (*content.Article, error) { return &content.Article{Title: p.URL}, nil }
		out := openSink("f.warc", func(a *content.Article) error {
			if a.Format != "warc" {
				t.Errorf("format %q", a.Format)
			}
			return nil
		}, func(error) {})
		_ = streamWARCRecords("f.warc", bytes.NewReader(data), nil, stub, out)
		_ = out.close()
	})
}

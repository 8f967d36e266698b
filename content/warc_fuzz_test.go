package content

import "testing"

func FuzzWARC(f *testing.F) {
	addSamples(f, "crawl.warc")
	f.Add([]byte("WARC/1.1\r\nWARC-Type: response\r\nContent-Length: 5\r\n\r\nHTTP/\r\n\r\nWARC/1.0\r\n"))
	f.Add(htmlResponseRecord("http://a/", "2020-01-01T00:00:00Z", []byte("<p>short</p>")))
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "crawl.warc", data)
	})
}

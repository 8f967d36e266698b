package formats

import "testing"

// FuzzGzip feeds compressed input of any format through detection.
func FuzzGzip(f *testing.F) {
	addSamples(f, "voa-japan-russia-summit.html.gz", "crawl.warc.gz")
	f.Add([]byte{0x1f, 0x8b, 0x08, 0x00})
	f.Fuzz(func(t *testing.T, data []byte) {
		fuzzParse(t, "file.gz", data)
	})
}

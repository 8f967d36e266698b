package content

import (
	"os"
	"path/filepath"
	"testing"
)

// BenchmarkParseHTML measures whole-page reading (charset, parsing,
// go-trafilatura extraction, metadata, blocks, annotation) in pages per
// second on one core.
func BenchmarkParseHTML(b *testing.B) {
	for _, name := range []string{"voa-japan-russia-summit.html", "wikinews-mecca-crane.html"} {
		data, err := os.ReadFile(filepath.Join(formatsDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			for b.Loop() {
				if _, err := ParseHTML(data, HTMLPage{}); err != nil {
					b.Fatal(err)
				}
			}
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
		})
	}
}

package formats

import (
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/internal/cputime"
)

// BenchmarkParseHTML measures whole-page reading (charset, parsing,
// go-trafilatura extraction, metadata, blocks, annotation) in pages per
// second on one core. Besides ns/op (wall time, which other processes on a
// shared machine inflate) it reports cpu-ns/op, the process's CPU time per
// page; run it with -cpu 1.
func BenchmarkParseHTML(b *testing.B) {
	for _, name := range []string{"voa-japan-russia-summit.html", "wikinews-mecca-crane.html"} {
		data, err := os.ReadFile(filepath.Join(formatsDir, name))
		if err != nil {
			b.Fatal(err)
		}
		b.Run(name, func(b *testing.B) {
			b.ReportAllocs()
			b.SetBytes(int64(len(data)))
			// One page first: the word lists and the extractors' tables
			// are built once per process, not per page.
			if _, err := ParseHTML(data, HTMLPage{}); err != nil {
				b.Fatal(err)
			}
			cpu0 := cputime.Process()
			for b.Loop() {
				if _, err := ParseHTML(data, HTMLPage{}); err != nil {
					b.Fatal(err)
				}
			}
			cpu := cputime.Process() - cpu0
			b.ReportMetric(float64(b.N)/b.Elapsed().Seconds(), "pages/s")
			b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
			b.ReportMetric(float64(b.N)/cpu.Seconds(), "cpu-pages/s")
		})
	}
}

package formats

import (
	"os"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/internal/cputime"
)

func readSample(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

// reportArticleRate reports articles/s from the process's CPU time since
// cpu0 (wall time on a shared machine counts other processes' work too)
// and that CPU time per article; run with -cpu 1.
func reportArticleRate(b *testing.B, cpu0 time.Duration) {
	cpu := cputime.Process() - cpu0
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/s")
		b.ReportMetric(float64(cpu.Nanoseconds())/float64(b.N), "cpu-ns/op")
	}
}

// BenchmarkParseSample measures the whole plain-text pipeline on the sample,
// finish() and its Annotate step included. Target: 5,000 articles/s on one
// core (-cpu 1).
func BenchmarkParseSample(b *testing.B) {
	data := readSample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	cpu0 := cputime.Process()
	for b.Loop() {
		if _, err := parseText(samplePath, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportArticleRate(b, cpu0)
}

// BenchmarkParseSampleStructure measures the plain-text pipeline's own part:
// decoding, sanitising and structure, without Annotate.
func BenchmarkParseSampleStructure(b *testing.B) {
	data := readSample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	cpu0 := cputime.Process()
	for b.Loop() {
		text, err := decodeText(data)
		if err != nil {
			b.Fatal(err)
		}
		a := &content.Article{Format: "text", Hash: hashOf(data)}
		buildText(a, splitUnits(content.Sanitize(text)), Options{})
		content.Clean(a)
		a.Text = a.BodyText()
	}
	reportArticleRate(b, cpu0)
}

// BenchmarkMarkdownSample measures turning the parsed sample into Markdown.
func BenchmarkMarkdownSample(b *testing.B) {
	a, err := parseText(samplePath, readSample(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		_ = a.Markdown()
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

// BenchmarkSplitArticlesSample measures the multi-article check every
// plain-text file goes through before it is read (splitArticles) on the
// sample, a single article: the check's cost on the common case.
func BenchmarkSplitArticlesSample(b *testing.B) {
	text, err := decodeText(readSample(b))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu0 := cputime.Process()
	for b.Loop() {
		if parts := splitArticles(text); parts != nil {
			b.Fatalf("the sample split into %d parts", len(parts))
		}
	}
	reportArticleRate(b, cpu0)
}

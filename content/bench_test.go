package content

import (
	"os"
	"testing"
)

func readSample(b *testing.B) []byte {
	b.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		b.Fatal(err)
	}
	return data
}

func reportArticleRate(b *testing.B) {
	if s := b.Elapsed().Seconds(); s > 0 {
		b.ReportMetric(float64(b.N)/s, "articles/s")
	}
}

// BenchmarkParseSample measures the whole plain-text pipeline on the sample,
// finish() and its Annotate step included. Target: 5,000 articles/s on one
// core (-cpu 1).
func BenchmarkParseSample(b *testing.B) {
	data := readSample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		if _, err := ParseText(samplePath, data, Options{}); err != nil {
			b.Fatal(err)
		}
	}
	reportArticleRate(b)
}

// BenchmarkParseSampleStructure measures the plain-text pipeline's own part:
// decoding, sanitising and structure, without Annotate.
func BenchmarkParseSampleStructure(b *testing.B) {
	data := readSample(b)
	b.ReportAllocs()
	b.SetBytes(int64(len(data)))
	for b.Loop() {
		text, err := decodeText(data)
		if err != nil {
			b.Fatal(err)
		}
		a := &Article{Format: "text", Hash: hashOf(data)}
		buildText(a, splitUnits(Sanitize(text)), Options{})
		sanitizeArticle(a)
		a.Text = a.BodyText()
	}
	reportArticleRate(b)
}

// BenchmarkMarkdownSample measures turning the parsed sample into Markdown.
func BenchmarkMarkdownSample(b *testing.B) {
	a, err := ParseText(samplePath, readSample(b), Options{})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	for b.Loop() {
		_ = a.Markdown()
	}
}

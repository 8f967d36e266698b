package formats_test

// This benchmark lives in the external test package because the synthetic
// article generator (tools/synth/gen) imports package content: an internal
// test importing it would be an import cycle.

import (
	"fmt"
	"testing"

	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/internal/cputime"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// synthArticles is how many distinct generated pages the benchmark
// cycles through: enough that no one article's quirks dominate.
const synthArticles = 200

// BenchmarkParseSynthetic measures what the archive import does with each
// scraped plain-text page: format detection, decoding, structure, people
// and quotations (formats.ParseBytes), on generated articles of ~4 KB
// rendered as a scraper saves them (gen.Article.Text, the same files the
// store's import benchmarks write). One op is one article; run with -cpu 1
// and read cpu-ns/op, as wall time on a shared machine counts others' work.
func BenchmarkParseSynthetic(b *testing.B) {
	g := gen.New(42)
	pages := make([][]byte, synthArticles)
	names := make([]string, synthArticles)
	size := 0
	for i := range pages {
		pages[i] = g.Next().Text()
		names[i] = fmt.Sprintf("synth/%06d.txt", i)
		size += len(pages[i])
	}
	// Warm up: the word lists behind people detection are built once per
	// process, on the first parse, and are no part of an article's cost.
	if _, err := formats.ParseBytes(names[0], pages[0], formats.Options{}); err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	b.SetBytes(int64(size / len(pages)))
	cpu0 := cputime.Process()
	i := 0
	for b.Loop() {
		name := names[i%len(pages)]
		arts, err := formats.ParseBytes(name, pages[i%len(pages)], formats.Options{})
		if err != nil || len(arts) != 1 {
			b.Fatalf("%s: %d articles, %v", name, len(arts), err)
		}
		i++
	}
	cpu := cputime.Process() - cpu0
	if cpu > 0 {
		b.ReportMetric(float64(b.N)/cpu.Seconds(), "articles/s")
	}
	cputime.Report(b, cpu0)
}

package annotate

import (
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/internal/cputime"
)

// BenchmarkAnnotateSample measures quotations, speakers and people for
// the sample article. Besides ns/op (wall time, which other processes on
// a shared machine inflate) it reports cpu-ns/op, the process's CPU time
// per article; run it with -cpu 1.
func BenchmarkAnnotateSample(b *testing.B) {
	a, _ := voaArticle(b)
	sharedLexicons() // built once per process, not per article
	blocks := a.Blocks
	b.ReportAllocs()
	b.ResetTimer()
	cpu0 := cputime.Process()
	for b.Loop() {
		art := content.Article{Blocks: blocks}
		Article(&art)
		if len(art.People) != 4 {
			b.Fatalf("found %d people, want 4", len(art.People))
		}
	}
	b.ReportMetric(float64(cputime.Process()-cpu0)/float64(b.N), "cpu-ns/op")
}

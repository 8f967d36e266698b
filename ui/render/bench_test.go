package render

import (
	"charm.land/glamour/v2"
	"testing"

	"github.com/newsreader/newsreader/internal/cputime"
)

// BenchmarkRenderSample renders the sample article at width 100 with the
// dark style through a reused Renderer, as the UI does on a cache miss.
func BenchmarkRenderSample(b *testing.B) {
	a := sampleArticle(b)
	r, err := New(Options{Width: 100, Dark: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	var out string
	cpu := cputime.Process()
	for b.Loop() {
		out, err = r.Article(a)
		if err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu)
	b.ReportMetric(float64(len(out)), "bytes/render")
}

// BenchmarkRenderEdited renders the hand-edited sample (every kind of
// block: captions, subheads, quotations, the credit) at width 100, dark.
func BenchmarkRenderEdited(b *testing.B) {
	a := editedSample(b)
	r, err := New(Options{Width: 100, Dark: true})
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		if _, err := r.Article(a); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu)
}

// BenchmarkFirstRender is a render through a new Renderer, as
// render.Article does: the Glamour renderers the article needs are built,
// then it is rendered.
func BenchmarkFirstRender(b *testing.B) {
	a := sampleArticle(b)
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		if _, err := Article(a, Options{Width: 100, Dark: true}); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu)
}

// BenchmarkGlamourWhole is the baseline: the sample's Markdown rendered in
// one call with Glamour's own dark style.
func BenchmarkGlamourWhole(b *testing.B) {
	a := sampleArticle(b)
	md := a.Markdown()
	tr, err := glamour.NewTermRenderer(glamour.WithStandardStyle("dark"), glamour.WithWordWrap(100))
	if err != nil {
		b.Fatal(err)
	}
	b.ReportAllocs()
	cpu := cputime.Process()
	for b.Loop() {
		if _, err := tr.Render(md); err != nil {
			b.Fatal(err)
		}
	}
	cputime.Report(b, cpu)
}

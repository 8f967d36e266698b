package reader

import (
	"context"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/ui/render"
)

// TestFirstPieceFillsThePane: a long article of normal size (24 KB) is
// shown as soon as the pane's worth of it is rendered, not after all of
// it: the first piece fills the pane and no more than a few times over,
// the rest follows, and together they are the whole rendering.
func TestFirstPieceFillsThePane(t *testing.T) {
	a := hugeArticle(24 << 10)
	m := New(context.Background(), oneArticle{a: a}, NewCache(4), DefaultStyles(true))
	m.SetSize(60, 20)
	load := m.Open(1, Highlight{})
	m, rendering := m.Update(load())
	m, rest := m.Update(rendering())
	if m.Loading() || rest == nil || !strings.Contains(m.Status(), "rendering") {
		t.Fatalf("first piece: loading %v, more to come %v, status %q; want the article shown and the rest on its way",
			m.Loading(), rest != nil, m.Status())
	}
	first := m.TotalLines()
	view := ansi.Strip(m.View())
	if !strings.Contains(view, "Minutes of the council") || !strings.Contains(view, "Meeting 1.") {
		t.Errorf("the pane does not show the article's top:\n%s", view)
	}
	m = runAll(m, rest, nil)
	whole := m.TotalLines()
	if first < 20 || first*3 > whole {
		t.Errorf("first piece %d lines of %d: want the pane's 20 and far from all", first, whole)
	}
	r, err := render.New(render.Options{Width: m.wrapWidth(), Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	all, err := r.Article(cleanArticle(a))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Plain(), strings.TrimRight(ansi.Strip(all), "\n "); got != plainOf(want) {
		t.Errorf("the pieces differ from the whole rendering (%d vs %d bytes)", len(got), len(want))
	}
}

package render

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

func mustRender(t *testing.T, a *content.Article, opt Options) string {
	t.Helper()
	out, err := Article(a, opt)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestLinesFitTheWidth(t *testing.T) {
	for _, a := range []*content.Article{sampleArticle(t), editedSample(t), handArticle()} {
		for _, w := range []int{MinWidth, 41, 60, 80, 100, 140} {
			for _, dark := range []bool{true, false} {
				assertFits(t, mustRender(t, a, Options{Width: w, Dark: dark}), w)
			}
		}
	}
}

// assertFits checks that out's lines fit in w columns, end without blanks,
// and that the lines of each block (lines between blank lines) all have the
// same bar, or none: a bar never stops in the middle of a paragraph.
func assertFits(t *testing.T, out string, w int) {
	t.Helper()
	barOf := func(l string) string {
		for _, r := range strings.TrimSpace(l) {
			if strings.ContainsRune("┆│┃", r) {
				return string(r)
			}
			break
		}
		return ""
	}
	prev := ""
	for i, l := range strings.Split(ansi.Strip(out), "\n") {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("width %d: line %d is %d columns: %q", w, i, got, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("width %d: line %d ends in a blank: %q", w, i, l)
		}
		if l != "" && prev != "" && barOf(l) != barOf(prev) {
			t.Errorf("width %d: bar changes inside a block at line %d:\n%s\n%s", w, i, prev, l)
		}
		prev = l
	}
}

func TestNarrowWidthIsRaised(t *testing.T) {
	r, err := New(Options{Width: 3})
	if err != nil {
		t.Fatal(err)
	}
	if r.Options().Width != MinWidth {
		t.Errorf("width %d, want %d", r.Options().Width, MinWidth)
	}
	out, err := r.Article(handArticle())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(ansi.Strip(out), "\n") {
		if ansi.StringWidth(l) > MinWidth {
			t.Errorf("line wider than %d: %q", MinWidth, l)
		}
	}
}

func TestNilArticle(t *testing.T) {
	if _, err := Article(nil, Options{Width: 80}); err == nil {
		t.Error("no error for a nil article")
	}
}

func TestEmptyArticle(t *testing.T) {
	out := mustRender(t, &content.Article{}, Options{Width: 80})
	if out != "" {
		t.Errorf("empty article rendered as %q", out)
	}
}

// TestRendererIsSafeForConcurrentUse renders through one Renderer from
// several goroutines (run with -race) and checks every result is the same.
func TestRendererIsSafeForConcurrentUse(t *testing.T) {
	r, err := New(Options{Width: 70, Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	a := handArticle()
	want, err := r.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]string, 4)
	for i := range got {
		wg.Go(func() {
			got[i], _ = r.Article(a)
		})
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Errorf("goroutine %d got a different rendering", i)
		}
	}
}

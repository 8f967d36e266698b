package render

import (
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// streamed renders a through a Stream with pieces of budget bytes and
// joins the pieces as the reader does.
func streamed(t *testing.T, r *Renderer, a *content.Article, budget int) (string, int) {
	t.Helper()
	s, err := r.Stream(a)
	if err != nil {
		t.Fatal(err)
	}
	var parts []string
	pieces := 0
	for !s.Done() {
		out, err := s.Next(budget)
		if err != nil {
			t.Fatal(err)
		}
		pieces++
		if out != "" {
			parts = append(parts, out)
		}
	}
	return strings.Join(parts, "\n\n"), pieces
}

// TestStreamMatchesArticle: the pieces of a Stream, joined by a blank
// line, are Article's rendering, however small the pieces, for articles
// with every kind of block (lists, quotations with attributions, captions).
func TestStreamMatchesArticle(t *testing.T) {
	runs := handArticle()
	// Runs of each kind: the pieces may cut between any two blocks but
	// the items of a list.
	for _, typ := range []content.BlockType{content.BlockList, content.BlockCaption, content.BlockQuote, content.BlockParagraph, content.BlockHeading} {
		for i := range 3 {
			runs.Blocks = append(runs.Blocks, content.Block{Type: typ, Text: strings.Repeat("Words of block "+string(rune('a'+i))+" in a run. ", 5)})
		}
	}
	articles := map[string]*content.Article{"sample": sampleArticle(t), "edited": editedSample(t), "hand": handArticle(), "runs": runs}
	for name, a := range articles {
		for _, width := range []int{40, 100} {
			r, err := New(Options{Width: width, Dark: true})
			if err != nil {
				t.Fatal(err)
			}
			want, err := r.Article(a)
			if err != nil {
				t.Fatal(err)
			}
			for _, budget := range []int{1, 300, 2000, 1 << 30} {
				got, pieces := streamed(t, r, a, budget)
				if got != want {
					t.Fatalf("%s at %d, pieces of %d: %s", name, width, budget, firstDifference(got, want))
				}
				if budget == 1 && pieces < len(a.Blocks)/2 {
					t.Errorf("%s: %d pieces for %d blocks", name, pieces, len(a.Blocks))
				}
			}
		}
	}
}

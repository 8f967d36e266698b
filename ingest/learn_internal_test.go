package ingest

import (
	"math/rand/v2"
	"testing"
)

// Counting the short blocks of a source's articles keeps the lines that
// repeat and forgets, once the count is full, those seen once: a long
// import of one source does not grow it without end.
func TestLearnArticleForgetsLinesSeenOnce(t *testing.T) {
	st := &lineStats{groups: map[string]*lineGroup{}, learned: map[string]*lineGroup{}}
	const footer = uint64(1)
	for i := range 3 * maxSourceLines {
		st.learnArticle("example.org", []uint64{footer, uint64(i) + 2})
	}
	g := st.learned[sourceKey("example.org")]
	if n := len(g.newLines); n > maxSourceLines+1 {
		t.Errorf("%d lines counted, bound %d", n, maxSourceLines)
	}
	if g.newLines[footer] != 3*maxSourceLines || g.newFiles != 3*maxSourceLines {
		t.Errorf("the repeated line counted %d in %d files", g.newLines[footer], g.newFiles)
	}
}

// Short lines that recur a few times by chance (subheads and one-line
// paragraphs drawn from a limited stock, as in a large scraper dump) do
// not grow the count either, and the site's furniture, on a third of
// the articles, is still counted in full. Forgetting only the lines seen
// once let the count grow with the import.
func TestLearnArticleBoundedWhenLinesRecur(t *testing.T) {
	st := &lineStats{groups: map[string]*lineGroup{}, learned: map[string]*lineGroup{}}
	r := rand.New(rand.NewPCG(1, 2))
	const articles, stock = 300_000, 200_000
	footer := uint64(stock + 1)
	most := 0
	for i := range articles {
		// Three short lines from the stock: each recurs ~4-5 times.
		lines := []uint64{r.Uint64N(stock), r.Uint64N(stock), r.Uint64N(stock)}
		if i%3 == 0 {
			lines = append(lines, footer)
		}
		st.learnArticle("example.org", lines)
		most = max(most, len(st.learned[sourceKey("example.org")].newLines))
	}
	g := st.learned[sourceKey("example.org")]
	if most > maxSourceLines+4 {
		t.Errorf("the count held %d lines at most, bound %d", most, maxSourceLines)
	}
	if want := int32((articles + 2) / 3); g.newLines[footer] != want {
		t.Errorf("the footer counted %d times, want %d", g.newLines[footer], want)
	}
}

package ingest

import "testing"

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

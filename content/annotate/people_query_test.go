package annotate

import (
	"strings"
	"testing"
)

func TestQuotesByAndPersonAt(t *testing.T) {
	a, _ := voaArticle(t)
	Article(a)
	qs := a.QuotesBy("Grant Newsham")
	if len(qs) != 2 || !strings.HasPrefix(qs[0].Text, "There’s always") || !strings.HasPrefix(qs[1].Text, "I think") {
		t.Fatalf("QuotesBy(Grant Newsham) = %+v", qs)
	}
	if got := a.QuotesBy("Vladimir Putin"); len(got) != 0 {
		t.Errorf("Putin is quoted %d times, want 0", len(got))
	}
	for b, bl := range a.Blocks {
		if i := strings.Index(bl.Text, "Hosaka Yuji"); i >= 0 {
			p, ok := a.PersonAt(b, i+3)
			if !ok || a.People[p].Name != "Hosaka Yuji" {
				t.Errorf("PersonAt(%d, %d) = %d, %v", b, i+3, p, ok)
			}
			if _, ok := a.PersonAt(b, i+len("Hosaka Yuji")+2); ok {
				t.Errorf("PersonAt after the name found someone")
			}
			return
		}
	}
	t.Fatal("the sample does not name Hosaka Yuji")
}

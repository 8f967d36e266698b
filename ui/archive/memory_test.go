package archive

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
)

// testArticles parses the reader's test articles.
func testArticles(t *testing.T) []*content.Article {
	t.Helper()
	paths, _ := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	var out []*content.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		as, err := formats.ParseBytes(filepath.Base(p), data, formats.Options{})
		if err != nil {
			t.Fatal(err)
		}
		out = append(out, as...)
	}
	if len(out) != 7 {
		t.Fatalf("%d test articles, want 7", len(out))
	}
	return out
}

func TestMemoryListSortAndFilter(t *testing.T) {
	m := NewMemory(testArticles(t))
	ctx := context.Background()
	for _, s := range []Sort{SortDate, SortTitle, SortSource} {
		items, err := m.List(ctx, Query{Sort: s}, 0, 100)
		if err != nil || len(items) != 7 {
			t.Fatalf("%v: %d items, %v", s, len(items), err)
		}
		for i := 1; i < len(items); i++ {
			a, b := items[i-1], items[i]
			bad := false
			switch s {
			case SortDate:
				bad = a.Published < b.Published
			case SortTitle:
				bad = strings.ToLower(a.Title) > strings.ToLower(b.Title)
			case SortSource:
				bad = a.Source > b.Source
			}
			if bad {
				t.Errorf("%v: %q before %q", s, a.Title, b.Title)
			}
		}
	}
	page, _ := m.List(ctx, Query{}, 5, 10)
	if len(page) != 2 {
		t.Errorf("offset 5 of 7 gave %d items", len(page))
	}
	n, _ := m.Count(ctx, Query{Filter: "RUSSIA  summit"})
	if n != 1 {
		t.Errorf("filter matched %d", n)
	}
	if _, err := m.Article(ctx, 99); err == nil {
		t.Error("no error for a missing article")
	}
}

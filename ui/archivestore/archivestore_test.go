package archivestore

import (
	"context"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
)

// openStore imports the test articles into a new SQLite archive.
func openStore(t *testing.T) *Archive {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "archive.db"), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	paths, err := filepath.Glob(filepath.Join("..", "testdata", "articles", "*.txt"))
	if err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Import(context.Background(), s, paths, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 7 {
		t.Fatalf("imported %+v, want 7 articles", sum)
	}
	return New(s)
}

func TestStoreAdapter(t *testing.T) {
	ctx := context.Background()
	a := openStore(t)
	n, err := a.Count(ctx, Query{})
	if err != nil || n != 7 {
		t.Fatalf("Count = %d, %v; want 7", n, err)
	}
	// Pages read one after the other (keyset) give the same items as
	// one read by offset.
	all, err := a.List(ctx, Query{Sort: sortTitle}, 0, 7)
	if err != nil || len(all) != 7 {
		t.Fatalf("List = %d items, %v", len(all), err)
	}
	var paged []Item
	for off := 0; off < 7; off += 3 {
		page, err := a.List(ctx, Query{Sort: sortTitle}, off, 3)
		if err != nil {
			t.Fatal(err)
		}
		paged = append(paged, page...)
	}
	for i := range all {
		if all[i].ID != paged[i].ID {
			t.Fatalf("page item %d is %q, offset list has %q", i, paged[i].Title, all[i].Title)
		}
	}
	for i := 1; i < len(all); i++ {
		if strings.ToLower(all[i-1].Title) > strings.ToLower(all[i].Title) {
			t.Errorf("not in title order: %q before %q", all[i-1].Title, all[i].Title)
		}
	}

	// The filter matches title words, the last one as a prefix.
	n, err = a.Count(ctx, Query{Filter: "russia summ"})
	if err != nil || n != 1 {
		t.Fatalf("filter count = %d, %v; want 1", n, err)
	}
	items, _ := a.List(ctx, Query{Filter: "russia summ"}, 0, 10)
	if len(items) != 1 || !strings.HasPrefix(items[0].Title, "Japan, Russia Summit") {
		t.Fatalf("filter listed %+v", items)
	}

	if n, _ := a.Count(ctx, Query{Filter: " ? "}); n != 7 {
		t.Errorf("a filter without words kept %d articles, want all 7", n)
	}

	hits, err := a.Search(ctx, "Newsham", 10)
	if err != nil || len(hits) != 1 {
		t.Fatalf("Search = %+v, %v", hits, err)
	}
	h := hits[0]
	if len(h.Matches) == 0 || !strings.EqualFold(h.Snippet[h.Matches[0][0]:h.Matches[0][1]], "Newsham") {
		t.Errorf("snippet %q, matches %v", h.Snippet, h.Matches)
	}
	art, err := a.Article(ctx, h.ID)
	if err != nil || !strings.HasPrefix(art.Title, "Japan, Russia Summit") {
		t.Fatalf("Article = %v, %v", art, err)
	}
	if len(art.People) == 0 {
		t.Fatal("the stored sample has no people")
	}
	byPerson, err := a.PersonArticles(ctx, art.People[0].Name, 10)
	if err != nil || len(byPerson) != 1 || byPerson[0].ID != h.ID {
		t.Errorf("PersonArticles(%q) = %+v, %v", art.People[0].Name, byPerson, err)
	}
}

// A jump into the far half of the list (no cursor) reads from the end and
// gives the same items as the whole list.
func TestJumpToTheEndReadsFromTheEnd(t *testing.T) {
	ctx := context.Background()
	for _, sort := range []Sort{archive.SortDate, sortTitle, sortSource} {
		a := openStore(t)
		all, err := a.List(ctx, Query{Sort: sort}, 0, 7)
		if err != nil || len(all) != 7 {
			t.Fatalf("List = %d items, %v", len(all), err)
		}
		for _, c := range []struct{ offset, limit int }{{5, 2}, {4, 10}, {6, 1}} {
			fresh := New(a.s) // the same archive, no cursors remembered
			page, err := fresh.List(ctx, Query{Sort: sort}, c.offset, c.limit)
			if err != nil {
				t.Fatal(err)
			}
			want := all[c.offset:min(7, c.offset+c.limit)]
			if len(page) != len(want) {
				t.Fatalf("%v: page at %d has %d items, want %d", sort, c.offset, len(page), len(want))
			}
			for i := range want {
				if page[i].ID != want[i].ID {
					t.Fatalf("%v: page at %d item %d is %q, want %q", sort, c.offset, i, page[i].Title, want[i].Title)
				}
			}
		}
	}
}

// The list filter's query finds what the query text the filter used to
// write finds: title:"word" for each word, title:word* for the last.
func TestTitleQueryIsTheTitleSearch(t *testing.T) {
	ctx := context.Background()
	a := openStore(t)
	for _, text := range []string{"rus", "japan summ", `"peace" trea`, "Kuril isl", "a:b* ja", "** x", "the"} {
		words := strings.Fields(strings.ReplaceAll(text, `"`, " "))
		parts := make([]string, len(words))
		for i, w := range words {
			parts[i] = `title:"` + w + `"`
			if i == len(words)-1 {
				parts[i] = "title:" + w + "*"
			}
		}
		want, werr := a.s.Search(ctx, strings.Join(parts, " "), filterLimit)
		got, gerr := a.s.SearchQuery(ctx, titleQuery(text), filterLimit)
		if werr != nil || gerr != nil || len(got) != len(want) {
			t.Fatalf("%q: %d hits (%v), want %d (%v)", text, len(got), gerr, len(want), werr)
		}
		for i := range got {
			if got[i].ID != want[i].ID || got[i].Score != want[i].Score {
				t.Errorf("%q: hit %d is %+v, want %+v", text, i, got[i].ListItem, want[i].ListItem)
			}
		}
	}
}

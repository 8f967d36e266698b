package pgstore_test

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"reflect"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/store"
)

// The conformance suite: the same files imported into the SQLite and the
// PostgreSQL archive must give the same summaries, lists, search
// matches, snippets, people and articles.

// imported opens both backends with the corpus imported into each.
func imported(t *testing.T, n int) ([]backend, string) {
	t.Helper()
	dir := corpus(t, n)
	bs := openBoth(t)
	var sums []string
	for _, b := range bs {
		sums = append(sums, fmt.Sprintf("%+v", mustImport(t, b.a, dir)))
	}
	if sums[0] != sums[1] {
		t.Fatalf("import summaries differ:\nsqlite   %s\npostgres %s", sums[0], sums[1])
	}
	return bs, dir
}

// same fails unless f gives equal answers on both backends, and returns
// the answer.
func same[T any](t *testing.T, bs []backend, what string, f func(a archivedb.Archive) (T, error)) T {
	t.Helper()
	var got []T
	for _, b := range bs {
		v, err := f(b.a)
		if err != nil {
			t.Fatalf("%s on %s: %v", what, b.name, err)
		}
		got = append(got, v)
	}
	if !reflect.DeepEqual(got[0], got[1]) {
		t.Errorf("%s differs:\nsqlite   %v\npostgres %v", what, got[0], got[1])
	}
	return got[0]
}

func TestConformanceImport(t *testing.T) {
	bs, dir := imported(t, 120)
	ctx := context.Background()
	n := same(t, bs, "count", func(a archivedb.Archive) (int, error) { return a.Count(ctx) })
	// 11 real + 120 generated + 6 site pages; the copy is a duplicate.
	if n != 137 {
		t.Errorf("count = %d, want 137", n)
	}
	// A second import changes nothing; a changed file is updated and a
	// shortened one keeps its article, in both.
	write(t, filepath.Join(dir, "site", "page-1.txt"), []byte("Home | World\n\nA new story of the day\n\nIt tells what changed in the town.\n"))
	if err := os.Remove(filepath.Join(dir, "site", "page-2.txt")); err != nil {
		t.Fatal(err)
	}
	same(t, bs, "re-import summary", func(a archivedb.Archive) (string, error) {
		return fmt.Sprintf("%+v", mustImport(t, a, dir)), nil
	})
	same(t, bs, "count after re-import", func(a archivedb.Archive) (int, error) { return a.Count(ctx) })
}

// listed is a list as comparable text (ids differ between backends:
// PostgreSQL's sequence skips the ids of duplicates). Articles are
// written in file order whatever the parse workers' timing, so both
// keep the same copy of a duplicate and list ties in the same order.
func listed(items []store.ListItem) []string {
	out := make([]string, len(items))
	for i, it := range items {
		out[i] = it.Published.String() + " | " + it.Source + " | " + it.Title + " | " + filepath.Base(it.Path)
	}
	return out
}

// tiesSorted is a list as listed gives it, with the runs of articles that
// the sort leaves tied (one day, or one source and day; one title) put in
// text order, so that lists of two archives compare whatever ids their
// imports gave.
func tiesSorted(items []store.ListItem, sort store.Sort) []string {
	out := listed(items)
	tie := func(i int) string {
		it := items[i]
		switch sort {
		case store.SortTitle:
			return strings.ToLower(it.Title)
		case store.SortSource:
			return strings.ToLower(it.Source) + "|" + it.Published.Day()
		}
		return it.Published.Day()
	}
	for i := 0; i < len(out); {
		j := i + 1
		for j < len(out) && tie(j) == tie(i) {
			j++
		}
		slices.Sort(out[i:j])
		i = j
	}
	return out
}

func TestConformanceList(t *testing.T) {
	bs, _ := imported(t, 80)
	ctx := context.Background()
	for _, sort := range []store.Sort{store.SortDate, store.SortTitle, store.SortSource} {
		// Articles of one day (and undated ones) follow their ids, which
		// each import hands out in the order its parse workers finish: the
		// two archives agree on the order up to such ties.
		whole := same(t, bs, "list by "+string(sort), func(a archivedb.Archive) ([]string, error) {
			items, err := a.List(ctx, store.ListQuery{Sort: sort, Limit: 1000})
			return tiesSorted(items, sort), err
		})
		if len(whole) != 97 {
			t.Fatalf("list by %s: %d items, want 97", sort, len(whole))
		}
		for _, b := range bs {
			own, err := b.a.List(ctx, store.ListQuery{Sort: sort, Limit: 1000})
			if err != nil {
				t.Fatal(err)
			}
			// Keyset pages of 7 and pages from the end give the whole list,
			// ties and all.
			var paged []string
			var after *store.ListItem
			for {
				page, err := b.a.List(ctx, store.ListQuery{Sort: sort, Limit: 7, After: after})
				if err != nil {
					t.Fatal(err)
				}
				if len(page) == 0 {
					break
				}
				paged = append(paged, listed(page)...)
				after = &page[len(page)-1]
			}
			if !slices.Equal(paged, listed(own)) {
				t.Errorf("%s: keyset pages by %s differ from the whole list:\n%q\n%q", b.name, sort, paged, listed(own))
			}
			tail, err := b.a.List(ctx, store.ListQuery{Sort: sort, Limit: 5, Offset: 3, FromEnd: true})
			if err != nil {
				t.Fatal(err)
			}
			if want := listed(own[len(own)-8 : len(own)-3]); !slices.Equal(listed(tail), want) {
				t.Errorf("%s: page from the end by %s = %v, want %v", b.name, sort, listed(tail), want)
			}
		}
	}
	src := same(t, bs, "list of one source", func(a archivedb.Archive) ([]string, error) {
		items, err := a.List(ctx, store.ListQuery{Source: "VOANEWS.COM", Limit: 100})
		return listed(items), err
	})
	_ = src
}

// hits is a search's matches as comparable text, in path order (the two
// backends rank with different formulas), with their snippets.
func hits(rs []store.Result) []string {
	out := make([]string, len(rs))
	for i, r := range rs {
		out[i] = fmt.Sprintf("%s | %s | %v", r.Title, r.Snippet, r.Highlights)
	}
	slices.Sort(out)
	return out
}

// searchQueries exercise every part of the language.
var searchQueries = []string{
	"summit", "Summit", "japan russia", `"peace treaty"`, "treat*", "kuril OR sakhalin", "summit -tokyo",
	"title:summit", `title:"crane"`, "source:voanews.com", "source:VOANEWS.com summit", "after:2016-12-01",
	"before:2017 summit", "after:2010 before:2020", "minister", "minist* -japan", "story", "town number",
	`"town number"`, "share", "home", "the", "a OR the", "title:the", "zzzzunknown", "-", `""`, "person:nobody",
	// A NUL byte, which no PostgreSQL text can hold, in the filters
	// (found by FuzzTSQuery) and in words.
	"source:\x00", "source:voanews.com\x00", "person:\"a\x00b\"", "summit\x00 title:x\x00y",
}

func TestConformanceSearch(t *testing.T) {
	bs, _ := imported(t, 150)
	ctx := context.Background()
	matched := 0
	for _, q := range append(searchQueries, peopleQueries(t, bs)...) {
		got := same(t, bs, "search "+q, func(a archivedb.Archive) ([]string, error) {
			rs, err := a.Search(ctx, q, 500)
			if err != nil {
				return []string{"error: " + err.Error()[strings.LastIndex(err.Error(), ":")+1:]}, nil
			}
			return hits(rs), nil
		})
		if len(got) > 0 {
			matched++
		}
	}
	if matched < len(searchQueries)/2 {
		t.Errorf("only %d queries matched anything: the suite tests little", matched)
	}
}

// peopleQueries are person: searches for the archive's best-known people.
func peopleQueries(t *testing.T, bs []backend) []string {
	ps, err := bs[0].a.People(context.Background(), 5)
	if err != nil {
		t.Fatal(err)
	}
	var out []string
	for _, p := range ps {
		out = append(out, fmt.Sprintf("person:%q", p.Name), fmt.Sprintf("person:%q minister", strings.ToLower(p.Name)))
	}
	return out
}

func TestConformancePeople(t *testing.T) {
	bs, _ := imported(t, 150)
	ctx := context.Background()
	// The order of people with equal counts is not specified, nor which of
	// them a limit keeps: the whole list is asked for, and ties are put in
	// name order before comparing.
	people := same(t, bs, "people", func(a archivedb.Archive) ([]store.PersonCount, error) {
		ps, err := a.People(ctx, 1_000_000)
		slices.SortFunc(ps, func(x, y store.PersonCount) int {
			if x.Articles != y.Articles {
				return y.Articles - x.Articles
			}
			if x.Mentions != y.Mentions {
				return y.Mentions - x.Mentions
			}
			return strings.Compare(x.Name, y.Name)
		})
		return ps, err
	})
	if len(people) < 5 {
		t.Fatalf("only %d people: the suite tests little", len(people))
	}
	for _, p := range people[:5] {
		same(t, bs, "articles of "+p.Name, func(a archivedb.Archive) ([]string, error) {
			items, err := a.PersonArticles(ctx, p.Name, 100, 0)
			return listed(items), err
		})
		same(t, bs, "person "+p.Name, func(a archivedb.Archive) (store.PersonCount, error) { return a.Person(ctx, strings.ToUpper(p.Name)) })
	}
}

func TestConformanceArticle(t *testing.T) {
	bs, dir := imported(t, 10)
	ctx := context.Background()
	for _, f := range []string{"real/wikinews-nasa.txt", "gen/" + firstGen(t, dir), "site/page-3.txt"} {
		same(t, bs, "article "+f, func(a archivedb.Archive) (string, error) {
			items, err := a.FileArticles(ctx, filepath.Join(dir, f))
			if err != nil || len(items) != 1 {
				return "", fmt.Errorf("file articles: %v, %d", err, len(items))
			}
			art, info, err := a.Article(ctx, items[0].ID)
			if err != nil {
				return "", err
			}
			if strings.Contains(art.Text, "Home | World") {
				return "", fmt.Errorf("the site's menu, learned as boilerplate, is in the text: %q", art.Text)
			}
			b, err := json.Marshal(art)
			return string(b) + "\n" + info.Markdown, err
		})
	}
}

func firstGen(t *testing.T, dir string) string {
	m, err := filepath.Glob(filepath.Join(dir, "gen", "*", "*.txt"))
	if err != nil || len(m) == 0 {
		t.Fatal("no generated file")
	}
	rel, _ := filepath.Rel(filepath.Join(dir, "gen"), m[0])
	return rel
}

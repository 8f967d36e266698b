package sample

import (
	"context"
	"fmt"
	"path/filepath"
	"reflect"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

func TestOpenHoldsEveryBundledArticle(t *testing.T) {
	ctx := context.Background()
	articles, err := Parse()
	if err != nil {
		t.Fatal(err)
	}
	a, err := Open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	if n, err := a.Count(ctx); err != nil || n != len(articles) || n < 20 {
		t.Fatalf("the sample archive holds %d articles (%v), want all %d bundled", n, err, len(articles))
	}
	// IDs follow the order of the articles given.
	first, _, err := a.Article(ctx, 1)
	if err != nil || first.Title != articles[0].Title {
		t.Errorf("article 1 is %q (%v), want %q", first.Title, err, articles[0].Title)
	}
}

// The bundled sample, as a first run opens it, searches as the same
// files imported into the user's archive do: there is one search engine.
func TestSampleSearchesAsAnImportedArchive(t *testing.T) {
	ctx := context.Background()
	a, err := Open(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer a.Close()
	imported, err := store.Open(filepath.Join(t.TempDir(), "archive.db"), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer imported.Close()
	paths, err := WriteTo(t.TempDir())
	if err != nil {
		t.Fatal(err)
	}
	if _, err := ingest.Import(ctx, imported, paths, ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	found := 0
	for _, q := range []string{
		"islands", "islands treaty", `"peace treaty"`, "isla*", "summit -tokyo", "kuril OR sakhalin",
		"obama OR putin -summit", `person:"Shinzo Abe"`, "source:voanews.com", "title:election",
		`title:"peace treaty" japan`, "after:2016-12-01 before:2017", "after:2010 police", "before:2010",
		`person:"Barack Obama" president`, "nobody-writes-this", "OR a",
	} {
		want, werr := imported.Search(ctx, q, 50)
		got, gerr := a.Search(ctx, q, 50)
		if fmt.Sprint(werr) != fmt.Sprint(gerr) {
			t.Errorf("%q: error %v, imported %v", q, gerr, werr)
			continue
		}
		found += len(got)
		if !reflect.DeepEqual(shown(got), shown(want)) {
			t.Errorf("%q:\n sample   %v\n imported %v", q, shown(got), shown(want))
		}
	}
	if found < 40 {
		t.Errorf("the queries found %d results in all: too few to compare", found)
	}
	for _, q := range []string{"-only -negative", "after:yesterday x"} {
		if _, err := a.Search(ctx, q, 10); err == nil {
			t.Errorf("%q: no error", q)
		}
	}
}

// shown is what a search shows of its results: all but the IDs and
// paths, which differ between archives.
func shown(rs []store.Result) []string {
	var out []string
	for _, r := range rs {
		out = append(out, fmt.Sprintf("%s|%s|%s|%s|%v|%.6f", r.Title, r.Published, r.Source, r.Snippet, r.Highlights, r.Score))
	}
	return out
}

// BenchmarkOpen: the cost of the bundled sample on a first run.
func BenchmarkOpen(b *testing.B) {
	ctx := context.Background()
	for b.Loop() {
		a, err := Open(ctx)
		if err != nil {
			b.Fatal(err)
		}
		a.Close()
	}
}

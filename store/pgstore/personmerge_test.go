package pgstore_test

import (
	"context"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/store"
)

// Both backends merge a one-word person into the one full name of the
// archive that ends with it, and keep a surname two people share apart,
// in person: searches and a person's articles alike.
func TestConformancePersonMerge(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"full.txt":   "Vote count goes on\n\nPresident Marek Kowalczyk spoke in the capital on Monday about the count.\n\nThe count of the vote goes on in the north.\n",
		"short.txt":  "Kowalczyk speaks again\n\nPresident Kowalczyk told reporters on Tuesday that the count was fair.\n\nThe vote count ended in the south.\n",
		"berg-a.txt": "Ministers meet\n\nMinister Anna Berg met farmers on Wednesday about the vote.\n",
		"berg-c.txt": "Council meets\n\nCouncillor Carl Berg met the council on Thursday about the vote.\n",
		"berg.txt":   "A note on the vote\n\nMinister Berg said on Friday that the vote count was slow.\n",
	} {
		write(t, filepath.Join(dir, name), []byte(text))
	}
	bs := openBoth(t)
	for _, b := range bs {
		mustImport(t, b.a, dir)
	}
	ctx := context.Background()
	files := func(a archivedb.Archive, q string) ([]string, error) {
		rs, err := a.Search(ctx, q, 50)
		var out []string
		for _, r := range rs {
			out = append(out, filepath.Base(r.Path))
		}
		slices.Sort(out)
		return out, err
	}
	for q, want := range map[string][]string{
		`person:"Marek Kowalczyk"`:      {"full.txt", "short.txt"},
		`person:Kowalczyk`:              {"full.txt", "short.txt"},
		`person:"Marek Kowalczyk" vote`: {"full.txt", "short.txt"},
		`person:"Anna Berg"`:            {"berg-a.txt"},
		`person:Berg`:                   {"berg.txt"},
	} {
		got := same(t, bs, "search "+q, func(a archivedb.Archive) ([]string, error) { return files(a, q) })
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", q, got, want)
		}
	}
	for _, name := range []string{"Marek Kowalczyk", "Kowalczyk", "Carl Berg"} {
		same(t, bs, "articles of "+name, func(a archivedb.Archive) ([]string, error) {
			items, err := a.PersonArticles(ctx, name, 100, 0)
			return listed(items), err
		})
	}
}

// Both backends list a one-word person under the one full name of the
// archive that ends with it, with the articles of both, in People,
// PeopleMatching (the reader's directory) and Person alike; a surname
// two people share keeps its own entry.
func TestConformancePeopleIndexMerge(t *testing.T) {
	dir := t.TempDir()
	for name, text := range map[string]string{
		"full.txt":   "Talks on trade\n\n\"We will talk again,\" said President Donald Trump on Monday in the capital.\n\nThe talks on trade go on in the north.\n",
		"short.txt":  "Trade talks resume\n\nPresident Trump said on Tuesday that the talks were fair. Trump told reporters the tariffs would stay.\n\nThe talks ended in the south.\n",
		"berg-a.txt": "Ministers meet\n\nMinister Anna Berg met farmers on Wednesday about the vote.\n",
		"berg-c.txt": "Council meets\n\nCouncillor Carl Berg met the council on Thursday about the vote.\n",
		"berg.txt":   "A note on the vote\n\nMinister Berg said on Friday that the vote count was slow.\n",
	} {
		write(t, filepath.Join(dir, name), []byte(text))
	}
	bs := openBoth(t)
	for _, b := range bs {
		mustImport(t, b.a, dir)
	}
	ctx := context.Background()
	people := same(t, bs, "people", func(a archivedb.Archive) (map[string]int, error) {
		ps, err := a.People(ctx, 100)
		out := map[string]int{}
		for _, p := range ps {
			out[p.Name] = p.Articles
		}
		return out, err
	})
	want := map[string]int{"Donald Trump": 2, "Anna Berg": 1, "Carl Berg": 1, "Berg": 1}
	if !maps.Equal(people, want) {
		t.Errorf("people: %v, want %v", people, want)
	}
	for _, filter := range []string{"", "trump"} {
		matching := same(t, bs, "people matching "+filter, func(a archivedb.Archive) (map[string]int, error) {
			ps, err := a.PeopleMatching(ctx, filter, 100)
			out := map[string]int{}
			for _, p := range ps {
				out[p.Name] = p.Articles
			}
			return out, err
		})
		if got := matching["Donald Trump"]; got != 2 || matching["Trump"] != 0 {
			t.Errorf("people matching %q: %v, want Donald Trump in 2 articles and no Trump of its own", filter, matching)
		}
	}
	for _, name := range []string{"Trump", "Donald Trump", "Berg", "Anna Berg"} {
		p := same(t, bs, "person "+name, func(a archivedb.Archive) (store.PersonCount, error) { return a.Person(ctx, name) })
		full := name
		if name == "Trump" {
			full = "Donald Trump"
		}
		if p.Name != full || p.Articles != want[full] {
			t.Errorf("person %q: %+v, want %q in %d articles", name, p, full, want[full])
		}
	}
}

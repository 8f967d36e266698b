package pgstore_test

import (
	"context"
	"path/filepath"
	"slices"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
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

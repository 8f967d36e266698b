package store

import (
	"context"
	"slices"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
)

// archiveOfSurnames holds articles naming Donald Trump in full or as
// "Trump" alone, and two Bergs, Anna and Carl, with an article naming
// only "Berg": a surname the archive ties to one full name, and one it
// ties to two.
func archiveOfSurnames(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	var recs []ingest.Record
	for _, f := range []struct {
		file, published string
		people          []string
	}{
		{"wikinews-clock.txt", "2016-03-01", []string{"Donald Trump"}},
		{"wikinews-warhol.txt", "2017-05-01", []string{"Trump", "Someone Else"}},
		{"wikinews-korea.txt", "2018-01-01", []string{"Anna Berg", "Donald Trump"}},
		{"wikinews-soccer.txt", "2015-01-01", []string{"Carl Berg"}},
		{"wikinews-nasa.txt", "2014-01-01", []string{"Berg"}},
	} {
		a := parsed(t, f.file)
		a.Published, a.People = content.MustParseDate(f.published), nil
		for _, name := range f.people {
			a.People = append(a.People, content.Person{Name: name, Mentions: 1})
		}
		recs = append(recs, ingest.Record{Path: "/archive/" + f.file, Article: a})
	}
	if sum, err := ingest.AddArticles(context.Background(), s, recs, ingest.Options{}); err != nil || sum.Imported != len(recs) {
		t.Fatalf("add: %+v %v", sum, err)
	}
	return s
}

// A person: filter and a person's articles take the one-word name the
// archive ties to exactly one full name as that person ("Trump" is
// Donald Trump), both ways; a surname two people of the archive share
// stays apart from both.
func TestPersonFilterMergesAnUnambiguousSurname(t *testing.T) {
	s := archiveOfSurnames(t)
	trump := []string{"wikinews-korea.txt", "wikinews-warhol.txt", "wikinews-clock.txt"}
	for _, c := range []struct {
		query string
		want  []string
	}{
		{`person:"Donald Trump"`, trump},
		{`person:"donald trump"`, trump},
		{`person:Trump`, trump},
		{`person:"Anna Berg"`, []string{"wikinews-korea.txt"}},
		{`person:"Carl Berg"`, []string{"wikinews-soccer.txt"}},
		{`person:Berg`, []string{"wikinews-nasa.txt"}},
		{`person:"Someone Else"`, []string{"wikinews-warhol.txt"}},
	} {
		if got := searchFiles(t, s, c.query); !slices.Equal(got, c.want) {
			t.Errorf("%s: got %v, want %v", c.query, got, c.want)
		}
	}
	ctx := context.Background()
	for _, name := range []string{"Donald Trump", "Trump"} {
		items, err := s.PersonArticles(ctx, name, 10, 0)
		if err != nil {
			t.Fatal(err)
		}
		var got []string
		for _, it := range items {
			got = append(got, it.Path[len("/archive/"):])
		}
		if !slices.Equal(got, trump) {
			t.Errorf("PersonArticles(%q): got %v, want %v", name, got, trump)
		}
		list, err := s.List(ctx, ListQuery{Person: name})
		if err != nil {
			t.Fatal(err)
		}
		if len(list) != len(trump) {
			t.Errorf("List of %q: %d articles, want %d", name, len(list), len(trump))
		}
	}
}

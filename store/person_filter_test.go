package store

import (
	"context"
	"github.com/newsreader/newsreader/ingest"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// archiveOfNames holds four articles, of four years, naming Maria Smith
// or Anna Maria Smith, whose name holds hers.
func archiveOfNames(t *testing.T) *Store {
	t.Helper()
	s := openTemp(t)
	var recs []ingest.Record
	for _, f := range []struct {
		file, published string
		people          []string
	}{
		{"wikinews-clock.txt", "2016-03-01", []string{"Maria Smith"}},
		{"wikinews-warhol.txt", "2017-05-01", []string{"Anna Maria Smith"}},
		{"wikinews-korea.txt", "2018-01-01", []string{"Someone Else", "Maria Smith"}},
		{"wikinews-soccer.txt", "2015-01-01", []string{"Anna Maria Smith", "MARIA SMITH"}},
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

// The person filter keeps the articles whose mentions name that very
// person (in any case), not a longer name holding it, with words or
// without; without words, newest first.
func TestPersonFilterIsExact(t *testing.T) {
	s := archiveOfNames(t)
	for _, c := range []struct {
		query  string
		want   []string
		ranked bool // the query has words: compared as a set
	}{
		{`person:"Maria Smith"`, []string{"wikinews-korea.txt", "wikinews-clock.txt", "wikinews-soccer.txt"}, false},
		{`person:"maria smith"`, []string{"wikinews-korea.txt", "wikinews-clock.txt", "wikinews-soccer.txt"}, false},
		{`person:"Anna Maria Smith"`, []string{"wikinews-warhol.txt", "wikinews-soccer.txt"}, false},
		{`person:"Maria Smith" after:2016`, []string{"wikinews-korea.txt", "wikinews-clock.txt"}, false},
		{`person:"Smith"`, nil, false},
		{`person:"Maria Smith" Pyongyang`, []string{"wikinews-korea.txt"}, true},
		{`person:"Maria Smith" korea`, []string{"wikinews-korea.txt", "wikinews-soccer.txt"}, true},
		{`person:"Maria Smith" Warhol`, nil, true},
		{`person:"Anna Maria Smith" Warhol`, []string{"wikinews-warhol.txt"}, true},
	} {
		got, want := searchFiles(t, s, c.query), slices.Clone(c.want)
		if c.ranked {
			slices.Sort(got)
			slices.Sort(want)
		}
		if !slices.Equal(got, want) {
			t.Errorf("%s: got %v, want %v", c.query, got, want)
		}
	}
}

// PersonArticles lists a person's articles newest first, a page at a
// time, and not those of a longer name holding theirs.
func TestPersonArticlesPages(t *testing.T) {
	s := archiveOfNames(t)
	ctx := context.Background()
	page := func(name string, limit, offset int) []string {
		items, err := s.PersonArticles(ctx, name, limit, offset)
		if err != nil {
			t.Fatal(err)
		}
		var out []string
		for _, it := range items {
			out = append(out, strings.TrimPrefix(it.Path, "/archive/"))
		}
		return out
	}
	all := []string{"wikinews-korea.txt", "wikinews-clock.txt", "wikinews-soccer.txt"}
	if got := page("Maria Smith", 10, 0); !slices.Equal(got, all) {
		t.Errorf("Maria Smith: %v, want %v", got, all)
	}
	if got := page("Maria Smith", 1, 1); !slices.Equal(got, all[1:2]) {
		t.Errorf("second page of one: %v, want %v", got, all[1:2])
	}
	if got := page("Maria Smith", 10, 3); len(got) != 0 {
		t.Errorf("past the end: %v", got)
	}
	if got := page("Nobody", 10, 0); len(got) != 0 {
		t.Errorf("an unknown person: %v", got)
	}
}

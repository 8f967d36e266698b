package store

import (
	"context"
	"errors"
	"testing"
)

// The people index lists a one-word name the archive ties to one full
// name under the full name, with the counts of both, as person: finds
// them; a surname two people share stays an entry of its own, and the
// two people stay apart.
func TestPeopleIndexMergesAnUnambiguousSurname(t *testing.T) {
	s := archiveOfSurnames(t)
	ctx := context.Background()
	want := map[string]int{"Donald Trump": 3, "Anna Berg": 1, "Carl Berg": 1, "Berg": 1, "Someone Else": 1}
	check := func(what string, got map[string]int) {
		t.Helper()
		if len(got) != len(want) {
			t.Errorf("%s: %v, want %v", what, got, want)
		}
		for name, n := range want {
			if got[name] != n {
				t.Errorf("%s: %q in %d articles, want %d (all: %v)", what, name, got[name], n, got)
			}
		}
	}
	people, err := s.People(ctx, 0)
	if err != nil {
		t.Fatal(err)
	}
	got := map[string]int{}
	for _, p := range people {
		got[p.Name] = p.Articles
	}
	check("People", got)
	if people[0].Name != "Donald Trump" || people[0].Mentions != 3 {
		t.Errorf("People ranks %+v first, want Donald Trump with 3 mentions", people[0])
	}
	matching, err := s.PeopleMatching(ctx, "", 0)
	if err != nil {
		t.Fatal(err)
	}
	got = map[string]int{}
	for _, p := range matching {
		got[p.Name] = p.Articles
	}
	check("PeopleMatching", got)
	for _, name := range []string{"Trump", "trump", "Donald Trump"} {
		p, err := s.Person(ctx, name)
		if err != nil || p.Name != "Donald Trump" || p.Articles != 3 {
			t.Errorf("Person(%q) = %+v, %v; want Donald Trump in 3 articles", name, p, err)
		}
	}
	for name, n := range map[string]int{"Berg": 1, "Anna Berg": 1, "Carl Berg": 1} {
		if p, err := s.Person(ctx, name); err != nil || p.Name != name || p.Articles != n {
			t.Errorf("Person(%q) = %+v, %v; want %d articles", name, p, err, n)
		}
	}
	if _, err := s.Person(ctx, "Nobody"); !errors.Is(err, ErrNotFound) {
		t.Errorf("Person(Nobody): %v, want ErrNotFound", err)
	}
	// A filter on the one-word name finds the merged entry too.
	matching, err = s.PeopleMatching(ctx, "trump", 0)
	if err != nil || len(matching) != 1 || matching[0].Name != "Donald Trump" || matching[0].Articles != 3 {
		t.Errorf("PeopleMatching(trump) = %+v, %v; want Donald Trump in 3 articles", matching, err)
	}
}

package store

import (
	"context"
	"testing"
)

// TestListNoPath: a list asked without paths is the same list, in every
// order and page, with Path left empty; a person's list keeps them.
func TestListNoPath(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	dir := t.TempDir()
	writeSynthetic(t, dir, 60, 3)
	mustImport(t, s, dir)
	for _, sort := range []Sort{SortDate, SortTitle, SortSource} {
		for _, q := range []ListQuery{{Sort: sort, Limit: 1000}, {Sort: sort, Limit: 20, Offset: 30}, {Sort: sort, Limit: 20, Offset: 10, FromEnd: true}} {
			with, err := s.List(ctx, q)
			if err != nil || len(with) == 0 {
				t.Fatalf("%+v: %d items, %v", q, len(with), err)
			}
			q.NoPath = true
			without, err := s.List(ctx, q)
			if err != nil || len(without) != len(with) {
				t.Fatalf("%+v: %d items without paths, %d with; %v", q, len(without), len(with), err)
			}
			for i := range with {
				if with[i].Path == "" {
					t.Fatalf("%+v: item %d has no path in the list with paths", q, i)
				}
				if without[i].Path != "" {
					t.Errorf("%+v: item %d has path %q though none was asked for", q, i, without[i].Path)
				}
				with[i].Path = ""
				if with[i] != without[i] {
					t.Errorf("%+v: item %d differs: %+v, %+v", q, i, with[i], without[i])
				}
			}
		}
	}
	people, err := s.People(ctx, 1)
	if err != nil || len(people) == 0 {
		t.Fatalf("no people: %v", err)
	}
	items, err := s.List(ctx, ListQuery{Person: people[0].Name, NoPath: true})
	if err != nil || len(items) == 0 || items[0].Path == "" {
		t.Errorf("a person's list without paths asked: %d items, first %+v, %v", len(items), items, err)
	}
}

package store

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"
)

// TestMarksSurviveReopening: read and flagged marks are kept in the
// archive file, per article, and read back by a new Store.
func TestMarksSurviveReopening(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, copyArticles(t))
	items, err := s.List(ctx, ListQuery{Limit: 3})
	if err != nil || len(items) < 3 {
		t.Fatalf("list: %v (%d items)", err, len(items))
	}
	a, b, c := items[0].ID, items[1].ID, items[2].ID
	for _, step := range []error{
		s.SetRead(ctx, a, true), s.SetFlagged(ctx, a, true),
		s.SetFlagged(ctx, b, true), s.SetRead(ctx, c, true), s.SetRead(ctx, c, false),
	} {
		if step != nil {
			t.Fatal(step)
		}
	}
	if err := s.SetRead(ctx, 1<<40, true); !errors.Is(err, ErrNotFound) {
		t.Errorf("marking a missing article: %v, want ErrNotFound", err)
	}
	s.Close()

	s, err = Open(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	got, err := s.States(ctx, []int64{a, b, c, items[0].ID + 1000})
	if err != nil {
		t.Fatal(err)
	}
	want := map[int64]State{a: {Read: true, Flagged: true}, b: {Flagged: true}, c: {}}
	for id, w := range want {
		if got[id] != w {
			t.Errorf("article %d: %+v, want %+v", id, got[id], w)
		}
	}
	flagged, err := s.Flagged(ctx)
	if err != nil || len(flagged) != 2 || flagged[0].ID != a || flagged[1].ID != b {
		t.Errorf("flagged = %+v, %v; want articles %d and %d, newest first", flagged, err, a, b)
	}
	if err := s.SetRead(ctx, a, false); !errors.Is(err, ErrReadOnly) {
		t.Errorf("marking in a read-only archive: %v, want ErrReadOnly", err)
	}
}

// TestMarksGoWithTheArticle: an article deleted (its record gone from
// its file) takes its marks along, so that no later article inherits
// them by id; an article corrected in place keeps them.
func TestMarksGoWithTheArticle(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	rec := func(n int) string {
		return fmt.Sprintf(`{"id":"r%d","title":"Harbour story number %d","text":"The harbour of town %d reopened on Monday after repairs that took the whole of the winter to finish, the mayor said."}`+"\n", n, n, n)
	}
	write := func(recs ...int) {
		var b strings.Builder
		for _, n := range recs {
			b.WriteString(rec(n))
		}
		if err := os.WriteFile(p, []byte(b.String()), 0o644); err != nil {
			t.Fatal(err)
		}
		mustImport(t, s, p)
	}
	write(1, 2)
	items, err := s.FileArticles(ctx, p)
	if err != nil || len(items) != 2 {
		t.Fatalf("%v, %d articles", err, len(items))
	}
	for _, it := range items {
		if err := s.SetFlagged(ctx, it.ID, true); err != nil {
			t.Fatal(err)
		}
	}
	write(1)
	got, err := s.States(ctx, []int64{items[0].ID, items[1].ID})
	if err != nil {
		t.Fatal(err)
	}
	if !got[items[0].ID].Flagged || got[items[1].ID].Flagged {
		t.Errorf("after record 2 went: marks %+v; want article %d flagged, %d not", got, items[0].ID, items[1].ID)
	}
}

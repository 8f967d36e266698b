package store

import (
	"context"
	"fmt"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

// The writer's cache of people's ids stays bounded however many people an
// import names, and a person looked up after it was cleared keeps the id.
func TestWriterPeopleCacheIsBounded(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	iw, err := s.OpenWriter(ctx, ingest.WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer iw.Close(ctx)
	w := iw.(*writer)
	if err := w.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	first, _, err := w.person(ctx, personRow{name: "Anna Berg", mentions: 1})
	if err != nil {
		t.Fatal(err)
	}
	for i := range maxPeopleCached + 10 {
		if _, _, err := w.person(ctx, personRow{name: fmt.Sprintf("Person %d", i), mentions: 1}); err != nil {
			t.Fatal(err)
		}
	}
	if len(w.people) > maxPeopleCached {
		t.Errorf("%d people cached, bound %d", len(w.people), maxPeopleCached)
	}
	again, created, err := w.person(ctx, personRow{name: "anna berg", mentions: 1})
	if err != nil || again != first || created {
		t.Errorf("looked up again: id %d (was %d), created %v, %v", again, first, created, err)
	}
	if err := w.Rollback(ctx); err != nil {
		t.Fatal(err)
	}
}

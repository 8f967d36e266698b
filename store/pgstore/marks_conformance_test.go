package pgstore_test

import (
	"context"
	"errors"
	"fmt"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// marker is what the reader asks of an archive for its marks (see
// archivestore.Marks).
type marker interface {
	SetRead(ctx context.Context, id int64, read bool) error
	SetFlagged(ctx context.Context, id int64, flagged bool) error
	States(ctx context.Context, ids []int64) (map[int64]store.State, error)
	Flagged(ctx context.Context) ([]store.ListItem, error)
}

// reopener opens one archive again and again, as the reader does on
// each start: a SQLite file or a PostgreSQL database by name.
type reopener struct {
	name string
	open func(t *testing.T, readOnly bool) archivedb.Archive
}

// reopenable is a new empty archive of each backend.
func reopenable(t *testing.T) []reopener {
	file := filepath.Join(t.TempDir(), "archive.db")
	dsn := pg.NewDB(t)
	open := func(name string) func(t *testing.T, readOnly bool) archivedb.Archive {
		return func(t *testing.T, readOnly bool) archivedb.Archive {
			a, err := archivedb.Open(context.Background(), name, readOnly)
			if err != nil {
				t.Fatal(err)
			}
			t.Cleanup(func() { a.Close() })
			return a
		}
	}
	return []reopener{{"sqlite", open(file)}, {"postgres", open(dsn)}}
}

func marksOf(t *testing.T, name string, a archivedb.Archive) marker {
	t.Helper()
	m, ok := a.(marker)
	if !ok {
		t.Fatalf("%s: the archive keeps no marks", name)
	}
	return m
}

// fileID is the id of the one article of a file of the corpus.
func fileID(t *testing.T, a archivedb.Archive, dir, rel string) int64 {
	t.Helper()
	items, err := a.FileArticles(context.Background(), filepath.Join(dir, rel))
	if err != nil || len(items) != 1 {
		t.Fatalf("articles of %s: %v, %d", rel, err, len(items))
	}
	return items[0].ID
}

// TestConformanceMarks: read and flagged marks are kept in the archive,
// on both backends alike: they outlive the process, list the flagged
// articles newest first, refuse a missing article and a read-only archive.
func TestConformanceMarks(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 20)
	files := []string{"real/wikinews-nasa.txt", "site/page-1.txt", "site/page-3.txt", "site/page-4.txt"}
	var got []string
	for _, r := range reopenable(t) {
		a := r.open(t, false)
		mustImport(t, a, dir)
		ids := make([]int64, len(files))
		for i, f := range files {
			ids[i] = fileID(t, a, dir, f)
		}
		m := marksOf(t, r.name, a)
		for _, err := range []error{
			m.SetRead(ctx, ids[0], true), m.SetFlagged(ctx, ids[0], true), m.SetFlagged(ctx, ids[1], true),
			m.SetRead(ctx, ids[2], true), m.SetRead(ctx, ids[2], false), m.SetFlagged(ctx, ids[3], true),
			m.SetFlagged(ctx, ids[3], false),
		} {
			if err != nil {
				t.Fatalf("%s: %v", r.name, err)
			}
		}
		if err := m.SetRead(ctx, 1<<40, true); !errors.Is(err, store.ErrNotFound) {
			t.Errorf("%s: marking a missing article: %v, want ErrNotFound", r.name, err)
		}
		a.Close()

		a = r.open(t, true)
		m = marksOf(t, r.name, a)
		states, err := m.States(ctx, append(ids, 1<<40))
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		var text []string
		for i, f := range files {
			text = append(text, fmt.Sprintf("%s %+v", f, states[ids[i]]))
		}
		flagged, err := m.Flagged(ctx)
		if err != nil {
			t.Fatalf("%s: %v", r.name, err)
		}
		text = append(text, listed(flagged)...)
		got = append(got, strings.Join(text, "\n"))
		if err := m.SetRead(ctx, ids[1], true); !errors.Is(err, store.ErrReadOnly) {
			t.Errorf("%s: marking in a read-only archive: %v, want ErrReadOnly", r.name, err)
		}
		if err := archivestore.New(a).SetFlagged(ctx, ids[1], false); !errors.Is(err, archive.ErrReadOnly) {
			t.Errorf("%s: the reader's flag in a read-only archive: %v, want archive.ErrReadOnly", r.name, err)
		}
	}
	want := "real/wikinews-nasa.txt {Read:true Flagged:true}\nsite/page-1.txt {Read:false Flagged:true}\n" +
		"site/page-3.txt {Read:false Flagged:false}\nsite/page-4.txt {Read:false Flagged:false}\n"
	for i, name := range []string{"sqlite", "postgres"} {
		if !strings.HasPrefix(got[i], want) || strings.Count(got[i], "\n") != 5 {
			t.Errorf("%s: marks after reopening:\n%s\nwant, then the two flagged articles newest first:\n%s", name, got[i], want)
		}
	}
	if got[0] != got[1] {
		t.Errorf("marks differ:\nsqlite\n%s\npostgres\n%s", got[0], got[1])
	}
}

// TestConformanceMarksGoWithTheArticle: an article deleted (its record
// gone from its file) takes its marks along, so that no other article
// shows them; an article corrected in place keeps them.
func TestConformanceMarksGoWithTheArticle(t *testing.T) {
	ctx := context.Background()
	p := filepath.Join(t.TempDir(), "feed.jsonl")
	rec := func(n int, verb string) string {
		return fmt.Sprintf(`{"id":"r%d","title":"Harbour story number %d","text":"The harbour of town %d %s on Monday after repairs that took the whole of the winter to finish, the mayor said."}`+"\n", n, n, n, verb)
	}
	for _, b := range openBoth(t) {
		m := marksOf(t, b.name, b.a)
		write(t, p, []byte(rec(1, "reopened")+rec(2, "reopened")))
		mustImport(t, b.a, p)
		items, err := b.a.FileArticles(ctx, p)
		if err != nil || len(items) != 2 {
			t.Fatalf("%s: %v, %d articles", b.name, err, len(items))
		}
		for _, it := range items {
			if err := m.SetFlagged(ctx, it.ID, true); err != nil {
				t.Fatal(err)
			}
		}
		// Record 1 corrected and record 2 gone; then a new record where
		// record 2 was (a new article, which may take the free id).
		write(t, p, []byte(rec(1, "opened again")))
		mustImport(t, b.a, p)
		states, err := m.States(ctx, []int64{items[1].ID})
		if err != nil || len(states) != 0 {
			t.Errorf("%s: marks of the deleted article: %v, %v; want none", b.name, states, err)
		}
		write(t, p, []byte(rec(1, "opened again")+rec(3, "reopened")))
		mustImport(t, b.a, p)
		flagged, err := m.Flagged(ctx)
		if err != nil {
			t.Fatal(err)
		}
		var titles []string
		for _, it := range flagged {
			titles = append(titles, it.Title)
		}
		if !slices.Equal(titles, []string{"Harbour story number 1"}) {
			t.Errorf("%s: flagged after the file changed: %q, want story 1 alone", b.name, titles)
		}
	}
}

// TestConformanceReaderMarks: the reader's archive (archivestore) shows
// the marks on its list pages, which is what "next unread" walks, and
// lists the flagged articles alone, on both backends.
func TestConformanceReaderMarks(t *testing.T) {
	ctx := context.Background()
	dir := corpus(t, 30)
	var got []string
	for _, b := range openBoth(t) {
		mustImport(t, b.a, dir)
		view := archivestore.New(b.a)
		page, err := view.List(ctx, archive.Query{}, 0, 5)
		if err != nil || len(page) != 5 {
			t.Fatalf("%s: %v, %d items", b.name, err, len(page))
		}
		if err := view.SetRead(ctx, page[0].ID, true); err != nil {
			t.Fatalf("%s: %v", b.name, err)
		}
		if err := view.SetRead(ctx, page[1].ID, true); err != nil {
			t.Fatal(err)
		}
		if err := view.SetFlagged(ctx, page[3].ID, true); err != nil {
			t.Fatal(err)
		}
		page, err = view.List(ctx, archive.Query{}, 0, 5)
		if err != nil {
			t.Fatal(err)
		}
		var text []string
		for _, it := range page {
			text = append(text, fmt.Sprintf("read %v flagged %v", it.Read, it.Flagged))
		}
		flagged, err := view.List(ctx, archive.Query{Flagged: true}, 0, 10)
		if err != nil || len(flagged) != 1 || flagged[0].ID != page[3].ID || !flagged[0].Flagged {
			t.Errorf("%s: flagged only: %+v, %v; want the fourth article", b.name, flagged, err)
		}
		got = append(got, strings.Join(text, "; "))
	}
	want := "read true flagged false; read true flagged false; read false flagged false; read false flagged true; read false flagged false"
	for i, name := range []string{"sqlite", "postgres"} {
		if got[i] != want {
			t.Errorf("%s: marks on the list page: %s\nwant %s", name, got[i], want)
		}
	}
}

// marksRefusedOnStandby checks that marks on a standby's archive fail
// with ErrReadOnly and a message that says why, and do not crash.
func marksRefusedOnStandby(t *testing.T, view *archivestore.Archive, id int64) {
	t.Helper()
	err := view.SetFlagged(context.Background(), id, true)
	if !errors.Is(err, store.ErrReadOnly) || !errors.Is(err, archive.ErrReadOnly) || !strings.Contains(err.Error(), "marks") {
		t.Errorf("a flag on the standby: %v, want ErrReadOnly saying marks cannot be kept", err)
	}
}

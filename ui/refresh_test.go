package ui

import (
	"context"
	"fmt"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/sample"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// importMore adds n new articles to the archive through s, a handle of
// its own, as another process importing would.
func importMore(t *testing.T, s *store.Store, like *content.Article, n, from int) {
	t.Helper()
	recs := make([]ingest.Record, n)
	for i := range recs {
		a := *like
		a.Title = fmt.Sprintf("Breaking story number %d", from+i)
		a.URL = ""
		a.Blocks = append([]content.Block{{Type: content.BlockParagraph, Text: fmt.Sprintf("A paragraph only story %d has.", from+i)}}, like.Blocks...)
		a.Text, a.Hash = a.BodyText(), "" // a new text, a new hash
		recs[i] = ingest.Record{Path: fmt.Sprintf("more-%d", from+i), Article: &a}
	}
	sum, err := ingest.AddArticles(context.Background(), s, recs, ingest.Options{})
	if err != nil || sum.Imported != n {
		t.Fatalf("imported %d of %d: %v", sum.Imported, n, err)
	}
}

// TestRefreshWhileAnotherImports: with two handles on one archive file,
// articles imported through one show in the reader on the other when it
// next looks at the archive's version (the poll), and on r; the cursor
// stays on the article it was on.
func TestRefreshWhileAnotherImports(t *testing.T) {
	ctx := context.Background()
	as := loadArticles(t)
	writer, err := sample.NewArchive(ctx, as)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { writer.Close() })
	rs, err := store.Open(writer.Store.Path(), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { rs.Close() })

	m := New(ctx, archivestore.New(rs), WithName("test"), WithFilterDelay(0))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	m = drive(t, m, m.askVersion()) // the version the reader starts from
	m = drive(t, m, keys("j j j")...)
	was, _ := m.list.Selected()

	// The newest date of the archive: the new articles list at the top,
	// above the cursor.
	newest := *as[0]
	for _, a := range as {
		if a.Published.Time().After(newest.Published.Time()) {
			newest.Published = a.Published
		}
	}
	importMore(t, writer.Store, &newest, 2, 1)
	m = drive(t, m, m.askVersion()) // the poll's look at the version
	if n, _ := m.list.Total(); n != len(as)+2 {
		t.Fatalf("after the import the list has %d articles, want %d", n, len(as)+2)
	}
	if !strings.Contains(screen(m), fmt.Sprintf("%d articles", len(as)+2)) {
		t.Errorf("header not refreshed:\n%s", screen(m))
	}
	if got, _ := m.list.Selected(); got.ID != was.ID {
		t.Errorf("cursor on %q (row %d), want %q", got.Title, m.list.Cursor(), was.Title)
	}

	importMore(t, writer.Store, &newest, 1, 3)
	m = drive(t, m, keys("r")...)
	if n, _ := m.list.Total(); n != len(as)+3 {
		t.Errorf("after r the list has %d articles, want %d", n, len(as)+3)
	}
	if got, _ := m.list.Selected(); got.ID != was.ID {
		t.Errorf("after r the cursor is on %q, want %q", got.Title, was.Title)
	}
	// An unchanged archive is not reloaded: the poll changes nothing.
	if _, cmd := m.Update(versionMsg{version: m.version}); cmd != nil {
		t.Error("an unchanged version reloads")
	}
}

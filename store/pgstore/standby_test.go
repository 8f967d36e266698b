package pgstore_test

import (
	"context"
	"errors"
	"fmt"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/pgtest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// TestReaderOnStreamingStandby runs a primary and a streaming standby
// (two local servers): the reader, opened on the standby as the CLI
// opens it (archivedb, then the reader's archivestore), reads while an
// import writes to the primary, and sees the new articles once the
// standby has replayed them. The standby is read-only by itself.
func TestReaderOnStreamingStandby(t *testing.T) {
	ctx := context.Background()
	primary := startServer(t, "primary", func(dir string) (*pgtest.Server, error) {
		bin, err := pgtest.BinDir()
		if err != nil {
			return nil, err
		}
		return pgtest.Start(bin, dir)
	})
	c := pgConn(t, primary.DSN("postgres"))
	if _, err := c.Exec(ctx, `CREATE DATABASE archive TEMPLATE template0 ENCODING 'UTF8'`); err != nil {
		t.Fatal(err)
	}
	writer := openPG(t, primary.DSN("archive"), false)
	mustImport(t, writer, corpus(t, 60))
	before, err := writer.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}

	standby := startServer(t, "standby", func(dir string) (*pgtest.Server, error) { return primary.StartStandby(dir) })
	reader, err := archivedb.Open(ctx, standby.DSN("archive"), false)
	if err != nil {
		t.Fatal(err)
	}
	defer reader.Close()
	if !reader.ReadOnly() {
		t.Error("an archive on a standby is not read-only")
	}
	if _, err := reader.OpenWriter(ctx, ingest.WriterOptions{}); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("a writer on the standby: %v, want %v", err, store.ErrReadOnly)
	}
	view := archivestore.New(reader)
	if n, err := view.Count(ctx, archive.Query{}); err != nil || n != before {
		t.Fatalf("standby count %d, %v: want the %d of the base backup", n, err, before)
	}

	// The import into the primary, while the reader reads the standby.
	done := make(chan error, 1)
	more := laterCorpus(t, 200)
	go func() {
		_, err := ingest.Import(ctx, writer, []string{more}, ingest.Options{})
		done <- err
	}()
	last, reads := before, 0
	for reading := true; reading; reads++ {
		select {
		case err := <-done:
			if err != nil {
				t.Fatalf("import into the primary: %v", err)
			}
			reading = false
		default:
		}
		n := readStandby(t, view)
		if n < last {
			t.Errorf("the standby's count went back from %d to %d", last, n)
		}
		last = n
	}
	t.Logf("%d reads of the standby during the import, the last counted %d of %d+201 articles", reads, last, before)
	after, err := writer.Count(ctx)
	if err != nil || after != before+201 {
		t.Fatalf("primary count %d, %v: want %d", after, err, before+201)
	}
	waitForCount(t, view, after)
	hits, err := view.Search(ctx, "xylophonist", 10)
	if err != nil || len(hits) != 1 || hits[0].Title != "The xylophonist of the harbour" {
		t.Fatalf("search of a new article on the standby: %v, %+v", err, hits)
	}
	art, err := view.Article(ctx, hits[0].ID)
	if err != nil || art.Title != hits[0].Title {
		t.Errorf("the new article on the standby: %v, %v", err, art)
	}
	marksRefusedOnStandby(t, view, hits[0].ID)
}

// startServer starts a server in a new folder of its own (not under the
// test's temporary folder, which the postgres user may not enter when
// the tests run as root), stopped at the test's end.
func startServer(t testing.TB, what string, start func(dir string) (*pgtest.Server, error)) *pgtest.Server {
	t.Helper()
	dir, err := os.MkdirTemp("", "newsreader-"+what+"-")
	if err != nil {
		t.Fatal(err)
	}
	s, err := start(dir)
	if err != nil {
		os.RemoveAll(dir)
		t.Fatalf("%s: %v", what, err)
	}
	t.Cleanup(s.Stop)
	return s
}

// readStandby reads the standby as the reader does (count, first page,
// a search) and returns the count.
func readStandby(t *testing.T, view *archivestore.Archive) int {
	t.Helper()
	ctx := context.Background()
	n, err := view.Count(ctx, archive.Query{})
	if err != nil {
		t.Fatalf("count on the standby: %v", err)
	}
	if _, err := view.List(ctx, archive.Query{}, 0, 50); err != nil {
		t.Fatalf("list on the standby: %v", err)
	}
	if _, err := view.Search(ctx, "minister", 20); err != nil {
		t.Fatalf("search on the standby: %v", err)
	}
	return n
}

// waitForCount waits until the standby has replayed the primary's
// articles (streaming replication is asynchronous).
func waitForCount(t *testing.T, view *archivestore.Archive, want int) {
	t.Helper()
	deadline := time.Now().Add(2 * time.Minute)
	for {
		n := readStandby(t, view)
		if n == want {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("the standby has %d articles after two minutes, the primary %d", n, want)
		}
		time.Sleep(50 * time.Millisecond)
	}
}

// laterCorpus is n generated articles other than corpus's and one with a
// word no other has.
func laterCorpus(t *testing.T, n int) string {
	t.Helper()
	dir := t.TempDir()
	g := gen.New(7)
	for i := range n {
		a := g.Next()
		write(t, filepath.Join(dir, a.Source.Domain, fmt.Sprintf("later-%04d.txt", i)), a.Text())
	}
	write(t, filepath.Join(dir, "marker.txt"), []byte("The xylophonist of the harbour\n\n"+
		"A xylophonist played on the quay until the last ferry left.\n"))
	return dir
}

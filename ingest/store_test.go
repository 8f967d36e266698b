package ingest_test

import (
	"bytes"
	"context"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

// openTemp opens a new archive in a test folder.
func openTemp(t *testing.T) *store.Store {
	t.Helper()
	s, err := store.Open(filepath.Join(t.TempDir(), "archive.db"), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustImport(t *testing.T, s *store.Store, paths ...string) ingest.Summary {
	t.Helper()
	sum, err := ingest.Import(context.Background(), s, paths, ingest.Options{})
	if err != nil {
		t.Fatalf("import: %v (%+v)", err, sum)
	}
	return sum
}

func TestBoilerplateIsRememberedAcrossImports(t *testing.T) {
	s := openTemp(t)
	site := filepath.Join(t.TempDir(), "site")
	mustImport(t, s, site) // an empty folder: nothing learned
	ingest.WriteSite(t, site, 0, 5)
	mustImport(t, s, site)
	// A later import of one new page knows the menu from the archive.
	later := ingest.WriteSite(t, site, 5, 1)
	st := ingest.LearnAll(t, s, later)
	if n := st.GroupFiles(later[0]); n != 6 {
		t.Fatalf("group stats: %d files", n)
	}
	if !st.IsBoilerplate(later[0], "", "Home | World | Business | Sports") {
		t.Error("the menu was forgotten between imports")
	}
	if st.IsBoilerplate(later[0], "", "Story number 5 of the day") {
		t.Error("a page's own line was learned")
	}
	// The folder's group is the only one.
	c, err := s.Lines(context.Background(), ingest.GroupKey(later[0]))
	if err != nil {
		t.Fatal(err)
	}
	if kept := len(c.Lines); kept != 2 {
		t.Errorf("%d lines kept, want the 2 repeated ones", kept)
	}
}

// A folder with more files than the sample still has its furniture
// learned, from the sample, and every file is imported, whether the
// boilerplate pass kept its bytes or not.
func TestImportOfABigFolderLearnsFromASample(t *testing.T) {
	ctx := context.Background()
	s := openTemp(t)
	site := filepath.Join(t.TempDir(), "site")
	n := ingest.MaxLearnFiles + 44
	paths := ingest.WriteSite(t, site, 0, n)
	sum, err := ingest.Import(ctx, s, []string{site}, ingest.Options{})
	if err != nil || sum.Imported != n {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	c, err := s.Lines(ctx, ingest.GroupKey(filepath.Join(site, "x")))
	if err != nil {
		t.Fatal(err)
	}
	if c.Files != ingest.MaxLearnFiles {
		t.Errorf("the folder's line statistics count %d files, want the sample of %d", c.Files, ingest.MaxLearnFiles)
	}
	hits, err := s.Search(ctx, "Share", 5)
	if err != nil {
		t.Fatal(err)
	}
	if len(hits) != 0 {
		t.Errorf("the share bar was indexed: %d hits, first %+v", len(hits), hits[0])
	}
	a, _, err := s.Article(ctx, 1)
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Contains([]byte(a.BodyText()), []byte("tells what happened")) {
		t.Errorf("article text lost its paragraph: %q", a.BodyText())
	}

	// Each file's size and time are recorded, from the sample's read or
	// from the parse's, so that the next import skips it unread.
	checked := 0
	err = s.KnownFiles(ctx, paths, func(i int, k ingest.KnownFile) {
		fi, err := os.Stat(paths[i])
		if err != nil {
			t.Fatal(err)
		}
		if k.Size != fi.Size() || k.MTime != fi.ModTime().UnixNano() {
			t.Errorf("%s: recorded %d bytes at %d, the file is %d bytes at %d",
				filepath.Base(paths[i]), k.Size, k.MTime, fi.Size(), fi.ModTime().UnixNano())
		}
		checked++
	})
	if err != nil {
		t.Fatal(err)
	}
	if checked != n {
		t.Errorf("%d files recorded, want %d", checked, n)
	}
	again, err := ingest.Import(ctx, s, []string{site}, ingest.Options{})
	if err != nil || again.Unchanged != n || again.Imported+again.Updated != 0 {
		t.Errorf("second import: %+v, %v", again, err)
	}
}

package pgstore_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/store/pgstore"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// backend is one archive under test, by name.
type backend struct {
	name string
	a    archivedb.Archive
}

// openBoth opens a new SQLite archive and a new PostgreSQL archive.
func openBoth(t *testing.T) []backend {
	t.Helper()
	sq, err := store.Open(filepath.Join(t.TempDir(), "archive.db"), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sq.Close() })
	return []backend{{"sqlite", sq}, {"postgres", openPG(t, pg.NewDB(t), false)}}
}

func openPG(t testing.TB, dsn string, readOnly bool) *pgstore.Store {
	t.Helper()
	s, err := pgstore.Open(context.Background(), dsn, pgstore.Options{ReadOnly: readOnly})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

func mustImport(t testing.TB, a ingest.Archive, paths ...string) ingest.Summary {
	t.Helper()
	sum, err := ingest.Import(context.Background(), a, paths, ingest.Options{})
	if err != nil {
		t.Fatalf("import: %v (%+v)", err, sum)
	}
	sum.Elapsed = 0
	return sum
}

// corpus writes the conformance suite's files: the real articles of
// store/testdata/articles, n generated articles over several sources and
// years, a copy of one article under another name (a duplicate), and the
// pages of one site that share a menu and footer (learned boilerplate).
func corpus(t testing.TB, n int) string {
	t.Helper()
	dir := t.TempDir()
	ents, err := os.ReadDir("../testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		write(t, filepath.Join(dir, "real", e.Name()), mustRead(t, filepath.Join("../testdata/articles", e.Name())))
	}
	write(t, filepath.Join(dir, "copies", "again.txt"), mustRead(t, filepath.Join("../testdata/articles", ents[0].Name())))
	g := gen.New(22)
	for i := range n {
		a := g.Next()
		write(t, filepath.Join(dir, "gen", a.Source.Domain, fmt.Sprintf("%04d.txt", i)), a.Text())
	}
	for i := range 6 {
		write(t, filepath.Join(dir, "site", fmt.Sprintf("page-%d.txt", i)), fmt.Appendf(nil,
			"Home | World | Business | Sports\n\nStory number %d of the day\n\n"+
				"Paragraph %d tells what happened in town number %d.\n\nShare   this  article\n", i, i, i))
	}
	return dir
}

func write(t testing.TB, p string, b []byte) {
	t.Helper()
	if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
		t.Fatal(err)
	}
	if err := os.WriteFile(p, b, 0o644); err != nil {
		t.Fatal(err)
	}
}

func mustRead(t testing.TB, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

// pgConn is a plain connection to the archive's database, for checks of
// its tables.
func pgConn(t testing.TB, dsn string) *pgx.Conn {
	t.Helper()
	c, err := pgx.Connect(context.Background(), dsn)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { c.Close(context.Background()) })
	return c
}

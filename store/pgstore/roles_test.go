package pgstore_test

import (
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/archivedb"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/internal/pgtest"
	"github.com/newsreader/newsreader/store"
)

// readmeSQL returns the SQL blocks of the README's section on PostgreSQL,
// as printed there.
func readmeSQL(t *testing.T) []string {
	t.Helper()
	b, err := os.ReadFile("../../README.md")
	if err != nil {
		t.Fatal(err)
	}
	_, sec, ok := strings.Cut(string(b), "## A shared archive on PostgreSQL")
	if !ok {
		t.Fatal("README.md has no section on PostgreSQL")
	}
	sec, _, _ = strings.Cut(sec, "\n## ")
	var blocks []string
	for {
		var block string
		if _, sec, ok = strings.Cut(sec, "```sql\n"); !ok {
			return blocks
		}
		block, sec, _ = strings.Cut(sec, "```")
		blocks = append(blocks, block)
	}
}

// execAll runs a block's statements one by one (CREATE DATABASE cannot
// share a query string with others).
func execAll(t *testing.T, dsn, block string) {
	t.Helper()
	c := pgConn(t, dsn)
	for _, stmt := range strings.Split(block, ";\n") {
		if strings.TrimSpace(stmt) == "" {
			continue
		}
		if _, err := c.Exec(context.Background(), stmt); err != nil {
			t.Fatalf("%s: %v", strings.TrimSpace(stmt), err)
		}
	}
}

// TestRolesAndGrants sets up roles and grants exactly as the README
// prints them: the writer role creates the archive and imports, the
// reader role lists, searches and reads, and cannot write.
func TestRolesAndGrants(t *testing.T) {
	blocks := readmeSQL(t)
	if len(blocks) < 2 {
		t.Fatalf("README: %d SQL blocks, want the roles and the grants", len(blocks))
	}
	// Roles belong to the whole server: a server of the test's own.
	srv := startServer(t, "roles", func(dir string) (*pgtest.Server, error) {
		bin, err := pgtest.BinDir()
		if err != nil {
			return nil, err
		}
		return pgtest.Start(bin, dir)
	})
	execAll(t, srv.DSN("postgres"), blocks[0])
	execAll(t, srv.DSN("news"), blocks[1])

	ctx := context.Background()
	writer := openPG(t, srv.DSNAs("newsreader_writer", "news"), false)
	dir := corpus(t, 40)
	mustImport(t, writer, dir)
	want, err := writer.Count(ctx)
	if err != nil {
		t.Fatal(err)
	}

	reader, err := archivedb.Open(ctx, srv.DSNAs("newsreader_reader", "news"), false)
	if err != nil {
		t.Fatalf("the reader role opens the archive: %v", err)
	}
	defer reader.Close()
	if n, err := reader.Count(ctx); err != nil || n != want {
		t.Fatalf("reader: count %d, %v; want %d", n, err, want)
	}
	if items, err := reader.List(ctx, store.ListQuery{Limit: 10}); err != nil || len(items) != 10 {
		t.Errorf("reader: list %d, %v", len(items), err)
	}
	if rs, err := reader.Search(ctx, "summit", 10); err != nil || len(rs) == 0 {
		t.Errorf("reader: search %d, %v", len(rs), err)
	}
	if _, _, err := reader.Article(ctx, 1); err != nil {
		t.Errorf("reader: article: %v", err)
	}
	// The reader role reads the marks (the list shows them) but keeps
	// none, and says why.
	if _, err := reader.States(ctx, []int64{1, 2}); err != nil {
		t.Errorf("reader: marks: %v", err)
	}
	if err := reader.SetFlagged(ctx, 1, true); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("reader: a flag: %v, want ErrReadOnly", err)
	}
	// A role that may read but was not made read-only by default (its
	// writes refused by the grants alone) keeps no marks either.
	execAll(t, srv.DSN("news"), `CREATE ROLE newsreader_guest LOGIN; GRANT CONNECT ON DATABASE news TO newsreader_guest;
		GRANT USAGE ON SCHEMA public TO newsreader_guest; GRANT SELECT ON ALL TABLES IN SCHEMA public TO newsreader_guest`)
	if err := openPG(t, srv.DSNAs("newsreader_guest", "news"), false).SetRead(ctx, 1, true); !errors.Is(err, store.ErrReadOnly) {
		t.Errorf("guest: a read mark: %v, want ErrReadOnly", err)
	}
	// An import through the reader role fails and writes nothing.
	write(t, filepath.Join(dir, "more", "new.txt"), []byte("A new harbour\n\nThe new harbour opened on Monday.\n"))
	if _, err := ingest.Import(ctx, reader, []string{dir}, ingest.Options{}); err == nil {
		t.Error("an import through the reader role succeeded")
	}
	if n, err := writer.Count(ctx); err != nil || n != want {
		t.Errorf("after the reader's import: count %d, %v; want %d", n, err, want)
	}
	if _, err := pgConn(t, srv.DSNAs("newsreader_reader", "news")).Exec(ctx, `DELETE FROM articles`); err == nil {
		t.Error("the reader role deleted articles")
	}
	// The writer's later import (a new file) is readable by the reader.
	mustImport(t, writer, dir)
	if n, err := reader.Count(ctx); err != nil || n != want+1 {
		t.Errorf("reader after the writer's second import: count %d, %v; want %d", n, err, want+1)
	}
}

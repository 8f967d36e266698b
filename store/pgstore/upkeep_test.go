package pgstore_test

import (
	"context"
	"fmt"
	"strings"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store/pgstore"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// ginOf maps each partition of articles to whether it has a GIN index.
func ginOf(t *testing.T, c *pgx.Conn) map[string]bool {
	t.Helper()
	rows, err := c.Query(context.Background(), `SELECT p.relname::text, EXISTS (SELECT 1 FROM pg_index i
		JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
		WHERE i.indrelid = p.oid AND am.amname = 'gin')
		FROM pg_inherits h JOIN pg_class p ON p.oid = h.inhrelid WHERE h.inhparent = 'articles'::regclass`)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]bool{}
	for rows.Next() {
		var name string
		var gin bool
		if err := rows.Scan(&name, &gin); err != nil {
			t.Fatal(err)
		}
		m[name] = gin
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// writeGenerated writes n generated articles through w in one batch, as
// an import does, and returns a title word of each.
func writeGenerated(t *testing.T, s *pgstore.Store, w ingest.Writer, n int) []string {
	t.Helper()
	ctx := context.Background()
	if err := w.Begin(ctx); err != nil {
		t.Fatal(err)
	}
	g := gen.New(7)
	var words []string
	for i := range n {
		path := fmt.Sprintf("/gen/%d.txt", i)
		as, err := formats.ParseBytes(path, g.Next().Text(), formats.Options{})
		if err != nil || len(as) != 1 {
			t.Fatalf("parse: %d articles, %v", len(as), err)
		}
		f, err := w.FileID(ctx, path, true)
		if err != nil {
			t.Fatal(err)
		}
		p, err := s.Prepare(as[0])
		if err != nil {
			t.Fatal(err)
		}
		if _, err := w.Put(ctx, f, p, true); err != nil {
			t.Fatal(err)
		}
		words = append(words, longestWord(as[0].Title))
	}
	if err := w.Commit(ctx); err != nil {
		t.Fatal(err)
	}
	return words
}

func longestWord(title string) string {
	best := ""
	for _, f := range strings.FieldsFunc(title, func(r rune) bool { return !('a' <= r && r <= 'z' || 'A' <= r && r <= 'Z') }) {
		if len(f) > len(best) {
			best = f
		}
	}
	return best
}

// findsAll checks that a search of each word finds something.
func findsAll(t *testing.T, s *pgstore.Store, words []string, when string) {
	t.Helper()
	for _, word := range words {
		rs, err := s.Search(context.Background(), word, 5)
		if err != nil || len(rs) == 0 {
			t.Fatalf("%s: search %q: %d results, %v", when, word, len(rs), err)
		}
	}
}

// TestBigImportIndexesNewPartitionsInBulk: an import (DeferUpkeep)
// loads the partitions it creates without their GIN index, a reader
// meanwhile still finds their articles, and Upkeep gives every partition
// its GIN index.
func TestBigImportIndexesNewPartitionsInBulk(t *testing.T) {
	ctx := context.Background()
	dsn := pg.NewDB(t)
	s, reader, c := openPG(t, dsn, false), openPG(t, dsn, true), pgConn(t, dsn)
	w, err := s.OpenWriter(ctx, ingest.WriterOptions{DeferUpkeep: true})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(ctx)
	words := writeGenerated(t, s, w, 40)
	during := ginOf(t, c)
	if len(during) < 2 {
		t.Fatalf("partitions %v: want several years", during)
	}
	for p, gin := range during {
		if gin {
			t.Errorf("during the import, partition %s has its GIN index already", p)
		}
	}
	findsAll(t, reader, words, "during the import")
	if err := w.Upkeep(ctx); err != nil {
		t.Fatal(err)
	}
	for p, gin := range ginOf(t, c) {
		if !gin {
			t.Errorf("after the import, partition %s has no GIN index", p)
		}
	}
	findsAll(t, reader, words, "after the import")
}

// TestStoppedImportStillIndexes: an import closed without its Upkeep
// (stopped, or failed) leaves no partition without its GIN index.
func TestStoppedImportStillIndexes(t *testing.T) {
	ctx := context.Background()
	dsn := pg.NewDB(t)
	s, c := openPG(t, dsn, false), pgConn(t, dsn)
	w, err := s.OpenWriter(ctx, ingest.WriterOptions{DeferUpkeep: true})
	if err != nil {
		t.Fatal(err)
	}
	writeGenerated(t, s, w, 20)
	if err := w.Close(ctx); err != nil {
		t.Fatal(err)
	}
	for p, gin := range ginOf(t, c) {
		if !gin {
			t.Errorf("partition %s has no GIN index", p)
		}
	}
}

// TestSmallWriteIndexesAtOnce: a writer without DeferUpkeep (a single
// file's import) creates each partition with its GIN index.
func TestSmallWriteIndexesAtOnce(t *testing.T) {
	ctx := context.Background()
	dsn := pg.NewDB(t)
	s, c := openPG(t, dsn, false), pgConn(t, dsn)
	w, err := s.OpenWriter(ctx, ingest.WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close(ctx)
	writeGenerated(t, s, w, 10)
	for p, gin := range ginOf(t, c) {
		if !gin {
			t.Errorf("partition %s has no GIN index", p)
		}
	}
}

// TestMigrationGivesPartitionsTheirOwnGIN opens an archive of schema
// version 1 (one partitioned GIN index): after the migration each
// partition has a GIN index of its own and articles none, and a partition
// created afterwards does not get one from articles.
func TestMigrationGivesPartitionsTheirOwnGIN(t *testing.T) {
	ctx := context.Background()
	dsn := pg.NewDB(t)
	c := pgConn(t, dsn)
	for _, q := range []string{pgstore.Migrations[0],
		`CREATE TABLE newsreader_schema (version integer NOT NULL)`, `INSERT INTO newsreader_schema VALUES (1)`,
		`CREATE TABLE articles_y2001 PARTITION OF articles FOR VALUES FROM (2001) TO (2002)`} {
		if _, err := c.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	openPG(t, dsn, false)
	var name string
	err := c.QueryRow(ctx, `SELECT ic.relname::text FROM pg_index i JOIN pg_class ic ON ic.oid = i.indexrelid
		JOIN pg_am am ON am.oid = ic.relam WHERE i.indrelid = 'articles_y2001'::regclass AND am.amname = 'gin'`).Scan(&name)
	if err != nil || name != "articles_y2001_tsv" {
		t.Fatalf("GIN index of articles_y2001: %q, %v", name, err)
	}
	if _, err := c.Exec(ctx, `CREATE TABLE articles_y2002 PARTITION OF articles FOR VALUES FROM (2002) TO (2003)`); err != nil {
		t.Fatal(err)
	}
	if gin := ginOf(t, c); gin["articles_y2002"] {
		t.Error("a new partition got a GIN index from articles: the partitioned index is still there")
	}
}

// partitionStats is each partition's row count and how often it was
// analysed.
func partitionStats(t *testing.T, c *pgx.Conn) (rows, analyzed map[string]int) {
	t.Helper()
	ctx := context.Background()
	rows, analyzed = map[string]int{}, map[string]int{}
	for q, m := range map[string]map[string]int{
		`SELECT tableoid::regclass::text, count(*) FROM articles GROUP BY 1`:                            rows,
		`SELECT relname::text, analyze_count FROM pg_stat_user_tables WHERE relname LIKE 'articles_y%'`: analyzed,
	} {
		r, err := c.Query(ctx, q)
		if err != nil {
			t.Fatal(err)
		}
		for r.Next() {
			var name string
			var n int
			if err := r.Scan(&name, &n); err != nil {
				t.Fatal(err)
			}
			m[name] = n
		}
		if err := r.Err(); err != nil {
			t.Fatal(err)
		}
	}
	return rows, analyzed
}

// TestSmallImportAnalysesOnlyItsPartitions: an import into a new
// archive analyses every partition; a small one into a bigger archive
// analyses only a partition it added a tenth of the rows to or created,
// not the whole table.
func TestSmallImportAnalysesOnlyItsPartitions(t *testing.T) {
	dsn := pg.NewDB(t)
	s, c := openPG(t, dsn, false), pgConn(t, dsn)
	mustImport(t, s, corpus(t, 300))
	rows0, an0 := partitionStats(t, c)
	for p := range rows0 {
		if an0[p] == 0 {
			t.Errorf("after the first import, partition %s was not analysed", p)
		}
	}
	dir := t.TempDir()
	write(t, dir+"/one.txt", gen.New(99).Next().Text())
	mustImport(t, s, dir)
	rows1, an1 := partitionStats(t, c)
	for p, n := range rows1 {
		added, before := n-rows0[p], rows0[p]
		switch {
		case before == 0 && an1[p] == 0:
			t.Errorf("new partition %s was not analysed", p)
		case before > 0 && 10*added < before && an1[p] != an0[p]:
			t.Errorf("partition %s (%d rows, %d added) was analysed again", p, before, added)
		}
	}
}

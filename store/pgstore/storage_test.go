package pgstore_test

import (
	"context"
	"testing"

	"github.com/newsreader/newsreader/store/pgstore"
)

// TestArticlesCompressTSVectorWithLZ4: an archive of schema version 4
// (its partitions made then) gets lz4 for the tsvector and no second
// compression of the zstd body at its upgrade, in the partitions it had
// and those an import creates after; the tsvectors an import then
// writes are stored lz4-compressed (pglz cost the COPY more CPU than the
// rest of it and compressed less).
func TestArticlesCompressTSVectorWithLZ4(t *testing.T) {
	ctx := context.Background()
	dsn := pg.NewDB(t)
	c := pgConn(t, dsn)
	for _, q := range append(append([]string(nil), pgstore.Migrations[:4]...),
		`CREATE TABLE newsreader_schema (version integer NOT NULL)`, `INSERT INTO newsreader_schema VALUES (4)`,
		`CREATE TABLE articles_y2001 PARTITION OF articles FOR VALUES FROM (2001) TO (2002)`) {
		if _, err := c.Exec(ctx, q); err != nil {
			t.Fatal(err)
		}
	}
	s := openPG(t, dsn, false)
	mustImport(t, s, corpus(t, 40))
	rows, err := c.Query(ctx, `SELECT a.attrelid::regclass::text, a.attcompression::text, b.attstorage::text
		FROM pg_attribute a JOIN pg_attribute b ON b.attrelid = a.attrelid AND b.attname = 'body'
		WHERE a.attname = 'tsv' AND a.attrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'articles'::regclass)`)
	if err != nil {
		t.Fatal(err)
	}
	n := 0
	for rows.Next() {
		var part, comp, storage string
		if err := rows.Scan(&part, &comp, &storage); err != nil {
			t.Fatal(err)
		}
		n++
		if comp != "l" || storage != "e" {
			t.Errorf("%s: tsv compression %q, body storage %q; want l (lz4), e (external)", part, comp, storage)
		}
	}
	if err := rows.Err(); err != nil || n < 3 {
		t.Fatalf("%d partitions, %v", n, err)
	}
	var pglz int
	if err := c.QueryRow(ctx, `SELECT count(*) FROM articles WHERE pg_column_compression(tsv) = 'pglz'`).Scan(&pglz); err != nil {
		t.Fatal(err)
	}
	if pglz > 0 {
		t.Errorf("%d tsvectors stored with pglz", pglz)
	}
}

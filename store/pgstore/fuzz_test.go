package pgstore_test

import (
	"context"
	"errors"
	"testing"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store/pgstore"
)

// FuzzTSQuery holds the translation of queries to tsquery to this: for
// any text the query language parses, the server takes the tsquery text
// (no syntax error from words, quotes, colons, operators or any script),
// and the whole search, with its filters, runs without a server error.
// The corpus is kept in testdata/fuzz/FuzzTSQuery.
func FuzzTSQuery(f *testing.F) {
	for _, q := range searchQueries {
		f.Add(q)
	}
	for _, q := range []string{`a:b`, `'quoted'`, `don't`, `a\b`, `x & y | !z`, `(a <-> b)`, `"a:*" b:*`,
		`title:"a' b"`, `*`, `**a`, `a*b*`, `東京 サミット`, `العربية`, `café naïve`, `person:"O'Brien"`,
		`source:"a b"`, `after:2016-02 before:2016-03 x`, `title:-x y`, `OR OR`, `"" x`, "a\x00b", `-"a b" c`} {
		f.Add(q)
	}
	// The small archive searched, and a plain connection.
	dsn := pg.NewDB(f)
	s := openPG(f, dsn, false)
	mustImport(f, s, corpus(f, 5))
	c := pgConn(f, dsn)
	f.Fuzz(func(t *testing.T, text string) {
		q, err := query.Parse(text)
		if err != nil {
			return // not a query: Search gives the parse error
		}
		ctx := context.Background()
		tsq, err := pgstore.ToTSQuery(q)
		if err != nil {
			if !errors.Is(err, query.ErrOnlyNegated) {
				t.Fatalf("%q: %v", text, err)
			}
			return
		}
		if tsq != "" {
			var s string
			if err := c.QueryRow(ctx, `SELECT $1::tsquery::text`, tsq).Scan(&s); err != nil {
				t.Fatalf("%q as %q: the server refuses it: %v", text, tsq, err)
			}
		}
		if _, err := s.SearchQuery(ctx, q, 5); err != nil {
			var pe *pgconn.PgError
			if errors.As(err, &pe) || !errors.Is(err, query.ErrBadQuery) {
				t.Fatalf("%q (tsquery %q): %v", text, tsq, err)
			}
		}
	})
}

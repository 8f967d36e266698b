package pgstore_test

import (
	"context"
	"fmt"
	"maps"
	"path/filepath"
	"slices"
	"testing"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// TestHistogramSameAsGroupedCount: the day counters the PostgreSQL
// writer keeps (articles per day, per source and day) equal the
// articles grouped by day, after an import and after a second one that
// changes records' dates, sources and words and removes duplicates; the
// histograms they serve (no words: all, a source, dates) equal the
// articles of the matching rows grouped by day, and the SQLite
// archive's.
func TestHistogramSameAsGroupedCount(t *testing.T) {
	ctx := context.Background()
	sq, err := store.Open(filepath.Join(t.TempDir(), "archive.db"), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { sq.Close() })
	dsn := pg.NewDB(t)
	bs := []backend{{"sqlite", sq}, {"postgres", openPG(t, dsn, false)}}
	c := pgConn(t, dsn)
	g := gen.New(7)
	var recs []ingest.Record
	var source string
	for i := range 500 {
		a := g.Next()
		recs = append(recs, ingest.Record{Path: fmt.Sprintf("synth:%s/%05d.txt", a.Source.Domain, i), Article: a.Content()})
		source = a.Source.Domain
	}
	add := func(recs []ingest.Record) (sum ingest.Summary) {
		for _, b := range bs {
			s, err := ingest.AddArticles(ctx, b.a, recs, ingest.Options{})
			if err != nil {
				t.Fatal(err)
			}
			sum = s
		}
		return sum
	}
	compare := func(stage string) {
		counters := dayRows(t, c, `SELECT day::text, n FROM day_counts WHERE n <> 0`)
		grouped := dayRows(t, c, `SELECT (sort_key >> 32)::text, count(*) FROM articles WHERE sort_key >= 4294967296 GROUP BY 1`)
		if !maps.Equal(counters, grouped) || len(grouped) < 100 {
			t.Errorf("%s: day counters %d days, articles grouped by day %d days: differ", stage, len(counters), len(grouped))
		}
		counters = dayRows(t, c, `SELECT source || ' ' || day, n FROM source_days WHERE n <> 0`)
		grouped = dayRows(t, c, `SELECT lower(source) || ' ' || (sort_key >> 32), count(*) FROM articles WHERE sort_key >= 4294967296 GROUP BY 1`)
		if !maps.Equal(counters, grouped) {
			t.Errorf("%s: source and day counters (%d) differ from the articles grouped (%d)", stage, len(counters), len(grouped))
		}
		for _, text := range []string{"", "source:" + source, "after:2015-01-01 before:2019-06-01", "source:" + source + " after:2018-03-01"} {
			q, err := query.Parse(text)
			if err != nil {
				t.Fatal(err)
			}
			var hs [2][]period.Bucket
			for i, b := range bs {
				if hs[i], err = b.a.(histogrammer).Histogram(ctx, q, period.Day); err != nil {
					t.Fatal(err)
				}
			}
			if !slices.Equal(hs[0], hs[1]) {
				t.Errorf("%s: histogram by day of %q: sqlite %d days, %d articles; postgres %d days, %d articles",
					stage, text, len(hs[0]), bucketSum(hs[0]), len(hs[1]), bucketSum(hs[1]))
			}
		}
	}
	add(recs)
	compare("imported")
	// The same records again, every seventh a copy of the next (so
	// removed as its duplicate), every third with another article's
	// content: new dates, sources and words for existing records.
	for i := 1; i+1 < len(recs); i += 7 {
		recs[i].Article = recs[i+1].Article
	}
	g = gen.New(8)
	for i := range recs {
		if i%3 == 0 {
			recs[i].Article = g.Next().Content()
		}
	}
	if sum := add(recs[:450]); sum.Updated < 100 || sum.Duplicates < 40 {
		t.Fatalf("second import: %+v, want articles changed and removed", sum)
	}
	compare("changed")
}

// dayRows reads (key, count) rows into a map.
func dayRows(t *testing.T, c *pgx.Conn, stmt string) map[string]int64 {
	t.Helper()
	rows, err := c.Query(context.Background(), stmt)
	if err != nil {
		t.Fatal(err)
	}
	m := map[string]int64{}
	for rows.Next() {
		var k string
		var n int64
		if err := rows.Scan(&k, &n); err != nil {
			t.Fatal(err)
		}
		m[k] += n
	}
	if err := rows.Err(); err != nil {
		t.Fatal(err)
	}
	return m
}

// bucketSum is the articles counted in buckets.
func bucketSum(bs []period.Bucket) int {
	n := 0
	for _, b := range bs {
		n += b.Count
	}
	return n
}

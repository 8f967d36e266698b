package pgstore

import (
	"context"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/query"
)

// The counters of articles per day and per source and day (migration
// 6), kept by the writer as the SQLite archive keeps its own (its
// migration 4): a histogram with no words or person to match (all the
// archive, a source, dates) reads a few thousand counters rather than
// every article's row (a GIN index gives no column, so the histogram of
// every article read them all). Undated articles are not counted; a
// counter that falls to 0 stays, and readers skip it.

// sourceDay is a source's day of publication (the day a sort key
// carries), the source as stored: the server lower-cases it.
type sourceDay struct {
	source string
	day    int64
}

// day counts an article of source added (sign 1) or removed (-1) whose
// sort key is key.
func (c *counters) day(source string, key int64, sign int) {
	day := key >> 32
	if day <= 0 {
		return
	}
	if c.days == nil {
		c.days = map[sourceDay]int{}
	}
	c.days[sourceDay{source, day}] += sign
}

// queueDays queues the batch's changes to the day counters, one
// statement for each table.
func (w *writer) queueDays(b *pgx.Batch) {
	var sources []string
	var days, ns []int64
	for k, n := range w.counts.days {
		if n != 0 {
			sources, days, ns = append(sources, k.source), append(days, k.day), append(ns, int64(n))
		}
	}
	if len(days) == 0 {
		return
	}
	b.Queue(`INSERT INTO day_counts(day, n) SELECT d, sum(n) FROM unnest($1::bigint[], $2::bigint[]) AS t(d, n)
		GROUP BY d ON CONFLICT (day) DO UPDATE SET n = day_counts.n + excluded.n`, days, ns)
	b.Queue(`INSERT INTO source_days(source, day, n)
		SELECT lower(s) COLLATE "C", d, sum(n) FROM unnest($1::text[], $2::bigint[], $3::bigint[]) AS t(s, d, n)
		GROUP BY 1, 2 ON CONFLICT (source, day) DO UPDATE SET n = source_days.n + excluded.n`, sources, days, ns)
}

// counterDays reads the articles per day of a query without words or
// person from the counters into days: the days within its dates, of its
// sources if it names any (sources: lower-cased, as sourcesOf gives).
func (s *Store) counterDays(ctx context.Context, days map[int64]int, q query.Query, sources []string) error {
	lo, hi := int64(1), int64(1)<<31
	if q.After != nil || q.Before != nil {
		kLo, kHi := dateBounds(q)
		lo, hi = max(lo, kLo>>32), kHi>>32
	}
	stmt, args := `SELECT day, n FROM day_counts WHERE day >= $1 AND day < $2 AND n > 0`, []any{lo, hi}
	if q.Source != "" {
		stmt = `SELECT day, sum(n) FROM source_days WHERE source = ANY($3::text[]) AND day >= $1 AND day < $2 AND n > 0 GROUP BY 1`
		args = append(args, sources)
	}
	rows, err := s.pool.Query(ctx, stmt, args...)
	if err != nil {
		return s.queryError(err)
	}
	defer rows.Close()
	for rows.Next() {
		var day int64
		var n int
		if err := rows.Scan(&day, &n); err != nil {
			return s.wrap(err)
		}
		days[day] += n
	}
	return s.queryError(rows.Err())
}

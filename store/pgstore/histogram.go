package pgstore

import (
	"context"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// Histogram counts the articles matching q per period of unit (coverage
// over time), as store.Store.Histogram does: oldest period first, gaps
// filled with empty periods, articles of unknown date left out, nil when
// nothing matches. The query is the search's (filters and all), every
// match counted, none ranked: the server groups the matches by the day
// their sort key carries (sort_key >> 32, the SQLite archive's day
// number), and the days are gathered into periods as the SQLite archive
// gathers them (store.BucketsOf). The reader's coverage chart and
// `search --histogram` both use it.
//
// A query with no words or person (all the archive, a source, dates)
// is read from the counters per day the writer keeps (days.go).
//
// Cost of a query with words (BenchmarkHistogramBeside, 20k synthetic
// articles, by month, 40 runs, 2 shared cores at load ~8): a broad word
// (in ~20% of the articles) p50 14.5 ms, 16.5 ms of server CPU; a
// narrow word 1.3 ms. A GIN index gives no column, so each match's row
// is read for its sort key: the cost grows with the matches.
func (s *Store) Histogram(ctx context.Context, q query.Query, unit period.Unit) ([]period.Bucket, error) {
	f, none, err := s.filterOf(ctx, q)
	if err != nil || none {
		return nil, err
	}
	if f.match == "" && q.Person == "" {
		days := map[int64]int{}
		if err := s.counterDays(ctx, days, q, f.sources); err != nil {
			return nil, err
		}
		return store.BucketsOf(days, unit), nil
	}
	// Day 0 is the unknown date, kept in partition 0: neither is counted.
	f.where = append(f.where, `a.sort_key >= `+f.arg(int64(1)<<32), `a.year >= 1`)
	stmt := `SELECT a.sort_key >> 32, count(*) FROM articles a WHERE ` + f.cond() + ` GROUP BY 1`
	rows, err := s.pool.Query(ctx, stmt, f.args...)
	if err != nil {
		return nil, s.queryError(err)
	}
	defer rows.Close()
	days := map[int64]int{}
	for rows.Next() {
		var day int64
		var n int
		if err := rows.Scan(&day, &n); err != nil {
			return nil, s.wrap(err)
		}
		days[day] += n
	}
	if err := rows.Err(); err != nil {
		return nil, s.queryError(err)
	}
	return store.BucketsOf(days, unit), nil
}

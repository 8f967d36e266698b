package pgstore

import (
	"context"
	"math"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// rankWeights are ts_rank's weights of {D, C, B, A}: title (A) 1, the
// people's names (C) 0.5, body (B) 0.125, the SQLite archive's 8:4:1.
const rankWeights = `'{0, 0.5, 0.125, 1.0}'`

// Search runs a query in the syntax of package query and returns the
// best limit results with snippets, as store.Store.Search does.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]store.Result, error) {
	q, err := query.Parse(text)
	if err != nil {
		return nil, err
	}
	return s.SearchQuery(ctx, q, limit)
}

// SearchQuery is Search of a parsed query. Like the SQLite archive, it
// ranks the newest store.DefaultCandidates matches only: news search
// favours recent articles, and a word in a fifth of a million articles
// would otherwise have all of them ranked.
func (s *Store) SearchQuery(ctx context.Context, q query.Query, limit int) ([]store.Result, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	f, none, err := s.filterOf(ctx, q)
	if err != nil || none {
		return []store.Result{}, err
	}
	// The statement is built before it is run, so that every argument is
	// in f.args when they are passed.
	cond, arg := f.cond(), f.arg
	var stmt string
	if f.words == "" {
		stmt = `SELECT a.id, 0 FROM articles a WHERE ` + cond + ` ORDER BY a.sort_key DESC LIMIT ` + arg(limit)
	} else {
		stmt = `SELECT id, r FROM (SELECT c.id, c.sort_key, ts_rank(` + rankWeights + `, c.tsv, ` + arg(f.match) + `::tsquery) AS r
			FROM (SELECT a.id, a.sort_key, a.tsv FROM articles a WHERE ` + cond + ` ORDER BY a.sort_key DESC LIMIT ` +
			arg(store.DefaultCandidates) + `) c) ranked ORDER BY r DESC, sort_key DESC LIMIT ` + arg(limit)
	}
	ids, scores, err := s.ids(ctx, stmt, f.args...)
	if err != nil {
		return nil, err
	}
	return s.results(ctx, ids, scores, q)
}

// dateFilter is the conditions of the query's dates: on the sort key (a
// day above the id, as the SQLite archive's) and on the year, which
// prunes the partitions outside the dates. Articles of unknown date pass
// no date filter.
func dateFilter(q query.Query, arg func(any) string) []string {
	if q.After == nil && q.Before == nil {
		return nil
	}
	lo, hi := dateBounds(q)
	yLo, yHi := 1, 9999
	if q.After != nil {
		yLo = q.After.UTC().Year()
	}
	if q.Before != nil {
		yHi = q.Before.UTC().Year()
	}
	return []string{`a.sort_key >= ` + arg(lo), `a.sort_key < ` + arg(hi),
		`a.year BETWEEN ` + arg(yLo) + ` AND ` + arg(yHi)}
}

// dateBounds is the range of sort keys of the query's dates, [lo, hi):
// both at the start of a day.
func dateBounds(q query.Query) (lo, hi int64) {
	lo, hi = int64(1)<<32, int64(math.MaxInt64)
	if q.After != nil {
		lo = max(lo, store.DayBound(q.After.Unix()))
	}
	if q.Before != nil {
		hi = store.DayBound(q.Before.Unix())
	}
	return lo, hi
}

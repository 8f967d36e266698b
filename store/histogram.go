package store

import (
	"context"
	"maps"
	"slices"
	"time"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
)

// Histogram counts the articles matching q per period of unit (coverage
// over time), oldest period first, from the first period with a match to
// the last, periods without one included (Count 0); nil when nothing
// matches. Articles of unknown date are not counted. The query is the
// search's, filters and all, but nothing is ranked: the matches' index
// rowids carry their publication day (see ftsKey), so the counts are
// grouped from the full-text index alone, one year's table at a time,
// with no article row read unless a source or person filter asks for it.
// The reader's coverage chart and `search --histogram` both use it.
//
// Cost (BenchmarkHistogram, 100k synthetic articles, 2 shared cores): a
// word in nearly every article 25 ms of CPU, a narrow one 2 ms; most of
// the broad query's time is SQLite sorting the matches by day for GROUP
// BY (a bare count(*) takes a third of it). One count(*) per month over
// its rowid range was tried and was slower (42 ms): FTS5 pays for each
// query's setup again.
func (s *Store) Histogram(ctx context.Context, q query.Query, unit period.Unit) ([]period.Bucket, error) {
	fq, err := toFTS(q)
	if err != nil {
		return nil, err
	}
	days, err := s.matchDays(ctx, fq)
	if err != nil {
		return nil, err
	}
	return bucketsOf(days, unit), nil
}

// bucketsOf gathers counts per day number (see dayOf) into the periods
// of unit, gaps filled with empty buckets (period.Group, as the reader's
// chart regroups them).
func bucketsOf(days map[int64]int, unit period.Unit) []period.Bucket {
	keys := slices.Sorted(maps.Keys(days))
	byDay := make([]period.Bucket, len(keys))
	for i, d := range keys {
		byDay[i] = period.Bucket{Start: time.Unix((d-unixDay0-1)*86400, 0).UTC(), Count: days[d]}
	}
	return period.Group(byDay, unit)
}

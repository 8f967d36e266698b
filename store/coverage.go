package store

import (
	"context"
	"slices"
	"strings"
	"time"
)

// This file counts a search's matches per day for the reader's coverage
// chart. The CLI's histogram (histogram.go, written beside it) answers
// the same question; the two are to become one.

// DayCount is the number of matching articles published on one day.
type DayCount struct {
	Day   time.Time // midnight UTC
	Count int
}

// CoverageDays counts the articles matching a search (the syntax of
// Search; "" or only spaces is every article) per day of publication,
// oldest first, leaving out empty days and undated articles. No article
// is read: the day is the high bits of each match's fts_key (its rowid
// in the index), so a query with words counts the rowids FTS5 yields, and
// one without counts the keys of an index of articles.
func (s *Store) CoverageDays(ctx context.Context, text string) ([]DayCount, error) {
	q := &ftsQuery{}
	if strings.TrimSpace(text) != "" {
		var err error
		if q, err = parseQuery(text); err != nil {
			return nil, err
		}
	}
	f, none, err := s.filterOf(ctx, q)
	if err != nil || none {
		return []DayCount{}, err
	}
	f.lo = max(f.lo, 1<<dayShift) // day 0: undated
	counts := map[int64]int{}
	if f.match == "" {
		where := append([]string{`a.fts_key >= ? AND a.fts_key < ?`}, f.where...)
		err = s.countDays(ctx, counts, `SELECT a.fts_key >> 32, count(*) FROM articles a WHERE `+
			strings.Join(where, ` AND `)+` GROUP BY 1`, append([]any{f.lo, f.hi}, f.args...)...)
	} else {
		err = s.countMatchDays(ctx, counts, f)
	}
	if err != nil {
		return nil, err
	}
	return sortedDays(counts), nil
}

// countMatchDays adds up the matches of f per day in every year's index.
func (s *Store) countMatchDays(ctx context.Context, counts map[int64]int, f matchFilter) error {
	parts, err := s.partitions(ctx, f.lo, f.hi)
	if err != nil {
		return err
	}
	for _, year := range parts {
		if year == 0 {
			continue
		}
		from, where, args := f.sql(partName(year))
		if err := s.countDays(ctx, counts, `SELECT f.rowid >> 32, count(*) FROM `+from+` WHERE `+where+` GROUP BY 1`, args...); err != nil {
			return err
		}
	}
	return nil
}

// countDays runs a statement of (day, count) rows and adds them up.
func (s *Store) countDays(ctx context.Context, counts map[int64]int, q string, args ...any) error {
	rows, err := s.query(ctx, q, args...)
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
		counts[day] += n
	}
	return s.queryError(rows.Err())
}

// sortedDays turns day numbers (see dayOf) and their counts into dates,
// oldest first.
func sortedDays(counts map[int64]int) []DayCount {
	out := make([]DayCount, 0, len(counts))
	for d, n := range counts {
		out = append(out, DayCount{Day: time.Unix((d-unixDay0-1)*86400, 0).UTC(), Count: n})
	}
	slices.SortFunc(out, func(a, b DayCount) int { return a.Day.Compare(b.Day) })
	return out
}

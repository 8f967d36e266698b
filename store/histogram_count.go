package store

import (
	"context"
	"runtime"
	"strings"
	"sync"

	"golang.org/x/sync/errgroup"
)

// matchDays counts the articles matching fq per day of publication (day
// numbers, see dayOf), undated articles left out; the histogram and the
// reader's coverage chart (through ui/archivestore) are both read from it.
//
// A query with no words or person (everything, a source, dates) is read
// from the counters per day the writer keeps (migration 4). Otherwise
// each year's index lists its matches' rowids, which carry their day
// (ftsKey), concatenated by SQLite into one string per year that Go
// counts: grouping by day in SQL sorted every match first, two thirds of
// the time. The years are counted in parallel.
func (s *Store) matchDays(ctx context.Context, fq *ftsQuery) (map[int64]int, error) {
	days := map[int64]int{}
	f, none, err := s.filterOf(ctx, fq)
	if err != nil || none {
		return days, err
	}
	// Day 0 is the unknown date: not counted.
	f.lo = max(f.lo, 1<<dayShift)
	if f.match == "" {
		return days, s.counterDays(ctx, days, f)
	}
	parts, err := s.partitions(ctx, f.lo, f.hi)
	if err != nil {
		return nil, err
	}
	var mu sync.Mutex
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(runtime.GOMAXPROCS(0))
	for _, year := range parts {
		if year == 0 {
			continue
		}
		g.Go(func() error {
			// Days are written from the year's first: three digits at most.
			lo, _ := yearKeys(year)
			from, where, args := f.sql(partName(year))
			ids, err := s.queryString(gctx, `SELECT coalesce(group_concat((f.rowid >> 32) - ?), '') FROM `+from+
				` WHERE `+where, append([]any{lo >> dayShift}, args...)...)
			if err != nil {
				return err
			}
			var counts [367]int
			countRuns(&counts, ids)
			mu.Lock()
			defer mu.Unlock()
			for i, n := range counts {
				if n > 0 {
					days[lo>>dayShift+int64(i)] += n
				}
			}
			return nil
		})
	}
	if err := g.Wait(); err != nil {
		return nil, err
	}
	return days, nil
}

// countRuns counts the days of the year in list, written in decimal from
// the year's first day (0-365) and separated by commas. Text, because
// SQLite's group_concat builds it in one step per match, where a row per
// match cost more to hand over to Go than SQL took to find it.
func countRuns(counts *[367]int, list string) {
	if list == "" {
		return
	}
	day := 0
	for i := 0; i <= len(list); i++ {
		if i < len(list) && list[i] != ',' {
			day = day*10 + int(list[i]-'0')
			continue
		}
		if day < len(counts) {
			counts[day]++
		}
		day = 0
	}
}

// counterDays adds to days the counters per day in f's range, of f's
// sources when it names any.
func (s *Store) counterDays(ctx context.Context, days map[int64]int, f matchFilter) error {
	lo, hi := f.lo>>dayShift, f.hi>>dayShift
	if f.hi&(1<<dayShift-1) != 0 {
		hi++ // the bound is within day hi: count it
	}
	stmt, args := `SELECT day, n FROM day_counts WHERE day >= ? AND day < ? AND n > 0`, []any{lo, hi}
	if len(f.sources) > 0 {
		stmt = `SELECT day, n FROM source_days WHERE source IN (?` + strings.Repeat(`, ?`, len(f.sources)-1) +
			`) AND day >= ? AND day < ? AND n > 0`
		args = args[:0]
		for _, src := range f.sources {
			args = append(args, src)
		}
		args = append(args, lo, hi)
	}
	return s.countDays(ctx, days, stmt, args...)
}

// queryString runs a statement of one text value (a prepared statement
// kept, as s.query does).
func (s *Store) queryString(ctx context.Context, stmt string, args ...any) (string, error) {
	rows, err := s.query(ctx, stmt, args...)
	if err != nil {
		return "", s.queryError(err)
	}
	defer rows.Close()
	var out string
	if rows.Next() {
		if err := rows.Scan(&out); err != nil {
			return "", s.wrap(err)
		}
	}
	return out, s.queryError(rows.Err())
}

// countDays adds the (day, count) rows of a statement to days.
func (s *Store) countDays(ctx context.Context, days map[int64]int, stmt string, args ...any) error {
	rows, err := s.query(ctx, stmt, args...)
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

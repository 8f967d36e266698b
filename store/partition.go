package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"time"
)

// The full-text index is split by publication year, one FTS5 table per
// year. FTS5's bm25() reads, for every query term, the whole list of
// documents holding it (to weigh rare words above common ones), so the
// cost of ranking grows with the size of the table searched, however few
// candidates are ranked. A search walks the years from the newest and
// ranks a bounded number of the newest matches (DefaultCandidates), so it
// touches one or two years' tables for a broad query whatever the size
// of the archive. A narrow query visits every year, each cheaply.

// partName is the FTS5 table of a year (0 for unknown dates).
func partName(year int) string { return fmt.Sprintf("fts_%04d", year) }

// createPartSQL creates a year's FTS5 table. Contentless: the text lives
// compressed in articles and snippets are cut in Go from it;
// contentless_delete lets a changed article be replaced. Its merge
// settings are set apart (openPartition, setMerging).
func createPartSQL(name string) string {
	return `CREATE VIRTUAL TABLE IF NOT EXISTS ` + name + ` USING fts5(
	title, text, people,
	content='', contentless_delete=1,
	tokenize='unicode61 remove_diacritics 2')`
}

// yearOfKey is the publication year encoded in an fts_key (0: unknown).
func yearOfKey(key int64) int {
	day := key >> dayShift
	if day <= 0 {
		return 0
	}
	return time.Unix((day-unixDay0-1)*86400, 0).UTC().Year()
}

// partitions lists the years that have an index table, newest first,
// keeping those that may hold keys in [lo, hi); the unknown-date
// partition comes last and only when lo is 0.
func (s *Store) partitions(ctx context.Context, lo, hi int64) ([]int, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT year FROM fts_parts ORDER BY year DESC`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	loYear, hiYear := yearOfKey(lo), yearOfKey(hi-1)
	var out []int
	for rows.Next() {
		var y int
		if err := rows.Scan(&y); err != nil {
			return nil, s.wrap(err)
		}
		if y == 0 {
			if lo == 0 {
				out = append(out, 0)
			}
			continue
		}
		if y >= loYear && y <= hiYear {
			out = append(out, y)
		}
	}
	return out, s.wrap(rows.Err())
}

// yearKeys is the range [lo, hi) of the fts_keys of a year's articles.
func yearKeys(year int) (lo, hi int64) {
	if year == 0 {
		return 0, 1 << dayShift
	}
	day := func(y int) int64 {
		ts := time.Date(y, 1, 1, 0, 0, 0, 0, time.UTC).Unix()
		return dayOf(&ts)
	}
	return day(year) << dayShift, day(year+1) << dayShift
}

// optimizeAfter is how many articles an import must add to a year's
// index, and at least as many as the year held, before it merges that
// index into one segment (see holdMerges): a query then seeks each word
// once in the year instead of once per segment.
const optimizeAfter = 1000

// Optimize merges the index of each given year (every year when none is
// given) into one segment, which makes searches cheaper. Import does it
// for the years it added many articles to, at least doubling them; it
// costs about as much as writing the year's whole index once.
func (s *Store) Optimize(ctx context.Context, years ...int) error {
	if s.readOnly {
		return fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	if len(years) == 0 {
		all, err := s.partitions(ctx, 0, math.MaxInt64)
		if err != nil {
			return err
		}
		years = all
	}
	for _, y := range years {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := optimizeYear(ctx, s.db, y); err != nil {
			return s.wrap(err)
		}
		if err := refreshYear(ctx, s.db, y); err != nil {
			return s.wrap(err)
		}
	}
	return nil
}

// execer is what *sql.DB and *sql.Conn both offer to run a statement.
type execer interface {
	ExecContext(context.Context, string, ...any) (sql.Result, error)
}

// optimizeYear merges a year's index into one segment, in a transaction
// of its own.
func optimizeYear(ctx context.Context, db execer, year int) error {
	name := partName(year)
	_, err := db.ExecContext(ctx, `INSERT INTO `+name+`(`+name+`) VALUES ('optimize')`)
	return err
}

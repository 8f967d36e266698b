package store

import (
	"context"
	"database/sql"
	"fmt"
	"strconv"
	"strings"
)

// Stored document frequencies. Ranking on the archive's scale (stats.go)
// needs, for each query word, how many articles of each year hold it.
// FTS5 keeps no such count: counting a word's matches walks its whole
// list of articles, ~2 ms a year for a word in half of a million-article
// archive's 37,000 articles a year, so ~110 ms for a two-word query over
// 27 years, on every search. The archive keeps them instead (migration
// 6): term_years holds every indexed word's article count in each year's
// table, read from FTS5's own vocabulary (fts5vocab, so the words are
// cut exactly as the index cuts them), and term_years_of the year's row
// count and token total at that moment, read from the same averages
// record bm25() reads. A year whose table has changed since (another
// row count or token total) is stale: its words are counted again at
// search time, as before, so a stale count is never used. The counts are
// refreshed when the writer merges a year's index at the end of an
// import (Upkeep), by Optimize, and by the migration.

// allTotals reads the row count and token total of the tables of years
// (tableTotals) in one statement.
func (s *Store) allTotals(ctx context.Context, years []int) (map[int][2]int64, error) {
	out := map[int][2]int64{}
	if len(years) == 0 {
		return out, nil
	}
	parts := make([]string, len(years))
	for i, y := range years {
		parts[i] = `SELECT ` + strconv.Itoa(y) + `, block FROM ` + partName(y) + `_data WHERE id = 1`
	}
	rows, err := s.query(ctx, strings.Join(parts, ` UNION ALL `))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var y int
		var blob []byte
		if err := rows.Scan(&y, &blob); err != nil {
			return nil, s.wrap(err)
		}
		r, t := totalsOf(blob)
		out[y] = [2]int64{r, t}
	}
	return out, s.wrap(rows.Err())
}

// countedTotals are the totals of each year when its words were counted
// (term_years_of).
func (s *Store) countedTotals(ctx context.Context) (map[int][2]int64, error) {
	rows, err := s.query(ctx, `SELECT year, rows, tokens FROM term_years_of`)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[int][2]int64{}
	for rows.Next() {
		var y int
		var r, t int64
		if err := rows.Scan(&y, &r, &t); err != nil {
			return nil, s.wrap(err)
		}
		out[y] = [2]int64{r, t}
	}
	return out, s.wrap(rows.Err())
}

// storedWord is the stored article count of a word in each year that
// holds it.
func (s *Store) storedWord(ctx context.Context, word string) (map[int]int64, error) {
	rows, err := s.query(ctx, `SELECT year, docs FROM term_years WHERE year IN (SELECT year FROM fts_parts) AND term = ?`, word)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[int]int64{}
	for rows.Next() {
		var y int
		var n int64
		if err := rows.Scan(&y, &n); err != nil {
			return nil, s.wrap(err)
		}
		out[y] = n
	}
	return out, s.wrap(rows.Err())
}

// storable reports whether a phrase's document frequency is a stored
// count: one whole word (no prefix, no phrase of several words, whose
// articles are not the word's), in any column, not CJK (indexed as
// character pairs). Other phrases are counted.
func (p phrase) storable() bool {
	return p.col == colAny && len(p.words) == 1 && !p.prefix && !p.cjk
}

// refreshTermYears replaces the stored counts of the given years with
// FTS5's vocabulary of each year's table, on db (the writer's
// connection, in or out of a transaction). It costs a read of the year's
// whole index: ~5 s for a year of 37,000 3-KB articles.
func refreshTermYears(ctx context.Context, db querier, years []int) (err error) {
	// One savepoint: the counts and the totals they were read at change
	// together, in or out of the caller's transaction.
	if _, err := db.ExecContext(ctx, `SAVEPOINT term_years`); err != nil {
		return err
	}
	defer func() {
		if err != nil {
			db.ExecContext(ctx, `ROLLBACK TO term_years`)
		}
		if _, rerr := db.ExecContext(ctx, `RELEASE term_years`); err == nil {
			err = rerr
		}
	}()
	for _, y := range years {
		name := partName(y)
		vocab := "temp.vocab_" + name
		if _, err := db.ExecContext(ctx, `CREATE VIRTUAL TABLE IF NOT EXISTS `+vocab+` USING fts5vocab(main, '`+name+`', 'row')`); err != nil {
			return err
		}
		rows, tokens, err := readTotals(ctx, db, y)
		if err != nil {
			return err
		}
		for _, q := range []string{
			`DELETE FROM term_years WHERE year = ?`,
			`INSERT INTO term_years(year, term, docs) SELECT ?, term, doc FROM ` + vocab,
		} {
			if _, err := db.ExecContext(ctx, q, y); err != nil {
				return fmt.Errorf("word counts of %d: %w", y, err)
			}
		}
		if _, err := db.ExecContext(ctx, `INSERT OR REPLACE INTO term_years_of(year, rows, tokens) VALUES (?, ?, ?)`, y, rows, tokens); err != nil {
			return err
		}
		if _, err := db.ExecContext(ctx, `DROP TABLE `+vocab); err != nil {
			return err
		}
	}
	return nil
}

// refreshYear is refreshTermYears of one year on a connection of the
// pool db (temporary tables belong to one connection).
func refreshYear(ctx context.Context, db *sql.DB, year int) error {
	conn, err := db.Conn(ctx)
	if err != nil {
		return err
	}
	defer conn.Close()
	return refreshTermYears(ctx, conn, []int{year})
}

// querier is what *sql.DB, *sql.Conn and *sql.Tx offer to run
// statements.
type querier interface {
	execer
	queryer
	QueryRowContext(context.Context, string, ...any) *sql.Row
}

// fillTermYears counts the words of every year of an archive that
// migration 6 has just given its tables, on the migration's connection.
func fillTermYears(ctx context.Context, db querier) error {
	years, err := partYears(ctx, db)
	if err != nil {
		return err
	}
	return refreshTermYears(ctx, db, years)
}

// partYears lists the years with an index table.
func partYears(ctx context.Context, db querier) ([]int, error) {
	var list string
	err := db.QueryRowContext(ctx, `SELECT coalesce(group_concat(year), '') FROM fts_parts`).Scan(&list)
	if err != nil {
		return nil, err
	}
	var years []int
	for _, f := range strings.Split(list, ",") {
		if f == "" {
			continue
		}
		y, err := strconv.Atoi(f)
		if err != nil {
			return nil, err
		}
		years = append(years, y)
	}
	return years, nil
}

// yearDocs is how many articles of year hold phrase p, counted in the
// year's table.
func (s *Store) yearDocs(ctx context.Context, year int, p phrase) (int64, error) {
	var n int64
	name := partName(year)
	if err := s.queryRow(ctx, `SELECT count(*) FROM `+name+` WHERE `+name+` MATCH ?`, p.match()).Scan(&n); err != nil {
		return 0, s.queryError(err)
	}
	return n, nil
}

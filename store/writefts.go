package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// flushFTS inserts the pending FTS rows in rowid order.
func (w *writer) flushFTS() error {
	keys := make([]int64, 0, len(w.fts))
	for k := range w.fts {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := w.ensurePartitions(keys); err != nil {
		return err
	}
	for i, k := range keys {
		r := w.fts[k]
		y := yearOfKey(k)
		if _, err := w.parts[y].ExecContext(bg, k, r.title, r.text, r.people); err != nil {
			return err
		}
		w.added[y]++
		// Keys go year by year: write out each year's index as soon as
		// its rows are in. FTS5 would hold every year's in memory until
		// the commit; freed one at a time, the memory is reused by the
		// next year, where freeing all at once hands most of it back to
		// the system (modernc's allocator keeps 4 MiB per size), page by
		// page, to be taken again by the next batch: that cost more than
		// a third of the index's CPU time.
		if i == len(keys)-1 || yearOfKey(keys[i+1]) != y {
			name := partName(y)
			if _, err := w.conn.ExecContext(bg, `INSERT INTO `+name+`(`+name+`) VALUES ('flush')`); err != nil {
				return err
			}
			if err := w.holdMerges(y); err != nil {
				return err
			}
		}
	}
	clear(w.fts)
	return nil
}

// automerge is the FTS5 automerge setting of the index partitions.
//
// FTS5 gathers new rows in an in-memory hash table, written out as a
// segment when it holds hashsize bytes or at a flush, and merges segments
// once automerge of them are on one level. The hash keeps FTS5's default
// of 1 MB: when an import's batch falls in one year, a bigger table is
// written to all over, out of the processor's caches (an 8 MB one made
// the import of 10,000 articles of one year 12% slower). automerge is 8,
// not FTS5's 4: an import merges half as often, which costs a search at
// most seven segments per level, instead of three, in a year that was
// not merged whole (Import optimizes the years it added many articles
// to). 3-KB articles, 10,000 files: 3,232 against 3,025 articles/s over
// 27 years, 2,417 against 2,022 in one.
const automerge = 8

// crisisMerge is FTS5's default crisismerge: a level that reaches this
// many segments is merged even when automerge is off.
const crisisMerge = 16

// heldCrisisMerge is the crisismerge of a year whose merging holdMerges
// turned off. Each crisis merge rewrites the segments it merges, and the
// optimize at the end rewrites them all once more. A 1 MB FTS5 hash is
// written out every ~100 articles of a year (and at each commit), so at
// 16 (FTS5's default) an import of 10,000 articles of one year merged
// its level-0 segments about six times and 100,000 over 27 years merged
// each year's twice; at 200 neither merges before the optimize (10,000
// of one year: 2,516 vs 2,335 articles/s at 64, 648 vs 689 µs CPU). A
// search during such an import meets at most 199 segments per level of
// the year; FTS5 allows 2,000 in an index, and a year reaches a second
// level only past 200 × 200 write-outs (about 4 million articles).
const heldCrisisMerge = 200

// holdMerges turns off FTS5's automatic merging in a year that Import
// will optimize at the end: one this import has added optimizeAfter
// articles to, and at least as many as the year held before. Merging its
// segments before then would be work thrown away (an import of 10,000
// articles of one year spent 15% of its time in merges). FTS5 still
// merges a level that reaches heldCrisisMerge segments, which bounds
// them in a long import. A year that the import adds less to than it
// holds is neither held nor optimized: optimizing a year rewrites all of
// its index, and 1,000 new articles in a year of 100,000 took 6.4 s to
// import that way, against 0.4 s to parse and write them. releaseMerges
// turns merging back on; a year left without it by a crash gets it back
// the next time an import writes to it (ensurePartitions).
func (w *writer) holdMerges(year int) error {
	if !w.holdsMerges || w.noMerge[year] || w.added[year] < w.s.optimizeAfter {
		return nil
	}
	before, ok := w.before[year]
	if !ok {
		// Counted once, when the year first qualifies: the count reads
		// the year's range of an index, too slow to do for every year.
		n, err := w.yearArticles(year)
		if err != nil {
			return err
		}
		before = max(n-w.added[year], 0)
		w.before[year] = before
	}
	if w.added[year] < before {
		return nil
	}
	if err := setMerging(w.conn, year, 0, heldCrisisMerge); err != nil {
		return err
	}
	w.noMerge[year] = true
	return nil
}

// yearArticles counts the articles of a year, this transaction's
// included.
func (w *writer) yearArticles(year int) (int, error) {
	lo, hi := yearKeys(year)
	var n int
	err := w.conn.QueryRowContext(bg, `SELECT count(*) FROM articles WHERE fts_key >= ? AND fts_key < ?`, lo, hi).Scan(&n)
	return n, err
}

// heldYears lists, in order, the years whose merging holdMerges turned
// off: those Import optimizes at the end.
func (w *writer) heldYears() []int {
	years := make([]int, 0, len(w.noMerge))
	for y := range w.noMerge {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

// releaseMerges turns automatic merging back on in the years where
// holdMerges turned it off.
func (w *writer) releaseMerges() error {
	for y := range w.noMerge {
		if err := setMerging(w.conn, y, automerge, crisisMerge); err != nil {
			return err
		}
		delete(w.noMerge, y)
	}
	return nil
}

// setMerging sets a year's FTS5 automerge and crisismerge settings
// (stored in the index, so they hold for later writes and other
// processes).
func setMerging(conn *sql.Conn, year, auto, crisis int) error {
	name := partName(year)
	_, err := conn.ExecContext(bg, `INSERT INTO `+name+`(`+name+`, rank) VALUES ('automerge', ?), ('crisismerge', ?)`, auto, crisis)
	return err
}

// healMerges gives a year the merge settings an import leaves: those of
// a year that an import which did not finish left with its merging off,
// or that an older version set otherwise.
func (w *writer) healMerges(year int) error {
	if w.noMerge[year] {
		return nil
	}
	auto, crisis, err := mergingOf(w.conn, year)
	if err != nil || auto == automerge && crisis == crisisMerge {
		return err
	}
	return setMerging(w.conn, year, automerge, crisisMerge)
}

// queryer is what *sql.DB and *sql.Conn both offer.
type queryer interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// mergingOf reads a year's FTS5 automerge and crisismerge settings; a
// setting never written has FTS5's default (4 and 16).
func mergingOf(q queryer, year int) (auto, crisis int, err error) {
	auto, crisis = 4, crisisMerge
	rows, err := q.QueryContext(bg, `SELECT k, v FROM `+partName(year)+`_config WHERE k IN ('automerge', 'crisismerge')`)
	if err != nil {
		return 0, 0, err
	}
	defer rows.Close()
	for rows.Next() {
		var k string
		var v int
		if err := rows.Scan(&k, &v); err != nil {
			return 0, 0, err
		}
		if k == "automerge" {
			auto = v
		} else {
			crisis = v
		}
	}
	return auto, crisis, rows.Err()
}

// deleteFTS removes an article's FTS row, pending or written.
func (w *writer) deleteFTS(key int64) error {
	if _, ok := w.fts[key]; ok {
		delete(w.fts, key)
		return nil
	}
	_, err := w.conn.ExecContext(bg, `DELETE FROM `+partName(yearOfKey(key))+` WHERE rowid = ?`, key)
	if err != nil && strings.Contains(err.Error(), "no such table") {
		return nil
	}
	return err
}

// ensurePartitions makes sure the years of keys have an index partition
// and an insert statement. Missing partitions are all created before any
// statement is prepared: each CREATE changes the schema, which makes
// SQLite prepare every statement of the connection again on its next use,
// and makes FTS5 write out the rows it holds in memory.
func (w *writer) ensurePartitions(keys []int64) error {
	var missing []int
	for _, k := range keys {
		y := yearOfKey(k)
		if _, ok := w.parts[y]; !ok && !slices.Contains(missing, y) {
			missing = append(missing, y)
		}
	}
	for _, y := range missing {
		if err := w.openPartition(y); err != nil {
			return err
		}
	}
	for _, y := range missing {
		st, err := w.conn.PrepareContext(bg, `INSERT INTO `+partName(y)+`(rowid, title, text, people) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		w.parts[y] = st
	}
	return nil
}

// openPartition makes sure a year has an index partition: a new year's
// is created with the import's merge settings, and an existing year's
// are mended if they differ (healMerges).
func (w *writer) openPartition(year int) error {
	res, err := w.conn.ExecContext(bg, `INSERT OR IGNORE INTO fts_parts(year) VALUES (?)`, year)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return w.healMerges(year)
	}
	if _, err := w.conn.ExecContext(bg, createPartSQL(partName(year))); err != nil {
		return err
	}
	return setMerging(w.conn, year, automerge, crisisMerge)
}

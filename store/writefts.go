package store

import (
	"context"
	"database/sql"
	"slices"
	"strings"
)

// ftsWriter is the writer's state of the full-text index.
type ftsWriter struct {
	// rows holds the transaction's FTS rows until commit, when they are
	// inserted in rowid order: FTS5 flushes its in-memory index whenever
	// a rowid is not above the previous one, and fts_key (date first) is
	// not in import order. Inserting in order makes one flush per batch
	// instead of one per article.
	rows map[int64]ftsRow
	// parts are the index partitions known to exist, with their insert
	// statements.
	parts map[int]*sql.Stmt
	// added counts the FTS rows written per year, for holdMerges.
	added map[int]int
	// noMerge marks the years whose automatic merging this import turned
	// off (see holdMerges); only a writer that optimizes its busy years
	// at the end (holdsMerges: ingest.WriterOptions.DeferUpkeep) does.
	noMerge     map[int]bool
	holdsMerges bool
	// before holds how many articles a year had before this import, for
	// the years that reached optimizeAfter new ones (see holdMerges).
	before map[int]int
}

// ftsRow is an article's row of the FTS index.
type ftsRow struct {
	title, text, people string
}

func newFTSWriter() ftsWriter {
	return ftsWriter{rows: map[int64]ftsRow{}, parts: map[int]*sql.Stmt{}, added: map[int]int{}, noMerge: map[int]bool{}, before: map[int]int{}}
}

// rolledBack forgets the rolled-back transaction's rows, and its
// partitions: one created in it is gone.
func (f *ftsWriter) rolledBack() {
	clear(f.rows)
	f.close()
	clear(f.parts)
}

// close closes the partitions' insert statements.
func (f *ftsWriter) close() {
	for _, st := range f.parts {
		st.Close()
	}
}

// flushFTS inserts the pending FTS rows in rowid order.
func (w *writer) flushFTS(ctx context.Context) error {
	keys := make([]int64, 0, len(w.index.rows))
	for k := range w.index.rows {
		keys = append(keys, k)
	}
	slices.Sort(keys)
	if err := w.ensurePartitions(ctx, keys); err != nil {
		return err
	}
	for i, k := range keys {
		r := w.index.rows[k]
		y := yearOfKey(k)
		if _, err := w.index.parts[y].ExecContext(ctx, k, r.title, r.text, r.people); err != nil {
			return err
		}
		w.index.added[y]++
		// Keys go year by year: write out each year's index as soon as
		// its rows are in. FTS5 would hold every year's in memory until
		// the commit; freed one at a time, the memory is reused by the
		// next year, where freeing all at once hands most of it back to
		// the system (modernc's allocator keeps 4 MiB per size), page by
		// page, to be taken again by the next batch: that cost more than
		// a third of the index's CPU time.
		if i == len(keys)-1 || yearOfKey(keys[i+1]) != y {
			name := partName(y)
			if _, err := w.conn.ExecContext(ctx, `INSERT INTO `+name+`(`+name+`) VALUES ('flush')`); err != nil {
				return err
			}
			if err := w.holdMerges(ctx, y); err != nil {
				return err
			}
		}
	}
	clear(w.index.rows)
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
func (w *writer) holdMerges(ctx context.Context, year int) error {
	f := &w.index
	if !f.holdsMerges || f.noMerge[year] || f.added[year] < w.s.optimizeAfter {
		return nil
	}
	before, ok := f.before[year]
	if !ok {
		// Counted once, when the year first qualifies: the count reads
		// the year's range of an index, too slow to do for every year.
		n, err := w.yearArticles(ctx, year)
		if err != nil {
			return err
		}
		before = max(n-f.added[year], 0)
		f.before[year] = before
	}
	if f.added[year] < before {
		return nil
	}
	if err := setMerging(ctx, w.conn, year, 0, heldCrisisMerge); err != nil {
		return err
	}
	f.noMerge[year] = true
	return nil
}

// yearArticles counts the articles of a year, this transaction's
// included.
func (w *writer) yearArticles(ctx context.Context, year int) (int, error) {
	lo, hi := yearKeys(year)
	var n int
	err := w.conn.QueryRowContext(ctx, `SELECT count(*) FROM articles WHERE fts_key >= ? AND fts_key < ?`, lo, hi).Scan(&n)
	return n, err
}

// heldYears lists, in order, the years whose merging holdMerges turned
// off: those Import optimizes at the end.
func (f *ftsWriter) heldYears() []int {
	years := make([]int, 0, len(f.noMerge))
	for y := range f.noMerge {
		years = append(years, y)
	}
	slices.Sort(years)
	return years
}

// releaseMerges turns automatic merging back on in the years where
// holdMerges turned it off.
func (w *writer) releaseMerges(ctx context.Context) error {
	for y := range w.index.noMerge {
		if err := setMerging(ctx, w.conn, y, automerge, crisisMerge); err != nil {
			return err
		}
		delete(w.index.noMerge, y)
	}
	return nil
}

// setMerging sets a year's FTS5 automerge and crisismerge settings
// (stored in the index, so they hold for later writes and other
// processes).
func setMerging(ctx context.Context, conn *sql.Conn, year, auto, crisis int) error {
	name := partName(year)
	_, err := conn.ExecContext(ctx, `INSERT INTO `+name+`(`+name+`, rank) VALUES ('automerge', ?), ('crisismerge', ?)`, auto, crisis)
	return err
}

// healMerges gives a year the merge settings an import leaves: those of
// a year that an import which did not finish left with its merging off,
// or that an older version set otherwise.
func (w *writer) healMerges(ctx context.Context, year int) error {
	if w.index.noMerge[year] {
		return nil
	}
	auto, crisis, err := mergingOf(ctx, w.conn, year)
	if err != nil || auto == automerge && crisis == crisisMerge {
		return err
	}
	return setMerging(ctx, w.conn, year, automerge, crisisMerge)
}

// queryer is what *sql.DB and *sql.Conn both offer.
type queryer interface {
	QueryContext(context.Context, string, ...any) (*sql.Rows, error)
}

// mergingOf reads a year's FTS5 automerge and crisismerge settings; a
// setting never written has FTS5's default (4 and 16).
func mergingOf(ctx context.Context, q queryer, year int) (auto, crisis int, err error) {
	auto, crisis = 4, crisisMerge
	rows, err := q.QueryContext(ctx, `SELECT k, v FROM `+partName(year)+`_config WHERE k IN ('automerge', 'crisismerge')`)
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
func (w *writer) deleteFTS(ctx context.Context, key int64) error {
	if _, ok := w.index.rows[key]; ok {
		delete(w.index.rows, key)
		return nil
	}
	_, err := w.conn.ExecContext(ctx, `DELETE FROM `+partName(yearOfKey(key))+` WHERE rowid = ?`, key)
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
func (w *writer) ensurePartitions(ctx context.Context, keys []int64) error {
	var missing []int
	for _, k := range keys {
		y := yearOfKey(k)
		if _, ok := w.index.parts[y]; !ok && !slices.Contains(missing, y) {
			missing = append(missing, y)
		}
	}
	for _, y := range missing {
		if err := w.openPartition(ctx, y); err != nil {
			return err
		}
	}
	for _, y := range missing {
		st, err := w.conn.PrepareContext(ctx, `INSERT INTO `+partName(y)+`(rowid, title, text, people) VALUES (?, ?, ?, ?)`)
		if err != nil {
			return err
		}
		w.index.parts[y] = st
	}
	return nil
}

// openPartition makes sure a year has an index partition: a new year's
// is created with the import's merge settings, and an existing year's
// are mended if they differ (healMerges).
func (w *writer) openPartition(ctx context.Context, year int) error {
	res, err := w.conn.ExecContext(ctx, `INSERT OR IGNORE INTO fts_parts(year) VALUES (?)`, year)
	if err != nil {
		return err
	}
	if n, err := res.RowsAffected(); err != nil {
		return err
	} else if n == 0 {
		return w.healMerges(ctx, year)
	}
	if _, err := w.conn.ExecContext(ctx, createPartSQL(partName(year))); err != nil {
		return err
	}
	return setMerging(ctx, w.conn, year, automerge, crisisMerge)
}

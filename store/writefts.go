package store

import (
	"slices"
	"strings"
)

// busyYears lists the years to which at least n FTS rows were written.
func (w *writer) busyYears(n int) []int {
	var out []int
	for y, c := range w.added {
		if c >= n {
			out = append(out, y)
		}
	}
	return out
}

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
		}
	}
	clear(w.fts)
	return nil
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
		if err := w.createPartition(y); err != nil {
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

// createPartition creates a year's index partition if it does not exist.
func (w *writer) createPartition(year int) error {
	if _, err := w.conn.ExecContext(bg, createPartSQL(partName(year))); err != nil {
		return err
	}
	_, err := w.conn.ExecContext(bg, `INSERT OR IGNORE INTO fts_parts(year) VALUES (?)`, year)
	return err
}

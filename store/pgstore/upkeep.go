package pgstore

import (
	"context"

	"github.com/jackc/pgx/v5"
	"golang.org/x/sync/errgroup"
)

// analyzeShare is the share of a table's rows an import must add for
// Upkeep to refresh its statistics: below it the planner's picture of
// the table (row count, common words) barely moves, and ANALYZE reads a
// full sample whatever it adds.
const analyzeShare = 0.1

// Upkeep ends an import: it builds the GIN indexes of the partitions
// the import created without one, refreshes the planner's statistics of
// the tables it changed much (the row counts of the partitions and the
// words of the index, which the planner weighs to choose between the
// GIN index and the date order) and merges the GIN indexes' pending
// lists.
func (w *writer) Upkeep(ctx context.Context) error {
	if err := w.buildIndexes(ctx); err != nil {
		return w.s.wrap(err)
	}
	if err := w.analyze(ctx); err != nil {
		return w.s.wrap(err)
	}
	// A GIN index takes new rows into a pending list (fastupdate), which
	// every search reads in full until it is merged: after an import,
	// merge it now rather than when autovacuum comes (a search of a rare
	// word on 20,000 new articles: 100 ms before, 13 ms after).
	_, err := w.conn.Exec(ctx, `SELECT gin_clean_pending_list(i.indexrelid) FROM pg_index i
		JOIN pg_class c ON c.oid = i.indexrelid JOIN pg_am am ON am.oid = c.relam
		WHERE am.amname = 'gin' AND i.indrelid IN (SELECT inhrelid FROM pg_inherits WHERE inhparent = 'articles'::regclass)`)
	return w.s.wrap(err)
}

// buildIndexes builds the GIN index of every partition that has none:
// those a big import created (ensurePartitions), and any an import that
// ended early left. Building from the loaded rows, with a generous
// maintenance_work_mem, costs the server a fraction of indexing the
// rows one by one (BENCHMARKS.md). PostgreSQL 15 builds a GIN index on
// one core, so the partitions are built side by side on as many
// connections as the server allows parallel maintenance workers
// (max_parallel_maintenance_workers, 2 by default): the server's
// administrator's word for how many cores maintenance may take. Each
// build is a transaction of its own holding the writers' lock shared,
// so another import's batch waits rather than writing into a partition
// meanwhile; readers go on reading it (CREATE INDEX blocks writes, not
// reads).
func (w *writer) buildIndexes(ctx context.Context) error {
	rows, err := w.conn.Query(ctx, `SELECT c.relname::text FROM pg_inherits h JOIN pg_class c ON c.oid = h.inhrelid
		WHERE h.inhparent = 'articles'::regclass AND NOT EXISTS (SELECT 1 FROM pg_index i
			JOIN pg_class ic ON ic.oid = i.indexrelid JOIN pg_am am ON am.oid = ic.relam
			WHERE i.indrelid = c.oid AND am.amname = 'gin')
		ORDER BY 1`)
	if err != nil {
		return err
	}
	names, err := pgx.CollectRows(rows, pgx.RowTo[string])
	if err != nil || len(names) == 0 {
		return err
	}
	var workers int
	if err := w.conn.QueryRow(ctx, `SELECT current_setting('max_parallel_maintenance_workers')::int`).Scan(&workers); err != nil {
		return err
	}
	g, gctx := errgroup.WithContext(ctx)
	g.SetLimit(max(1, workers))
	for _, name := range names {
		g.Go(func() error { return w.buildIndex(gctx, name) })
	}
	return g.Wait()
}

// buildIndex builds one partition's GIN index on a connection of its
// own. Two imports ending at once may both find the partition without
// one: a lock of the partition's own (lockBuild and its name) lets one
// build it and the other then find it built (CREATE INDEX IF NOT EXISTS
// is no guard against a build running in another session: the second
// fails on the catalog's unique name).
func (w *writer) buildIndex(ctx context.Context, partition string) error {
	return pgx.BeginFunc(ctx, w.s.pool, func(tx pgx.Tx) error {
		if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock_shared($1), pg_advisory_xact_lock($2, hashtext($3))`,
			lockWrite, lockBuild, partition); err != nil {
			return err
		}
		if _, err := tx.Exec(ctx, `SET LOCAL maintenance_work_mem = '`+ginBuildMem+`'`); err != nil {
			return err
		}
		_, err := tx.Exec(ctx, ginSQL(partition))
		return err
	})
}

// analyze refreshes the statistics of the partitions the import added a
// meaningful share of rows to (analyzeShare), and of the whole table
// when the import added that share of all its rows. ANALYZE of the
// partitioned table samples every partition and the whole hierarchy
// (PostgreSQL 15 cannot analyse it alone), so a small import into a big
// archive analyses only its partitions.
func (w *writer) analyze(ctx context.Context) error {
	total := 0
	for _, n := range w.added {
		total += n
	}
	if total == 0 {
		return nil
	}
	var all int64
	if err := w.conn.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'articles'`).Scan(&all); err != nil {
		return err
	}
	if float64(total) >= analyzeShare*float64(all) {
		_, err := w.conn.Exec(ctx, `ANALYZE articles`)
		return err
	}
	for year, n := range w.added {
		// reltuples is the row count of the last ANALYZE (or VACUUM),
		// -1 for a table never analysed.
		var before float64
		name := partitionName(year)
		if err := w.conn.QueryRow(ctx, `SELECT reltuples FROM pg_class WHERE oid = $1::regclass`, name).Scan(&before); err != nil {
			return err
		}
		if before >= 0 && float64(n) < analyzeShare*before {
			continue
		}
		if _, err := w.conn.Exec(ctx, `ANALYZE `+name); err != nil {
			return err
		}
	}
	return nil
}

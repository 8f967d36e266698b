package pgstore

import (
	"context"
	"fmt"
	"iter"
	"time"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

// writer is the Store's ingest.Writer: an import's batches, each one
// transaction on one connection. Articles wait in memory until the
// commit, which sends them with one binary COPY, their people and
// mentions and the finished files' state in a few statements; their
// records (id, hash, record key) are inserted as they come, so that the
// archive-wide uniqueness of a hash decides at once whether an article
// is new.
type writer struct {
	s      *Store
	conn   *pgxpool.Conn
	tx     pgx.Tx
	closed bool
	now    int64
	// pending are the batch's articles by id, in the order they came;
	// mentions their mention rows, by article id.
	pending  map[int64]*pendingArticle
	order    []int64
	mentions map[int64][]mentionRow
	counts   counters
	years    map[int]bool // partitions known to exist
	// deferGIN: partitions this writer creates get their GIN index in
	// bulk at the import's end (ingest.WriterOptions.DeferUpkeep).
	deferGIN bool
	// added counts the committed articles by year, batchAdded the open
	// batch's: Upkeep analyses the partitions they changed much.
	added, batchAdded map[int]int
	// finished are the batch's files read to their end, written at the
	// commit in one statement.
	finished map[int64]finishedFile
}

type finishedFile struct {
	st       ingest.FileState
	articles int
}

type pendingArticle struct {
	r      *row
	fileID int64
	key    int64
}

// mentionRow is a person of a pending article, by lower-cased name.
type mentionRow struct {
	key              string
	role             string
	mentions, quotes int
}

// OpenWriter takes the archive's writer (ingest.Archive); a read-only
// archive gives store.ErrReadOnly.
func (s *Store) OpenWriter(ctx context.Context, o ingest.WriterOptions) (ingest.Writer, error) {
	if s.readOnly {
		return nil, fmt.Errorf("%s: %w", s.name, store.ErrReadOnly)
	}
	s.writeMu.Lock()
	conn, err := s.pool.Acquire(ctx)
	if err != nil {
		s.writeMu.Unlock()
		return nil, s.wrap(err)
	}
	return &writer{s: s, conn: conn, years: map[int]bool{}, finished: map[int64]finishedFile{},
		deferGIN: o.DeferUpkeep, added: map[int]int{}, batchAdded: map[int]int{}}, nil
}

// Begin opens a batch, unless one is open. Its transaction first takes
// an advisory lock that every writer's transaction takes, so that the
// batches of imports in other processes (other machines) run one after
// another, as SQLite's do: each sees the others' committed articles,
// decides duplicates against them exactly, and no two wait on each
// other's rows (no deadlocks). Parsing, the bulk of an import's work,
// still runs in parallel everywhere.
func (w *writer) Begin(ctx context.Context) error {
	if w.tx != nil {
		return nil
	}
	tx, err := w.conn.Begin(ctx)
	if err != nil {
		return w.s.wrap(err)
	}
	// The batch commits without waiting for its WAL to reach the disk
	// (synchronous_commit off, this transaction only): a crash can lose
	// the last batches committed, files' state with them, so the next
	// import reads those files again; nothing is half-written. The next
	// batch's work, not the disk, then sets the pace of a big import.
	if _, err := tx.Exec(ctx, `SELECT pg_advisory_xact_lock($1), set_config('synchronous_commit', 'off', true)`, lockWrite); err != nil {
		tx.Rollback(ctx)
		return w.s.wrap(err)
	}
	w.tx = tx
	w.now = time.Now().Unix()
	w.pending = map[int64]*pendingArticle{}
	w.order = w.order[:0]
	w.mentions = map[int64][]mentionRow{}
	return nil
}

// Commit sends the batch's articles and mentions, writes the counters
// and commits.
func (w *writer) Commit(ctx context.Context) error {
	if w.tx == nil {
		return nil
	}
	err := w.flush(ctx)
	if err == nil {
		err = w.tx.Commit(ctx)
	}
	if err != nil {
		w.rollback(ctx)
		return w.s.wrap(err)
	}
	w.tx = nil
	for y, n := range w.batchAdded {
		w.added[y] += n
	}
	clear(w.batchAdded)
	return nil
}

// Rollback drops the open batch, if any.
func (w *writer) Rollback(ctx context.Context) error {
	w.rollback(ctx)
	return nil
}

func (w *writer) rollback(ctx context.Context) {
	if w.tx != nil {
		w.tx.Rollback(context.WithoutCancel(ctx))
	}
	w.tx = nil
	clear(w.years)
	clear(w.finished)
	clear(w.batchAdded)
	w.counts.reset()
}

// Close drops an open batch and gives the writer back.
func (w *writer) Close(ctx context.Context) error {
	if w.closed {
		return nil
	}
	w.closed = true
	w.rollback(ctx)
	var err error
	if w.deferGIN {
		// An import that stopped before its Upkeep still leaves every
		// partition with its GIN index.
		err = w.buildIndexes(context.WithoutCancel(ctx))
	}
	w.conn.Release()
	w.s.writeMu.Unlock()
	return w.s.wrap(err)
}

// FileID returns the files row of path, creating it as unfinished.
func (w *writer) FileID(ctx context.Context, path string, isNew bool) (ingest.FileID, error) {
	var id int64
	if !isNew {
		err := w.tx.QueryRow(ctx, `SELECT id FROM files WHERE path = $1`, path).Scan(&id)
		if err == nil || !errNoRows(err) {
			return ingest.FileID(id), w.s.wrap(err)
		}
	}
	err := w.tx.QueryRow(ctx, `INSERT INTO files(path, size, mtime, hash, articles, imported)
		VALUES ($1, -1, 0, NULL, 0, $2) ON CONFLICT (path) DO NOTHING RETURNING id`, pgText(path), w.now).Scan(&id)
	if errNoRows(err) {
		// Another import added it since this one looked.
		err = w.tx.QueryRow(ctx, `SELECT id FROM files WHERE path = $1`, pgText(path)).Scan(&id)
	}
	return ingest.FileID(id), w.s.wrap(err)
}

// Touch records a new modification time for an unchanged file.
func (w *writer) Touch(ctx context.Context, file ingest.FileID, mtime int64) error {
	_, err := w.tx.Exec(ctx, `UPDATE files SET mtime = $1 WHERE id = $2`, mtime, int64(file))
	return w.s.wrap(err)
}

// FinishFile records a fully read file and removes its records that the
// new version no longer has (those not in keys).
func (w *writer) FinishFile(ctx context.Context, file ingest.FileID, st ingest.FileState, keys *ingest.RecordKeys, fresh bool) (int, error) {
	removed, err := w.finishFile(ctx, int64(file), st, keys, fresh)
	return removed, w.s.wrap(err)
}

func (w *writer) finishFile(ctx context.Context, fileID int64, st ingest.FileState, keys *ingest.RecordKeys, fresh bool) (int, error) {
	n, removed := keys.Len(), 0
	if !fresh {
		rows, err := w.tx.Query(ctx, `SELECT id, rec_key FROM records WHERE file_id = $1`, fileID)
		if err != nil {
			return 0, err
		}
		var stale []int64
		n = 0
		for rows.Next() {
			var id int64
			var key string
			if err := rows.Scan(&id, &key); err != nil {
				rows.Close()
				return 0, err
			}
			if keys.Has(key) {
				n++
			} else {
				stale = append(stale, id)
			}
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return 0, err
		}
		for _, id := range stale {
			if err := w.deleteArticle(ctx, id); err != nil {
				return 0, err
			}
		}
		removed = len(stale)
	}
	w.finished[fileID] = finishedFile{st: st, articles: n}
	return removed, nil
}

// AddLines adds to what the archive learned of a group's lines, in one
// statement for all the lines.
func (w *writer) AddLines(ctx context.Context, group string, files int, lines iter.Seq2[uint64, int32]) error {
	group = pgText(group)
	if _, err := w.tx.Exec(ctx, `INSERT INTO line_groups(grp, files) VALUES ($1, $2)
		ON CONFLICT (grp) DO UPDATE SET files = line_groups.files + excluded.files`, group, files); err != nil {
		return w.s.wrap(err)
	}
	var hs []int64
	var ns []int32
	for h, n := range lines {
		hs, ns = append(hs, int64(h)), append(ns, n)
	}
	if len(hs) == 0 {
		return nil
	}
	_, err := w.tx.Exec(ctx, `INSERT INTO line_stats(grp, h, files) SELECT $1, h, n FROM unnest($2::bigint[], $3::integer[]) AS t(h, n)
		ON CONFLICT (grp, h) DO UPDATE SET files = line_stats.files + excluded.files`, group, hs, ns)
	return w.s.wrap(err)
}

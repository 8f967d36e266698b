package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"time"

	"github.com/newsreader/newsreader/ingest"
)

// writer executes an import's statements on one connection, in batched
// transactions: the store's ingest.Writer. It is used by one goroutine
// at a time, and holds the Store's writeMu until it is closed.
type writer struct {
	s      *Store
	conn   *sql.Conn
	st     *writerStmts
	closed bool
	// inTx says a transaction is open; nextID and now are its next
	// article id and its time.
	inTx   bool
	nextID int64
	now    int64
	people map[string]int64 // lower-cased name -> id, valid while no rollback
	// index holds the transaction's FTS rows and the state of the index
	// partitions (writefts.go).
	index ftsWriter
	// counts holds the transaction's changes to the counters.
	counts counters
	// mentions inserts mention rows (writeput.go).
	mentions mentionWriter
	// ckpt copies the WAL into the file after each commit (checkpoint.go).
	ckpt *checkpointer
}

// OpenWriter takes the archive's writer, waiting for the one in use
// (ingest.Archive). A read-only archive gives ErrReadOnly.
func (s *Store) OpenWriter(ctx context.Context, o ingest.WriterOptions) (ingest.Writer, error) {
	w, err := s.newWriter(ctx)
	if err != nil {
		return nil, err
	}
	w.index.holdsMerges = o.DeferUpkeep
	return w, nil
}

// newWriter takes writeMu and a connection from the pool for writing.
func (s *Store) newWriter(ctx context.Context) (*writer, error) {
	if s.readOnly {
		return nil, fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	s.writeMu.Lock()
	conn, err := s.db.Conn(ctx)
	if err != nil {
		s.writeMu.Unlock()
		return nil, s.wrap(err)
	}
	w := &writer{s: s, conn: conn, people: map[string]int64{}, index: newFTSWriter(), mentions: newMentionWriter()}
	if w.st, err = prepareWriterStmts(ctx, conn); err != nil {
		w.Close(ctx)
		return nil, s.wrap(err)
	}
	// The checkpointer does what SQLite would do after each commit.
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA wal_autocheckpoint = 0; PRAGMA mmap_size = %d", writerMmap)); err != nil {
		w.Close(ctx)
		return nil, s.wrap(err)
	}
	if w.ckpt, err = s.startCheckpointer(ctx); err != nil {
		w.Close(ctx)
		return nil, s.wrap(err)
	}
	return w, nil
}

// Begin opens a write transaction if none is open.
func (w *writer) Begin(ctx context.Context) error {
	return w.s.wrap(w.begin(ctx))
}

func (w *writer) begin(ctx context.Context) error {
	if w.inTx {
		return nil
	}
	if _, err := w.conn.ExecContext(ctx, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	w.inTx = true
	w.now = time.Now().Unix()
	// Ids are assigned here, not by SQLite, because fts_key holds the id.
	if err := w.st.maxID.QueryRowContext(ctx).Scan(&w.nextID); err != nil {
		return err
	}
	w.nextID++
	return nil
}

// Commit ends the open transaction, if any.
func (w *writer) Commit(ctx context.Context) error {
	return w.s.wrap(w.commit(ctx))
}

func (w *writer) commit(ctx context.Context) error {
	if !w.inTx {
		return nil
	}
	if err := w.flushFTS(ctx); err != nil {
		w.rollback(ctx)
		return err
	}
	if err := w.flushCounters(ctx); err != nil {
		w.rollback(ctx)
		return err
	}
	w.inTx = false
	if _, err := w.conn.ExecContext(ctx, "COMMIT"); err != nil {
		w.rollback(ctx)
		return err
	}
	return w.committed(ctx)
}

// committed has the WAL copied into the file after a commit: by the
// checkpointer, or here when the WAL has outgrown walLimit.
func (w *writer) committed(ctx context.Context) error {
	if w.s.walSize() > w.s.walLimit {
		return checkpoint(ctx, w.conn)
	}
	w.ckpt.poke()
	return nil
}

// Upkeep merges the index of each year whose merging the import held
// (see holdMerges) into one segment, on the writer's connection: on one
// of the pool, SQLite checkpointed after each year itself, in the
// import's time (10,000 3-KB articles of one year: 2,255 against 2,103
// and 2,308 against 2,107 articles/s, 5 and 4 runs each, alternated).
func (w *writer) Upkeep(ctx context.Context) error {
	for _, y := range w.index.heldYears() {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := optimizeYear(ctx, w.conn, y); err != nil {
			return w.s.wrap(err)
		}
		// The import added at least as many articles as the year held:
		// its word counts (termstats.go) are counted again now rather
		// than at every search.
		if err := refreshTermYears(ctx, w.conn, []int{y}); err != nil {
			return w.s.wrap(err)
		}
		if err := w.committed(ctx); err != nil {
			return w.s.wrap(err)
		}
	}
	return nil
}

// Rollback drops the open transaction, if any. Its error is SQLite's
// for a ROLLBACK with none open, and is not reported.
func (w *writer) Rollback(ctx context.Context) error {
	w.rollback(ctx)
	return nil
}

func (w *writer) rollback(ctx context.Context) {
	w.conn.ExecContext(ctx, "ROLLBACK")
	w.inTx = false
	clear(w.people)
	w.counts.reset()
	w.index.rolledBack()
}

// Close turns merging back on where the import held it, rolls back an
// open transaction, and gives back the connection and writeMu. It
// returns the error of turning merging back on; a year left without it
// gets it back from the next import to write to it.
func (w *writer) Close(ctx context.Context) error {
	if w.closed {
		return nil
	}
	w.closed = true
	// What follows runs even when ctx has ended.
	ctx = context.WithoutCancel(ctx)
	err := w.releaseMerges(ctx)
	if w.inTx {
		w.rollback(ctx)
	}
	if w.st != nil {
		w.st.close()
	}
	w.index.close()
	w.mentions.close()
	if w.ckpt != nil {
		w.ckpt.stop()
	}
	// The connection goes back to the pool as openDB set it up.
	w.conn.ExecContext(ctx, fmt.Sprintf("PRAGMA wal_autocheckpoint = 1000; PRAGMA mmap_size = %d", readerMmap))
	w.conn.Close()
	w.s.writeMu.Unlock()
	return w.s.wrap(err)
}

// errNotOurs is the error of a Prepared made by another archive.
var errNotOurs = errors.New("article prepared for another archive")

package store

import (
	"context"
	"database/sql"
	"fmt"
	"os"
)

// While an import writes, the WAL is copied into the archive file by a
// checkpointer on its own connection. SQLite's automatic checkpoint runs
// in the committing connection: after every batch the writer stopped to
// copy the batch's pages into the file and fsync it, 90 ms a batch here
// (longer on a disk with slow fsync), during which no article was
// written. A PASSIVE checkpoint runs beside a writer: it copies only
// committed frames and takes no lock a writer needs.
//
// The WAL starts over only in a transaction that began after all of it
// was copied, and the writer begins its next batch at once, so the WAL
// grows while the checkpointer copies it. Past walLimit the writer
// checkpoints itself, as SQLite would have done, but finds most frames
// already copied; the WAL then starts over, and journal_size_limit (see
// openDB) cuts the file back. A 50,000-file import peaked at a 361 MiB
// WAL (123 MiB before).

// walLimit is the WAL size above which the writer checkpoints itself.
const walLimit = 256 << 20

// checkpointer runs PASSIVE checkpoints in the background, one after
// each poke.
type checkpointer struct {
	conn *sql.Conn
	kick chan struct{}
	done chan struct{}
}

// startCheckpointer takes a connection from the pool for checkpoints.
func (s *Store) startCheckpointer(ctx context.Context) (*checkpointer, error) {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, err
	}
	if _, err := conn.ExecContext(ctx, fmt.Sprintf("PRAGMA mmap_size = %d", writerMmap)); err != nil {
		conn.Close()
		return nil, err
	}
	c := &checkpointer{conn: conn, kick: make(chan struct{}, 1), done: make(chan struct{})}
	// Checkpoints go on until stop, whatever becomes of ctx.
	ctx = context.WithoutCancel(ctx)
	go func() {
		defer close(c.done)
		for range c.kick {
			// An error (the archive busy or closing) only means that the
			// next checkpoint, or the writer's own, copies these frames.
			_ = checkpoint(ctx, c.conn)
		}
	}()
	return c, nil
}

// poke asks for a checkpoint; a checkpoint already asked for covers it.
// A nil checkpointer does nothing.
func (c *checkpointer) poke() {
	if c == nil {
		return
	}
	select {
	case c.kick <- struct{}{}:
	default:
	}
}

// stop waits for the running checkpoint and gives back the connection,
// as openDB set it up.
func (c *checkpointer) stop() {
	close(c.kick)
	<-c.done
	c.conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA mmap_size = %d", readerMmap))
	c.conn.Close()
}

// checkpoint copies as much of the WAL into the archive file as no
// reader still needs.
func checkpoint(ctx context.Context, conn *sql.Conn) error {
	var busy, frames, copied int
	return conn.QueryRowContext(ctx, "PRAGMA wal_checkpoint(PASSIVE)").Scan(&busy, &frames, &copied)
}

// walSize is the size of the archive's WAL file (0 when there is none).
func (s *Store) walSize() int64 {
	fi, err := os.Stat(s.path + "-wal")
	if err != nil {
		return 0
	}
	return fi.Size()
}

// readerMmap is the memory map of a reading connection: pages read through
// it rather than a read() call each.
const readerMmap = 1 << 30

// writerMmap is the memory map of an import's writer and checkpointer:
// none. Every page they touch through a map stays in the process's
// resident memory (file pages, counted by the system as the process's),
// and an import reads much of the archive (the search index's segments as
// it merges them, the dedupe lookups): importing one million articles
// peaked at 1.1 GB resident at 100,000 articles, most of it mapped
// archive. Without the map those reads go through SQLite's page cache
// (cache_size, 32 MiB) and the system's.
const writerMmap = 0

package store

import (
	"context"
	"database/sql"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

// mmapSize is the memory map of conn.
func mmapSize(t *testing.T, conn *sql.Conn) int64 {
	t.Helper()
	var n int64
	if err := conn.QueryRowContext(context.Background(), "PRAGMA mmap_size").Scan(&n); err != nil {
		t.Fatal(err)
	}
	return n
}

// An import's writer and checkpointer read the archive without a memory
// map (whose pages would count as the import's resident memory); their
// connections go back to the pool with the readers' map.
func TestWriterReadsWithoutMemoryMap(t *testing.T) {
	s := openTemp(t)
	ctx := context.Background()
	iw, err := s.OpenWriter(ctx, ingest.WriterOptions{})
	if err != nil {
		t.Fatal(err)
	}
	w := iw.(*writer)
	if n := mmapSize(t, w.conn); n != writerMmap {
		t.Errorf("writer's map %d, want %d", n, writerMmap)
	}
	if n := mmapSize(t, w.ckpt.conn); n != writerMmap {
		t.Errorf("checkpointer's map %d, want %d", n, writerMmap)
	}
	if err := iw.Close(ctx); err != nil {
		t.Fatal(err)
	}
	s.db.SetMaxOpenConns(1) // the next connection is one of theirs
	conn, err := s.db.Conn(ctx)
	if err != nil {
		t.Fatal(err)
	}
	defer conn.Close()
	if n := mmapSize(t, conn); n != readerMmap {
		t.Errorf("a pooled connection's map %d, want %d", n, readerMmap)
	}
}

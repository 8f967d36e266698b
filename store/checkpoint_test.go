package store

import (
	"context"
	"github.com/newsreader/newsreader/ingest"
	"os"
	"path/filepath"
	"testing"
)

// fileSize is the size of the archive file itself, without its WAL.
func fileSize(t *testing.T, s *Store) int64 {
	t.Helper()
	fi, err := os.Stat(s.path)
	if err != nil {
		t.Fatal(err)
	}
	return fi.Size()
}

// An import's pages reach the archive file while it runs, copied by the
// background checkpointer: the writer itself no longer checkpoints.
func TestImportIsCheckpointedInTheBackground(t *testing.T) {
	s := openTemp(t)
	before := fileSize(t, s)
	site := filepath.Join(t.TempDir(), "site")
	writeSite(t, site, 0, 200)
	if sum, err := ingest.Import(context.Background(), s, []string{site}, ingest.Options{BatchArticles: 20}); err != nil || sum.Imported != 200 {
		t.Fatalf("import: %+v, %v", sum, err)
	}
	if after := fileSize(t, s); after <= before+16*pageSize {
		t.Errorf("archive file %d bytes before the import and %d after: nothing was checkpointed", before, after)
	}
}

// writeBlobs commits n transactions of about 100 KB each through w.
func writeBlobs(t *testing.T, w *writer, n int) {
	t.Helper()
	ctx := context.Background()
	for range n {
		if err := w.begin(ctx); err != nil {
			t.Fatal(err)
		}
		if _, err := w.conn.ExecContext(ctx, `INSERT INTO meta(key, value) VALUES (hex(randomblob(8)), randomblob(100000))`); err != nil {
			t.Fatal(err)
		}
		if err := w.commit(ctx); err != nil {
			t.Fatal(err)
		}
	}
}

// Should the checkpointer fall behind, the writer copies the WAL itself
// once it passes walLimit.
func TestWriterCheckpointsAPastLimitWAL(t *testing.T) {
	for _, c := range []struct {
		limit      int64
		checkpoint bool
	}{{1 << 40, false}, {1 << 20, true}} {
		s := openTemp(t)
		s.walLimit = c.limit
		w, err := s.newWriter(context.Background())
		if err != nil {
			t.Fatal(err)
		}
		w.ckpt.stop() // as if it never got to run
		w.ckpt = nil
		before := fileSize(t, s)
		writeBlobs(t, w, 30)
		grew := fileSize(t, s) > before+1<<20
		w.Close(context.Background())
		if grew != c.checkpoint {
			t.Errorf("WAL limit %d: archive file grew: %v, want %v", c.limit, grew, c.checkpoint)
		}
	}
}

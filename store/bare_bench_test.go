package store

import (
	"database/sql"
	"io/fs"
	"os"
	"path/filepath"
	"testing"
	"time"

	"github.com/newsreader/newsreader/internal/cputime"
)

// BenchmarkBareFTS5 is the yardstick for the import target: the
// same files BenchmarkImport reads (same NEWSREADER_BENCH_IMPORT_*
// knobs), already in memory, inserted as they are by one goroutine into
// a single-column FTS5 table of a new WAL database, 2,500 rows per
// transaction. No parsing, no other table. The issue puts it at 5,000 to
// 7,000 3-KB articles/s on this machine; running it next to
// BenchmarkImport tells a slow minute of the host from a slow import.
//
// Two tables: "content" is FTS5's default, which also stores each text
// in a table of its own; "contentless" (the content option set to the
// empty string) stores only the index, as the archive's year tables do
// (their text is kept compressed in articles).
func BenchmarkBareFTS5(b *testing.B) {
	dir, n := benchImportFiles(b)
	texts := make([]string, 0, n)
	err := filepath.WalkDir(dir, func(path string, d fs.DirEntry, err error) error {
		if err != nil || d.IsDir() {
			return err
		}
		data, err := os.ReadFile(path)
		texts = append(texts, string(data))
		return err
	})
	if err != nil {
		b.Fatal(err)
	}
	for _, table := range []struct{ name, options string }{
		{"content", ""},
		{"contentless", ", content=''"},
	} {
		b.Run(table.name, func(b *testing.B) {
			var rates writeRates
			for i := 0; i < b.N; i++ {
				b.StopTimer()
				db, err := sql.Open("sqlite", "file:"+filepath.Join(b.TempDir(), "bare.db")+
					"?_pragma=journal_mode(WAL)&_pragma=synchronous(NORMAL)")
				if err != nil {
					b.Fatal(err)
				}
				db.SetMaxOpenConns(1)
				if _, err := db.Exec(`CREATE VIRTUAL TABLE t USING fts5(text` + table.options + `)`); err != nil {
					b.Fatal(err)
				}
				b.StartTimer()
				t0, c0 := time.Now(), cputime.Process()
				if err := bareInsert(db, texts, 2500); err != nil {
					b.Fatal(err)
				}
				el, c := time.Since(t0), cputime.Process()-c0
				b.StopTimer()
				rates.add(len(texts), el, c)
				db.Close()
				b.StartTimer()
			}
			rates.report(b)
		})
	}
}

// bareInsert inserts texts into t, batch rows per transaction.
func bareInsert(db *sql.DB, texts []string, batch int) error {
	for len(texts) > 0 {
		k := min(batch, len(texts))
		tx, err := db.Begin()
		if err != nil {
			return err
		}
		st, err := tx.Prepare(`INSERT INTO t(text) VALUES (?)`)
		if err != nil {
			tx.Rollback()
			return err
		}
		for _, t := range texts[:k] {
			if _, err := st.Exec(t); err != nil {
				tx.Rollback()
				return err
			}
		}
		st.Close()
		if err := tx.Commit(); err != nil {
			return err
		}
		texts = texts[k:]
	}
	return nil
}

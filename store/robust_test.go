package store

import (
	"context"
	"database/sql"
	"errors"
	"fmt"
	"github.com/newsreader/newsreader/ingest"
	"math"
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"sync"
	"syscall"
	"testing"
	"time"
)

func TestOpenRefusesFilesThatAreNotArchives(t *testing.T) {
	dir := t.TempDir()
	text := filepath.Join(dir, "notes.txt")
	os.WriteFile(text, []byte("just some notes, not a database at all\n"), 0o644)
	if _, err := Open(text, OpenOptions{}); !errors.Is(err, ErrNotArchive) || !strings.Contains(err.Error(), text) {
		t.Errorf("text file: %v", err)
	}
	if b, _ := os.ReadFile(text); !strings.HasPrefix(string(b), "just some notes") {
		t.Error("the refused file was modified")
	}

	other := filepath.Join(dir, "other.db")
	db, err := sql.Open("sqlite", other)
	if err != nil {
		t.Fatal(err)
	}
	if _, err := db.Exec(`CREATE TABLE contacts(name TEXT); INSERT INTO contacts VALUES ('x')`); err != nil {
		t.Fatal(err)
	}
	db.Close()
	if _, err := Open(other, OpenOptions{}); !errors.Is(err, ErrNotArchive) {
		t.Errorf("another program's database: %v", err)
	}

	if _, err := Open(dir, OpenOptions{}); err == nil || !strings.Contains(err.Error(), "directory") {
		t.Errorf("a directory: %v", err)
	}
	if _, err := Open(filepath.Join(dir, "missing.db"), OpenOptions{ReadOnly: true}); err == nil {
		t.Error("a missing archive opened read-only must be an error")
	}
}

func TestCorruptArchiveGivesAClearError(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, copyArticles(t))
	if _, err := s.db.Exec(`PRAGMA wal_checkpoint(TRUNCATE)`); err != nil {
		t.Fatal(err)
	}
	s.Close()
	// Scribble over every page after the first (the header stays valid).
	f, err := os.OpenFile(path, os.O_RDWR, 0)
	if err != nil {
		t.Fatal(err)
	}
	fi, _ := f.Stat()
	junk := []byte(strings.Repeat("\xde\xad\xbe\xef", pageSize/4))
	for off := int64(pageSize); off < fi.Size(); off += pageSize {
		f.WriteAt(junk, off)
	}
	f.Close()

	s, err = Open(path, OpenOptions{})
	if err == nil {
		defer s.Close()
		_, err = s.List(context.Background(), ListQuery{})
	}
	if !errors.Is(err, ErrCorrupt) || !strings.Contains(err.Error(), path) {
		t.Fatalf("want ErrCorrupt naming the file, got %v", err)
	}
}

func TestReadOnlyArchive(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	mustImport(t, s, copyArticles(t))
	n := mustCount(t, s)
	s.Close()
	before, _ := os.ReadFile(path)

	ro, err := Open(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer ro.Close()
	if !ro.ReadOnly() {
		t.Fatal("not read-only")
	}
	if got := mustCount(t, ro); got != n {
		t.Fatalf("count %d, want %d", got, n)
	}
	if res, err := ro.Search(ctx, "Putin", 5); err != nil || len(res) == 0 {
		t.Fatalf("search: %v %v", res, err)
	}
	if _, err := ingest.Import(ctx, ro, []string{"testdata/articles"}, ingest.Options{}); !errors.Is(err, ErrReadOnly) {
		t.Fatalf("import into a read-only archive: %v", err)
	}
	if _, err := ro.db.Exec(`DELETE FROM files`); err == nil {
		t.Fatal("the connection accepted a write")
	}
	after, _ := os.ReadFile(path)
	if string(before) != string(after) {
		t.Fatal("the file changed")
	}
}

func TestReaderDuringImport(t *testing.T) {
	ctx := context.Background()
	path := filepath.Join(t.TempDir(), "archive.db")
	w, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer w.Close()
	dir := t.TempDir()
	writeSynthetic(t, dir, 250, 11)

	// The reader is a second Store on the same file, as another process
	// would have.
	r, err := Open(path, OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer r.Close()
	done := make(chan struct{})
	var wg sync.WaitGroup
	var readErr error
	reads, last := 0, 0
	// read is told of each read cycle; the import waits in its first
	// progress report of the importing phase, with a write transaction
	// open, until the reader has read three times, so that the reads
	// overlap the import however fast it is.
	read := make(chan struct{}, 1)
	wg.Add(1)
	go func() {
		defer wg.Done()
		for {
			select {
			case <-done:
				return
			default:
			}
			n, err := r.Count(ctx)
			if err == nil {
				_, err = r.List(ctx, ListQuery{Limit: 20})
			}
			if err == nil {
				_, err = r.Search(ctx, "the government", 10)
			}
			if err != nil {
				readErr = err
				return
			}
			if n < last {
				readErr = fmt.Errorf("count went down from %d to %d", last, n)
				return
			}
			last = n
			reads++
			select {
			case read <- struct{}{}:
			default:
			}
		}
	}()
	waited := 0
	sum, err := ingest.Import(ctx, w, []string{dir}, ingest.Options{Progress: func(p ingest.Progress) {
		if p.Phase != "importing" || waited > 0 {
			return
		}
		for waited < 3 {
			select {
			case <-read:
				waited++
			case <-time.After(30 * time.Second):
				waited = 3 // the reader is stuck or failed: reported below
			}
		}
	}})
	close(done)
	wg.Wait()
	if err != nil || sum.Imported != 250 {
		t.Fatalf("import: %+v %v", sum, err)
	}
	if readErr != nil {
		t.Fatalf("reader failed after %d reads: %v", reads, readErr)
	}
	if reads < 3 {
		t.Fatalf("only %d reads during the import", reads)
	}
	if n := mustCount(t, r); n != 250 {
		t.Fatalf("reader sees %d articles after the import", n)
	}
}

// killHelperEnv makes the test binary an importer to be killed; it
// writes killMe when it is ready to be.
const (
	killHelperEnv = "NEWSREADER_STORE_KILL_HELPER"
	killMe        = "ready to be killed"
)

func TestMain(m *testing.M) {
	if v := os.Getenv(killHelperEnv); v != "" {
		db, dir, _ := strings.Cut(v, "|")
		s, err := Open(db, OpenOptions{})
		if err != nil {
			fmt.Fprintln(os.Stderr, err)
			os.Exit(3)
		}
		// Small transactions and a report per article: the importer stops
		// for good with two transactions committed and a third open, its
		// parsers still at work, and waits to be killed, however fast the
		// import would be.
		const batch = 5
		_, err = ingest.Import(context.Background(), s, []string{dir}, ingest.Options{BatchArticles: batch, ProgressEvery: -1, Progress: func(p ingest.Progress) {
			if p.Articles == 2*batch+2 {
				fmt.Fprintln(os.Stderr, killMe)
				select {}
			}
		}})
		fmt.Fprintln(os.Stderr, "helper finished before being killed:", err)
		os.Exit(4)
	}
	os.Exit(m.Run())
}

func TestKillDuringImportLeavesAConsistentArchive(t *testing.T) {
	path := filepath.Join(t.TempDir(), "archive.db")
	dir := t.TempDir()
	const total = 250
	writeSynthetic(t, dir, total, 5)

	cmd := exec.Command(os.Args[0], "-test.run=^$")
	cmd.Env = append(os.Environ(), killHelperEnv+"="+path+"|"+dir)
	var stderr syncBuffer
	cmd.Stderr = &stderr
	if err := cmd.Start(); err != nil {
		t.Fatal(err)
	}
	// Kill it in the middle of its import.
	deadline := time.Now().Add(60 * time.Second)
	for !strings.Contains(stderr.String(), killMe) {
		if time.Now().After(deadline) {
			cmd.Process.Kill()
			t.Fatalf("the importer did not get halfway: %s", stderr.String())
		}
		time.Sleep(10 * time.Millisecond)
	}
	if n := countRaw(path); n == 0 {
		t.Errorf("no article committed before the kill")
	}
	cmd.Process.Signal(syscall.SIGKILL)
	err := cmd.Wait()
	if ws, ok := cmd.ProcessState.Sys().(syscall.WaitStatus); !ok || !ws.Signaled() {
		t.Fatalf("the importer was not killed (%v): %s", err, stderr.String())
	}

	s, err := Open(path, OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	checkConsistent(t, s)
	n := mustCount(t, s)
	if n == 0 || n >= total {
		t.Fatalf("%d articles after the kill, want some but not all", n)
	}
	sum := mustImport(t, s, dir)
	if got := mustCount(t, s); got != total {
		t.Fatalf("after a second import: %d articles, want %d (%+v)", got, total, sum)
	}
	checkConsistent(t, s)
}

// countRaw reads the article counter without the store, 0 on any error.
func countRaw(path string) int {
	db, err := sql.Open("sqlite", "file:"+path+"?mode=ro&_pragma=busy_timeout(1000)")
	if err != nil {
		return 0
	}
	defer db.Close()
	var n int
	db.QueryRow(`SELECT value FROM meta WHERE key = 'articles'`).Scan(&n)
	return n
}

// checkConsistent runs SQLite's and FTS5's integrity checks and compares
// the counters with the rows.
func checkConsistent(t *testing.T, s *Store) {
	t.Helper()
	var res string
	if err := s.db.QueryRow(`PRAGMA integrity_check`).Scan(&res); err != nil || res != "ok" {
		t.Fatalf("integrity_check: %s %v", res, err)
	}
	parts, err := s.partitions(context.Background(), 0, math.MaxInt64)
	if err != nil || len(parts) == 0 {
		t.Fatalf("partitions: %v %v", parts, err)
	}
	indexed := map[int64]bool{}
	for _, y := range parts {
		name := partName(y)
		if _, err := s.db.Exec(`INSERT INTO ` + name + `(` + name + `) VALUES ('integrity-check')`); err != nil {
			t.Fatalf("%s integrity-check: %v", name, err)
		}
		rows, err := s.db.Query(`SELECT id FROM ` + name + `_docsize`)
		if err != nil {
			t.Fatal(err)
		}
		for rows.Next() {
			var k int64
			rows.Scan(&k)
			if yearOfKey(k) != y || indexed[k] {
				t.Fatalf("key %d misplaced in %s", k, name)
			}
			indexed[k] = true
		}
		rows.Close()
	}
	var counter, n, badPeople int
	s.db.QueryRow(`SELECT value FROM meta WHERE key = 'articles'`).Scan(&counter)
	rows, err := s.db.Query(`SELECT fts_key FROM articles`)
	if err != nil {
		t.Fatal(err)
	}
	for rows.Next() {
		var k int64
		rows.Scan(&k)
		if !indexed[k] {
			t.Fatalf("article with key %d is not indexed", k)
		}
		n++
	}
	rows.Close()
	s.db.QueryRow(`SELECT count(*) FROM people p WHERE articles != (SELECT count(*) FROM mentions m WHERE m.person_id = p.id) OR mentions != (SELECT coalesce(sum(m.mentions), 0) FROM mentions m WHERE m.person_id = p.id)`).Scan(&badPeople)
	if counter != n || len(indexed) != n || badPeople != 0 {
		t.Fatalf("inconsistent: counter %d, articles %d, indexed %d, people with wrong counts %d",
			counter, n, len(indexed), badPeople)
	}
	checkDayCounters(t, s)
}

// syncBuffer is a strings.Builder that a process's output can be written
// to while the test reads it.
type syncBuffer struct {
	mu sync.Mutex
	b  strings.Builder
}

func (s *syncBuffer) Write(p []byte) (int, error) {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.Write(p)
}

func (s *syncBuffer) String() string {
	s.mu.Lock()
	defer s.mu.Unlock()
	return s.b.String()
}

// Package store keeps news articles in one embedded SQLite file (the
// archive): the writer that package ingest imports files and folders
// through (the Store is an ingest.Archive), paged lists, ranked
// full-text search (FTS5, BM25) with snippets, and the people the
// articles mention. It has no user interface.
//
// The archive runs in WAL mode, so other processes can read while one
// imports. Opening costs the same whatever the archive's size: nothing is
// counted or scanned at open.
package store

import (
	"bytes"
	"context"
	"database/sql"
	"errors"
	"fmt"
	"io"
	"net/url"
	"os"
	"path/filepath"
	"strings"
	"sync"

	"github.com/klauspost/compress/zstd"
	"modernc.org/sqlite"
	sqlite3 "modernc.org/sqlite/lib"

	"github.com/newsreader/newsreader/query"
)

// Errors an Open or a query can wrap; test them with errors.Is.
var (
	// ErrNotArchive: the file exists but is not a newsreader archive.
	ErrNotArchive = errors.New("not a newsreader archive")
	// ErrCorrupt: the file is a damaged SQLite database.
	ErrCorrupt = errors.New("archive is corrupt")
	// ErrTooNew: the archive was written by a newer newsreader.
	ErrTooNew = errors.New("archive was written by a newer newsreader")
	// ErrReadOnly: a write was asked of an archive opened read-only.
	ErrReadOnly = errors.New("archive is open read-only")
	// ErrNotFound: no article has the asked id.
	ErrNotFound = errors.New("no such article")
	// ErrBadQuery: a search query that cannot be read (a bad date, only
	// -words); the message says why.
	ErrBadQuery = query.ErrBadQuery
)

// OpenOptions tune Open. The zero value opens read-write, creating the
// archive (and its folder) when it does not exist.
type OpenOptions struct {
	// ReadOnly opens the archive for reading only; a missing archive is
	// then an error. A file the process may not write is always opened
	// read-only.
	ReadOnly bool
}

// Store is an open archive. Its methods are safe for concurrent use.
type Store struct {
	path     string
	readOnly bool
	// walLimit is the WAL size at which the writer checkpoints itself
	// (walLimit; tests lower it).
	walLimit int64
	// optimizeAfter is how many articles an import adds to a year before
	// it optimizes the year's index (optimizeAfter; tests lower it).
	optimizeAfter int
	// rescoreTop is how many candidates besides the title matches a
	// search scores exactly (rescoreTop; tests lower it).
	rescoreTop int
	db         *sql.DB // read pool (and writes through writeMu)
	writeMu    sync.Mutex
	stmtMu     sync.Mutex
	stmts      map[string]*sql.Stmt // prepared searches, by SQL text
	scratch    sync.Pool            // of *prepScratch, for prepare
	encOnce    sync.Once            // the encoder is made on the first write
	enc        *zstd.Encoder
	encErr     error
	dec        *zstd.Decoder
}

// sqliteMagic opens every SQLite database file.
var sqliteMagic = []byte("SQLite format 3\x00")

// DefaultPath is where the archive lives when none is given:
// $XDG_DATA_HOME/newsreader/archive.db, else ~/.local/share/newsreader/archive.db.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_DATA_HOME")
	if dir == "" || !filepath.IsAbs(dir) {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("cannot find the archive: no $XDG_DATA_HOME and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "share")
	}
	return filepath.Join(dir, "newsreader", "archive.db"), nil
}

// Open opens the archive at path, creating it unless opts.ReadOnly is set.
// A file that is not a newsreader archive gives ErrNotArchive, a damaged
// one ErrCorrupt, both naming the file.
func Open(path string, opts OpenOptions) (*Store, error) {
	abs, err := filepath.Abs(path)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	readOnly := opts.ReadOnly
	fi, err := os.Stat(abs)
	switch {
	case err == nil:
		if fi.IsDir() {
			return nil, fmt.Errorf("%s: is a directory, not an archive file", path)
		}
		if err := checkHeader(abs, fi.Size()); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
		if !readOnly && !writable(abs) {
			readOnly = true
		}
	case errors.Is(err, os.ErrNotExist):
		if readOnly {
			return nil, fmt.Errorf("%s: no archive here", path)
		}
		if err := os.MkdirAll(filepath.Dir(abs), 0o755); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	default:
		return nil, fmt.Errorf("%s: %w", path, err)
	}

	if !readOnly && (fi == nil || fi.Size() == 0) {
		if err := initFile(abs); err != nil {
			return nil, fmt.Errorf("%s: %w", path, err)
		}
	}
	s := &Store{path: abs, readOnly: readOnly, walLimit: walLimit, optimizeAfter: optimizeAfter, rescoreTop: rescoreTop}
	s.scratch.New = func() any { return new(prepScratch) }
	if err := s.openDB(); err != nil {
		return nil, fmt.Errorf("%s: %w", path, err)
	}
	if s.dec, err = zstd.NewReader(nil, zstd.WithDecoderConcurrency(0)); err != nil {
		s.db.Close()
		return nil, err
	}
	return s, nil
}

// openDB opens the connection pool and checks or creates the schema.
func (s *Store) openDB() error {
	q := url.Values{}
	q.Add("_pragma", "busy_timeout(10000)")
	if s.readOnly {
		q.Set("mode", "ro")
	} else {
		q.Add("_pragma", "journal_mode(WAL)")
		q.Add("_pragma", "synchronous(NORMAL)")
		// A WAL that a big import grew is cut back when it starts over.
		q.Add("_pragma", "journal_size_limit(67108864)")
	}
	q.Add("_pragma", "cache_size(-32768)")
	// Reads through a memory map rather than a read() call per page
	// (the writer's connections turn it off, see writerMmap).
	q.Add("_pragma", fmt.Sprintf("mmap_size(%d)", readerMmap))
	// Statement journals in memory: FTS5 writes through them.
	q.Add("_pragma", "temp_store(MEMORY)")
	q.Add("_txlock", "immediate")
	dsn := "file:" + (&url.URL{Path: s.path}).EscapedPath() + "?" + q.Encode()
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	db.SetMaxIdleConns(4)
	if err := s.checkSchema(db); err != nil {
		db.Close()
		if s.readOnly && isCantOpen(err) {
			// A WAL archive in a folder we cannot write has no -shm file
			// to share: read it as an immutable snapshot instead.
			return s.openImmutable()
		}
		return classify(err)
	}
	s.db = db
	return nil
}

// pageSize is the page size of new archives (an archive keeps the one it
// was made with). Pages of several compressed articles of 2-3 KiB each
// waste less than 4 KiB pages, which hold one and waste about a third of
// the file. 32 KiB against 16 KiB: an import writes half as many WAL
// frames, two system calls each (3-KB pages: 2,806 vs 2,710 articles/s
// and 595 vs 619 µs CPU, medians of 6 alternated), the 100k archive is
// 2.15 instead of 2.19 times its text, and search, list and open take the
// same time.
const pageSize = 32768

// initFile gives a new, empty archive file its page size, which cannot
// change once the file is in WAL mode.
func initFile(path string) error {
	db, err := sql.Open("sqlite", "file:"+(&url.URL{Path: path}).EscapedPath())
	if err != nil {
		return err
	}
	defer db.Close()
	_, err = db.Exec(fmt.Sprintf("PRAGMA page_size = %d; PRAGMA journal_mode = WAL", pageSize))
	return err
}

// openImmutable opens a read-only archive that SQLite cannot lock.
func (s *Store) openImmutable() error {
	dsn := "file:" + (&url.URL{Path: s.path}).EscapedPath() + "?mode=ro&immutable=1"
	db, err := sql.Open("sqlite", dsn)
	if err != nil {
		return err
	}
	if err := s.checkSchema(db); err != nil {
		db.Close()
		return classify(err)
	}
	s.db = db
	return nil
}

// Path is the archive file's absolute path.
func (s *Store) Path() string { return s.path }

// ReadOnly reports whether the archive was opened for reading only.
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close closes the archive. Pending imports must have returned.
func (s *Store) Close() error {
	if s.enc != nil {
		s.enc.Close()
	}
	if s.dec != nil {
		s.dec.Close()
	}
	s.stmtMu.Lock()
	for _, st := range s.stmts {
		st.Close()
	}
	s.stmts = nil
	s.stmtMu.Unlock()
	if !s.readOnly {
		s.optimizeOnClose()
	}
	return s.db.Close()
}

// optimizeOnClose runs the upkeep SQLite recommends before closing a
// connection, with the analysis bounded so that closing stays quick on a
// big archive, on a connection without a memory map: an archive never
// analysed (a new one, after its first import) is analysed in full, and
// through a reading connection's map every page it read stayed in the
// process's resident memory (closing after a small import into a
// 156,000-article archive without statistics peaked at 399 MB against
// 84 MB; at a million articles up to the map's 1 GiB).
func (s *Store) optimizeOnClose() {
	conn, err := s.db.Conn(context.Background())
	if err != nil {
		return
	}
	defer conn.Close()
	_, _ = conn.ExecContext(context.Background(), fmt.Sprintf("PRAGMA mmap_size = %d; PRAGMA analysis_limit = 400; PRAGMA optimize; PRAGMA mmap_size = %d", writerMmap, readerMmap))
}

// checkHeader refuses a non-empty file that is not an SQLite database.
func checkHeader(path string, size int64) error {
	if size == 0 {
		return nil
	}
	f, err := os.Open(path)
	if err != nil {
		return err
	}
	defer f.Close()
	head := make([]byte, len(sqliteMagic))
	if _, err := io.ReadFull(f, head); err != nil || !bytes.Equal(head, sqliteMagic) {
		return fmt.Errorf("%w (not an SQLite database)", ErrNotArchive)
	}
	return nil
}

// classify maps SQLite's damage codes to ErrCorrupt and ErrNotArchive.
func classify(err error) error {
	if err == nil {
		return nil
	}
	var se *sqlite.Error
	if errors.As(err, &se) {
		switch se.Code() & 0xff {
		case sqlite3.SQLITE_CORRUPT:
			return fmt.Errorf("%w: %v", ErrCorrupt, err)
		case sqlite3.SQLITE_NOTADB:
			return fmt.Errorf("%w (not an SQLite database): %v", ErrNotArchive, err)
		case sqlite3.SQLITE_READONLY:
			return fmt.Errorf("%w: %v", ErrReadOnly, err)
		}
	}
	if strings.Contains(err.Error(), "malformed") {
		return fmt.Errorf("%w: %v", ErrCorrupt, err)
	}
	return err
}

func isCantOpen(err error) bool {
	var se *sqlite.Error
	return errors.As(err, &se) && se.Code()&0xff == sqlite3.SQLITE_CANTOPEN
}

// wrap names the archive in an error from a query.
func (s *Store) wrap(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) || errors.Is(err, ErrNotFound) {
		return err
	}
	return fmt.Errorf("%s: %w", s.path, classify(err))
}

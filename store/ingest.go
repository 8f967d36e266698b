package store

import (
	"context"
	"database/sql"
	"fmt"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
)

// The Store is an ingest.Archive: the import pipeline (package ingest)
// reads through the methods of this file and writes through OpenWriter
// (write.go).
var _ ingest.Archive = (*Store)(nil)

// Holds reports whether p is the archive or one of its side files.
func (s *Store) Holds(p string) bool {
	return p == s.path || p == s.path+"-wal" || p == s.path+"-shm" || p == s.path+"-journal"
}

// Prepare turns a parsed article into the row the writer stores
// (compressed body, index text); safe for concurrent use.
func (s *Store) Prepare(a *content.Article) (ingest.Prepared, error) {
	return s.prepare(a)
}

// Weight is the memory a row holds, roughly.
func (r *row) Weight() int64 {
	return int64(len(r.ftsText) + len(r.body) + len(r.title) + len(r.ftsPeople))
}

// IndexBytes is the length of the row's indexed text.
func (r *row) IndexBytes() int { return len(r.ftsText) }

// KnownFiles calls known with each of paths the archive has a file for
// (ingest.Archive).
func (s *Store) KnownFiles(ctx context.Context, paths []string, known func(i int, f ingest.KnownFile)) error {
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return s.wrap(err)
	}
	defer conn.Close()
	// A new archive knows no file: spare a lookup per file (10 µs each,
	// ten seconds before the first parse for a million files).
	var hasFiles bool
	if err := conn.QueryRowContext(ctx, `SELECT EXISTS (SELECT 1 FROM files)`).Scan(&hasFiles); err != nil {
		return s.wrap(err)
	}
	if !hasFiles {
		return nil
	}
	st, err := conn.PrepareContext(ctx, `SELECT id, size, mtime, hash, articles FROM files WHERE path = ?`)
	if err != nil {
		return s.wrap(err)
	}
	defer st.Close()
	for i, p := range paths {
		var k ingest.KnownFile
		err := st.QueryRowContext(ctx, p).Scan(&k.ID, &k.Size, &k.MTime, &k.Hash, &k.Articles)
		switch {
		case err == sql.ErrNoRows:
		case err != nil:
			return s.wrap(err)
		default:
			known(i, k)
		}
	}
	return nil
}

// LinesByPrefix reads what the archive learned of the lines of every
// group named with prefix and counting minFiles files or more
// (ingest.Archive).
func (s *Store) LinesByPrefix(ctx context.Context, prefix string, minFiles int) (map[string]ingest.LineCounts, error) {
	// The names from prefix up to, not including, prefix with its last
	// byte raised by one (the group names the pipeline makes are ASCII).
	if prefix == "" || prefix[len(prefix)-1] == 0xff {
		return nil, fmt.Errorf("%s: line groups by the prefix %q: not supported", s.path, prefix)
	}
	end := prefix[:len(prefix)-1] + string([]byte{prefix[len(prefix)-1] + 1})
	rows, err := s.db.QueryContext(ctx, `SELECT g.grp, g.files, l.h, l.files FROM line_groups g
		JOIN line_stats l ON l.grp = g.grp WHERE g.grp >= ? AND g.grp < ? AND g.files >= ?`, prefix, end, minFiles)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]ingest.LineCounts{}
	for rows.Next() {
		var k string
		var files int
		var h int64
		var n int32
		if err := rows.Scan(&k, &files, &h, &n); err != nil {
			return nil, s.wrap(err)
		}
		c, ok := out[k]
		if !ok {
			c = ingest.LineCounts{Files: files, Lines: map[uint64]int32{}}
			out[k] = c
		}
		c.Lines[uint64(h)] = n
	}
	return out, s.wrap(rows.Err())
}

// Lines reads what the archive learned of group k (ingest.Archive).
func (s *Store) Lines(ctx context.Context, k string) (ingest.LineCounts, error) {
	var c ingest.LineCounts
	err := s.db.QueryRowContext(ctx, `SELECT files FROM line_groups WHERE grp = ?`, k).Scan(&c.Files)
	if err == sql.ErrNoRows {
		return c, nil
	}
	if err != nil {
		return c, s.wrap(err)
	}
	rows, err := s.db.QueryContext(ctx, `SELECT h, files FROM line_stats WHERE grp = ?`, k)
	if err != nil {
		return c, s.wrap(err)
	}
	defer rows.Close()
	c.Lines = map[uint64]int32{}
	for rows.Next() {
		var h int64
		var n int32
		if err := rows.Scan(&h, &n); err != nil {
			return c, s.wrap(err)
		}
		c.Lines[uint64(h)] = n
	}
	return c, s.wrap(rows.Err())
}

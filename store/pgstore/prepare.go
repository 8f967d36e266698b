package pgstore

import (
	"context"
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

// The Store is an ingest.Archive: imports run through package ingest's
// pipeline into it.
var _ ingest.Archive = (*Store)(nil)

// row is an article made ready for the writer by a parsing worker: its
// compressed body and its tsvector, in PostgreSQL's text form.
type row struct {
	e    *store.Encoded
	tsv  []byte // binary tsvector
	year int
}

// Weight is the memory a row holds, roughly.
func (r *row) Weight() int64 {
	return int64(len(r.e.Body) + len(r.tsv) + len(r.e.BodyText) + len(r.e.Title))
}

// weightCopied is the bytes of the row's fields in a COPY, but for
// their lengths and the numbers.
func (r *row) weightCopied() int {
	e := r.e
	return len(e.Body) + len(r.tsv) + len(e.Format) + len(e.Title) + len(e.Published) + len(e.Source) + len(e.URL) + len(e.Byline)
}

// IndexBytes is the length of the row's index text.
func (r *row) IndexBytes() int { return len(r.tsv) }

// Holds is false: a PostgreSQL archive has no file an import could read.
func (s *Store) Holds(string) bool { return false }

// Prepare compresses an article and builds its tsvector (ingest.Archive);
// safe for concurrent use.
func (s *Store) Prepare(a *content.Article) (ingest.Prepared, error) {
	e, err := s.codec.Encode(a)
	if err != nil {
		return nil, err
	}
	// PostgreSQL text holds no NUL and only valid UTF-8.
	for _, f := range []*string{&e.Key, &e.Format, &e.Title, &e.Published, &e.Source, &e.URL, &e.Byline} {
		*f = pgText(*f)
	}
	for i := range e.People {
		e.People[i].Name, e.People[i].Role = pgText(e.People[i].Name), pgText(e.People[i].Role)
	}
	r := &row{e: e, tsv: buildTSVector(e.Title, e.BodyText, e.Names)}
	r.year = store.YearOfKey(store.DateKey(0, e.PubTS))
	return r, nil
}

// pgText makes s storable in a text column.
func pgText(s string) string {
	if !utf8.ValidString(s) {
		s = strings.ToValidUTF8(s, "\uFFFD")
	}
	return strings.ReplaceAll(s, "\x00", "")
}

// quoteLexeme quotes a word for tsvector and tsquery text.
func quoteLexeme(w string) string {
	var b strings.Builder
	writeLexeme(&b, w)
	return b.String()
}

// writeLexeme writes w quoted for tsvector and tsquery text: in single
// quotes, a quote or a backslash doubled.
func writeLexeme(b *strings.Builder, w string) {
	b.Grow(len(w) + 2)
	b.WriteByte('\'')
	for i := 0; i < len(w); i++ {
		if c := w[i]; c == '\'' || c == '\\' {
			b.WriteByte(c)
		}
		b.WriteByte(w[i])
	}
	b.WriteByte('\'')
}

// KnownFiles calls known with each of paths the archive has a file for
// (ingest.Archive), looked up in chunks of paths.
func (s *Store) KnownFiles(ctx context.Context, paths []string, known func(i int, f ingest.KnownFile)) error {
	const chunk = 5000
	for lo := 0; lo < len(paths); lo += chunk {
		part := paths[lo:min(lo+chunk, len(paths))]
		rows, err := s.pool.Query(ctx, `SELECT path, id, size, mtime, hash, articles FROM files WHERE path = ANY($1)`, part)
		if err != nil {
			return s.wrap(err)
		}
		found := map[string]ingest.KnownFile{}
		for rows.Next() {
			var p string
			var k ingest.KnownFile
			if err := rows.Scan(&p, &k.ID, &k.Size, &k.MTime, &k.Hash, &k.Articles); err != nil {
				rows.Close()
				return s.wrap(err)
			}
			found[p] = k
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
		for i, p := range part {
			if k, ok := found[p]; ok {
				known(lo+i, k)
			}
		}
	}
	return nil
}

// Lines reads what the archive learned of group k (ingest.Archive).
func (s *Store) Lines(ctx context.Context, k string) (ingest.LineCounts, error) {
	m, err := s.lines(ctx, `g.grp = $1`, k, 0)
	return m[k], err
}

// LinesByPrefix reads the learned lines of every group named with prefix
// and counting minFiles files or more (ingest.Archive).
func (s *Store) LinesByPrefix(ctx context.Context, prefix string, minFiles int) (map[string]ingest.LineCounts, error) {
	m, err := s.lines(ctx, `starts_with(g.grp, $1)`, prefix, minFiles)
	for k, c := range m {
		if len(c.Lines) == 0 {
			delete(m, k)
		}
	}
	return m, err
}

func (s *Store) lines(ctx context.Context, cond, arg string, minFiles int) (map[string]ingest.LineCounts, error) {
	rows, err := s.pool.Query(ctx, `SELECT g.grp, g.files, l.h, l.files FROM line_groups g
		LEFT JOIN line_stats l ON l.grp = g.grp WHERE `+cond+` AND g.files >= $2`, arg, minFiles)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]ingest.LineCounts{}
	for rows.Next() {
		var k string
		var files int
		var h *int64
		var n *int32
		if err := rows.Scan(&k, &files, &h, &n); err != nil {
			return nil, s.wrap(err)
		}
		c, ok := out[k]
		if !ok {
			c = ingest.LineCounts{Files: files, Lines: map[uint64]int32{}}
			out[k] = c
		}
		if h != nil {
			c.Lines[uint64(*h)] = *n
		}
	}
	return out, s.wrap(rows.Err())
}

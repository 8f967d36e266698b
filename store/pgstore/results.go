package pgstore

import (
	"context"
	"fmt"
	"strings"

	"github.com/jackc/pgx/v5"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// ids runs a query of (id, score) rows.
func (s *Store) ids(ctx context.Context, q string, args ...any) ([]int64, []float64, error) {
	var ids []int64
	var scores []float64
	err := pgx.BeginTxFunc(ctx, s.pool, pgx.TxOptions{AccessMode: pgx.ReadOnly}, func(tx pgx.Tx) error {
		// A row's tsvector lives out of line (TOAST), so a scan that tests
		// @@ row by row decompresses every row's, a cost the planner does
		// not count: on partitions of a few thousand rows it picks such a
		// scan over the GIN index, ten times slower. Without sequential
		// scans it keeps the GIN index, or the date index for a match so
		// broad that the newest rows hold enough candidates. The plan is
		// made for each query's own words (a custom plan): a generic plan
		// of the cached statement cannot tell a rare word from a common
		// one and walks the date index for both.
		if _, err := tx.Exec(ctx, `SET LOCAL enable_seqscan = off; SET LOCAL plan_cache_mode = force_custom_plan`); err != nil {
			return err
		}
		rows, err := tx.Query(ctx, q, args...)
		if err != nil {
			return err
		}
		defer rows.Close()
		for rows.Next() {
			var id int64
			var r float64
			if err := rows.Scan(&id, &r); err != nil {
				return err
			}
			ids, scores = append(ids, id), append(scores, r)
		}
		return rows.Err()
	})
	return ids, scores, s.queryError(err)
}

// results loads the hits of ids, in order, with snippets cut around the
// query's words by the SQLite archive's own code (store.Snippet).
func (s *Store) results(ctx context.Context, ids []int64, scores []float64, q query.Query) ([]store.Result, error) {
	rows, err := s.pool.Query(ctx, `SELECT `+listColumns+`, a.body FROM records r
		JOIN articles a ON a.id = r.id AND a.year = r.year JOIN files f ON f.id = a.file_id WHERE r.id = ANY($1)`, ids)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	byID := map[int64]store.Result{}
	for rows.Next() {
		var id, key int64
		var title, published, source, path string
		var body []byte
		if err := rows.Scan(&id, &title, &published, &source, &path, &key, &body); err != nil {
			return nil, s.wrap(err)
		}
		text, err := s.codec.Text(body)
		if err != nil {
			return nil, s.wrap(fmt.Errorf("article %d: %w", id, err))
		}
		r := store.Result{ListItem: store.NewListItem(id, title, published, source, path, key)}
		r.Snippet, r.Highlights = store.Snippet(text, q)
		byID[id] = r
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	out := make([]store.Result, 0, len(ids))
	for i, id := range ids {
		if r, ok := byID[id]; ok {
			r.Score = scores[i]
			out = append(out, r)
		}
	}
	return out, nil
}

// queryError reports a tsquery the server cannot read (which quoting
// should prevent) as a bad query rather than a broken archive.
func (s *Store) queryError(err error) error {
	if err != nil && strings.Contains(err.Error(), "tsquery") {
		return fmt.Errorf("%w: %v", store.ErrBadQuery, err)
	}
	return s.wrap(err)
}

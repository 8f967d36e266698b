package store

import (
	"context"
	"fmt"
	"strings"
	"time"
)

// State is the reader's marks on an article: read, and flagged (a
// bookmark). They live in the archive (table article_state), so they
// outlive the reader and follow the archive file.
type State struct {
	Read    bool `json:"read"`
	Flagged bool `json:"flagged"`
}

// SetRead marks the article read or unread.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setState(ctx, id, "read", read)
}

// SetFlagged flags or unflags the article.
func (s *Store) SetFlagged(ctx context.Context, id int64, flagged bool) error {
	return s.setState(ctx, id, "flagged", flagged)
}

// setState writes one mark (column is "read" or "flagged", never user
// input) of an article that exists; ErrNotFound otherwise.
func (s *Store) setState(ctx context.Context, id int64, column string, on bool) error {
	if s.readOnly {
		return fmt.Errorf("%w: cannot keep marks", ErrReadOnly)
	}
	v := 0
	if on {
		v = 1
	}
	s.writeMu.Lock()
	defer s.writeMu.Unlock()
	res, err := s.db.ExecContext(ctx, `INSERT INTO article_state(article_id, `+column+`, changed)
		SELECT id, ?, ? FROM articles WHERE id = ?
		ON CONFLICT(article_id) DO UPDATE SET `+column+` = excluded.`+column+`, changed = excluded.changed`,
		v, time.Now().Unix(), id)
	if err != nil {
		return s.wrap(err)
	}
	if n, err := res.RowsAffected(); err == nil && n == 0 {
		return fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	return nil
}

// States returns the marks of the articles of ids that have any: one
// lookup per page of a list, by primary key.
func (s *Store) States(ctx context.Context, ids []int64) (map[int64]State, error) {
	out := make(map[int64]State, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	args := make([]any, len(ids))
	for i, id := range ids {
		args[i] = id
	}
	rows, err := s.db.QueryContext(ctx, `SELECT article_id, read, flagged FROM article_state
		WHERE article_id IN (?`+strings.Repeat(", ?", len(ids)-1)+`)`, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var st State
		if err := rows.Scan(&id, &st.Read, &st.Flagged); err != nil {
			return nil, s.wrap(err)
		}
		out[id] = st
	}
	return out, s.wrap(rows.Err())
}

// Flagged lists the flagged articles, newest first. Flags are set by
// hand, so there are few: they are all listed.
func (s *Store) Flagged(ctx context.Context) ([]ListItem, error) {
	return s.items(ctx, `SELECT `+listColumns+` FROM article_state st
		JOIN articles a ON a.id = st.article_id
		WHERE st.flagged ORDER BY a.fts_key DESC`)
}

package pgstore

import (
	"context"
	"errors"
	"fmt"
	"time"

	"github.com/jackc/pgx/v5/pgconn"

	"github.com/newsreader/newsreader/store"
)

// The reader's marks (read, flagged), kept in the archive as the SQLite
// archive keeps them (store.Store.SetRead and the rest), in table
// article_state: shared by everyone who reads the archive, as the
// articles are. Marking needs a writable archive: on a standby (or an
// archive opened read-only) it fails with store.ErrReadOnly.

// SetRead marks the article read or unread.
func (s *Store) SetRead(ctx context.Context, id int64, read bool) error {
	return s.setState(ctx, id, "read", read)
}

// SetFlagged flags or unflags the article.
func (s *Store) SetFlagged(ctx context.Context, id int64, flagged bool) error {
	return s.setState(ctx, id, "flagged", flagged)
}

// errCannotMark is the error of a mark on a read-only archive.
var errCannotMark = fmt.Errorf("%w: cannot keep marks (read, flagged) on a read-only archive, a standby or as a role that only reads", store.ErrReadOnly)

// setState writes one mark (column is "read" or "flagged", never user
// input) of an article that exists; store.ErrNotFound otherwise.
func (s *Store) setState(ctx context.Context, id int64, column string, on bool) error {
	if s.readOnly {
		return errCannotMark
	}
	tag, err := s.pool.Exec(ctx, `INSERT INTO article_state(article_id, `+column+`, changed)
		SELECT id, $1, $2 FROM records WHERE id = $3
		ON CONFLICT (article_id) DO UPDATE SET `+column+` = excluded.`+column+`, changed = excluded.changed`,
		on, time.Now().Unix(), id)
	var pgErr *pgconn.PgError
	if errors.As(err, &pgErr) && (pgErr.Code == "25006" || pgErr.Code == "42501") {
		// read_only_sql_transaction: a server that became a standby, or a
		// role read-only by default; insufficient_privilege: a role the
		// grants let read only.
		return errCannotMark
	}
	if err != nil {
		return s.wrap(err)
	}
	if tag.RowsAffected() == 0 {
		return fmt.Errorf("%w: %d", store.ErrNotFound, id)
	}
	return nil
}

// States returns the marks of the articles of ids that have any: one
// lookup per page of a list, by primary key.
func (s *Store) States(ctx context.Context, ids []int64) (map[int64]store.State, error) {
	out := make(map[int64]store.State, len(ids))
	if len(ids) == 0 {
		return out, nil
	}
	rows, err := s.pool.Query(ctx, `SELECT article_id, read, flagged FROM article_state WHERE article_id = ANY($1)`, ids)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var id int64
		var st store.State
		if err := rows.Scan(&id, &st.Read, &st.Flagged); err != nil {
			return nil, s.wrap(err)
		}
		out[id] = st
	}
	return out, s.wrap(rows.Err())
}

// Flagged lists the flagged articles, newest first. Flags are set by
// hand, so there are few: they are all listed.
func (s *Store) Flagged(ctx context.Context) ([]store.ListItem, error) {
	return s.items(ctx, `SELECT `+listColumns+` FROM article_state st
		JOIN articles a ON a.id = st.article_id JOIN files f ON f.id = a.file_id
		WHERE st.flagged ORDER BY a.sort_key DESC`)
}

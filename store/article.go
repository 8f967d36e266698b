package store

import (
	"context"
	"database/sql"
	"encoding/hex"
	"fmt"
	"time"

	"github.com/newsreader/newsreader/content"
)

// ArticleInfo is what the archive knows of a stored article besides the
// article itself.
type ArticleInfo struct {
	ID int64 `json:"id"`
	// Path is the file it was read from; Key its record in that file.
	Path string `json:"path"`
	Key  string `json:"key,omitempty"`
	// Imported is when it was last written.
	Imported time.Time `json:"imported"`
	// Markdown is the article as Markdown, as made at import.
	Markdown string `json:"-"`
}

// Article returns the stored article with its blocks, quotes and people
// (spans included), as content parsed it at import; ErrNotFound when no
// article has this id.
func (s *Store) Article(ctx context.Context, id int64) (*content.Article, ArticleInfo, error) {
	var a content.Article
	var info ArticleInfo
	var hash, body []byte
	var imported int64
	err := s.db.QueryRowContext(ctx, `SELECT a.id, f.path, a.rec_key, a.hash, a.format, a.title, a.published,
		a.source, a.url, a.byline, a.body, a.imported
		FROM articles a JOIN files f ON f.id = a.file_id WHERE a.id = ?`, id).Scan(
		&info.ID, &info.Path, &info.Key, &hash, &a.Format, &a.Title, &a.Published,
		&a.Source, &a.URL, &a.Byline, &body, &imported)
	if err == sql.ErrNoRows {
		return nil, info, fmt.Errorf("%w: %d", ErrNotFound, id)
	}
	if err != nil {
		return nil, info, s.wrap(err)
	}
	a.Key = info.Key
	a.Hash = hex.EncodeToString(hash)
	info.Imported = time.Unix(imported, 0)
	text, md, d, err := s.unpackBody(body)
	if err != nil {
		return nil, info, s.wrap(fmt.Errorf("article %d: %w", id, err))
	}
	info.Markdown = md
	if err := decodeDoc(&a, text, d); err != nil {
		return nil, info, s.wrap(fmt.Errorf("article %d: %w", id, err))
	}
	return &a, info, nil
}

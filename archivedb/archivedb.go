// Package archivedb opens an archive by name: a PostgreSQL URL
// (postgres://…) opens the shared archive of package store/pgstore, any
// other name the SQLite file of package store. Both answer the CLI and
// the reader through Archive, and imports through ingest.Archive.
package archivedb

import (
	"context"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/store/pgstore"
)

// Archive is what the CLI and the reader ask of an archive, whichever
// backend keeps it. The conformance tests (store/pgstore) hold the two
// backends to the same answers.
type Archive interface {
	ingest.Archive
	// Name names the archive in messages: a file path or a URL without
	// its password.
	Name() string
	ReadOnly() bool
	Close() error
	Count(ctx context.Context) (int, error)
	List(ctx context.Context, q store.ListQuery) ([]store.ListItem, error)
	FileArticles(ctx context.Context, path string) ([]store.ListItem, error)
	Search(ctx context.Context, text string, limit int) ([]store.Result, error)
	SearchQuery(ctx context.Context, q query.Query, limit int) ([]store.Result, error)
	Article(ctx context.Context, id int64) (*content.Article, store.ArticleInfo, error)
	People(ctx context.Context, limit int) ([]store.PersonCount, error)
	Person(ctx context.Context, name string) (store.PersonCount, error)
	PersonArticles(ctx context.Context, name string, limit, offset int) ([]store.ListItem, error)
	// The reader's people view, coverage chart and marks (read, flagged;
	// kept in the archive, store.ErrReadOnly on a read-only one).
	PeopleMatching(ctx context.Context, filter string, limit int) ([]store.PersonQuotes, error)
	Histogram(ctx context.Context, q query.Query, unit period.Unit) ([]period.Bucket, error)
	SetRead(ctx context.Context, id int64, read bool) error
	SetFlagged(ctx context.Context, id int64, flagged bool) error
	States(ctx context.Context, ids []int64) (map[int64]store.State, error)
	Flagged(ctx context.Context) ([]store.ListItem, error)
}

var (
	_ Archive = (*store.Store)(nil)
	_ Archive = (*pgstore.Store)(nil)
)

// IsRemote reports whether name is a server's URL rather than a file.
func IsRemote(name string) bool { return pgstore.IsDSN(name) }

// Open opens the archive called name: a PostgreSQL URL or a file path.
// readOnly opens it for reading only (a missing SQLite file is then an
// error; a PostgreSQL archive must then have its schema).
func Open(ctx context.Context, name string, readOnly bool) (Archive, error) {
	if pgstore.IsDSN(name) {
		return pgstore.Open(ctx, name, pgstore.Options{ReadOnly: readOnly})
	}
	return store.Open(name, store.OpenOptions{ReadOnly: readOnly})
}

// Package pgstore keeps the news archive in PostgreSQL, for a team that
// shares one archive: several machines import into it at once and many
// people read it, from the primary or from hot standbys. It is the
// second backend beside package store (SQLite): it implements the same
// ingest.Archive and ingest.Writer, so imports run through the same
// pipeline, and answers lists, searches and people with the same types
// (store.ListItem, store.Result, store.PersonCount), through the same
// query language (package query) translated to tsquery.
//
// Articles are partitioned by publication year (declarative
// partitioning), each partition with a GIN index on a tsvector built in
// Go from the same words the SQLite index holds (store.IndexWords):
// title with weight A, body B, people's names C.
package pgstore

import (
	"context"
	"errors"
	"fmt"
	"net/url"
	"strings"
	"sync"

	"github.com/jackc/pgx/v5"
	"github.com/jackc/pgx/v5/pgxpool"

	"github.com/newsreader/newsreader/store"
)

// IsDSN reports whether an archive name is a PostgreSQL connection URL
// (postgres:// or postgresql://) rather than a file path.
func IsDSN(name string) bool {
	return strings.HasPrefix(name, "postgres://") || strings.HasPrefix(name, "postgresql://")
}

// Options tune Open.
type Options struct {
	// ReadOnly opens the archive for reading only: every session is
	// read-only and OpenWriter fails. A hot standby is always opened so.
	ReadOnly bool
}

// Store is an open PostgreSQL archive. Its methods are safe for
// concurrent use.
type Store struct {
	pool     *pgxpool.Pool
	name     string // the DSN without its password, for messages
	readOnly bool
	codec    store.Codec
	// writeMu gives out this process's one writer at a time; writers of
	// other processes are held off by an advisory lock (see Begin).
	writeMu sync.Mutex
}

// Open connects to the archive at dsn, creating or migrating its schema
// unless it is opened read-only (or the server is a standby).
func Open(ctx context.Context, dsn string, o Options) (*Store, error) {
	cfg, err := pgxpool.ParseConfig(dsn)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", shownDSN(dsn), err)
	}
	if o.ReadOnly {
		cfg.ConnConfig.RuntimeParams["default_transaction_read_only"] = "on"
	}
	cfg.ConnConfig.RuntimeParams["application_name"] = "newsreader"
	pool, err := pgxpool.NewWithConfig(ctx, cfg)
	if err != nil {
		return nil, fmt.Errorf("%s: %w", shownDSN(dsn), err)
	}
	s := &Store{pool: pool, name: shownDSN(dsn), readOnly: o.ReadOnly}
	var standby bool
	if err := pool.QueryRow(ctx, `SELECT pg_is_in_recovery()`).Scan(&standby); err != nil {
		pool.Close()
		return nil, s.wrap(err)
	}
	s.readOnly = s.readOnly || standby
	if err := s.checkSchema(ctx); err != nil {
		pool.Close()
		return nil, s.wrap(err)
	}
	return s, nil
}

// shownDSN is dsn without its password.
func shownDSN(dsn string) string {
	u, err := url.Parse(dsn)
	if err != nil {
		return "postgres archive"
	}
	if _, ok := u.User.Password(); ok {
		u.User = url.UserPassword(u.User.Username(), "xxxxx")
	}
	return u.String()
}

// Name is the archive's connection URL without its password.
func (s *Store) Name() string { return s.name }

// ReadOnly reports whether the archive was opened for reading only (or
// is a standby).
func (s *Store) ReadOnly() bool { return s.readOnly }

// Close closes the connections. Pending imports must have returned.
func (s *Store) Close() error {
	s.pool.Close()
	s.codec.Close()
	return nil
}

// wrap names the archive in an error.
func (s *Store) wrap(err error) error {
	if err == nil || errors.Is(err, context.Canceled) || errors.Is(err, context.DeadlineExceeded) ||
		errors.Is(err, store.ErrNotFound) || errors.Is(err, store.ErrBadQuery) {
		return err
	}
	return fmt.Errorf("%s: %w", s.name, err)
}

// errNoRows tells an absent row from a failed query.
func errNoRows(err error) bool { return errors.Is(err, pgx.ErrNoRows) }

// holdsNUL reports whether a text of the user's holds a NUL byte, which
// no PostgreSQL text can (the server refuses the parameter): no stored
// text holds one either (content.Clean drops control characters), so a
// filter or name with it matches nothing, as in the SQLite archive.
func holdsNUL(texts ...string) bool {
	for _, t := range texts {
		if strings.IndexByte(t, 0) >= 0 {
			return true
		}
	}
	return false
}

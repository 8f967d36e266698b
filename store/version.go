package store

import "context"

// Version is a number that changes whenever articles are added to or
// removed from the archive, by this process or another: the reader polls
// it to refresh its list while an import runs elsewhere. It reads the
// stored article counter and the highest article ID, two lookups that
// cost the same at any size.
func (s *Store) Version(ctx context.Context) (int64, error) {
	var count, last int64
	err := s.db.QueryRowContext(ctx, `SELECT (SELECT value FROM meta WHERE key = 'articles'),
		(SELECT COALESCE(MAX(id), 0) FROM articles)`).Scan(&count, &last)
	// The ID in the high bits, the count in the low ones: an import adds
	// IDs, a removal lowers the count.
	return last<<24 | count&(1<<24-1), s.wrap(err)
}

package pgstore

import "context"

// Version is a number that changes whenever articles are added to or
// removed from the archive, by this process or another (the reader polls
// it to refresh its list while an import runs elsewhere), as the SQLite
// archive's Version: the article counter and the highest article id, two
// lookups that cost the same at any size (records' primary key holds
// every article's id; an import commits them with the articles).
func (s *Store) Version(ctx context.Context) (int64, error) {
	var count, last int64
	err := s.pool.QueryRow(ctx, `SELECT (SELECT value FROM meta WHERE key = 'articles'),
		(SELECT coalesce(max(id), 0) FROM records)`).Scan(&count, &last)
	// The id in the high bits, the count in the low ones: an import adds
	// ids, a removal lowers the count.
	return last<<24 | count&(1<<24-1), s.wrap(err)
}

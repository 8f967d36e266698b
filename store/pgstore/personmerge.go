package pgstore

import (
	"context"
	"strings"

	"github.com/newsreader/newsreader/store"
)

// identityOf resolves name to the person a person: filter finds, as the
// SQLite archive does (store.ResolvePerson): "Trump" and "Donald Trump"
// are one when the archive holds no other full name ending in "Trump".
func (s *Store) identityOf(ctx context.Context, name string) (store.PersonIdentity, error) {
	return store.ResolvePerson(ctx, name, s.personID, s.fullNamesEndingWith)
}

// personID returns the id of the person of that name (ignoring case)
// named in an article at least, 0 for none.
func (s *Store) personID(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.pool.QueryRow(ctx, `SELECT coalesce(max(id), 0) FROM people WHERE lower(name) = lower($1) AND articles > 0`, name).Scan(&id)
	return id, s.wrap(err)
}

// fullNamesEndingWith lists up to two people of several words, named in
// an article at least, whose last word is surname (ignoring case).
func (s *Store) fullNamesEndingWith(ctx context.Context, surname string) ([]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT id FROM people WHERE lower(name) LIKE $1 AND articles > 0 LIMIT 2`,
		"% "+likeEscaper.Replace(strings.ToLower(surname)))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var out []int64
	for rows.Next() {
		var id int64
		if err := rows.Scan(&id); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, id)
	}
	return out, s.wrap(rows.Err())
}

// likeEscaper escapes LIKE's wildcards and its escape, the backslash.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

// mentionsOf is the condition, on the mentions of an article (as m),
// that they name identity p, its arguments added through arg; an
// article is taken once, by the full name's row when it has one.
func mentionsOf(p store.PersonIdentity, arg func(any) string) string {
	switch {
	case p.Short == 0:
		return `m.person_id = ` + arg(p.Full)
	case p.Full == 0:
		return `m.person_id = ` + arg(p.Short)
	}
	full := arg(p.Full)
	return `(m.person_id = ` + full + ` OR (m.person_id = ` + arg(p.Short) +
		` AND NOT EXISTS (SELECT 1 FROM mentions m2 WHERE m2.person_id = ` + full + ` AND m2.article_id = m.article_id)))`
}

// lookups are this archive's store.PeopleLookups, as the SQLite
// archive's: the people index merges names as person: does.
func (s *Store) lookups() store.PeopleLookups {
	return store.PeopleLookups{ID: s.personID, IDs: s.personIDs, FullsEndingWith: s.fullNamesEndingWithAny, Row: s.personRow, Beside: s.besideFull}
}

// fullNamesEndingWithAny reads the full names ending with each of words
// in one pass over the people, the last word cut in SQL, both sides
// lower-cased by PostgreSQL.
func (s *Store) fullNamesEndingWithAny(ctx context.Context, words []string) (map[string][]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, name FROM people
		WHERE articles > 0 AND strpos(name, ' ') > 0 AND lower(regexp_replace(name, '^.* ', '')) IN (SELECT lower(w) FROM unnest($1::text[]) w)`, words)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	found := store.NewFullNames(words)
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, s.wrap(err)
		}
		found.Add(id, name)
	}
	return found.Found, s.wrap(rows.Err())
}

// personRow reads a person's own row with their quotations.
func (s *Store) personRow(ctx context.Context, id int64) (store.PersonQuotes, error) {
	var p store.PersonQuotes
	err := s.pool.QueryRow(ctx, `SELECT name, role, articles, mentions,
		(SELECT coalesce(sum(m.quotes), 0) FROM mentions m WHERE m.person_id = p.id)
		FROM people p WHERE id = $1`, id).Scan(&p.Name, &p.Role, &p.Articles, &p.Mentions, &p.Quotes)
	return p, s.wrap(err)
}

// besideFull counts what the one-word row short adds to the full row
// full: its articles that do not name full.
func (s *Store) besideFull(ctx context.Context, short, full int64) (store.PersonQuotes, error) {
	var p store.PersonQuotes
	err := s.pool.QueryRow(ctx, `SELECT count(*), coalesce(sum(m.mentions), 0), coalesce(sum(m.quotes), 0),
		(SELECT role FROM people WHERE id = $1)
		FROM mentions m WHERE m.person_id = $1
		AND NOT EXISTS (SELECT 1 FROM mentions m2 WHERE m2.person_id = $2 AND m2.article_id = m.article_id)`,
		short, full).Scan(&p.Articles, &p.Mentions, &p.Quotes, &p.Role)
	return p, s.wrap(err)
}

// personIDs reads the rows of names named in an article at least,
// ignoring case, by the people's index on lower(name).
func (s *Store) personIDs(ctx context.Context, names []string) (map[string]int64, error) {
	rows, err := s.pool.Query(ctx, `SELECT id, name FROM people
		WHERE lower(name) IN (SELECT lower(n) FROM unnest($1::text[]) n) AND articles > 0`, names)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := map[string]int64{}
	for rows.Next() {
		var id int64
		var name string
		if err := rows.Scan(&id, &name); err != nil {
			return nil, s.wrap(err)
		}
		out[strings.ToLower(name)] = id
	}
	return out, s.wrap(rows.Err())
}

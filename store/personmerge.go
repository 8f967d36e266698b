package store

import (
	"context"
	"strings"
)

// PersonIdentity is a person as person: filters and a person's
// articles find them across the archive: the people rows that are one
// person, and the name whose phrase in the index's people column covers
// every row. Both backends resolve it with ResolvePerson.
//
// The annotator joins "Trump" to "Donald Trump" within an article, but
// an article that names only "Trump" keeps a one-word person of its own.
// Across the archive the two are one identity when the archive makes it
// unambiguous: the one-word name is the last word of exactly one person
// of several words ("Trump" and "Donald Trump", but not when "Ivanka
// Trump" is in the archive too). Within one article two people who
// share the surname stay apart, since the annotator never joined them.
type PersonIdentity struct {
	Full, Short int64  // the full name's row and the one-word name's, 0 for none
	Phrase      string // the name the people column is searched for
}

// None reports an identity of no row: nobody of that name.
func (p PersonIdentity) None() bool { return p.Full == 0 && p.Short == 0 }

// ResolvePerson resolves name (as written in a person: filter) to its
// identity, with a backend's lookups: id, the row of a name named in an
// article at least (0 for none, ignoring case), and fulls, up to two
// rows of names of several words ending with a word. A name of several
// words takes the one-word row of its last word when it is the only name
// of the archive that ends with that word; a one-word name takes the one
// full name of the archive that ends with it, if there is exactly one.
func ResolvePerson(ctx context.Context, name string, id func(context.Context, string) (int64, error),
	fulls func(context.Context, string) ([]int64, error)) (PersonIdentity, error) {
	p := PersonIdentity{Phrase: name}
	own, err := id(ctx, name)
	if err != nil {
		return p, err
	}
	words := strings.Fields(name)
	if len(words) == 0 {
		return p, nil
	}
	surname := words[len(words)-1]
	if len(words) == 1 {
		p.Short = own
		ends, err := fulls(ctx, surname)
		if len(ends) == 1 {
			p.Full = ends[0]
		}
		return p, err
	}
	p.Full = own
	if own == 0 {
		return p, nil
	}
	// The one-word row first, by its index: most full names have none,
	// and then the people need not be read for other full names.
	short, err := id(ctx, surname)
	if err != nil || short == 0 {
		return p, err
	}
	ends, err := fulls(ctx, surname)
	if err == nil && len(ends) == 1 && ends[0] == own {
		p.Short = short
		p.Phrase = surname // the surname's phrase also finds the full name
	}
	return p, err
}

// identityOf resolves name in this archive (see ResolvePerson).
func (s *Store) identityOf(ctx context.Context, name string) (PersonIdentity, error) {
	return ResolvePerson(ctx, name, s.personID, s.fullNamesEndingWith)
}

// personID returns the id of the person of that name named in an
// article at least, 0 for none.
func (s *Store) personID(ctx context.Context, name string) (int64, error) {
	var id int64
	err := s.db.QueryRowContext(ctx, `SELECT coalesce(max(id), 0) FROM people WHERE name = ? AND articles > 0`, name).Scan(&id)
	return id, s.wrap(err)
}

// fullNamesEndingWith lists the people of two words or more, named in an
// article at least, whose last word is surname (ignoring case), at most
// two: more than one is as ambiguous as two. The names are read in one
// pass over the people table, which has no index by last word.
func (s *Store) fullNamesEndingWith(ctx context.Context, surname string) ([]int64, error) {
	rows, err := s.db.QueryContext(ctx, `SELECT id FROM people WHERE name LIKE ? ESCAPE '\' AND articles > 0 LIMIT 2`,
		"% "+likeEscaper.Replace(surname))
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

// mentionsOf is the condition, on the mentions of an article (as m),
// that they name identity p, with its arguments. When the full name and
// the one-word name are both there, an article is taken once: by the
// full name, or by the one-word name when it holds no full name's row.
func mentionsOf(p PersonIdentity) (string, []any) {
	switch {
	case p.Short == 0:
		return `m.person_id = ?`, []any{p.Full}
	case p.Full == 0:
		return `m.person_id = ?`, []any{p.Short}
	}
	return `(m.person_id = ? OR (m.person_id = ? AND NOT EXISTS (SELECT 1 FROM mentions m2 WHERE m2.person_id = ? AND m2.article_id = m.article_id)))`,
		[]any{p.Full, p.Short, p.Full}
}

package store

import (
	"cmp"
	"context"
	"encoding/json"
	"slices"
	"strings"
)

// PeopleLookups are what MergePeople reads from a backend.
type PeopleLookups struct {
	// ID is the row of a name named in an article at least, ignoring
	// case (0 for none), by the people's index on names.
	ID func(context.Context, string) (int64, error)
	// IDs are the rows of names named in an article at least, ignoring
	// case, by their names in lower case (none for a name of no row), in
	// one query.
	IDs func(context.Context, []string) (map[string]int64, error)
	// FullsEndingWith lists, for each word of words (keyed by the word
	// in lower case), up to two people of several words, named in an
	// article at least, whose last word it is (ignoring case), in one
	// query however many words are asked.
	FullsEndingWith func(context.Context, []string) (map[string][]int64, error)
	// Row reads a person's own row with their quotations.
	Row func(context.Context, int64) (PersonQuotes, error)
	// Beside counts the articles (with their mentions and quotations) of
	// the one-word row short that do not name the full row full: what
	// the one-word name adds to the full name, each article once, as
	// person: takes it.
	Beside func(ctx context.Context, short, full int64) (PersonQuotes, error)
}

// MergePeople shows the people listed in rows (most written about first)
// as person: finds them: a one-word name ResolvePerson ties to one full
// name ("Trump" to "Donald Trump") is listed once, under the full name,
// with the articles, mentions and quotations of both (an article naming
// both counted once). The rows are re-ranked by the merged counts.
//
// It resolves the names of the rows listed only, not the archive's: two
// query for the names of the rows and their last words, one for the full
// names ending with the one-word names among them (and with the last
// words of the full names the archive also holds alone),
// and two lookups by key for each pair merged. A full name ranked below the rows
// asked for whose one-word name would lift it among them is not found.
func MergePeople(ctx context.Context, rows []PersonQuotes, lk PeopleLookups) ([]PersonQuotes, error) {
	if len(rows) == 0 {
		return rows, nil
	}
	// Every name ResolvePerson asks about, read at once: the names
	// listed and the last words of those of several words.
	var names []string
	for _, r := range rows {
		if f := strings.Fields(r.Name); len(f) > 0 {
			names = append(names, r.Name, f[len(f)-1])
		}
	}
	slices.Sort(names)
	ids, err := lk.IDs(ctx, slices.Compact(names))
	if err != nil {
		return nil, err
	}
	id := func(_ context.Context, name string) (int64, error) { return ids[strings.ToLower(name)], nil }
	fulls, err := fullsOfRows(ctx, rows, id, lk.FullsEndingWith)
	if err != nil {
		return nil, err
	}
	ending := func(_ context.Context, w string) ([]int64, error) { return fulls[strings.ToLower(w)], nil }
	listed := map[int64]PersonQuotes{}
	for _, r := range rows {
		listed[ids[strings.ToLower(r.Name)]] = r
	}
	out := make([]PersonQuotes, 0, len(rows))
	seen := map[int64]bool{}
	for _, r := range rows {
		p, err := ResolvePerson(ctx, r.Name, id, ending)
		if err != nil {
			return nil, err
		}
		if p.Full == 0 || p.Short == 0 {
			out = append(out, r)
			continue
		}
		if seen[p.Full] {
			continue
		}
		seen[p.Full] = true
		full, ok := listed[p.Full]
		m, err := mergedRow(ctx, p, lk, full, ok)
		if err != nil {
			return nil, err
		}
		out = append(out, m)
	}
	slices.SortStableFunc(out, func(a, b PersonQuotes) int {
		return cmp.Or(cmp.Compare(b.Articles, a.Articles), cmp.Compare(b.Mentions, a.Mentions))
	})
	return out, nil
}

// fullsOfRows reads, in one query, the full names ending with each word
// that may tie two rows: every one-word name listed, and the last word
// of each full name listed that the archive also holds alone.
func fullsOfRows(ctx context.Context, rows []PersonQuotes, id func(context.Context, string) (int64, error),
	fulls func(context.Context, []string) (map[string][]int64, error)) (map[string][]int64, error) {
	var words []string
	for _, r := range rows {
		f := strings.Fields(r.Name)
		if len(f) == 0 {
			continue
		}
		last := f[len(f)-1]
		if len(f) > 1 {
			if short, err := id(ctx, last); err != nil || short == 0 {
				if err != nil {
					return nil, err
				}
				continue
			}
		}
		words = append(words, last)
	}
	if len(words) == 0 {
		return map[string][]int64{}, nil
	}
	slices.Sort(words)
	return fulls(ctx, slices.Compact(words))
}

// mergedRow is identity p's entry: the full name's row (full, when
// listed, else read) with what the one-word name adds.
func mergedRow(ctx context.Context, p PersonIdentity, lk PeopleLookups, full PersonQuotes, listed bool) (PersonQuotes, error) {
	m := full
	if !listed {
		var err error
		if m, err = lk.Row(ctx, p.Full); err != nil {
			return m, err
		}
	}
	add, err := lk.Beside(ctx, p.Short, p.Full)
	if err != nil {
		return m, err
	}
	m.Articles += add.Articles
	m.Mentions += add.Mentions
	m.Quotes += add.Quotes
	if m.Role == "" {
		m.Role = add.Role
	}
	return m, nil
}

// PersonOf is the entry of the person name resolves to (as Person
// answers it): the merged entry under the full name when ResolvePerson
// ties the name to another, else the name's own row; ok is false when no
// article names them.
func PersonOf(ctx context.Context, name string, lk PeopleLookups, fulls func(context.Context, string) ([]int64, error)) (PersonQuotes, bool, error) {
	p, err := ResolvePerson(ctx, name, lk.ID, fulls)
	switch {
	case err != nil || p.None():
		return PersonQuotes{}, false, err
	case p.Full != 0 && p.Short != 0:
		m, err := mergedRow(ctx, p, lk, PersonQuotes{}, false)
		return m, err == nil, err
	}
	r, err := lk.Row(ctx, max(p.Full, p.Short))
	return r, err == nil, err
}

// FullNames gathers, from the people a backend reads, the full names
// ending with each of some words: what PeopleLookups.FullsEndingWith
// answers.
type FullNames struct {
	want map[string]bool
	// Found holds up to two ids for each word (lower case).
	Found map[string][]int64
}

// NewFullNames gathers the full names ending with one of words.
func NewFullNames(words []string) *FullNames {
	f := &FullNames{want: map[string]bool{}, Found: map[string][]int64{}}
	for _, w := range words {
		f.want[strings.ToLower(w)] = true
	}
	return f
}

// Add takes a person read, if their name is of several words and ends
// with one of the words.
func (f *FullNames) Add(id int64, name string) {
	words := strings.Fields(name)
	if len(words) < 2 {
		return
	}
	w := strings.ToLower(words[len(words)-1])
	if f.want[w] && len(f.Found[w]) < 2 {
		f.Found[w] = append(f.Found[w], id)
	}
}

// lookups are this archive's PeopleLookups.
func (s *Store) lookups() PeopleLookups {
	return PeopleLookups{ID: s.personID, IDs: s.personIDs, FullsEndingWith: s.fullNamesEndingWithAny, Row: s.personRow, Beside: s.besideFull}
}

// fullNamesEndingWithAny reads the full names ending with each of words
// by the index of the people's last words (schema migration 5, whose
// expression this query repeats), both sides lower-cased by SQLite.
func (s *Store) fullNamesEndingWithAny(ctx context.Context, words []string) (map[string][]int64, error) {
	list, err := json.Marshal(words)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM people
		WHERE articles > 0 AND instr(name, ' ') > 0
		AND lower(substr(name, length(rtrim(name, replace(name, ' ', ''))) + 1)) IN (SELECT lower(value) FROM json_each(?))`, string(list))
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	found := NewFullNames(words)
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
func (s *Store) personRow(ctx context.Context, id int64) (PersonQuotes, error) {
	var p PersonQuotes
	err := s.db.QueryRowContext(ctx, `SELECT name, role, articles, mentions,
		(SELECT coalesce(sum(m.quotes), 0) FROM mentions m WHERE m.person_id = p.id)
		FROM people p WHERE id = ?`, id).Scan(&p.Name, &p.Role, &p.Articles, &p.Mentions, &p.Quotes)
	return p, s.wrap(err)
}

// besideFull counts what the one-word row short adds to the full row
// full: its articles that do not name full, walked by the mentions'
// primary key.
func (s *Store) besideFull(ctx context.Context, short, full int64) (PersonQuotes, error) {
	var p PersonQuotes
	err := s.db.QueryRowContext(ctx, `SELECT count(*), coalesce(sum(m.mentions), 0), coalesce(sum(m.quotes), 0),
		(SELECT role FROM people WHERE id = ?)
		FROM mentions m WHERE m.person_id = ?
		AND NOT EXISTS (SELECT 1 FROM mentions m2 WHERE m2.person_id = ? AND m2.article_id = m.article_id)`,
		short, short, full).Scan(&p.Articles, &p.Mentions, &p.Quotes, &p.Role)
	return p, s.wrap(err)
}

// personIDs reads the rows of names named in an article at least, by the
// people's index on names (whose collation ignores case).
func (s *Store) personIDs(ctx context.Context, names []string) (map[string]int64, error) {
	list, err := json.Marshal(names)
	if err != nil {
		return nil, err
	}
	rows, err := s.db.QueryContext(ctx, `SELECT id, name FROM people
		WHERE name IN (SELECT value FROM json_each(?)) AND articles > 0`, string(list))
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

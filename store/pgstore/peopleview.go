package pgstore

import (
	"context"
	"strconv"
	"strings"

	"github.com/newsreader/newsreader/store"
)

// PeopleMatching lists the people of the archive as People does (most
// written about first), keeping those whose name holds every word of
// filter, ignoring case ("" keeps everyone), with their quotations, as
// store.Store.PeopleMatching does: the reader's archive-wide people view.
// The quotations are summed from the mentions of the people listed only,
// through the mentions' primary key (person, article).
func (s *Store) PeopleMatching(ctx context.Context, filter string, limit int) ([]store.PersonQuotes, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	out := []store.PersonQuotes{}
	if holdsNUL(filter) {
		return out, nil
	}
	where, args := []string{"p.articles > 0"}, []any{}
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	for _, w := range strings.Fields(filter) {
		where = append(where, `p.name ILIKE `+arg("%"+likeEscaper.Replace(w)+"%")+` ESCAPE '\'`)
	}
	stmt := `SELECT p.name, p.role, p.articles, p.mentions,
		(SELECT coalesce(sum(m.quotes), 0) FROM mentions m WHERE m.person_id = p.id)
		FROM people p WHERE ` + strings.Join(where, " AND ") + `
		ORDER BY p.articles DESC, p.mentions DESC, p.id DESC LIMIT ` + arg(limit)
	rows, err := s.pool.Query(ctx, stmt, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	for rows.Next() {
		var p store.PersonQuotes
		if err := rows.Scan(&p.Name, &p.Role, &p.Articles, &p.Mentions, &p.Quotes); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	// One person under one name, as People and person: count them.
	return store.MergePeople(ctx, out, s.lookups())
}

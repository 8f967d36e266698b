package store

import (
	"context"
	"strings"
)

// PersonQuotes is a person across the archive with the quotations that
// are theirs.
type PersonQuotes struct {
	PersonCount
	// Quotes sums the person's quotations over their articles.
	Quotes int `json:"quotes"`
}

// PeopleMatching lists the people of the archive as People does (most
// written about first), keeping those whose name holds every word of
// filter, ignoring case ("" keeps everyone), with their quotations.
// The quotations are summed from the mentions of the people listed only,
// through the mentions' primary key (person, article). A one-word name
// the archive ties to one full name is listed under it (see MergePeople).
func (s *Store) PeopleMatching(ctx context.Context, filter string, limit int) ([]PersonQuotes, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	if strings.IndexByte(filter, 0) >= 0 {
		// No name holds a NUL byte (content.Clean drops control
		// characters), and SQLite's LIKE would end the pattern there.
		return []PersonQuotes{}, nil
	}
	where, args := []string{"p.articles > 0"}, []any{}
	for _, w := range strings.Fields(filter) {
		where = append(where, `p.name LIKE ? ESCAPE '\'`)
		args = append(args, "%"+likeEscaper.Replace(w)+"%")
	}
	rows, err := s.db.QueryContext(ctx, `SELECT p.name, p.role, p.articles, p.mentions,
		(SELECT coalesce(sum(m.quotes), 0) FROM mentions m WHERE m.person_id = p.id)
		FROM people p WHERE `+strings.Join(where, " AND ")+`
		ORDER BY p.articles DESC, p.mentions DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []PersonQuotes{}
	for rows.Next() {
		var p PersonQuotes
		if err := rows.Scan(&p.Name, &p.Role, &p.Articles, &p.Mentions, &p.Quotes); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, p)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close() // before the lookups, which may need the one connection
	return MergePeople(ctx, out, s.lookups())
}

// likeEscaper escapes LIKE's wildcards (and its escape) in a word typed.
var likeEscaper = strings.NewReplacer(`\`, `\\`, `%`, `\%`, `_`, `\_`)

package pgstore

import (
	"context"
	"strconv"
	"strings"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// matchFilter is what a query asks of the articles (as a): the tsquery
// of its words, that of its words and person, and the conditions with
// their arguments ($1…). Searches and histograms read it alike.
type matchFilter struct {
	words string // the query's words as tsquery, "" for none: what ranks
	match string // words and person's name
	where []string
	args  []any
	// sources are the lower-cased sources a source: filter names.
	sources []string
}

// arg adds an argument and returns its placeholder.
func (f *matchFilter) arg(v any) string {
	f.args = append(f.args, v)
	return "$" + strconv.Itoa(len(f.args))
}

// cond is the conditions joined, "true" for none.
func (f *matchFilter) cond() string {
	if len(f.where) == 0 {
		return "true"
	}
	return strings.Join(f.where, ` AND `)
}

// filterOf turns a query into a matchFilter. none says that no article
// can match: an unknown person or source, or a filter with a NUL byte
// (which no stored text holds).
func (s *Store) filterOf(ctx context.Context, q query.Query) (f *matchFilter, none bool, err error) {
	f = &matchFilter{}
	if f.words, err = toTSQuery(q); err != nil {
		return nil, false, err
	}
	if holdsNUL(q.Person, q.Source) {
		return f, true, nil
	}
	f.match = f.words
	if q.Person != "" {
		person, err := s.identityOf(ctx, q.Person)
		if err != nil || person.None() {
			return f, err == nil, err
		}
		if p := personTSQuery(person.Phrase); p != "" {
			f.match = strings.Trim(strings.Join([]string{f.match, p}, " & "), " &")
		}
		f.where = append(f.where, `EXISTS (SELECT 1 FROM mentions m WHERE `+mentionsOf(person, f.arg)+` AND m.article_id = a.id)`)
	}
	if f.match != "" {
		f.where = append(f.where, `a.tsv @@ `+f.arg(f.match)+`::tsquery`)
	}
	f.where = append(f.where, dateFilter(q, f.arg)...)
	if q.Source != "" {
		sources, err := s.sourcesOf(ctx, q.Source)
		if err != nil || len(sources) == 0 {
			return f, err == nil, err
		}
		f.sources = sources
		f.where = append(f.where, `lower(a.source) COLLATE "C" = ANY(`+f.arg(sources)+`::text[])`)
	}
	return f, false, nil
}

// sourcesOf lists the archive's sources (in lower case) that a source:
// filter names: the same publisher, as the SQLite archive decides
// (store.PublisherSources). The few distinct sources are read by a skip
// over their index, one step per source (a loose index scan: the server
// has no skip scan for DISTINCT), rather than from every article.
func (s *Store) sourcesOf(ctx context.Context, site string) ([]string, error) {
	rows, err := s.pool.Query(ctx, `WITH RECURSIVE src(s) AS (
		(SELECT lower(source) COLLATE "C" FROM articles ORDER BY 1 LIMIT 1)
		UNION ALL
		SELECT (SELECT lower(a.source) COLLATE "C" FROM articles a
			WHERE lower(a.source) COLLATE "C" > src.s ORDER BY 1 LIMIT 1)
		FROM src WHERE src.s IS NOT NULL)
		SELECT s FROM src WHERE s IS NOT NULL`)
	if err != nil {
		return nil, s.wrap(err)
	}
	var all []string
	for rows.Next() {
		var src string
		if err := rows.Scan(&src); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		all = append(all, src)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	return store.PublisherSources(ctx, all, site, s.sourceURL)
}

// sourceURL is the address of one of the newest articles of the source
// src (in lower case) that has one, "" when none of its newest 20 has:
// what tells the site a source named by a name publishes on.
func (s *Store) sourceURL(ctx context.Context, src string) (string, error) {
	var u string
	err := s.pool.QueryRow(ctx, `SELECT url FROM (SELECT url FROM articles WHERE lower(source) COLLATE "C" = $1
		ORDER BY lower(source) COLLATE "C", sort_key DESC LIMIT 20) newest WHERE url <> '' LIMIT 1`, src).Scan(&u)
	if errNoRows(err) {
		return "", nil
	}
	return u, s.wrap(err)
}

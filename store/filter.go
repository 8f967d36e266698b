package store

import (
	"context"
	"math"
	"strings"

	"github.com/newsreader/newsreader/query"
)

// filterOf turns a query into what it asks of the index: its words (and
// person) as an FTS5 expression, its dates as a range of keys, its
// person and source as conditions on the articles. none says that no
// article can match: an unknown person or source.
func (s *Store) filterOf(ctx context.Context, q *ftsQuery) (f matchFilter, none bool, err error) {
	f = matchFilter{match: q.match, hi: math.MaxInt64, phrases: q.phrases}
	if q.after != nil {
		f.lo = dayOf(q.after) << dayShift
	}
	if q.before != nil {
		f.hi = dayOf(q.before) << dayShift
		// Articles of unknown date (day 0) pass no date filter.
		f.lo = max(f.lo, 1<<dayShift)
	}
	var person PersonIdentity
	if q.person != "" {
		if person, err = s.identityOf(ctx, q.person); err != nil || person.None() {
			return f, err == nil, err
		}
		f.match = withPersonMatch(f.match, person.Phrase)
		if expr, ws := ftsPhrase(query.Term{Text: person.Phrase, Phrase: true}); expr != "" {
			f.phrases = append(f.phrases[:len(f.phrases):len(f.phrases)], newPhrase(expr, ws, colPeople))
		}
	}
	var sources []string
	if q.source != "" {
		if sources, err = s.sourcesOf(ctx, q.source); err != nil || len(sources) == 0 {
			return f, err == nil, err
		}
	}
	f.sources, f.person = sources, q.person != ""
	f.where, f.args = articleFilters(sources, person)
	return f, false, nil
}

// matchFilter is what a search asks of the index: the FTS5 expression,
// the range of fts_keys [lo, hi) its dates allow, and the conditions on
// the matches' articles (as a) with their arguments.
type matchFilter struct {
	match   string
	phrases []phrase
	lo, hi  int64
	where   []string
	args    []any
	// sources are the archive's names of the source asked for, if any;
	// person says that the query names a person.
	sources []string
	person  bool
}

// sql is the FROM and WHERE of a query of table with the filter, and
// their arguments.
func (f matchFilter) sql(table string) (from, where string, args []any) {
	from = table + ` f`
	where = table + ` MATCH ? AND f.rowid >= ? AND f.rowid < ?`
	if len(f.where) > 0 {
		// Filters on columns of articles join them to the matches.
		from += ` JOIN articles a ON a.fts_key = f.rowid`
		where += ` AND ` + strings.Join(f.where, ` AND `)
	}
	return from, where, append([]any{f.match, f.lo, f.hi}, f.args...)
}

// withPersonMatch adds to an FTS5 expression (or makes one of) the
// person's name as a phrase of the index's people column. The index
// finds the articles that name the person far faster than the mentions
// can be joined to the matches: a person named in a hundred thousand
// articles, with a common word, took two minutes that way on an archive
// of a million. The phrase may also match a longer name holding it
// ("Anna Maria Smith" for "Maria Smith"), so articleFilters still
// checks the mentions, on the few articles left. The phrase counts in
// the ranking like a word of the people column: articles that name
// fewer people rank higher.
func withPersonMatch(match, person string) string {
	phrase, _ := ftsPhrase(query.Term{Text: person, Phrase: true})
	if phrase == "" {
		return match
	}
	if match == "" {
		return "people : " + phrase
	}
	return "(" + match + ") AND people : " + phrase
}

// articleFilters is the conditions on the matches' articles (as a), with
// their arguments: of one of sources, and naming the person. The
// person's mentions are looked up per article: a list of all the
// articles of a person named in many would be gathered first and walked
// for every match.
func articleFilters(sources []string, person PersonIdentity) (where []string, args []any) {
	if len(sources) > 0 {
		where = append(where, `a.source COLLATE NOCASE IN (?`+strings.Repeat(`, ?`, len(sources)-1)+`)`)
		for _, src := range sources {
			args = append(args, src)
		}
	}
	if !person.None() {
		cond, cargs := mentionsOf(person)
		where = append(where, `EXISTS (SELECT 1 FROM mentions m WHERE `+cond+` AND m.article_id = a.id)`)
		args = append(args, cargs...)
	}
	return where, args
}

// sourcesOf lists the archive's sources that a source: filter names: the
// same publisher (samePublisher: the site and its subdomains, in any
// case, the same name key, or a name whose articles are on the site).
// The few distinct sources come from their index in a skip over it (0.3
// ms for 40 sources among a million articles), and a site that the
// archive does not hold then ends the search: matching each article to
// it took 6-8 s for a broad word in a year of a million articles.
func (s *Store) sourcesOf(ctx context.Context, site string) ([]string, error) {
	rows, err := s.query(ctx, `SELECT DISTINCT source COLLATE NOCASE FROM articles`)
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
	return PublisherSources(ctx, all, site, s.sourceURL)
}

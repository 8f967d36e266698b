package pgstore

import (
	"context"
	"math"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
)

// rankWeights are ts_rank's weights of {D, C, B, A}: title (A) 1, the
// people's names (C) 0.5, body (B) 0.125, the SQLite archive's 8:4:1.
const rankWeights = `'{0, 0.5, 0.125, 1.0}'`

// Search runs a query in the syntax of package query and returns the
// best limit results with snippets, as store.Store.Search does.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]store.Result, error) {
	q, err := query.Parse(text)
	if err != nil {
		return nil, err
	}
	return s.SearchQuery(ctx, q, limit)
}

// SearchQuery is Search of a parsed query. Like the SQLite archive, it
// ranks the newest store.DefaultCandidates matches only: news search
// favours recent articles, and a word in a fifth of a million articles
// would otherwise have all of them ranked.
func (s *Store) SearchQuery(ctx context.Context, q query.Query, limit int) ([]store.Result, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	tsq, err := toTSQuery(q)
	if err != nil {
		return nil, err
	}
	if holdsNUL(q.Person, q.Source) {
		return []store.Result{}, nil
	}
	var where []string
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	match := tsq
	if q.Person != "" {
		person, err := s.identityOf(ctx, q.Person)
		if err != nil || person.None() {
			return []store.Result{}, err
		}
		if p := personTSQuery(person.Phrase); p != "" {
			match = strings.Trim(strings.Join([]string{match, p}, " & "), " &")
		}
		where = append(where, `EXISTS (SELECT 1 FROM mentions m WHERE `+mentionsOf(person, arg)+` AND m.article_id = a.id)`)
	}
	if match != "" {
		where = append(where, `a.tsv @@ `+arg(match)+`::tsquery`)
	}
	where = append(where, dateFilter(q, arg)...)
	if q.Source != "" {
		site := strings.ToLower(q.Source)
		where = append(where, `(lower(a.source) = `+arg(site)+` OR right(lower(a.source), `+
			arg(utf8.RuneCountInString(site)+1)+`) = `+arg("."+site)+`)`)
	}
	cond := strings.Join(where, ` AND `)
	if cond == "" {
		cond = "true"
	}
	var ids []int64
	var scores []float64
	if tsq == "" {
		ids, scores, err = s.ids(ctx, `SELECT a.id, 0 FROM articles a WHERE `+cond+` ORDER BY a.sort_key DESC LIMIT `+arg(limit), args...)
	} else {
		ids, scores, err = s.ids(ctx, `SELECT id, r FROM (SELECT c.id, c.sort_key, ts_rank(`+rankWeights+`, c.tsv, `+arg(match)+`::tsquery) AS r
			FROM (SELECT a.id, a.sort_key, a.tsv FROM articles a WHERE `+cond+` ORDER BY a.sort_key DESC LIMIT `+
			arg(store.DefaultCandidates)+`) c) ranked ORDER BY r DESC, sort_key DESC LIMIT `+arg(limit), args...)
	}
	if err != nil {
		return nil, err
	}
	return s.results(ctx, ids, scores, q)
}

// dateFilter is the conditions of the query's dates: on the sort key (a
// day above the id, as the SQLite archive's) and on the year, which
// prunes the partitions outside the dates. Articles of unknown date pass
// no date filter.
func dateFilter(q query.Query, arg func(any) string) []string {
	if q.After == nil && q.Before == nil {
		return nil
	}
	lo, hi := int64(1)<<32, int64(math.MaxInt64)
	yLo, yHi := 1, 9999
	if q.After != nil {
		lo = max(lo, store.DayBound(q.After.Unix()))
		yLo = q.After.UTC().Year()
	}
	if q.Before != nil {
		hi = store.DayBound(q.Before.Unix())
		yHi = q.Before.UTC().Year()
	}
	return []string{`a.sort_key >= ` + arg(lo), `a.sort_key < ` + arg(hi),
		`a.year BETWEEN ` + arg(yLo) + ` AND ` + arg(yHi)}
}

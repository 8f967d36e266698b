package store

import (
	"context"
	"database/sql"
	"fmt"
	"math"
	"sort"
	"strings"

	"github.com/newsreader/newsreader/query"
)

// Result is one search hit: the list item, a snippet of the text around
// the matched words, and the score (higher is better).
type Result struct {
	ListItem
	// Snippet is plain text; Highlights are the byte ranges of the
	// matched words in it (see MarkedSnippet). Highlights are left out of
	// the JSON, whose shape the CLI documents: {"id", "title",
	// "published", "source", "path", "snippet", "score"}.
	Snippet    string   `json:"snippet"`
	Highlights [][2]int `json:"-"`
	// Score is the BM25 relevance (title words weigh more than body
	// words); 0 when the query has filters only.
	Score float64 `json:"score"`
}

// DefaultCandidates bounds how many matches a search ranks: the newest
// that many matches (FTS5 rowids are in date order) are scored by BM25,
// with title words weighing 8, people's names 4 and body words 1, and the
// best returned. News search favours recent articles, and the bound (with
// the index split by year, see partition.go) keeps a query that matches a
// fifth of a million articles about as fast as a narrow one. Queries with
// fewer matches are ranked in full.
const DefaultCandidates = 1000

// Search runs a query and returns the best limit results (DefaultLimit
// when limit <= 0), with snippets. Query syntax (read by package query):
//
//	putin summit          articles with both words (any form of case and accents)
//	"peace treaty"        the phrase
//	treat*                a word starting so
//	kuril OR sakhalin     either word
//	summit -tokyo         without the word
//	person:"Grant Newsham"  articles naming the person (full name)
//	source:voanews.com    articles of the source (or its subdomains)
//	title:summit          the word in the title (title:"two words" too)
//	after:2016-12-01      published on or after that day (YYYY, YYYY-MM too)
//	before:2017           published before that day, month or year began
//
// A query of filters only lists the newest matching articles (Score 0).
// Articles of unknown date pass no date filter. A bad date or a query of
// -words only is an error.
func (s *Store) Search(ctx context.Context, text string, limit int) ([]Result, error) {
	return s.SearchBounded(ctx, text, limit, DefaultCandidates)
}

// SearchQuery is Search of a parsed query (see package query), such as
// one built by a program rather than typed.
func (s *Store) SearchQuery(ctx context.Context, q query.Query, limit int) ([]Result, error) {
	fq, err := toFTS(q)
	if err != nil {
		return nil, err
	}
	return s.search(ctx, fq, limit, DefaultCandidates)
}

// SearchBounded is Search with an explicit candidate bound; candidates
// <= 0 ranks every match.
func (s *Store) SearchBounded(ctx context.Context, text string, limit, candidates int) ([]Result, error) {
	q, err := parseQuery(text)
	if err != nil {
		return nil, err
	}
	return s.search(ctx, q, limit, candidates)
}

// search runs a translated query (see SearchBounded).
func (s *Store) search(ctx context.Context, q *ftsQuery, limit, candidates int) ([]Result, error) {
	if limit <= 0 {
		limit = DefaultLimit
	}
	f, none, err := s.filterOf(ctx, q)
	if err != nil {
		return nil, err
	}
	if none {
		return []Result{}, nil
	}
	if f.match == "" {
		return s.filterOnly(ctx, f, limit)
	}

	parts, err := s.partitions(ctx, f.lo, f.hi)
	if err != nil {
		return nil, err
	}
	if q.match == "" {
		// A person and no words: the newest articles naming them.
		keys, err := s.newestKeys(ctx, parts, f, limit)
		if err != nil {
			return nil, err
		}
		return s.results(ctx, keys)
	}
	return s.ranked(ctx, parts, f, q.terms, limit, candidates)
}

// ranked returns the best limit matches of f in the partitions of parts
// on the archive's scale (rank.go), their snippets cut around terms.
// The newest candidates matches (every match when candidates <= 0) are
// ranked by their years' bm25 to fill the list beside the best matches
// with a query word in the title or people (titleCandidates); when they
// are every match and at most exactAll, they are all scored exactly
// and no other candidate is needed.
func (s *Store) ranked(ctx context.Context, parts []int, f matchFilter, terms []term, limit, candidates int) ([]Result, error) {
	st, err := s.statsOf(ctx, f.phrases)
	if err != nil {
		return nil, err
	}
	parts = st.matchable(parts, f.phrases)
	newest, all, err := s.newestRanked(ctx, parts, f, candidates)
	if err != nil {
		return nil, err
	}
	seen := map[int64]bool{}
	var cs []cand
	if !all || len(newest) > exactAll {
		titled, err := s.titleCandidates(ctx, parts, f, st)
		if err != nil {
			return nil, err
		}
		for _, c := range titled {
			seen[c.key] = true
			cs = append(cs, c)
		}
	}
	for _, h := range newest {
		if !seen[h.key] {
			seen[h.key] = true
			// With few matches, all of them are scored exactly.
			cs = append(cs, cand{key: h.key, raw: h.score, score: -h.score * st.scale(yearOfKey(h.key)), title: all && len(newest) <= exactAll})
		}
	}
	sortCands(cs)
	for i := range cs {
		if cs[i].exact || i >= s.rescoreTop && !cs[i].title {
			continue
		}
		sc, _, err := s.exactScore(ctx, cs[i].key, f.phrases, st)
		if err != nil {
			return nil, err
		}
		cs[i].score, cs[i].exact = sc, true
	}
	sortCands(cs)
	if len(cs) > limit {
		cs = cs[:limit]
	}
	out := make([]Result, 0, len(cs))
	for _, c := range cs {
		r, err := s.result(ctx, c.key, terms)
		if err != nil {
			return nil, err
		}
		r.Score = c.score
		out = append(out, r)
	}
	return out, nil
}

// titleCandidates are the best perYearCandidates matches of f of each
// year of parts with a query word in the title or people column, by
// their years' scores, to be scored exactly.
func (s *Store) titleCandidates(ctx context.Context, parts []int, f matchFilter, st *archiveStats) ([]cand, error) {
	var cs []cand
	for _, year := range parts {
		hs, err := s.titleMatches(ctx, year, f, perYearCandidates)
		if err != nil {
			return nil, err
		}
		for _, h := range hs {
			cs = append(cs, cand{key: h.key, raw: h.score, score: -h.score * st.scale(yearOfKey(h.key)), title: true})
		}
	}
	return cs, nil
}

// exactAll is the number of matches up to which a search scores every
// match exactly, rather than gathering candidates.
const exactAll = 60

// newestRanked ranks the newest candidates matches of f (all when
// candidates <= 0), newest year first, each year by its own bm25, and
// returns them best first, and whether they are all the matches.
func (s *Store) newestRanked(ctx context.Context, parts []int, f matchFilter, candidates int) ([]hit, bool, error) {
	if candidates <= 0 {
		candidates = math.MaxInt32
	}
	var hits []hit
	for _, year := range parts {
		ph, err := s.searchPartition(ctx, partName(year), f, candidates)
		if err != nil {
			return nil, false, err
		}
		hits = append(hits, ph...)
		candidates -= len(ph)
		if candidates <= 0 {
			break
		}
	}
	sort.SliceStable(hits, func(i, j int) bool { return hits[i].score < hits[j].score })
	return hits, candidates > 0, nil
}

// hit is a ranked match: its fts_key and bm25 score (lower is better).
type hit struct {
	key   int64
	score float64
}

// newestMatches returns the fts_keys of at most n of the newest matches
// of one year's index, newest first: FTS5 walks rowids (dates)
// backwards without ranking anything.
func (s *Store) newestMatches(ctx context.Context, table string, f matchFilter, n int) ([]int64, error) {
	from, where, args := f.sql(table)
	rows, err := s.query(ctx, `SELECT f.rowid FROM `+from+` WHERE `+where+
		` ORDER BY f.rowid DESC LIMIT ?`, append(args, n)...)
	if err != nil {
		return nil, s.queryError(err)
	}
	defer rows.Close()
	keys := make([]int64, 0, min(n, 1024))
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			return nil, s.wrap(err)
		}
		keys = append(keys, k)
	}
	return keys, s.queryError(rows.Err())
}

// searchPartition returns the newest `candidates` matches of one
// year's index with their bm25, read newest first in one statement
// (FTS5 walks the rowids backwards and scores only the rows it returns).
func (s *Store) searchPartition(ctx context.Context, table string, f matchFilter, candidates int) ([]hit, error) {
	from, where, args := f.sql(table)
	rows, err := s.query(ctx, `SELECT f.rowid, bm25(`+table+`, 8.0, 1.0, 4.0) FROM `+from+` WHERE `+where+
		` ORDER BY f.rowid DESC LIMIT ?`, append(args, candidates)...)
	if err != nil {
		return nil, s.queryError(err)
	}
	defer rows.Close()
	var hits []hit
	for rows.Next() {
		var h hit
		if err := rows.Scan(&h.key, &h.score); err != nil {
			return nil, s.wrap(err)
		}
		hits = append(hits, h)
	}
	return hits, s.queryError(rows.Err())
}

// newestKeys returns the fts_keys of the newest n matches over the years
// parts (newest first, the unknown-date year last, as partitions gives
// them).
func (s *Store) newestKeys(ctx context.Context, parts []int, f matchFilter, n int) ([]int64, error) {
	var keys []int64
	for _, year := range parts {
		ks, err := s.newestMatches(ctx, partName(year), f, n-len(keys))
		if err != nil {
			return nil, err
		}
		keys = append(keys, ks...)
		if len(keys) >= n {
			break
		}
	}
	return keys, nil
}

// filterOnly answers a query without words or person: the newest
// articles that pass the filters.
func (s *Store) filterOnly(ctx context.Context, f matchFilter, limit int) ([]Result, error) {
	where := append([]string{`a.fts_key >= ? AND a.fts_key < ?`}, f.where...)
	args := append([]any{f.lo, f.hi}, f.args...)
	rows, err := s.db.QueryContext(ctx, `SELECT a.fts_key FROM articles a WHERE `+strings.Join(where, ` AND `)+
		` ORDER BY a.fts_key DESC LIMIT ?`, append(args, limit)...)
	if err != nil {
		return nil, s.wrap(err)
	}
	var keys []int64
	for rows.Next() {
		var k int64
		if err := rows.Scan(&k); err != nil {
			rows.Close()
			return nil, s.wrap(err)
		}
		keys = append(keys, k)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	return s.results(ctx, keys)
}

// results loads the list items of keys, in order, without snippets.
func (s *Store) results(ctx context.Context, keys []int64) ([]Result, error) {
	out := make([]Result, 0, len(keys))
	for _, k := range keys {
		r, err := s.result(ctx, k, nil)
		if err != nil {
			return nil, err
		}
		out = append(out, r)
	}
	return out, nil
}

// result loads one hit's list item and cuts its snippet.
func (s *Store) result(ctx context.Context, key int64, terms []term) (Result, error) {
	var r Result
	var packed []byte
	err := scanItem(s.queryRow(ctx, `SELECT `+listColumns+`, a.body
		FROM articles a JOIN files f ON f.id = a.file_id WHERE a.fts_key = ?`, key), &r.ListItem, &packed)
	if err != nil {
		return r, s.wrap(err)
	}
	body, _, _, err := s.unpackBody(packed)
	if err != nil {
		return r, s.wrap(err)
	}
	r.Snippet, r.Highlights = makeSnippet(body, terms)
	if r.Highlights == nil {
		r.Highlights = [][2]int{}
	}
	return r, nil
}

// query runs a search statement, prepared once per Store: a search
// runs the same few statements on every year's table, and preparing them
// each time would cost more than running them on small tables.
func (s *Store) query(ctx context.Context, q string, args ...any) (*sql.Rows, error) {
	st, err := s.prepared(ctx, q)
	if err != nil {
		return nil, err
	}
	return st.QueryContext(ctx, args...)
}

// queryRow is QueryRowContext through the prepared statements of query:
// a search scores and loads dozens of articles with the same few
// statements, and preparing each anew cost as much as running it.
func (s *Store) queryRow(ctx context.Context, q string, args ...any) *sql.Row {
	st, err := s.prepared(ctx, q)
	if err != nil {
		// The error surfaces from Scan, as QueryRowContext's would.
		return s.db.QueryRowContext(ctx, q, args...)
	}
	return st.QueryRowContext(ctx, args...)
}

// prepared returns the prepared statement of q, preparing it once per
// Store.
func (s *Store) prepared(ctx context.Context, q string) (*sql.Stmt, error) {
	s.stmtMu.Lock()
	defer s.stmtMu.Unlock()
	if st, ok := s.stmts[q]; ok {
		return st, nil
	}
	st, err := s.db.PrepareContext(ctx, q)
	if err != nil {
		return nil, err
	}
	if s.stmts == nil {
		s.stmts = map[string]*sql.Stmt{}
	}
	s.stmts[q] = st
	return st, nil
}

// queryError explains an FTS5 syntax error (which quoting should
// prevent) as a bad query rather than a broken archive.
func (s *Store) queryError(err error) error {
	if err == nil {
		return nil
	}
	if strings.Contains(err.Error(), "fts5: syntax error") {
		return fmt.Errorf("cannot read the search query: %v", err)
	}
	return s.wrap(err)
}

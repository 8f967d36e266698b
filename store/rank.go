package store

import (
	"context"
	"database/sql"
	"sort"
	"strings"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
)

// Ranking over the whole archive on one scale. The index is split by
// year and each year's bm25() has its own statistics (stats.go), and
// scoring every match of a broad query costs ~5 µs a row in FTS5 (the
// row's length is looked up for each), 0.1-0.5 s for a fifth of 100,000
// articles. So a search gathers candidates cheaply and scores them again
// in Go with the archive's statistics:
//
//   - per year, the best perYearCandidates matches (by that year's
//     bm25) among those with a query word in the title or the people: a
//     title word weighs eight body words, so the best matches of a query
//     are found there (few rows: FTS5 scores only those);
//   - the newest DefaultCandidates matches, ranked as before, which also
//     fill long result lists (the reader asks for hundreds).
//
// Every candidate of the first kind and the best rescoreTop of the
// second are scored exactly as one FTS5 index over the archive would
// score them (same formula, weights and statistics; the people column's
// aliases are taken to be surnames, see peopleText), the others by their
// year's score brought to the archive's scale. Every title candidate is
// scored exactly, not only the best by their years' scores: for a broad
// query thousands of title matches score within a per cent of each other,
// and the years' statistics (a word in 49% of one year's articles and 51%
// of the archive's weighs 0.04 there and nothing here) reorder them; at
// 100,000 generated articles choosing the 40 best by the years' scores
// kept 0-1 of the exhaustive top 10, though each year's 5 held them all.

// perYearCandidates is how many title or people matches of each year are
// scored again.
const perYearCandidates = 5

// rescoreTop is how many candidates, the best by their year's score
// brought to the archive's scale, are scored again exactly.
const rescoreTop = 40

// Columns of the index, for phrases restricted to one.
const (
	colAny    = -1
	colTitle  = 0
	colPeople = 2
)

// phrase is one positive phrase of a query: its FTS5 form, the column it
// is restricted to, its folded words (the last a prefix when prefix).
type phrase struct {
	expr   string
	col    int
	words  []string
	prefix bool
	cjk    bool // indexed as character pairs: not counted in Go
	// sole: the phrase is a clause of the query by itself (not one of
	// several joined by OR), so that no match lacks it and a year where
	// it is in no article has no match (archiveStats.matchable).
	sole bool
}

// newPhrase is the phrase of FTS5 expression expr whose words are ws.
func newPhrase(expr string, ws []term, col int) phrase {
	p := phrase{expr: expr, col: col}
	for _, w := range ws {
		p.words = append(p.words, w.text)
		p.prefix = w.prefix
		p.cjk = p.cjk || hasCJK(w.text)
	}
	return p
}

// match is the phrase as an FTS5 expression of its own.
func (p phrase) match() string {
	switch p.col {
	case colTitle:
		return "title : " + p.expr
	case colPeople:
		return "people : " + p.expr
	}
	return p.expr
}

// count is how many times the phrase occurs in toks.
func (p phrase) count(toks []foldedToken) int {
	if p.cjk || len(p.words) == 0 {
		return 0
	}
	n := 0
	for i := 0; i+len(p.words) <= len(toks); i++ {
		ok := true
		for j, w := range p.words {
			t := toks[i+j].text
			if p.prefix && j == len(p.words)-1 {
				ok = strings.HasPrefix(t, w)
			} else {
				ok = t == w
			}
			if !ok {
				break
			}
		}
		if ok {
			n++
		}
	}
	return n
}

// countWords counts, in one pass over text, the words that fold to
// each one-word phrase of phrases that applies to column col (or start
// with it, for a prefix), as foldTokens would cut and fold them, adding
// the counts to n. Words in ASCII are compared without folding or
// allocating: the scan of a candidate's whole text is most of the cost
// of scoring it.
func countWords(text string, phrases []phrase, col int, n []int) {
	start := -1
	end := func(i int) {
		tok := text[start:i]
		start = -1
		for j := 0; j < len(tok); j++ {
			if tok[j] >= utf8.RuneSelf {
				tok = fold(tok)
				break
			}
		}
		for k, p := range phrases {
			if !p.oneWord(col) {
				continue
			}
			w := p.words[0]
			if p.prefix && len(tok) >= len(w) && strings.EqualFold(tok[:len(w)], w) || !p.prefix && len(tok) == len(w) && strings.EqualFold(tok, w) {
				n[k]++
			}
		}
	}
	for i := 0; i < len(text); {
		c := text[i]
		if c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				if start < 0 {
					start = i
				}
			} else if start >= 0 {
				end(i)
			}
			i++
			continue
		}
		r, size := utf8.DecodeRuneInString(text[i:])
		if isTokenRune(r) && !content.IsCJK(r) {
			if start < 0 {
				start = i
			}
		} else if start >= 0 {
			end(i)
		}
		i += size
	}
	if start >= 0 {
		end(len(text))
	}
}

// oneWord reports whether countWords counts p in column col.
func (p phrase) oneWord(col int) bool {
	return len(p.words) == 1 && !p.cjk && (p.col == colAny || p.col == col)
}

// cand is a candidate of a search: its key, its year's bm25 (lower is
// better) and its score on the archive's scale (higher is better).
type cand struct {
	key   int64
	raw   float64
	score float64
	exact bool
	title bool // a title or people match of its year (titleMatches)
}

// titleMatches returns the best n matches of f in a year's table that
// hold a query word in the title or people column.
func (s *Store) titleMatches(ctx context.Context, year int, f matchFilter, n int) ([]hit, error) {
	var words []string
	for _, p := range f.phrases {
		if p.col != colPeople {
			words = append(words, p.expr)
		}
	}
	if len(words) == 0 {
		return nil, nil
	}
	f.match = "(" + f.match + ") AND {title people} : (" + strings.Join(words, " OR ") + ")"
	table := partName(year)
	from, where, args := f.sql(table)
	rows, err := s.query(ctx, `SELECT f.rowid, bm25(`+table+`, 8.0, 1.0, 4.0) AS r FROM `+from+` WHERE `+where+
		` ORDER BY r LIMIT ?`, append(args, n)...)
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

// exactScore is the BM25 of the article of key as one index over the
// archive would give it: its phrases counted in its title, text and
// people, its length from its year's table; and the phrases' weighted
// frequencies.
func (s *Store) exactScore(ctx context.Context, key int64, phrases []phrase, st *archiveStats) (float64, []float64, error) {
	var title string
	var packed []byte
	var id int64
	err := s.queryRow(ctx, `SELECT id, title, body FROM articles WHERE fts_key = ?`, key).Scan(&id, &title, &packed)
	if err != nil {
		return 0, nil, s.wrap(err)
	}
	body, _, _, err := s.unpackBody(packed)
	if err != nil {
		return 0, nil, s.wrap(err)
	}
	var sz []byte
	err = s.queryRow(ctx, `SELECT sz FROM `+partName(yearOfKey(key))+`_docsize WHERE id = ?`, key).Scan(&sz)
	if err != nil && err != sql.ErrNoRows {
		return 0, nil, s.wrap(err)
	}
	var dl float64
	for _, v := range readVarints(sz) {
		dl += float64(v)
	}
	people, err := s.peopleText(ctx, id)
	if err != nil {
		return 0, nil, err
	}
	freq := make([]float64, len(phrases))
	n := make([]int, len(phrases))
	for c, text := range [3]string{title, body, people} {
		clear(n)
		countWords(text, phrases, c, n)
		var toks []foldedToken // folded only for phrases of several words
		for i, p := range phrases {
			if p.col != colAny && p.col != c {
				continue
			}
			if !p.oneWord(c) {
				if toks == nil {
					toks = foldTokens(text)
				}
				n[i] = p.count(toks)
			}
			freq[i] += columnWeights[c] * float64(n[i])
		}
	}
	return bm25Score(freq, st.idf, dl, st.all), freq, nil
}

// peopleText is an article's people column as the writer built it
// (row.go): each name followed by its aliases. The archive keeps the
// names, not the aliases; the alias taken is the surname (the last word
// of a name of several), the form a second mention mostly takes.
func (s *Store) peopleText(ctx context.Context, id int64) (string, error) {
	rows, err := s.query(ctx, `SELECT p.name FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ?`, id)
	if err != nil {
		return "", s.wrap(err)
	}
	defer rows.Close()
	var parts []string
	for rows.Next() {
		var name string
		if err := rows.Scan(&name); err != nil {
			return "", s.wrap(err)
		}
		parts = append(parts, name)
		if f := strings.Fields(name); len(f) > 1 {
			parts = append(parts, f[len(f)-1])
		}
	}
	return strings.Join(parts, "; "), s.wrap(rows.Err())
}

// scale is the factor that brings a year's scores to the archive's
// scale, approximately: the ratio of the phrases' summed IDFs.
func (st *archiveStats) scale(year int) float64 {
	ys, ok := st.perYear[year]
	if !ok {
		return 1
	}
	var g, y float64
	for i := range st.idf {
		g += st.idf[i]
		y += ys.idf[i]
	}
	if y == 0 {
		return 1
	}
	return g / y
}

// sortCands orders candidates by score, best first, the newer first on
// equal scores.
func sortCands(cs []cand) {
	sort.SliceStable(cs, func(i, j int) bool {
		if cs[i].score != cs[j].score {
			return cs[i].score > cs[j].score
		}
		return cs[i].key > cs[j].key
	})
}

package store

import (
	"context"
	"database/sql"
	"math"
	"strings"
)

// Title words, ordered by their weight in the ranking. A title word
// weighs eight body words and a name in the people column four, so the
// best matches of a query are articles with a query word there, short
// ones first (BM25 divides by the article's length). Finding them in the
// year tables meant walking the whole list of articles of each query
// word in each year (the column is a filter applied to every article of
// the list): ~2 ms a word and year at a million articles, 0.1-0.3 s a
// query. title_words (migration 6) holds, for each word of an article's
// title and people columns, its weight there (8 per title occurrence, 4
// per people occurrence) and the article's length in tokens (its FTS5
// docsize), in index order (word, weight, length): the shortest articles
// of each weight are the first rows of the word, read without walking
// anything.
//
// The writer adds an article's rows when its FTS row is written and
// removes them with it. The people column is rebuilt from the names on
// removal (peopleText), so a row may outlive its article when the names
// were written otherwise; a search checks every candidate against the
// year's index (titleWordCandidates), so such a row costs a lookup and
// changes no result.

// titleWeights are the weights of the words of an article's title and
// people columns, folded as the index folds them. CJK text is left out:
// it is searched by character pairs, counted the old way.
func titleWeights(title, people string) map[string]int {
	ws := map[string]int{}
	for _, c := range [2]struct {
		text   string
		weight int
	}{{title, int(columnWeights[colTitle])}, {people, int(columnWeights[colPeople])}} {
		for _, t := range foldTokens(c.text) {
			if !hasCJK(t.text) {
				ws[t.text] += c.weight
			}
		}
	}
	return ws
}

// docLength is an article's length in tokens (all columns), from its
// year's FTS5 docsize.
func docLength(ctx context.Context, db querier, key int64) (int64, error) {
	var sz []byte
	err := db.QueryRowContext(ctx, `SELECT sz FROM `+partName(yearOfKey(key))+`_docsize WHERE id = ?`, key).Scan(&sz)
	if err != nil && err != sql.ErrNoRows {
		return 0, err
	}
	var dl int64
	for _, v := range readVarints(sz) {
		dl += int64(v)
	}
	return dl, nil
}

// putTitleWords adds the rows of an article whose FTS row (key) has just
// been written.
func putTitleWords(ctx context.Context, db querier, key int64, title, people string) error {
	dl, err := docLength(ctx, db, key)
	if err != nil {
		return err
	}
	for w, weight := range titleWeights(title, people) {
		if _, err := db.ExecContext(ctx, `INSERT OR IGNORE INTO title_words(term, weight, len, key) VALUES (?, ?, ?, ?)`, w, weight, dl, key); err != nil {
			return err
		}
	}
	return nil
}

// dropTitleWords removes the rows of the article of key, whose FTS row
// is still there (its length is read from it).
func (w *writer) dropTitleWords(ctx context.Context, key int64) error {
	var id int64
	var title string
	err := w.conn.QueryRowContext(ctx, `SELECT id, title FROM articles WHERE fts_key = ?`, key).Scan(&id, &title)
	if err == sql.ErrNoRows {
		return nil
	}
	if err != nil {
		return err
	}
	dl, err := docLength(ctx, w.conn, key)
	if err != nil {
		return err
	}
	people, err := peopleOf(ctx, w.conn, id)
	if err != nil {
		return err
	}
	for t, weight := range titleWeights(title, people) {
		if _, err := w.conn.ExecContext(ctx, `DELETE FROM title_words WHERE term = ? AND weight = ? AND len = ? AND key = ?`, t, weight, dl, key); err != nil {
			return err
		}
	}
	return nil
}

// peopleOf is an article's people column as peopleText rebuilds it.
func peopleOf(ctx context.Context, db querier, id int64) (string, error) {
	var names string
	err := db.QueryRowContext(ctx, `SELECT coalesce(group_concat(p.name, char(10)), '') FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = ?`, id).Scan(&names)
	if err != nil {
		return "", err
	}
	return peopleColumn(strings.Split(names, "\n")), nil
}

// peopleColumn is the people column of names: each name followed by its
// surname (the last word of a name of several), see peopleText.
func peopleColumn(names []string) string {
	var parts []string
	for _, name := range names {
		if name == "" {
			continue
		}
		parts = append(parts, name)
		if f := strings.Fields(name); len(f) > 1 {
			parts = append(parts, f[len(f)-1])
		}
	}
	return strings.Join(parts, "; ")
}

// fillTitleWords writes the rows of every article of an archive that
// migration 6 has just given the table, year by year, on the
// migration's connection.
func fillTitleWords(ctx context.Context, db querier) error {
	years, err := partYears(ctx, db)
	if err != nil {
		return err
	}
	for _, y := range years {
		if err := fillTitleWordsOf(ctx, db, y); err != nil {
			return err
		}
	}
	return nil
}

// fillTitleWordsOf writes the rows of the articles of one year.
func fillTitleWordsOf(ctx context.Context, db querier, year int) error {
	lo, hi := yearKeys(year)
	rows, err := db.QueryContext(ctx, `SELECT a.fts_key, a.title, d.sz,
		coalesce((SELECT group_concat(p.name, char(10)) FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = a.id), '')
		FROM articles a JOIN `+partName(year)+`_docsize d ON d.id = a.fts_key WHERE a.fts_key >= ? AND a.fts_key < ?`, lo, hi)
	if err != nil {
		return err
	}
	type pending struct {
		key   int64
		title string
		dl    int64
		names string
	}
	var all []pending
	for rows.Next() {
		var p pending
		var sz []byte
		if err := rows.Scan(&p.key, &p.title, &sz, &p.names); err != nil {
			rows.Close()
			return err
		}
		for _, v := range readVarints(sz) {
			p.dl += int64(v)
		}
		all = append(all, p)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for _, p := range all {
		for t, weight := range titleWeights(p.title, peopleColumn(strings.Split(p.names, "\n"))) {
			if _, err := db.ExecContext(ctx, `INSERT OR IGNORE INTO title_words(term, weight, len, key) VALUES (?, ?, ?, ?)`, t, weight, p.dl, p.key); err != nil {
				return err
			}
		}
	}
	return nil
}

// titleWordDepth is how many of a word's title rows of each weight, the
// shortest articles first, a search reads; titleWordChecked how many of
// the candidates they give, the best by their title weights alone,
// are checked against the query and scored exactly.
const (
	titleWordDepth   = 50
	titleWordChecked = 60
)

// byTitleWords reports whether a search's title candidates can come from
// title_words: every phrase is one whole word (storable) and nothing
// filters the matches (dates, source, person), since title_words knows
// nothing of them and a selective filter would leave none of its first
// rows. Other searches walk the years' indexes (titleMatches).
func byTitleWords(f matchFilter) bool {
	if len(f.where) > 0 || f.person || f.lo != 0 || f.hi != math.MaxInt64 || len(f.phrases) == 0 {
		return false
	}
	for _, p := range f.phrases {
		if !p.storable() {
			return false
		}
	}
	return true
}

// titleWordCandidates are the fts_keys of the best matches of f with a
// query word in the title or people column, found in title_words: for
// each word and weight its shortest articles, ordered by their BM25 on
// the archive's scale counting their title and people weights only (a
// lower bound of their score), then checked against the query in their
// year's index, the first titleWordChecked that match.
func (s *Store) titleWordCandidates(ctx context.Context, f matchFilter, st *archiveStats) ([]int64, error) {
	type bound struct {
		freq []float64
		dl   float64
	}
	found := map[int64]*bound{}
	for i, p := range f.phrases {
		err := s.eachTitleRow(ctx, p.words[0], func(weight, dl, key int64) {
			b := found[key]
			if b == nil {
				b = &bound{freq: make([]float64, len(f.phrases)), dl: float64(dl)}
				found[key] = b
			}
			b.freq[i] = float64(weight)
		})
		if err != nil {
			return nil, err
		}
	}
	cs := make([]cand, 0, len(found))
	for k, b := range found {
		cs = append(cs, cand{key: k, score: bm25Score(b.freq, st.idf, b.dl, st.all)})
	}
	sortCands(cs)
	var keys []int64
	for _, c := range cs {
		if len(keys) == titleWordChecked {
			break
		}
		ok, err := s.matches(ctx, f, c.key)
		if err != nil {
			return nil, err
		}
		if ok {
			keys = append(keys, c.key)
		}
	}
	return keys, nil
}

// eachTitleRow calls fn with the first titleWordDepth rows of each
// weight of word in title_words (weight, length, key).
func (s *Store) eachTitleRow(ctx context.Context, word string, fn func(weight, dl, key int64)) error {
	for weight := int64(0); ; {
		err := s.queryRow(ctx, `SELECT weight FROM title_words WHERE term = ? AND weight > ? ORDER BY weight LIMIT 1`, word, weight).Scan(&weight)
		if err == sql.ErrNoRows {
			return nil
		}
		if err != nil {
			return s.wrap(err)
		}
		rows, err := s.query(ctx, `SELECT len, key FROM title_words WHERE term = ? AND weight = ? ORDER BY len LIMIT ?`, word, weight, titleWordDepth)
		if err != nil {
			return s.wrap(err)
		}
		for rows.Next() {
			var dl, key int64
			if err := rows.Scan(&dl, &key); err != nil {
				rows.Close()
				return s.wrap(err)
			}
			fn(weight, dl, key)
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return s.wrap(err)
		}
	}
}

// matches reports whether the article of key matches f, looked up in its
// year's index (a seek in each word's list).
func (s *Store) matches(ctx context.Context, f matchFilter, key int64) (bool, error) {
	f.lo, f.hi = key, key+1
	from, where, args := f.sql(partName(yearOfKey(key)))
	var k int64
	err := s.queryRow(ctx, `SELECT f.rowid FROM `+from+` WHERE `+where, args...).Scan(&k)
	if err == sql.ErrNoRows || err != nil && strings.Contains(err.Error(), "no such table") {
		return false, nil
	}
	if err != nil {
		return false, s.queryError(err)
	}
	return true, nil
}

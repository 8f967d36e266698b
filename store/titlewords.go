package store

import (
	"context"
	"database/sql"
	"encoding/json"
	"math"
	"strconv"
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

// titleRow is an article's title and people columns, under its key.
type titleRow struct {
	key           int64
	title, people string
}

// putTitleWords adds the rows of articles of one year whose FTS rows
// have just been written (their lengths are read from them), in two
// statements whatever their number.
func putTitleWords(ctx context.Context, db querier, year int, arts []titleRow) error {
	keys := make([]int64, len(arts))
	for i, a := range arts {
		keys[i] = a.key
	}
	js, err := json.Marshal(keys)
	if err != nil {
		return err
	}
	rows, err := db.QueryContext(ctx, `SELECT id, sz FROM `+partName(year)+`_docsize WHERE id IN (SELECT value FROM json_each(?))`, string(js))
	if err != nil {
		return err
	}
	lens := map[int64]int64{}
	for rows.Next() {
		var k int64
		var sz []byte
		if err := rows.Scan(&k, &sz); err != nil {
			rows.Close()
			return err
		}
		lens[k] = sizeOf(sz)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	var all [][4]any
	for _, a := range arts {
		for w, weight := range titleWeights(a.title, a.people) {
			all = append(all, [4]any{w, weight, lens[a.key], a.key})
		}
	}
	if js, err = json.Marshal(all); err != nil {
		return err
	}
	_, err = db.ExecContext(ctx, `INSERT OR IGNORE INTO title_words(term, weight, len, key)
		SELECT value->>0, value->>1, value->>2, value->>3 FROM json_each(?)`, string(js))
	return err
}

// sizeOf is the length in tokens of an FTS5 docsize record (the
// columns' lengths as varints).
func sizeOf(sz []byte) int64 {
	var dl int64
	for _, v := range readVarints(sz) {
		dl += int64(v)
	}
	return dl
}

// dropTitleWords removes the rows of the article of key. Its words are
// those of its title and the people column rebuilt from its names (the
// aliases the writer indexed are not kept): a row of a word of neither
// outlives the article, and a search's check drops it.
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
	people, err := peopleOf(ctx, w.conn, id)
	if err != nil {
		return err
	}
	for t := range titleWeights(title, people) {
		// Any weight and length: the key alone tells the article.
		if _, err := w.conn.ExecContext(ctx, `DELETE FROM title_words WHERE term = ? AND key = ?`, t, key); err != nil {
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
	rows, err := db.QueryContext(ctx, `SELECT a.fts_key, a.title,
		coalesce((SELECT group_concat(p.name, char(10)) FROM mentions m JOIN people p ON p.id = m.person_id WHERE m.article_id = a.id), '')
		FROM articles a WHERE a.fts_key >= ? AND a.fts_key < ?`, lo, hi)
	if err != nil {
		return err
	}
	var arts []titleRow
	for rows.Next() {
		var a titleRow
		var names string
		if err := rows.Scan(&a.key, &a.title, &names); err != nil {
			rows.Close()
			return err
		}
		a.people = peopleColumn(strings.Split(names, "\n"))
		arts = append(arts, a)
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return err
	}
	for len(arts) > 0 {
		n := min(len(arts), 2000)
		if err := putTitleWords(ctx, db, year, arts[:n]); err != nil {
			return err
		}
		arts = arts[n:]
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
func (s *Store) titleWordCandidates(ctx context.Context, f matchFilter, st *archiveStats) ([]cand, error) {
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
	var out []cand
	for len(cs) > 0 && len(out) < titleWordChecked {
		batch := cs[:min(len(cs), 2*titleWordChecked)]
		cs = cs[len(batch):]
		ok, err := s.matching(ctx, f, batch)
		if err != nil {
			return nil, err
		}
		for _, c := range batch {
			if !ok[c.key] || len(out) == titleWordChecked {
				continue
			}
			score, _, err := s.exactScore(ctx, c.key, f.phrases, st)
			if err != nil {
				return nil, err
			}
			out = append(out, cand{key: c.key, score: score, exact: true, title: true})
		}
	}
	return out, nil
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

// matching reports which of cs match f, looked up in their years'
// indexes, one statement a year (a seek in each word's list per key).
func (s *Store) matching(ctx context.Context, f matchFilter, cs []cand) (map[int64]bool, error) {
	byYear := map[int][]string{}
	for _, c := range cs {
		y := yearOfKey(c.key)
		byYear[y] = append(byYear[y], strconv.FormatInt(c.key, 10))
	}
	ok := map[int64]bool{}
	for y, keys := range byYear {
		from, where, args := f.sql(partName(y))
		rows, err := s.db.QueryContext(ctx, `SELECT f.rowid FROM `+from+` WHERE `+where+` AND f.rowid IN (`+strings.Join(keys, ",")+`)`, args...)
		if err != nil {
			if strings.Contains(err.Error(), "no such table") {
				continue
			}
			return nil, s.queryError(err)
		}
		for rows.Next() {
			var k int64
			if err := rows.Scan(&k); err != nil {
				rows.Close()
				return nil, s.wrap(err)
			}
			ok[k] = true
		}
		rows.Close()
		if err := rows.Err(); err != nil {
			return nil, s.queryError(err)
		}
	}
	return ok, nil
}

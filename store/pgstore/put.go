package pgstore

import (
	"bytes"
	"context"
	"fmt"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
)

// Put writes one article of a file (ingest.Writer): new, a new version
// of the file's record, the same again, or a duplicate of an archived
// article (same hash), as the SQLite archive decides.
func (w *writer) Put(ctx context.Context, file ingest.FileID, p ingest.Prepared, fresh bool) (ingest.Outcome, error) {
	r, ok := p.(*row)
	if !ok {
		return 0, fmt.Errorf("%s: article prepared for another archive", w.s.name)
	}
	out, err := w.put(ctx, int64(file), r, fresh)
	return out, w.s.wrap(err)
}

func (w *writer) put(ctx context.Context, fileID int64, r *row, fresh bool) (ingest.Outcome, error) {
	if fresh {
		return w.putNew(ctx, fileID, r)
	}
	var id int64
	var oldHash []byte
	var oldYear int
	err := w.tx.QueryRow(ctx, `SELECT id, hash, year FROM records WHERE file_id = $1 AND rec_key = $2`,
		fileID, r.e.Key).Scan(&id, &oldHash, &oldYear)
	switch {
	case errNoRows(err):
		return w.putNew(ctx, fileID, r)
	case err != nil:
		return 0, err
	case bytes.Equal(oldHash, r.e.Hash):
		return ingest.Unchanged, nil
	}
	var other int64
	err = w.tx.QueryRow(ctx, `SELECT id FROM records WHERE hash = $1`, r.e.Hash).Scan(&other)
	if err == nil && other != id {
		// The record now repeats another article: drop its old version.
		return ingest.Duplicate, w.deleteArticle(ctx, id)
	}
	if err != nil && !errNoRows(err) {
		return 0, err
	}
	if err := w.dropArticleRow(ctx, id, oldYear); err != nil {
		return 0, err
	}
	if _, err := w.tx.Exec(ctx, `UPDATE records SET hash = $1, year = $2 WHERE id = $3`, r.e.Hash, r.year, id); err != nil {
		return 0, err
	}
	w.queue(id, fileID, r)
	return ingest.Updated, nil
}

// putNew inserts the record of an article new to its file; a record
// whose hash another article has is not inserted: a duplicate. The
// unique index decides, so two imports cannot both store one article.
func (w *writer) putNew(ctx context.Context, fileID int64, r *row) (ingest.Outcome, error) {
	var id int64
	err := w.tx.QueryRow(ctx, `INSERT INTO records(id, file_id, rec_key, hash, year)
		VALUES (nextval('article_ids'), $1, $2, $3, $4) ON CONFLICT DO NOTHING RETURNING id`,
		fileID, r.e.Key, r.e.Hash, r.year).Scan(&id)
	if errNoRows(err) {
		return ingest.Duplicate, nil
	}
	if err != nil {
		return 0, err
	}
	w.counts.articles++
	w.queue(id, fileID, r)
	return ingest.Inserted, nil
}

// queue holds an article for the batch's COPY and counts its people.
// Their ids are looked up (or made) at the commit, for the whole batch
// in two statements (see flushPeople): one round trip per person here
// was 90% of an import's statements.
func (w *writer) queue(id, fileID int64, r *row) {
	w.pending[id] = &pendingArticle{r: r, fileID: fileID, key: store.DateKey(id, r.e.PubTS)}
	w.order = append(w.order, id)
	var ms []mentionRow
	for _, p := range r.e.People {
		k := strings.ToLower(p.Name)
		// Two names of one person (by case) in an article count once.
		if slices.ContainsFunc(ms, func(m mentionRow) bool { return m.key == k }) {
			continue
		}
		ms = append(ms, mentionRow{key: k, role: p.Role, mentions: p.Mentions, quotes: p.Quotes})
		w.counts.named(k, p.Name).add(1, p.Mentions, p.Role)
	}
	w.mentions[id] = ms
}

// deleteArticle removes an article: its row, record and mentions.
func (w *writer) deleteArticle(ctx context.Context, id int64) error {
	var year int
	if err := w.tx.QueryRow(ctx, `DELETE FROM records WHERE id = $1 RETURNING year`, id).Scan(&year); err != nil {
		return err
	}
	w.counts.articles--
	return w.dropArticleRow(ctx, id, year)
}

// dropArticleRow removes an article's row (or its place in the batch)
// and its mentions, taking them off the people's counters.
func (w *writer) dropArticleRow(ctx context.Context, id int64, year int) error {
	if _, ok := w.pending[id]; ok {
		delete(w.pending, id)
		for _, m := range w.mentions[id] {
			w.counts.byName[m.key].add(-1, m.mentions, "")
		}
		delete(w.mentions, id)
		return nil
	}
	var key int64
	var source string
	err := w.tx.QueryRow(ctx, `DELETE FROM articles WHERE id = $1 AND year = $2 RETURNING sort_key, source`, id, year).Scan(&key, &source)
	switch {
	case err == nil:
		w.counts.day(source, key, -1)
	case !errNoRows(err):
		return err
	}
	rows, err := w.tx.Query(ctx, `DELETE FROM mentions WHERE article_id = $1 RETURNING person_id, mentions`, id)
	if err != nil {
		return err
	}
	defer rows.Close()
	for rows.Next() {
		var pid int64
		var n int
		if err := rows.Scan(&pid, &n); err != nil {
			return err
		}
		w.counts.stored(pid).add(-1, n, "")
	}
	return rows.Err()
}

// counters sums a batch's changes to the article count and the people's
// counters, written once at commit: the people of the batch's new
// articles by lower-cased name (their ids are found at the commit), and
// those of removed stored articles by id.
type counters struct {
	articles int
	days     map[sourceDay]int
	byName   map[string]*personDelta
	names    []string // byName's keys in the order they came
	byID     map[int64]*personDelta
}

type personDelta struct {
	name               string // as first met, for a new people row
	articles, mentions int
	role               string
}

// named is the delta of the person of lower-cased name k.
func (c *counters) named(k, name string) *personDelta {
	if c.byName == nil {
		c.byName = map[string]*personDelta{}
	}
	d := c.byName[k]
	if d == nil {
		d = &personDelta{name: name}
		c.byName[k] = d
		c.names = append(c.names, k)
	}
	return d
}

// stored is the delta of the person with id pid.
func (c *counters) stored(pid int64) *personDelta {
	if c.byID == nil {
		c.byID = map[int64]*personDelta{}
	}
	d := c.byID[pid]
	if d == nil {
		d = &personDelta{}
		c.byID[pid] = d
	}
	return d
}

func (d *personDelta) add(sign, n int, role string) {
	d.articles += sign
	d.mentions += sign * n
	if len(role) > len(d.role) {
		d.role = role
	}
}

func (c *counters) reset() {
	c.articles = 0
	clear(c.days)
	clear(c.byName)
	clear(c.byID)
	c.names = c.names[:0]
}

package pgstore

import (
	"context"

	"github.com/jackc/pgx/v5"
)

// personIDs writes the counters of the batch's people (those of its
// new articles, by name) and returns their ids by lower-cased name, in
// one round trip of two statements for the whole batch: the first adds
// the people new to the archive with their counts and adds to those of
// the others; the second finds the ids. A name's row is the one whose
// lower(name) equals the name's, as the unique index decides: names
// that PostgreSQL folds alike are one person even where Go folds them
// apart (grouped by lower(name) first, as an upsert may touch a row
// once). The batch holds the writers' lock, so no other import changes
// people between the two statements.
func (w *writer) personIDs(ctx context.Context) (map[string]int64, error) {
	var names, keys, roles []string
	var arts, ments []int32
	for _, k := range w.counts.names {
		if d := w.counts.byName[k]; d.articles != 0 {
			names, keys, roles = append(names, d.name), append(keys, k), append(roles, d.role)
			arts, ments = append(arts, int32(d.articles)), append(ments, int32(d.mentions))
		}
	}
	ids := make(map[string]int64, len(names))
	if len(names) == 0 {
		return ids, nil
	}
	b := &pgx.Batch{}
	// New people in the order their names came, so that people's ids
	// (the ties of the people list) run in the order of the articles.
	b.Queue(`INSERT INTO people(name, role, articles, mentions)
		SELECT (array_agg(n ORDER BY i))[1], (array_agg(r ORDER BY length(r) DESC, i))[1], sum(a), sum(m)
		FROM unnest($1::text[], $2::text[], $3::integer[], $4::integer[]) WITH ORDINALITY AS t(n, r, a, m, i)
		GROUP BY lower(n) ORDER BY min(i)
		ON CONFLICT ((lower(name))) DO UPDATE SET articles = people.articles + excluded.articles,
			mentions = people.mentions + excluded.mentions,
			role = CASE WHEN length(excluded.role) > length(people.role) THEN excluded.role ELSE people.role END`,
		names, roles, arts, ments)
	b.Queue(`SELECT t.i, p.id FROM unnest($1::text[]) WITH ORDINALITY AS t(n, i)
		JOIN people p ON lower(p.name) = lower(t.n)`, names)
	res := w.tx.SendBatch(ctx, b)
	defer res.Close()
	if _, err := res.Exec(); err != nil {
		return nil, err
	}
	rows, err := res.Query()
	if err != nil {
		return nil, err
	}
	for rows.Next() {
		var i, id int64
		if err := rows.Scan(&i, &id); err != nil {
			return nil, err
		}
		if k := keys[i-1]; ids[k] == 0 {
			ids[k] = id
		}
	}
	return ids, rows.Err()
}

// flushPeople writes the batch's people and their mentions (COPY), and
// the changes to the counters of the people of removed articles.
func (w *writer) flushPeople(ctx context.Context) error {
	ids, err := w.personIDs(ctx)
	if err != nil {
		return err
	}
	var rows [][]any
	for id, ms := range w.mentions {
		for _, m := range ms {
			rows = append(rows, []any{ids[m.key], id, m.role, int32(m.mentions), int32(m.quotes)})
		}
	}
	clear(w.mentions)
	if len(rows) > 0 {
		_, err := w.tx.CopyFrom(ctx, pgx.Identifier{"mentions"}, []string{"person_id", "article_id", "role", "mentions", "quotes"},
			pgx.CopyFromRows(rows))
		if err != nil {
			return err
		}
	}
	var pids []int64
	var arts, ments []int32
	var roles []string
	for pid, d := range w.counts.byID {
		if d.articles != 0 || d.mentions != 0 || d.role != "" {
			pids, arts, ments, roles = append(pids, pid), append(arts, int32(d.articles)), append(ments, int32(d.mentions)), append(roles, d.role)
		}
	}
	n := w.counts.articles
	b := &pgx.Batch{}
	w.queueDays(b)
	w.counts.reset()
	if n != 0 {
		b.Queue(`UPDATE meta SET value = value + $1 WHERE key = 'articles'`, n)
	}
	if len(pids) > 0 {
		b.Queue(`UPDATE people p SET articles = p.articles + d.a, mentions = p.mentions + d.m,
			role = CASE WHEN length(d.r) > length(p.role) THEN d.r ELSE p.role END
			FROM unnest($1::bigint[], $2::integer[], $3::integer[], $4::text[]) AS d(id, a, m, r) WHERE p.id = d.id`,
			pids, arts, ments, roles)
	}
	w.queueFinished(b)
	if b.Len() == 0 {
		return nil
	}
	return w.tx.SendBatch(ctx, b).Close()
}

// queueFinished queues the update of the batch's finished files, one
// statement for all.
func (w *writer) queueFinished(b *pgx.Batch) {
	if len(w.finished) == 0 {
		return
	}
	var ids, sizes, mtimes []int64
	var hashes [][]byte
	var arts []int32
	for id, f := range w.finished {
		ids, sizes, mtimes = append(ids, id), append(sizes, f.st.Size), append(mtimes, f.st.MTime)
		hashes, arts = append(hashes, f.st.Hash), append(arts, int32(f.articles))
	}
	clear(w.finished)
	b.Queue(`UPDATE files f SET size = u.size, mtime = u.mtime, hash = u.hash, articles = u.n, imported = $6
		FROM unnest($1::bigint[], $2::bigint[], $3::bigint[], $4::bytea[], $5::integer[]) AS u(id, size, mtime, hash, n)
		WHERE f.id = u.id`, ids, sizes, mtimes, hashes, arts, w.now)
}

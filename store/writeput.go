package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"iter"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/ingest"
)

// FileID returns the files row of path, creating it as unfinished.
// isNew says the archive had no row for path when the import began: the
// row is then inserted without a lookup first (another process may
// still have added it since, hence the fallback).
func (w *writer) FileID(ctx context.Context, path string, isNew bool) (ingest.FileID, error) {
	id, err := w.fileID(ctx, path, isNew)
	return ingest.FileID(id), w.s.wrap(err)
}

func (w *writer) fileID(ctx context.Context, path string, isNew bool) (int64, error) {
	var id int64
	if !isNew {
		err := w.st.fileByPath.QueryRowContext(ctx, path).Scan(&id)
		if err != sql.ErrNoRows {
			return id, err
		}
	}
	res, err := w.st.insertFile.ExecContext(ctx, path, w.now)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, err
	} else if n == 0 {
		err := w.st.fileByPath.QueryRowContext(ctx, path).Scan(&id)
		return id, err
	}
	return res.LastInsertId()
}

// Put writes one article of a file (ingest.Writer); p must come from
// the same Store's Prepare.
func (w *writer) Put(ctx context.Context, file ingest.FileID, p ingest.Prepared, fresh bool) (ingest.Outcome, error) {
	r, ok := p.(*row)
	if !ok {
		return 0, fmt.Errorf("%s: %w", w.s.path, errNotOurs)
	}
	out, err := w.put(ctx, int64(file), r, fresh)
	return out, w.s.wrap(err)
}

// put writes one article of file fileID. fresh says that the file has
// no article with this record key yet, so that the article can only be
// new or a duplicate.
func (w *writer) put(ctx context.Context, fileID int64, r *row, fresh bool) (ingest.Outcome, error) {
	if fresh {
		return w.putNew(ctx, fileID, r)
	}
	var id, oldKey int64
	var oldHash []byte
	var oldSource string
	err := w.st.byRecord.QueryRowContext(ctx, fileID, r.key).Scan(&id, &oldHash, &oldKey, &oldSource)
	switch {
	case err == sql.ErrNoRows:
		if dup, err := w.hashTaken(ctx, r.hash, 0); err != nil || dup {
			return ingest.Duplicate, err
		}
		id = w.nextID
		w.nextID++
		if _, err := w.st.insertArticle.ExecContext(ctx, id, fileID, r.key, r.hash, r.format, r.title, r.published, r.pubTS,
			r.source, r.url, r.byline, r.body, w.now, ftsKey(id, r.pubTS)); err != nil {
			return 0, err
		}
		w.counts.article(r.source, dayOf(r.pubTS), 1)
		return ingest.Inserted, w.addToIndex(ctx, id, r)
	case err != nil:
		return 0, err
	}
	// The hash is the text's fingerprint: a new date (which the rowid
	// holds) is a change of its own.
	if bytes.Equal(oldHash, r.hash) && oldKey>>dayShift == dayOf(r.pubTS) {
		return ingest.Unchanged, nil
	}
	if dup, err := w.hashTaken(ctx, r.hash, id); err != nil {
		return 0, err
	} else if dup {
		// The record now repeats another article: drop its old version.
		return ingest.Duplicate, w.deleteArticle(ctx, id)
	}
	if err := w.deleteFTS(ctx, oldKey); err != nil {
		return 0, err
	}
	if err := w.dropMentions(ctx, id); err != nil {
		return 0, err
	}
	if _, err := w.st.updateArticle.ExecContext(ctx, r.hash, r.format, r.title, r.published, r.pubTS, r.source, r.url, r.byline,
		r.body, w.now, ftsKey(id, r.pubTS), id); err != nil {
		return 0, err
	}
	w.counts.article(oldSource, oldKey>>dayShift, -1)
	w.counts.article(r.source, dayOf(r.pubTS), 1)
	return ingest.Updated, w.addToIndex(ctx, id, r)
}

// putNew inserts an article known to be new to its file.
func (w *writer) putNew(ctx context.Context, fileID int64, r *row) (ingest.Outcome, error) {
	id := w.nextID
	res, err := w.st.insertNew.ExecContext(ctx, id, fileID, r.key, r.hash, r.format, r.title, r.published, r.pubTS,
		r.source, r.url, r.byline, r.body, w.now, ftsKey(id, r.pubTS))
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, err
	} else if n == 0 {
		return ingest.Duplicate, nil // the hash is taken
	}
	w.nextID++
	w.counts.article(r.source, dayOf(r.pubTS), 1)
	return ingest.Inserted, w.addToIndex(ctx, id, r)
}

// hashTaken reports whether an article other than self has this hash.
func (w *writer) hashTaken(ctx context.Context, hash []byte, self int64) (bool, error) {
	var other int64
	err := w.st.byHash.QueryRowContext(ctx, hash).Scan(&other)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil && other != self, err
}

// deleteArticle removes an article, its FTS row and its mentions.
func (w *writer) deleteArticle(ctx context.Context, id int64) error {
	var key int64
	var source string
	if err := w.st.ftsKeyOf.QueryRowContext(ctx, id).Scan(&key, &source); err != nil {
		return err
	}
	if err := w.deleteFTS(ctx, key); err != nil {
		return err
	}
	if err := w.dropMentions(ctx, id); err != nil {
		return err
	}
	if _, err := w.st.deleteArticle.ExecContext(ctx, id); err != nil {
		return err
	}
	w.counts.article(source, key>>dayShift, -1)
	return nil
}

// addToIndex adds the article to the FTS index and records its people.
func (w *writer) addToIndex(ctx context.Context, id int64, r *row) error {
	w.index.rows[ftsKey(id, r.pubTS)] = ftsRow{title: r.ftsTitle, text: r.ftsText, people: r.ftsPeople}
	m := &w.mentions
	pids, args := m.pids[:0], m.args[:0]
	for _, p := range r.people {
		pid, created, err := w.person(ctx, p)
		if err != nil {
			return err
		}
		// Two names of one person (by case) in an article count once; a
		// person created for this mention has its counters already.
		if slices.Contains(pids, pid) {
			continue
		}
		pids = append(pids, pid)
		args = append(args, pid, id, p.role, p.mentions, p.quotes)
		if !created {
			w.counts.mention(pid, 1, p.mentions, p.role)
		}
	}
	m.pids, m.args = pids, args
	return m.insert(ctx, w.conn, args)
}

// mentionWriter inserts mention rows; pids and args are addToIndex's
// scratch space.
type mentionWriter struct {
	stmts map[int]*sql.Stmt // inserting n rows at once
	pids  []int64
	args  []any
}

func newMentionWriter() mentionWriter { return mentionWriter{stmts: map[int]*sql.Stmt{}} }

func (m *mentionWriter) close() {
	for _, st := range m.stmts {
		st.Close()
	}
}

// mentionsPerInsert is the most mention rows one INSERT writes: an
// article names a few people, and one statement for all of them costs
// less than one each.
const mentionsPerInsert = 8

// insert inserts mention rows, five values each. The article is new or
// has had its mentions deleted, and addToIndex dropped the second name
// of a person, so none can exist already. The statement still says OR
// IGNORE: a statement of several rows that could fail halfway makes
// SQLite keep a statement journal, a copy of every page the statement
// touches (32 KiB each), so that it can undo its first rows. That copy
// was 18 µs of the writer's time per article (a third of the mentions'
// cost); a statement that cannot fail needs none.
func (m *mentionWriter) insert(ctx context.Context, conn *sql.Conn, args []any) error {
	const cols = 5
	for len(args) > 0 {
		n := min(len(args)/cols, mentionsPerInsert)
		st, ok := m.stmts[n]
		if !ok {
			q := "INSERT OR IGNORE INTO mentions(person_id, article_id, role, mentions, quotes) VALUES (?, ?, ?, ?, ?)" +
				strings.Repeat(", (?, ?, ?, ?, ?)", n-1)
			var err error
			if st, err = conn.PrepareContext(ctx, q); err != nil {
				return err
			}
			m.stmts[n] = st
		}
		if _, err := st.ExecContext(ctx, args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}

// person returns the id of the person p names. A person new to the
// archive is created with the counters of this one mention (created is
// then true), in one statement: most names in an import are new.
func (w *writer) person(ctx context.Context, p personRow) (id int64, created bool, err error) {
	k := strings.ToLower(p.name)
	if id, ok := w.people[k]; ok {
		return id, false, nil
	}
	res, err := w.st.insertPerson.ExecContext(ctx, p.name, p.role, p.mentions)
	if err != nil {
		return 0, false, err
	}
	n, err := res.RowsAffected()
	if err != nil {
		return 0, false, err
	}
	if n > 0 {
		id, err = res.LastInsertId()
		created = true
	} else {
		err = w.st.personByName.QueryRowContext(ctx, p.name).Scan(&id)
	}
	if err != nil {
		return 0, false, err
	}
	if len(w.people) >= maxPeopleCached {
		clear(w.people)
	}
	w.people[k] = id
	return id, created, nil
}

// maxPeopleCached bounds the writer's cache of people's ids: an import
// of a million articles names hundreds of thousands of distinct people,
// and the cache grew with them (10 MB at 30,000 articles). Cleared when
// full, it fills again with the names that recur, one lookup each.
const maxPeopleCached = 1 << 16

// Touch records a new modification time for a file whose bytes did not
// change.
func (w *writer) Touch(ctx context.Context, file ingest.FileID, mtime int64) error {
	_, err := w.st.touchFile.ExecContext(ctx, mtime, int64(file))
	return w.s.wrap(err)
}

// FinishFile records a fully read file and removes its records that the
// new version no longer has (those not in keys). It returns how many
// were removed. A fresh file (new to the archive) has no other records.
func (w *writer) FinishFile(ctx context.Context, file ingest.FileID, st ingest.FileState, keys *ingest.RecordKeys, fresh bool) (int, error) {
	removed, err := w.finishFile(ctx, int64(file), st, keys, fresh)
	return removed, w.s.wrap(err)
}

func (w *writer) finishFile(ctx context.Context, fileID int64, st ingest.FileState, keys *ingest.RecordKeys, fresh bool) (int, error) {
	if fresh {
		_, err := w.st.finishFile.ExecContext(ctx, st.Size, st.MTime, st.Hash, keys.Len(), w.now, fileID)
		return 0, err
	}
	rows, err := w.st.fileRecords.QueryContext(ctx, fileID)
	if err != nil {
		return 0, err
	}
	var stale []int64
	n := 0
	for rows.Next() {
		var id int64
		var key string
		if err := rows.Scan(&id, &key); err != nil {
			rows.Close()
			return 0, err
		}
		if keys.Has(key) {
			n++
		} else {
			stale = append(stale, id)
		}
	}
	rows.Close()
	if err := rows.Err(); err != nil {
		return 0, err
	}
	for _, id := range stale {
		if err := w.deleteArticle(ctx, id); err != nil {
			return 0, err
		}
	}
	_, err = w.st.finishFile.ExecContext(ctx, st.Size, st.MTime, st.Hash, n, w.now, fileID)
	return len(stale), err
}

// AddLines adds to what the archive learned of a group's lines
// (line_groups and line_stats), in the open transaction.
func (w *writer) AddLines(ctx context.Context, group string, files int, lines iter.Seq2[uint64, int32]) error {
	if _, err := w.st.addLineGroup.ExecContext(ctx, group, files); err != nil {
		return w.s.wrap(err)
	}
	for h, n := range lines {
		if _, err := w.st.addLine.ExecContext(ctx, group, int64(h), n); err != nil {
			return w.s.wrap(err)
		}
	}
	return nil
}

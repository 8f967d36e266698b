package store

import (
	"bytes"
	"context"
	"database/sql"
	"fmt"
	"slices"
	"strings"
	"time"
)

// writer executes an import's statements on one connection, in batched
// transactions. It is used by one goroutine at a time.
type writer struct {
	s      *Store
	conn   *sql.Conn
	stmts  map[string]*sql.Stmt
	inTx   bool
	nextID int64
	people map[string]int64 // lower-cased name -> id, valid while no rollback
	now    int64
	// fts holds the transaction's FTS rows until commit, when they are
	// inserted in rowid order: FTS5 flushes its in-memory index whenever
	// a rowid is not above the previous one, and fts_key (date first) is
	// not in import order. Inserting in order makes one flush per batch
	// instead of one per article.
	fts map[int64]ftsRow
	// parts are the index partitions known to exist, with their insert
	// statements.
	parts map[int]*sql.Stmt
	// added counts the FTS rows written per year, for holdMerges.
	added map[int]int
	// noMerge marks the years whose automatic merging this import turned
	// off (see holdMerges); only an import that optimizes its busy years
	// at the end (holdsMerges) does.
	noMerge     map[int]bool
	holdsMerges bool
	// before holds how many articles a year had before this import, for
	// the years that reached optimizeAfter new ones (see holdMerges).
	before map[int]int
	// counts holds the transaction's changes to the counters.
	counts counters
	// ckpt copies the WAL into the file after each commit (checkpoint.go).
	ckpt *checkpointer
	// mentionStmts insert n mention rows at once; pids and mentionArgs
	// are index's scratch space.
	mentionStmts map[int]*sql.Stmt
	pids         []int64
	mentionArgs  []any
}

// ftsRow is an article's row of the FTS index.
type ftsRow struct {
	title, text, people string
}

// outcome of writing one article.
type outcome int

const (
	outInserted outcome = iota
	outUpdated
	outUnchanged
	outDuplicate
)

var writerSQL = map[string]string{
	"fileByPath":    `SELECT id FROM files WHERE path = ?`,
	"insertFile":    `INSERT INTO files(path, size, mtime, hash, articles, imported) VALUES (?, -1, 0, NULL, 0, ?) ON CONFLICT(path) DO NOTHING`,
	"finishFile":    `UPDATE files SET size = ?, mtime = ?, hash = ?, articles = ?, imported = ? WHERE id = ?`,
	"touchFile":     `UPDATE files SET mtime = ? WHERE id = ?`,
	"byRecord":      `SELECT id, hash, fts_key FROM articles WHERE file_id = ? AND rec_key = ?`,
	"byHash":        `SELECT id FROM articles WHERE hash = ?`,
	"fileRecords":   `SELECT id, rec_key FROM articles WHERE file_id = ?`,
	"deleteArticle": `DELETE FROM articles WHERE id = ?`,
	"insertArticle": `INSERT INTO articles(id, file_id, rec_key, hash, format, title, published, pub_ts, source, url, byline, body, imported, fts_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	// insertNew is the insert of an article of a file new to the
	// archive: a copy of an archived article (same hash) is ignored,
	// which spares a lookup per article.
	"insertNew": `INSERT OR IGNORE INTO articles(id, file_id, rec_key, hash, format, title, published, pub_ts, source, url, byline, body, imported, fts_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`,
	"updateArticle": `UPDATE articles SET hash = ?, format = ?, title = ?, published = ?, pub_ts = ?, source = ?, url = ?, byline = ?,
		body = ?, imported = ?, fts_key = ? WHERE id = ?`,
	"deleteMentions":  `DELETE FROM mentions WHERE article_id = ?`,
	"personByName":    `SELECT id FROM people WHERE name = ?`,
	"insertPerson":    `INSERT INTO people(name, role, articles, mentions) VALUES (?, ?, 1, ?) ON CONFLICT(name) DO NOTHING`,
	"maxID":           `SELECT coalesce(max(id), 0) FROM articles`,
	"articleMentions": `SELECT person_id, mentions FROM mentions WHERE article_id = ?`,
	"bumpArticles":    `UPDATE meta SET value = value + ? WHERE key = 'articles'`,
	"bumpPerson": `UPDATE people SET articles = articles + ?1, mentions = mentions + ?2,
		role = CASE WHEN length(?3) > length(role) THEN ?3 ELSE role END WHERE id = ?4`,
	"ftsKeyOf": `SELECT fts_key FROM articles WHERE id = ?`,
}

// newWriter takes a connection from the pool for writing.
func (s *Store) newWriter(ctx context.Context) (*writer, error) {
	if s.readOnly {
		return nil, fmt.Errorf("%s: %w", s.path, ErrReadOnly)
	}
	conn, err := s.db.Conn(ctx)
	if err != nil {
		return nil, s.wrap(err)
	}
	w := &writer{s: s, conn: conn, stmts: map[string]*sql.Stmt{}, people: map[string]int64{}, fts: map[int64]ftsRow{}, parts: map[int]*sql.Stmt{}, added: map[int]int{}, noMerge: map[int]bool{}, before: map[int]int{}, mentionStmts: map[int]*sql.Stmt{}}
	for name, q := range writerSQL {
		st, err := conn.PrepareContext(ctx, q)
		if err != nil {
			w.close()
			return nil, s.wrap(fmt.Errorf("prepare %s: %w", name, err))
		}
		w.stmts[name] = st
	}
	// The checkpointer does what SQLite would do after each commit.
	if _, err := conn.ExecContext(ctx, "PRAGMA wal_autocheckpoint = 0"); err != nil {
		w.close()
		return nil, s.wrap(err)
	}
	if w.ckpt, err = s.startCheckpointer(ctx); err != nil {
		w.close()
		return nil, s.wrap(err)
	}
	return w, nil
}

// bg is the context of the writer's statements: a cancelled import still
// commits what it has written, so statements are not cancelled midway.
var bg = context.Background()

func (w *writer) exec(name string, args ...any) (sql.Result, error) {
	return w.stmts[name].ExecContext(bg, args...)
}

func (w *writer) row(name string, args ...any) *sql.Row {
	return w.stmts[name].QueryRowContext(bg, args...)
}

// begin opens a write transaction if none is open.
func (w *writer) begin() error {
	if w.inTx {
		return nil
	}
	if _, err := w.conn.ExecContext(bg, "BEGIN IMMEDIATE"); err != nil {
		return err
	}
	w.inTx = true
	w.now = time.Now().Unix()
	// Ids are assigned here, not by SQLite, because fts_key holds the id.
	if err := w.row("maxID").Scan(&w.nextID); err != nil {
		return err
	}
	w.nextID++
	return nil
}

// commit ends the open transaction, if any.
func (w *writer) commit() error {
	if !w.inTx {
		return nil
	}
	if err := w.flushFTS(); err != nil {
		w.rollback()
		return err
	}
	if err := w.flushCounters(); err != nil {
		w.rollback()
		return err
	}
	w.inTx = false
	if _, err := w.conn.ExecContext(bg, "COMMIT"); err != nil {
		w.rollback()
		return err
	}
	return w.committed()
}

// committed has the WAL copied into the file after a commit: by the
// checkpointer, or here when the WAL has outgrown walLimit.
func (w *writer) committed() error {
	if w.s.walSize() > w.s.walLimit {
		return checkpoint(w.conn)
	}
	w.ckpt.poke()
	return nil
}

// optimize merges the index of each year into one segment, on the
// writer's connection: on one of the pool, SQLite checkpointed after each
// year itself, in the import's time (10,000 3-KB articles of one year:
// 2,255 against 2,103 and 2,308 against 2,107 articles/s, 5 and 4 runs
// each, alternated).
func (w *writer) optimize(ctx context.Context, years []int) error {
	for _, y := range years {
		if err := ctx.Err(); err != nil {
			return err
		}
		if err := optimizeYear(ctx, w.conn, y); err != nil {
			return err
		}
		if err := w.committed(); err != nil {
			return err
		}
	}
	return nil
}

func (w *writer) rollback() {
	w.conn.ExecContext(bg, "ROLLBACK")
	w.inTx = false
	clear(w.people)
	clear(w.fts)
	w.counts.reset()
	// A partition created in the rolled-back transaction is gone.
	for _, st := range w.parts {
		st.Close()
	}
	clear(w.parts)
}

// deleteArticle removes an article, its FTS row and its mentions.
func (w *writer) deleteArticle(id int64) error {
	var key int64
	if err := w.row("ftsKeyOf", id).Scan(&key); err != nil {
		return err
	}
	if err := w.deleteFTS(key); err != nil {
		return err
	}
	if err := w.dropMentions(id); err != nil {
		return err
	}
	if _, err := w.exec("deleteArticle", id); err != nil {
		return err
	}
	w.counts.articles--
	return nil
}

func (w *writer) close() {
	if w.inTx {
		w.rollback()
	}
	for _, st := range w.stmts {
		st.Close()
	}
	for _, st := range w.parts {
		st.Close()
	}
	for _, st := range w.mentionStmts {
		st.Close()
	}
	if w.ckpt != nil {
		w.ckpt.stop()
	}
	// The connection goes back to the pool as SQLite's default has it.
	w.conn.ExecContext(bg, "PRAGMA wal_autocheckpoint = 1000")
	w.conn.Close()
}

// fileID returns the files row of path, creating it as unfinished.
// isNew says the archive had no row for path when the import began: the
// row is then inserted without a lookup first (another process may
// still have added it since, hence the fallback).
func (w *writer) fileID(path string, isNew bool) (int64, error) {
	var id int64
	if !isNew {
		err := w.row("fileByPath", path).Scan(&id)
		if err != sql.ErrNoRows {
			return id, err
		}
	}
	res, err := w.exec("insertFile", path, w.now)
	if err != nil {
		return 0, err
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, err
	} else if n == 0 {
		err := w.row("fileByPath", path).Scan(&id)
		return id, err
	}
	return res.LastInsertId()
}

// put writes one article of file fileID. fresh says that the file has
// no article with this record key yet (a file new to the archive, and a
// key not met before in it), so that the article can only be new or a
// duplicate.
func (w *writer) put(fileID int64, r *row, fresh bool) (outcome, int64, error) {
	if fresh {
		return w.putNew(fileID, r)
	}
	var id, oldKey int64
	var oldHash []byte
	err := w.row("byRecord", fileID, r.key).Scan(&id, &oldHash, &oldKey)
	switch {
	case err == sql.ErrNoRows:
		if dup, err := w.hashTaken(r.hash, 0); err != nil || dup {
			return outDuplicate, 0, err
		}
		id = w.nextID
		w.nextID++
		if _, err := w.exec("insertArticle", id, fileID, r.key, r.hash, r.format, r.title, r.published, r.pubTS,
			r.source, r.url, r.byline, r.body, w.now, ftsKey(id, r.pubTS)); err != nil {
			return 0, 0, err
		}
		w.counts.articles++
		return outInserted, id, w.index(id, r)
	case err != nil:
		return 0, 0, err
	}
	if bytes.Equal(oldHash, r.hash) {
		return outUnchanged, id, nil
	}
	if dup, err := w.hashTaken(r.hash, id); err != nil {
		return 0, 0, err
	} else if dup {
		// The record now repeats another article: drop its old version.
		return outDuplicate, 0, w.deleteArticle(id)
	}
	if err := w.deleteFTS(oldKey); err != nil {
		return 0, 0, err
	}
	if err := w.dropMentions(id); err != nil {
		return 0, 0, err
	}
	if _, err := w.exec("updateArticle", r.hash, r.format, r.title, r.published, r.pubTS, r.source, r.url, r.byline,
		r.body, w.now, ftsKey(id, r.pubTS), id); err != nil {
		return 0, 0, err
	}
	return outUpdated, id, w.index(id, r)
}

// putNew inserts an article known to be new to its file.
func (w *writer) putNew(fileID int64, r *row) (outcome, int64, error) {
	id := w.nextID
	res, err := w.exec("insertNew", id, fileID, r.key, r.hash, r.format, r.title, r.published, r.pubTS,
		r.source, r.url, r.byline, r.body, w.now, ftsKey(id, r.pubTS))
	if err != nil {
		return 0, 0, err
	}
	if n, err := res.RowsAffected(); err != nil {
		return 0, 0, err
	} else if n == 0 {
		return outDuplicate, 0, nil // the hash is taken
	}
	w.nextID++
	w.counts.articles++
	return outInserted, id, w.index(id, r)
}

// hashTaken reports whether an article other than self has this hash.
func (w *writer) hashTaken(hash []byte, self int64) (bool, error) {
	var other int64
	err := w.row("byHash", hash).Scan(&other)
	if err == sql.ErrNoRows {
		return false, nil
	}
	return err == nil && other != self, err
}

// index adds the article to the FTS index and records its people.
func (w *writer) index(id int64, r *row) error {
	w.fts[ftsKey(id, r.pubTS)] = ftsRow{title: r.ftsTitle, text: r.ftsText, people: r.ftsPeople}
	pids, args := w.pids[:0], w.mentionArgs[:0]
	for _, p := range r.people {
		pid, created, err := w.person(p)
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
	w.pids, w.mentionArgs = pids, args
	return w.insertMentions(args)
}

// mentionsPerInsert is the most mention rows one INSERT writes: an
// article names a few people, and one statement for all of them costs
// less than one each.
const mentionsPerInsert = 8

// insertMentions inserts mention rows, five values each. The article is
// new or has had its mentions deleted, and index dropped the second name
// of a person, so none can exist already. The statement still says OR
// IGNORE: a statement of several rows that could fail halfway makes
// SQLite keep a statement journal, a copy of every page the statement
// touches (32 KiB each), so that it can undo its first rows. That copy
// was 18 µs of the writer's time per article (a third of the mentions'
// cost); a statement that cannot fail needs none.
func (w *writer) insertMentions(args []any) error {
	const cols = 5
	for len(args) > 0 {
		n := min(len(args)/cols, mentionsPerInsert)
		st, ok := w.mentionStmts[n]
		if !ok {
			q := "INSERT OR IGNORE INTO mentions(person_id, article_id, role, mentions, quotes) VALUES (?, ?, ?, ?, ?)" +
				strings.Repeat(", (?, ?, ?, ?, ?)", n-1)
			var err error
			if st, err = w.conn.PrepareContext(bg, q); err != nil {
				return err
			}
			w.mentionStmts[n] = st
		}
		if _, err := st.ExecContext(bg, args[:n*cols]...); err != nil {
			return err
		}
		args = args[n*cols:]
	}
	return nil
}

// person returns the id of the person p names. A person new to the
// archive is created with the counters of this one mention (created is
// then true), in one statement: most names in an import are new.
func (w *writer) person(p personRow) (id int64, created bool, err error) {
	k := strings.ToLower(p.name)
	if id, ok := w.people[k]; ok {
		return id, false, nil
	}
	res, err := w.exec("insertPerson", p.name, p.role, p.mentions)
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
		err = w.row("personByName", p.name).Scan(&id)
	}
	if err != nil {
		return 0, false, err
	}
	w.people[k] = id
	return id, created, nil
}

// finishFile records a fully read file and removes its records that the
// new version no longer has. It returns how many were removed. A fresh
// file (new to the archive) has no other records.
func (w *writer) finishFile(fileID int64, size, mtime int64, hash []byte, seen map[string]bool, fresh bool) (int, error) {
	if fresh {
		_, err := w.exec("finishFile", size, mtime, hash, len(seen), w.now, fileID)
		return 0, err
	}
	rows, err := w.stmts["fileRecords"].QueryContext(bg, fileID)
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
		if seen[key] {
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
		if err := w.deleteArticle(id); err != nil {
			return 0, err
		}
	}
	_, err = w.exec("finishFile", size, mtime, hash, n, w.now, fileID)
	return len(stale), err
}

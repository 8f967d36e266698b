package store

import (
	"context"
	"database/sql"
	"fmt"
)

// writerStmts are the writer's statements, prepared once on its
// connection when it opens: a statement the writer uses is a field, so a
// misspelt one does not compile.
type writerStmts struct {
	fileByPath, insertFile, finishFile, touchFile               *sql.Stmt
	byRecord, byHash, fileRecords, ftsKeyOf, maxID              *sql.Stmt
	insertArticle, insertNew, updateArticle, deleteArticle      *sql.Stmt
	personByName, insertPerson, articleMentions, deleteMentions *sql.Stmt
	bumpArticles, bumpPerson, bumpDay, bumpSourceDay            *sql.Stmt
	addLineGroup, addLine                                       *sql.Stmt
}

// articleColumns are the columns an article is inserted with.
const articleColumns = `(id, file_id, rec_key, hash, format, title, published, pub_ts, source, url, byline, body, imported, fts_key)
		VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`

// prepareWriterStmts prepares the writer's statements on conn.
func prepareWriterStmts(ctx context.Context, conn *sql.Conn) (*writerStmts, error) {
	p := stmtPreparer{ctx: ctx, conn: conn}
	st := &writerStmts{
		fileByPath: p.prepare(`SELECT id FROM files WHERE path = ?`),
		insertFile: p.prepare(`INSERT INTO files(path, size, mtime, hash, articles, imported) VALUES (?, -1, 0, NULL, 0, ?) ON CONFLICT(path) DO NOTHING`),
		finishFile: p.prepare(`UPDATE files SET size = ?, mtime = ?, hash = ?, articles = ?, imported = ? WHERE id = ?`),
		touchFile:  p.prepare(`UPDATE files SET mtime = ? WHERE id = ?`),

		byRecord:    p.prepare(`SELECT id, hash, fts_key, source FROM articles WHERE file_id = ? AND rec_key = ?`),
		byHash:      p.prepare(`SELECT id FROM articles WHERE hash = ?`),
		fileRecords: p.prepare(`SELECT id, rec_key FROM articles WHERE file_id = ?`),
		ftsKeyOf:    p.prepare(`SELECT fts_key, source FROM articles WHERE id = ?`),
		maxID:       p.prepare(`SELECT coalesce(max(id), 0) FROM articles`),

		insertArticle: p.prepare(`INSERT INTO articles` + articleColumns),
		// insertNew is the insert of an article of a file new to the
		// archive: a copy of an archived article (same hash) is ignored,
		// which spares a lookup per article.
		insertNew: p.prepare(`INSERT OR IGNORE INTO articles` + articleColumns),
		updateArticle: p.prepare(`UPDATE articles SET hash = ?, format = ?, title = ?, published = ?, pub_ts = ?, source = ?, url = ?, byline = ?,
		body = ?, imported = ?, fts_key = ? WHERE id = ?`),
		deleteArticle: p.prepare(`DELETE FROM articles WHERE id = ?`),

		personByName:    p.prepare(`SELECT id FROM people WHERE name = ?`),
		insertPerson:    p.prepare(`INSERT INTO people(name, role, articles, mentions) VALUES (?, ?, 1, ?) ON CONFLICT(name) DO NOTHING`),
		articleMentions: p.prepare(`SELECT person_id, mentions FROM mentions WHERE article_id = ?`),
		deleteMentions:  p.prepare(`DELETE FROM mentions WHERE article_id = ?`),

		bumpArticles: p.prepare(`UPDATE meta SET value = value + ? WHERE key = 'articles'`),
		bumpPerson: p.prepare(`UPDATE people SET articles = articles + ?1, mentions = mentions + ?2,
		role = CASE WHEN length(?3) > length(role) THEN ?3 ELSE role END WHERE id = ?4`),
		bumpDay: p.prepare(`INSERT INTO day_counts(day, n) VALUES (?, ?)
		ON CONFLICT(day) DO UPDATE SET n = n + excluded.n`),
		bumpSourceDay: p.prepare(`INSERT INTO source_days(source, day, n) VALUES (?, ?, ?)
		ON CONFLICT(source, day) DO UPDATE SET n = n + excluded.n`),

		addLineGroup: p.prepare(`INSERT INTO line_groups(grp, files) VALUES (?, ?)
		ON CONFLICT(grp) DO UPDATE SET files = files + excluded.files`),
		addLine: p.prepare(`INSERT INTO line_stats(grp, h, files) VALUES (?, ?, ?)
		ON CONFLICT(grp, h) DO UPDATE SET files = files + excluded.files`),
	}
	if p.err != nil {
		st.close()
		return nil, p.err
	}
	return st, nil
}

// all lists the statements, for close (and a test that none is left
// unprepared).
func (st *writerStmts) all() []*sql.Stmt {
	return []*sql.Stmt{
		st.fileByPath, st.insertFile, st.finishFile, st.touchFile,
		st.byRecord, st.byHash, st.fileRecords, st.ftsKeyOf, st.maxID,
		st.insertArticle, st.insertNew, st.updateArticle, st.deleteArticle,
		st.personByName, st.insertPerson, st.articleMentions, st.deleteMentions,
		st.bumpArticles, st.bumpPerson, st.bumpDay, st.bumpSourceDay,
		st.addLineGroup, st.addLine,
	}
}

// close closes the statements that were prepared.
func (st *writerStmts) close() {
	for _, s := range st.all() {
		if s != nil {
			s.Close()
		}
	}
}

// stmtPreparer prepares statements until one fails, keeping the first
// error, so that a struct of statements is built in one literal.
type stmtPreparer struct {
	ctx  context.Context
	conn *sql.Conn
	err  error
}

func (p *stmtPreparer) prepare(q string) *sql.Stmt {
	if p.err != nil {
		return nil
	}
	st, err := p.conn.PrepareContext(p.ctx, q)
	if err != nil {
		p.err = fmt.Errorf("prepare %q: %w", q, err)
	}
	return st
}

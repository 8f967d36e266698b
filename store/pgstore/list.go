package pgstore

import (
	"context"
	"encoding/hex"
	"fmt"
	"slices"
	"strconv"
	"strings"
	"time"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/store"
)

const listColumns = `a.id, a.title, a.published, a.source, f.path, a.sort_key`

// listColumnsNoPath are listColumns from articles alone, the path left
// empty (store.ListQuery.NoPath), as the SQLite archive does.
const listColumnsNoPath = `a.id, a.title, a.published, a.source, '', a.sort_key`

// orders are each sort's ORDER BY, forwards and backwards; the title and
// source orders compare bytes (COLLATE "C") as the SQLite archive does,
// whatever the database's locale.
var orders = map[store.Sort][2]string{
	store.SortDate:   {`a.sort_key DESC`, `a.sort_key ASC`},
	store.SortTitle:  {`lower(a.title) COLLATE "C", a.id`, `lower(a.title) COLLATE "C" DESC, a.id DESC`},
	store.SortSource: {`lower(a.source) COLLATE "C", a.sort_key DESC`, `lower(a.source) COLLATE "C" DESC, a.sort_key ASC`},
}

// List returns one page of articles in the asked order, as
// store.Store.List does.
func (s *Store) List(ctx context.Context, q store.ListQuery) ([]store.ListItem, error) {
	if q.Limit <= 0 {
		q.Limit = store.DefaultLimit
	}
	if q.Sort == "" {
		q.Sort = store.SortDate
	}
	order, ok := orders[q.Sort]
	if !ok {
		return nil, fmt.Errorf("unknown sort %q", q.Sort)
	}
	if holdsNUL(q.Person, q.Source) {
		return []store.ListItem{}, nil
	}
	var where []string
	var args []any
	arg := func(v any) string { args = append(args, v); return "$" + strconv.Itoa(len(args)) }
	columns, from := listColumns, `articles a JOIN files f ON f.id = a.file_id`
	if q.NoPath && q.Person == "" {
		columns, from = listColumnsNoPath, `articles a`
	}
	if q.Person != "" {
		person, err := s.identityOf(ctx, q.Person)
		if err != nil || person.None() {
			return []store.ListItem{}, err
		}
		from = `mentions m JOIN articles a ON a.id = m.article_id JOIN files f ON f.id = a.file_id`
		where = append(where, mentionsOf(person, arg))
	}
	if q.Source != "" {
		where = append(where, `lower(a.source) = lower(`+arg(q.Source)+`)`)
	}
	if q.After != nil {
		where = append(where, afterCond(q.Sort, q.After, arg))
	}
	fromEnd := q.FromEnd && q.After == nil
	sqlText := `SELECT ` + columns + ` FROM ` + from
	if len(where) > 0 {
		sqlText += ` WHERE ` + strings.Join(where, ` AND `)
	}
	sqlText += ` ORDER BY ` + order[map[bool]int{false: 0, true: 1}[fromEnd]] + ` LIMIT ` + arg(q.Limit)
	if q.After == nil && q.Offset > 0 {
		sqlText += ` OFFSET ` + arg(q.Offset)
	}
	items, err := s.items(ctx, sqlText, args...)
	if fromEnd {
		slices.Reverse(items)
	}
	return items, err
}

// afterCond is the condition of the items after a in the order sort
// (keyset paging), its arguments added by arg.
func afterCond(sort store.Sort, a *store.ListItem, arg func(any) string) string {
	switch sort {
	case store.SortTitle:
		return `(lower(a.title) COLLATE "C", a.id) > (lower(` + arg(a.Title) + `) COLLATE "C", ` + arg(a.ID) + `)`
	case store.SortSource:
		src := arg(a.Source)
		return `(lower(a.source) COLLATE "C" = lower(` + src + `) AND a.sort_key < ` + arg(a.DateKey()) +
			` OR lower(a.source) COLLATE "C" > lower(` + src + `) COLLATE "C")`
	}
	return `a.sort_key < ` + arg(a.DateKey())
}

// items runs a query selecting listColumns.
func (s *Store) items(ctx context.Context, q string, args ...any) ([]store.ListItem, error) {
	rows, err := s.pool.Query(ctx, q, args...)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	out := []store.ListItem{}
	for rows.Next() {
		var id, key int64
		var title, published, source, path string
		if err := rows.Scan(&id, &title, &published, &source, &path, &key); err != nil {
			return nil, s.wrap(err)
		}
		out = append(out, store.NewListItem(id, title, published, source, path, key))
	}
	return out, s.wrap(rows.Err())
}

// Count is the number of articles, from the counter the writers keep.
func (s *Store) Count(ctx context.Context) (int, error) {
	var n int
	err := s.pool.QueryRow(ctx, `SELECT value FROM meta WHERE key = 'articles'`).Scan(&n)
	return n, s.wrap(err)
}

// FileArticles lists the articles read from the file at path, in record
// order.
func (s *Store) FileArticles(ctx context.Context, path string) ([]store.ListItem, error) {
	if holdsNUL(path) {
		return []store.ListItem{}, nil
	}
	return s.items(ctx, `SELECT `+listColumns+` FROM files f JOIN articles a ON a.file_id = f.id
		JOIN records r ON r.id = a.id WHERE f.path = $1 ORDER BY r.rec_key, a.id`, path)
}

// Article returns the stored article (store.ErrNotFound when none has
// this id).
func (s *Store) Article(ctx context.Context, id int64) (*content.Article, store.ArticleInfo, error) {
	var a content.Article
	var info store.ArticleInfo
	var hash, body []byte
	var imported int64
	err := s.pool.QueryRow(ctx, `SELECT a.id, f.path, r.rec_key, r.hash, a.format, a.title, a.published,
		a.source, a.url, a.byline, a.body, a.imported
		FROM records r JOIN articles a ON a.id = r.id AND a.year = r.year JOIN files f ON f.id = a.file_id
		WHERE r.id = $1`, id).Scan(
		&info.ID, &info.Path, &info.Key, &hash, &a.Format, &a.Title, &a.Published,
		&a.Source, &a.URL, &a.Byline, &body, &imported)
	if errNoRows(err) {
		return nil, info, fmt.Errorf("%w: %d", store.ErrNotFound, id)
	}
	if err != nil {
		return nil, info, s.wrap(err)
	}
	a.Key = info.Key
	a.Hash = hex.EncodeToString(hash)
	info.Imported = time.Unix(imported, 0)
	if info.Markdown, err = s.codec.Decode(body, &a); err != nil {
		return nil, info, s.wrap(fmt.Errorf("article %d: %w", id, err))
	}
	return &a, info, nil
}

// People lists the people of the archive, most written about first, a
// one-word name the archive ties to one full name under it (see
// store.MergePeople).
func (s *Store) People(ctx context.Context, limit int) ([]store.PersonCount, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	rows, err := s.pool.Query(ctx, `SELECT name, role, articles, mentions FROM people
		WHERE articles > 0 ORDER BY articles DESC, mentions DESC, id DESC LIMIT $1`, limit)
	if err != nil {
		return nil, s.wrap(err)
	}
	defer rows.Close()
	var ps []store.PersonQuotes
	for rows.Next() {
		var p store.PersonQuotes
		if err := rows.Scan(&p.Name, &p.Role, &p.Articles, &p.Mentions); err != nil {
			return nil, s.wrap(err)
		}
		ps = append(ps, p)
	}
	if err := rows.Err(); err != nil {
		return nil, s.wrap(err)
	}
	rows.Close()
	ps, err = store.MergePeople(ctx, ps, s.lookups())
	out := make([]store.PersonCount, len(ps))
	for i, p := range ps {
		out[i] = p.PersonCount
	}
	return out, err
}

// Person returns one person's archive-wide counts (store.ErrNotFound if
// no article names them), merged as People merges them.
func (s *Store) Person(ctx context.Context, name string) (store.PersonCount, error) {
	if holdsNUL(name) {
		return store.PersonCount{}, fmt.Errorf("%w: no person %q", store.ErrNotFound, name)
	}
	p, ok, err := store.PersonOf(ctx, name, s.lookups(), s.fullNamesEndingWith)
	if err == nil && !ok {
		err = fmt.Errorf("%w: no person %q", store.ErrNotFound, name)
	}
	return p.PersonCount, err
}

// PersonArticles lists the articles mentioning the person, newest first.
func (s *Store) PersonArticles(ctx context.Context, name string, limit, offset int) ([]store.ListItem, error) {
	if limit <= 0 {
		limit = store.DefaultLimit
	}
	return s.List(ctx, store.ListQuery{Person: name, Limit: limit, Offset: offset})
}

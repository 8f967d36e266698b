// Package archivestore adapts an archive backend (package store, SQLite,
// or store/pgstore, PostgreSQL) to the reader's archive.Archive.
package archivestore

import (
	"context"
	"errors"
	"slices"
	"strings"
	"sync"
	"unicode"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
)

type (
	// Item, Hit, Query and Sort are the reader's archive types.
	Item  = archive.Item
	Hit   = archive.Hit
	Query = archive.Query
	Sort  = archive.Sort
)

const (
	sortTitle  = archive.SortTitle
	sortSource = archive.SortSource
)

// filterLimit bounds a filtered list over the SQLite archive: the filter
// runs as a search of titles, and the best this many matches are listed.
const filterLimit = 1000

// maxCursors bounds the remembered page boundaries (see Store.List).
const maxCursors = 4096

// Backend is what the reader needs of an archive backend: both
// *store.Store and *pgstore.Store have it.
type Backend interface {
	Count(ctx context.Context) (int, error)
	List(ctx context.Context, q store.ListQuery) ([]store.ListItem, error)
	Search(ctx context.Context, text string, limit int) ([]store.Result, error)
	SearchQuery(ctx context.Context, q query.Query, limit int) ([]store.Result, error)
	Article(ctx context.Context, id int64) (*content.Article, store.ArticleInfo, error)
	PersonArticles(ctx context.Context, name string, limit, offset int) ([]store.ListItem, error)
}

// Archive is an archive backend seen as an archive.Archive.
type Archive struct {
	s Backend

	mu sync.Mutex
	// cursors maps the offset that ends an earlier page to that page's
	// last item, so the next page is read after it (keyset paging, the
	// same cost at any depth) rather than by OFFSET.
	cursors map[cursorKey]store.ListItem
	// version is the archive's version when cursors and filtered were
	// kept (see Version).
	version int64
	// filtered holds the matches of the latest filter.
	filtered struct {
		filter string
		items  []Item
	}
}

type cursorKey struct {
	sort   Sort
	offset int
}

var _ archive.Archive = (*Archive)(nil)

// New returns the archive s as an archive.Archive for the reader. s stays
// the caller's to close.
func New(s Backend) *Archive {
	return &Archive{s: s, cursors: map[cursorKey]store.ListItem{}}
}

func storeSort(s Sort) store.Sort {
	switch s {
	case sortTitle:
		return store.SortTitle
	case sortSource:
		return store.SortSource
	}
	return store.SortDate
}

func itemOf(it store.ListItem) Item {
	return Item{ID: it.ID, Title: it.Title, Published: it.Published, Source: it.Source, Path: it.Path}
}

// Count implements archive.Archive: the store's counter, or the filter's matches.
func (a *Archive) Count(ctx context.Context, q Query) (int, error) {
	if q.Flagged {
		items, err := a.flagged(ctx, q.Filter)
		return len(items), err
	}
	if !hasWord(q.Filter) {
		return a.s.Count(ctx)
	}
	items, err := a.filter(ctx, q.Filter)
	return len(items), err
}

// List implements archive.Archive.
func (a *Archive) List(ctx context.Context, q Query, offset, limit int) ([]Item, error) {
	if q.Flagged || hasWord(q.Filter) {
		var items []Item
		var err error
		if q.Flagged {
			items, err = a.flagged(ctx, q.Filter)
		} else {
			items, err = a.filter(ctx, q.Filter)
		}
		if err != nil {
			return nil, err
		}
		sorted := sortItems(items, q.Sort)
		offset = min(max(offset, 0), len(sorted))
		return a.marked(ctx, sorted[offset:min(len(sorted), offset+limit)])
	}
	// No path: the list does not show it, and reading it would cost the
	// first screen about as much again (see store.ListQuery.NoPath).
	lq := store.ListQuery{Sort: storeSort(q.Sort), Limit: limit, Offset: offset, NoPath: true}
	a.mu.Lock()
	after, ok := a.cursors[cursorKey{q.Sort, offset}]
	a.mu.Unlock()
	if ok && offset > 0 {
		lq.After = &after
	} else if offset > 0 {
		// No cursor (a jump, such as G): a page in the far half is read
		// from the end, so that it costs what a page near the top does.
		n, err := a.s.Count(ctx)
		if err != nil {
			return nil, err
		}
		if offset >= n {
			return nil, nil
		}
		if offset > n/2 {
			end := min(offset+limit, n)
			lq.Offset, lq.Limit, lq.FromEnd = n-end, end-offset, true
		}
	}
	rows, err := a.s.List(ctx, lq)
	if err != nil {
		return nil, err
	}
	if len(rows) > 0 {
		a.mu.Lock()
		if len(a.cursors) >= maxCursors {
			clear(a.cursors)
		}
		a.cursors[cursorKey{q.Sort, offset + len(rows)}] = rows[len(rows)-1]
		a.mu.Unlock()
	}
	out := make([]Item, len(rows))
	for i, r := range rows {
		out[i] = itemOf(r)
	}
	return a.marked(ctx, out)
}

// filter returns the articles whose titles hold every word of text (the
// last may be a prefix: the user is typing it), best matches first.
func (a *Archive) filter(ctx context.Context, text string) ([]Item, error) {
	a.mu.Lock()
	if a.filtered.filter == text && a.filtered.items != nil {
		items := a.filtered.items
		a.mu.Unlock()
		return items, nil
	}
	a.mu.Unlock()
	hits, err := a.s.SearchQuery(ctx, titleQuery(text), filterLimit)
	if err != nil {
		return nil, err
	}
	items := make([]Item, len(hits))
	for i, h := range hits {
		items[i] = itemOf(h.ListItem)
	}
	a.mu.Lock()
	a.filtered.filter, a.filtered.items = text, items
	a.mu.Unlock()
	return items, nil
}

// titleQuery is the search of a list filter: every word of text in the
// title, the last as a prefix (the user is still typing it).
func titleQuery(text string) query.Query {
	var q query.Query
	words := strings.Fields(strings.ReplaceAll(text, `"`, " "))
	for i, w := range words {
		t := query.Term{Text: w, Phrase: true}
		if i == len(words)-1 {
			t = query.Term{Text: strings.TrimRight(w, "*"), Prefix: true}
		}
		q.Must = append(q.Must, query.Clause{Field: query.Title, Any: []query.Term{t}})
	}
	return q
}

// hasWord reports whether a filter has a letter or digit to look for; one
// of punctuation only filters nothing.
func hasWord(filter string) bool {
	return strings.IndexFunc(filter, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0
}

// sortItems returns items in the order s, as the store orders lists.
func sortItems(items []Item, s Sort) []Item {
	out := slices.Clone(items)
	slices.SortStableFunc(out, func(x, y Item) int {
		switch s {
		case sortTitle:
			return strings.Compare(strings.ToLower(x.Title), strings.ToLower(y.Title))
		case sortSource:
			if c := strings.Compare(strings.ToLower(x.Source), strings.ToLower(y.Source)); c != 0 {
				return c
			}
		}
		return strings.Compare(y.Published.String(), x.Published.String())
	})
	return out
}

// Search implements archive.Archive with the store's ranked search.
func (a *Archive) Search(ctx context.Context, query string, limit int) ([]Hit, error) {
	res, err := a.s.Search(ctx, query, limit)
	if err != nil {
		return nil, err
	}
	out := make([]Hit, len(res))
	items := make([]Item, len(res))
	for i, r := range res {
		items[i] = itemOf(r.ListItem)
	}
	if items, err = a.marked(ctx, items); err != nil {
		return nil, err
	}
	for i, r := range res {
		out[i] = Hit{Item: items[i], Snippet: r.Snippet, Matches: r.Highlights}
	}
	return out, nil
}

// Article implements archive.Archive.
func (a *Archive) Article(ctx context.Context, id int64) (*content.Article, error) {
	art, _, err := a.s.Article(ctx, id)
	return art, err
}

// ArticleFiled implements archive.Filed: the list leaves the file's
// path out (see List), the article's load brings it.
func (a *Archive) ArticleFiled(ctx context.Context, id int64) (*content.Article, string, error) {
	art, info, err := a.s.Article(ctx, id)
	return art, info.Path, err
}

// PersonArticles implements archive.Archive.
func (a *Archive) PersonArticles(ctx context.Context, name string, limit int) ([]Item, error) {
	rows, err := a.s.PersonArticles(ctx, name, limit, 0)
	if err != nil {
		return nil, err
	}
	out := make([]Item, len(rows))
	for i, r := range rows {
		out[i] = itemOf(r)
	}
	return a.marked(ctx, out)
}

var _ archive.Versioned = (*Archive)(nil)

// Version implements archive.Versioned with the backend's Version (the
// SQLite store's counters); a backend without one gives
// errors.ErrUnsupported. A new version also forgets the page boundaries
// and the filter's matches kept, which the change may have moved.
func (a *Archive) Version(ctx context.Context) (int64, error) {
	vs, ok := a.s.(interface {
		Version(ctx context.Context) (int64, error)
	})
	if !ok {
		return 0, errors.ErrUnsupported
	}
	v, err := vs.Version(ctx)
	if err != nil {
		return 0, err
	}
	a.mu.Lock()
	if a.version != v {
		a.version = v
		clear(a.cursors)
		a.filtered.filter, a.filtered.items = "", nil
	}
	a.mu.Unlock()
	return v, nil
}

// Package archive defines what the terminal reader needs from an archive of
// articles. Package archivestore adapts the SQLite archive to it; tests
// wrap that archive to make it fail or misbehave.
package archive

import (
	"context"

	"github.com/newsreader/newsreader/content"
)

// Sort orders the article list.
type Sort int

// The list orders. The zero value is newest first.
const (
	SortDate   Sort = iota // newest first; undated articles last
	SortTitle              // by title, A to Z
	SortSource             // by source, then newest first
)

// String names the order as the status bar shows it.
func (s Sort) String() string {
	switch s {
	case SortTitle:
		return "title"
	case SortSource:
		return "source"
	default:
		return "date"
	}
}

// Next is the order after s, for a key that cycles through them.
func (s Sort) Next() Sort {
	return (s + 1) % 3
}

// Item is one line of the article list: enough to show it, not the article.
type Item struct {
	ID        int64
	Title     string
	Published content.Date // zero when unknown
	Source    string
}

// Hit is one result of an archive search.
type Hit struct {
	Item
	// Snippet is an excerpt of the article around the matched terms,
	// plain text on one line.
	Snippet string
	// Matches are the byte ranges [start, end) of the matched terms in
	// Snippet, in order, not overlapping.
	Matches [][2]int
}

// Query selects and orders a page of the article list.
type Query struct {
	Sort Sort
	// Filter is what the user typed to narrow the list: an article
	// matches when its title or source contains every word of Filter,
	// ignoring case. "" matches every article.
	Filter string
}

// Archive is what the reader asks of an archive. Every method may be called
// from several goroutines at once and must honour ctx. The reader never asks
// for more than one page of the list at a time, so an archive of millions
// of articles costs the reader what an archive of a hundred does.
type Archive interface {
	// Count is the number of articles matching q.Filter.
	Count(ctx context.Context, q Query) (int, error)
	// List returns up to limit articles matching q, in q's order,
	// skipping the first offset.
	List(ctx context.Context, q Query, offset, limit int) ([]Item, error)
	// Search runs a query in the syntax of package query (words,
	// "phrases", person:"Name", source:, after:, before:, title:) and
	// returns up to limit hits, best first.
	Search(ctx context.Context, query string, limit int) ([]Hit, error)
	// Article returns the whole article with that ID.
	Article(ctx context.Context, id int64) (*content.Article, error)
	// PersonArticles returns up to limit articles that mention the
	// person of that name (canonical name or alias), newest first.
	PersonArticles(ctx context.Context, name string, limit int) ([]Item, error)
}

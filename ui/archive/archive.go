// Package archive defines what the terminal reader needs from an archive of
// articles. Package archivestore adapts the SQLite archive to it; tests
// wrap that archive to make it fail or misbehave.
package archive

import (
	"context"
	"errors"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/period"
)

// ErrReadOnly is the error of SetRead and SetFlagged on an archive that
// cannot keep marks: opened read-only, or a database's standby.
var ErrReadOnly = errors.New("the archive is read-only")

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
	// Path is the file the article was read from ("" when unknown).
	Path string
	// Read and Flagged are the reader's marks, kept in the archive.
	Read, Flagged bool
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
	// Flagged keeps the flagged articles only.
	Flagged bool
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
	// SetRead marks the article read or unread, in the archive: the
	// mark outlives the reader.
	SetRead(ctx context.Context, id int64, read bool) error
	// SetFlagged flags or unflags the article (a bookmark), in the archive.
	SetFlagged(ctx context.Context, id int64, flagged bool) error
	// People returns up to limit people of the whole archive, those named
	// in the most articles first, keeping those whose name holds every
	// word of filter (ignoring case; "" keeps everyone).
	People(ctx context.Context, filter string, limit int) ([]Person, error)
	// Coverage counts the articles matching a search (the syntax of
	// Search; "" is every article) per period of publication, oldest
	// first, every period from the first match to the last (empty ones
	// with Count 0); nil for none. Undated articles are not counted.
	Coverage(ctx context.Context, query string, unit period.Unit) ([]period.Bucket, error)
}

// Person is one person across the archive.
type Person struct {
	Name, Role string
	// Articles is how many articles name them, Mentions how often,
	// Quotes how many quotations are theirs.
	Articles, Mentions, Quotes int
}

// Filed is an archive that tells, with an article, the file it was read
// from: its list's items may leave Path out (cheaper to list), and the
// reader shows the file of an article that has no URL.
type Filed interface {
	ArticleFiled(ctx context.Context, id int64) (a *content.Article, path string, err error)
}

// Versioned is an archive that says when it has changed: the reader
// polls Version (cheaply, every few seconds) and reloads its list when
// the number differs, as when another process imports into the archive.
// An archive that cannot tell need not implement it.
type Versioned interface {
	// Version is a number that changes whenever articles are added or
	// removed, by this process or another.
	Version(ctx context.Context) (int64, error)
}

// Package htmldate holds the names go-trafilatura refers to, without a date
// search. See README.md for why newsreader links this instead of go-htmldate.
package htmldate

import (
	"errors"
	"time"

	"golang.org/x/net/html"
)

// Options are the settings go-trafilatura passes; they change nothing here.
type Options struct {
	ExtractTime         bool
	UseOriginalDate     bool
	URL                 string
	MinDate             time.Time
	MaxDate             time.Time
	SkipExtensiveSearch bool
	EnableLog           bool
}

// Result is a found date.
type Result struct {
	DateTime    time.Time
	HasTime     bool
	HasTimezone bool
	SrcString   string
}

// IsZero reports whether no date was found.
func (r Result) IsZero() bool { return r.DateTime.IsZero() }

// ErrNoDateSearch is what FromDocument returns: this build has none.
var ErrNoDateSearch = errors.New("htmldate: no date search in this build (newsreader reads page dates itself)")

// FromDocument finds no date: newsreader runs go-trafilatura with the date
// search disabled and reads the date itself.
func FromDocument(doc *html.Node, opts Options) (Result, error) {
	return Result{}, ErrNoDateSearch
}

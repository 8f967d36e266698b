// Package distiller holds the names go-trafilatura refers to, without an
// extractor. See README.md for why newsreader links this instead of
// go-domdistiller.
package distiller

import (
	nurl "net/url"

	"golang.org/x/net/html"
)

// Options are the settings go-trafilatura passes.
type Options struct {
	OriginalURL    *nurl.URL
	SkipPagination bool
}

// Result is an extraction.
type Result struct {
	Node *html.Node
}

// Apply extracts nothing: it returns no result and no error, which
// go-trafilatura reads as "no candidate".
func Apply(doc *html.Node, opts *Options) (*Result, error) {
	return nil, nil
}

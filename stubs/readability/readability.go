// Package readability holds the names go-trafilatura refers to, without an
// extractor. See README.md for why newsreader links this instead of
// go-shiori/go-readability.
package readability

import (
	nurl "net/url"

	"golang.org/x/net/html"
)

// Article is an extraction; go-trafilatura reads only its Node.
type Article struct {
	Node *html.Node
}

// FromDocument extracts nothing: an Article without a Node, which
// go-trafilatura reads as "no candidate".
func FromDocument(doc *html.Node, pageURL *nurl.URL) (Article, error) {
	return Article{}, nil
}

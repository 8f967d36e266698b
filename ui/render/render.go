// Package render turns an article into styled terminal text with Glamour
// and the newsreader styles, in which captions and quotations stand out.
package render

import "github.com/newsreader/newsreader/content"

// Options say how to render.
type Options struct {
	// Width is the number of columns to wrap to.
	Width int
	// Dark selects the style for dark terminal backgrounds.
	Dark bool
}

// Article renders a for the terminal.
//
// PLACEHOLDER: the rendering work replaces it.
func Article(a *content.Article, opt Options) (string, error) {
	return a.Markdown(), nil
}

// Package styles is the style registry Glamour's ansi package refers to. It
// starts empty: newsreader registers no chroma style (see ../README.md).
package styles

import "github.com/alecthomas/chroma/v2"

// Registry holds the registered styles by name. Glamour guards it with its
// own mutex.
var Registry = map[string]*chroma.Style{}

// Register adds a style to the registry and returns it.
func Register(style *chroma.Style) *chroma.Style {
	Registry[style.Name] = style
	return style
}

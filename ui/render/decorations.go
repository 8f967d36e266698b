package render

import (
	"strings"
	"unicode/utf8"
)

// decorations are the characters the renderer draws at the start of a
// line, before the text: the bars of captions and quotations, the caption
// marker and list bullets.
const decorations = "┆│┃▣•"

// BlankDecorations returns plain, a rendering stripped of its styling
// (ansi.Strip), with the bars and markers at the start of its lines
// replaced by spaces of the same byte length.
//
// Search the result, not plain, for words and phrases: a phrase wrapped
// from one line of a caption or quotation to the next has a bar between
// its words in plain, but only white space in the result. Byte offsets are
// the same in both, so a match found in the result highlights the same
// text in plain.
//
// A text without decorations is returned as it is, not copied.
func BlankDecorations(plain string) string {
	if !strings.ContainsAny(plain, decorations) {
		return plain
	}
	var b strings.Builder
	b.Grow(len(plain))
	for line := range strings.Lines(plain) {
		rest := line
		for {
			trimmed := strings.TrimLeft(rest, " ")
			b.WriteString(rest[:len(rest)-len(trimmed)])
			rest = trimmed
			r, size := utf8.DecodeRuneInString(rest)
			if size == 0 || !strings.ContainsRune(decorations, r) {
				break
			}
			b.WriteString(strings.Repeat(" ", size))
			rest = rest[size:]
		}
		b.WriteString(rest)
	}
	return b.String()
}

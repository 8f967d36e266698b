package content

import "strings"

// Markdown returns the article as clean Markdown: the title as H1, a
// metadata line, then every block (see MarkdownBlock).
//
// PLACEHOLDER: the plain-text pipeline work replaces it.
func (a *Article) Markdown() string {
	var b strings.Builder
	b.WriteString("# " + a.Title + "\n")
	for i := range a.Blocks {
		b.WriteString("\n" + a.MarkdownBlock(i) + "\n")
	}
	return b.String()
}

// MarkdownBlock returns block i as self-contained Markdown, with its
// quotations marked so that a renderer can style them.
func (a *Article) MarkdownBlock(i int) string {
	bl := a.Blocks[i]
	switch bl.Type {
	case BlockHeading:
		return "## " + bl.Text
	case BlockCaption:
		return "> *" + bl.Text + "*"
	case BlockList:
		return "- " + bl.Text
	default:
		return bl.Text
	}
}

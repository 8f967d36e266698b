package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsreader/newsreader/content"
)

// blockConverter turns an HTML tree (an extracted article body, or a feed
// item's content) into Blocks, in reading order.
type blockConverter struct {
	blocks []content.Block
	// loose gathers text that sits directly in a container, outside any
	// paragraph, until the next block element ends it.
	loose strings.Builder
}

func (c *blockConverter) add(t content.BlockType, text string) {
	if text = squashSpace(text); text != "" {
		c.blocks = append(c.blocks, content.Block{Type: t, Text: text})
	}
}

// flushLoose ends the pending loose text as a paragraph.
func (c *blockConverter) flushLoose() {
	if c.loose.Len() > 0 {
		c.add(content.BlockParagraph, c.loose.String())
		c.loose.Reset()
	}
}

// walk converts the children of n.
func (c *blockConverter) walk(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.node(ch)
	}
}

func (c *blockConverter) node(n *html.Node) {
	switch n.Type {
	case html.TextNode:
		c.loose.WriteString(n.Data)
		return
	case html.ElementNode:
	default:
		return
	}
	switch tagOf(n) {
	case atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Head, atom.Nav,
		atom.Button, atom.Form, atom.Select, atom.Iframe, atom.Svg, atom.Object:
		return
	case atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6:
		c.flushLoose()
		c.add(content.BlockHeading, nodeText(n))
	case atom.P, atom.Pre, atom.Address:
		c.flushLoose()
		c.add(content.BlockParagraph, nodeText(n))
	case atom.Li, atom.Dd, atom.Dt:
		c.flushLoose()
		c.add(content.BlockList, textOutsideLists(n))
		c.nestedLists(n)
	case atom.Blockquote:
		c.flushLoose()
		c.quote(n)
	case atom.Figure:
		c.flushLoose()
		c.figure(n)
	case atom.Figcaption:
		c.flushLoose()
		c.add(content.BlockCaption, nodeText(n))
	case atom.Table:
		c.flushLoose()
		c.table(n)
	case atom.Br:
		c.loose.WriteByte(' ')
	case atom.A, atom.Span, atom.Em, atom.I, atom.B, atom.Strong, atom.U, atom.Small,
		atom.Sub, atom.Sup, atom.Abbr, atom.Cite, atom.Code, atom.Mark, atom.Q, atom.Time,
		atom.Font, atom.Kbd, atom.Samp, atom.Var, atom.S, atom.Del, atom.Ins, atom.Label:
		c.walk(n)
	default:
		// Block containers (div, section, article, ul, body...) and
		// unknown elements: their loose text is a paragraph of its own.
		c.flushLoose()
		c.walk(n)
		c.flushLoose()
	}
}

// quote converts a block quotation: each paragraph inside it becomes a
// quote block (a tweet or a letter quoted over several paragraphs).
func (c *blockConverter) quote(n *html.Node) {
	sub := blockConverter{}
	sub.walk(n)
	sub.flushLoose()
	for _, b := range sub.blocks {
		if b.Type == content.BlockParagraph || b.Type == content.BlockList || b.Type == content.BlockHeading {
			b.Type = content.BlockQuote
		}
		c.blocks = append(c.blocks, b)
	}
}

// figure keeps a figure's caption (its image is not text) and any text
// content such as a pull quote.
func (c *blockConverter) figure(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		c.node(ch)
	}
	c.flushLoose()
}

// table turns each row into a paragraph of its cells separated by " | ".
func (c *blockConverter) table(n *html.Node) {
	for _, tr := range nodeDescendants(n, atom.Tr) {
		var cells []string
		for td := tr.FirstChild; td != nil; td = td.NextSibling {
			if td.Type == html.ElementNode && (tagOf(td) == atom.Td || tagOf(td) == atom.Th) {
				if t := squashSpace(nodeText(td)); t != "" {
					cells = append(cells, t)
				}
			}
		}
		c.add(content.BlockParagraph, strings.Join(cells, " | "))
	}
	if cap := nodeFirstChild(n, atom.Caption); cap != nil {
		c.add(content.BlockCaption, nodeText(cap))
	}
}

// nestedLists converts the lists nested in a list item.
func (c *blockConverter) nestedLists(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && isListContainer(ch) {
			c.walk(ch)
		}
	}
}

func isListContainer(n *html.Node) bool {
	return tagOf(n) == atom.Ul || tagOf(n) == atom.Ol || tagOf(n) == atom.Dl
}

// nodeText is the text of n and its descendants, tags removed.
func nodeText(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n, false)
	return b.String()
}

// textOutsideLists is the text of a list item without its nested lists.
func textOutsideLists(n *html.Node) string {
	var b strings.Builder
	appendText(&b, n, true)
	return b.String()
}

func appendText(b *strings.Builder, n *html.Node, skipLists bool) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			b.WriteString(ch.Data)
		case html.ElementNode:
			switch {
			case tagOf(ch) == atom.Script || tagOf(ch) == atom.Style || tagOf(ch) == atom.Noscript:
			case skipLists && isListContainer(ch):
			case tagOf(ch) == atom.Br:
				b.WriteByte(' ')
			default:
				if !isInline(ch) {
					b.WriteByte(' ')
				}
				appendText(b, ch, skipLists)
				if !isInline(ch) {
					b.WriteByte(' ')
				}
			}
		}
	}
}

// isInline reports whether an element flows with the text around it; block
// elements get a space around their text so that words do not run on.
func isInline(n *html.Node) bool {
	switch tagOf(n) {
	case atom.A, atom.Span, atom.Em, atom.I, atom.B, atom.Strong, atom.U, atom.Small,
		atom.Sub, atom.Sup, atom.Abbr, atom.Cite, atom.Code, atom.Mark, atom.Q, atom.Time,
		atom.Font, atom.Kbd, atom.Samp, atom.Var, atom.S, atom.Del, atom.Ins, atom.Label, atom.Img:
		return true
	}
	return false
}

// tagOf is the element's tag. It is looked up from the name, not taken
// from DataAtom: the extractor renames elements without updating DataAtom.
func tagOf(n *html.Node) atom.Atom {
	return atom.Lookup([]byte(n.Data))
}

func nodeAttr(n *html.Node, key string) string {
	for _, a := range n.Attr {
		if a.Key == key {
			return a.Val
		}
	}
	return ""
}

func nodeHasClass(n *html.Node, substr string) bool {
	return strings.Contains(strings.ToLower(nodeAttr(n, "class")), substr)
}

// descendants lists the elements of kind a under n, in document order.
func nodeDescendants(n *html.Node, a atom.Atom) []*html.Node {
	var out []*html.Node
	var visit func(*html.Node)
	visit = func(p *html.Node) {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type == html.ElementNode && tagOf(ch) == a {
				out = append(out, ch)
			}
			visit(ch)
		}
	}
	visit(n)
	return out
}

func nodeFirstChild(n *html.Node, a atom.Atom) *html.Node {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && tagOf(ch) == a {
			return ch
		}
	}
	return nil
}

var (
	// htmlBylineRE is an author line opening a story: "By Jane Doe".
	htmlBylineRE = lazyRE(`^(?i:by)\s+(\p{Lu}[\p{L}.'’-]*(?:\s+(?:\p{Lu}[\p{L}.'’-]*|and|&|,|de|van|von|der|al))*)\s*$`)
	// htmlCreditRE is a contributor credit closing a story.
	htmlCreditRE = lazyRE(`(?i)\b(contributed (to )?(this )?report(ing)?|contributed to this (story|article)|additional reporting by|reporting by|edited by|writing by)\b`)
)

// tidyBlocks removes what repeats the metadata (a heading equal to the
// title; a "By ..." line, which becomes the byline when the page had none;
// a line that is only a date, which becomes the publication date when the
// page had none), marks contributor credits, drops blocks repeated back to
// back and headings left with nothing under them at the end.
func tidyBlocks(blocks []content.Block, a *content.Article) []content.Block {
	out := blocks[:0:0]
	for i, b := range blocks {
		if i < 4 && a.Title != "" && strings.EqualFold(b.Text, a.Title) {
			continue
		}
		if i < 4 && b.Type == content.BlockParagraph && len(b.Text) < 60 {
			if d := normalizeDate(strings.TrimPrefix(strings.TrimPrefix(b.Text, "Updated "), "Published ")); d != "" || isWeekdayDate(b.Text) {
				if a.Published.IsZero() {
					a.Published = content.MustParseDate(firstNonBlank(d, normalizeDate(stripWeekday(b.Text))))
				}
				continue
			}
		}
		if i < 4 && b.Type != content.BlockCaption && len(b.Text) < 120 {
			if m := htmlBylineRE().FindStringSubmatch(b.Text); m != nil {
				if a.Byline == "" {
					a.Byline = m[1]
				}
				continue
			}
		}
		if (b.Type == content.BlockParagraph || b.Type == content.BlockCredit) && len(b.Text) < 300 && mayBeCredit(b.Text) && htmlCreditRE().MatchString(b.Text) {
			b.Type = content.BlockCredit
		}
		if n := len(out); n > 0 && out[n-1].Text == b.Text {
			continue
		}
		out = append(out, b)
	}
	for len(out) > 0 {
		last := out[len(out)-1]
		if last.Type != content.BlockHeading && !(len(last.Text) < 250 && licenceRE().MatchString(last.Text)) {
			break
		}
		out = out[:len(out)-1]
	}
	return out
}

// htmlCreditWords are words of which htmlCreditRE needs one: looking for them
// first spares most paragraphs the slower case-folding regular expression.
var htmlCreditWords = []string{"contributed", "reporting by", "edited by", "writing by"}

// mayBeCredit reports whether s contains one of htmlCreditWords, in any case.
func mayBeCredit(s string) bool {
	lower := strings.ToLower(s)
	for _, w := range htmlCreditWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

// licenceRE matches a copyright or licence notice closing a page.
var licenceRE = lazyRE(`(?i)(creative commons|all rights reserved|^©|^\(c\) |^copyright\b)`)

// dropKnownBoilerplate removes the blocks that bp knows as furniture of source.
func dropKnownBoilerplate(blocks []content.Block, source string, bp BoilerplateSet) []content.Block {
	if bp == nil {
		return blocks
	}
	out := blocks[:0]
	for _, b := range blocks {
		if !bp.IsBoilerplate(source, b.Text) {
			out = append(out, b)
		}
	}
	return out
}

// isWeekdayDate reports whether s is a date written with its weekday, as
// Wikinews datelines are: "Saturday, September 12, 2015".
func isWeekdayDate(s string) bool {
	rest := stripWeekday(s)
	return rest != s && normalizeDate(rest) != ""
}

// stripWeekday removes a leading weekday name and its comma.
func stripWeekday(s string) string {
	for _, d := range []string{"Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"} {
		if rest, ok := strings.CutPrefix(s, d+", "); ok {
			return rest
		}
	}
	return s
}

// htmlFragmentBlocks converts a piece of HTML that is already an article
// body (a feed item's content, a scraper's HTML text field): no extraction,
// only the block conversion and the tidying of captions and credits.
func htmlFragmentBlocks(fragment string) []content.Block {
	doc, err := html.Parse(strings.NewReader(fragment))
	if err != nil {
		return nil
	}
	var conv blockConverter
	conv.walk(doc)
	conv.flushLoose()
	for i := range conv.blocks {
		if conv.blocks[i].Type == content.BlockCaption {
			conv.blocks[i].Text = stripPhotoCredit(conv.blocks[i].Text)
		}
	}
	out := conv.blocks[:0]
	for _, b := range conv.blocks {
		if b.Text != "" {
			out = append(out, b)
		}
	}
	return out
}

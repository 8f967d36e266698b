package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// The extractor sometimes returns less than the story: it stops at a
// break inside the article (an advertisement slot, a box of related
// links, a newsletter form, a figure, an embedded post), or it starts at
// the article's body container and loses the lead paragraph set apart
// above it (a drop-capped lede, an intro before the lead image). The
// story's own paragraphs that it did return show where the story is in
// the page: recoverStory finds them in the page as it was and takes back,
// in document order, the paragraphs of the same container that it left
// out.

// storyUnit is a paragraph or an embedded post of the original page.
type storyUnit struct {
	node  *html.Node
	text  string
	block int  // the extracted block with the same text, -1 if none
	embed bool // a blockquote marked as an embedded post
}

// minAnchorWords is the least length of an extracted paragraph that
// places the story in the page: short lines repeat across a page.
const minAnchorWords = 8

// recoverStory returns blocks with the left-out paragraphs and embedded
// posts of the story's container put back in document order.
func recoverStory(doc *html.Node, blocks []content.Block, links linkTexts) []content.Block {
	units := pageUnits(doc)
	byText := make(map[string]int, len(blocks))
	for i, b := range blocks {
		if _, ok := byText[b.Text]; !ok {
			byText[b.Text] = i
		}
	}
	var anchors []*html.Node
	sigs := map[string]bool{}
	for i := range units {
		u := &units[i]
		u.block = -1
		if j, ok := byText[u.text]; ok && !u.embed {
			u.block = j
			if textscan.WordCount(u.text) >= minAnchorWords {
				anchors = append(anchors, u.node)
				sigs[unitSignature(u.node)] = true
			}
		}
	}
	if len(anchors) < 2 {
		return blocks
	}
	scope := storyScope(commonAncestor(anchors))
	return insertRecovered(blocks, units, scope, func(u storyUnit, lead bool) []content.Block {
		return recoverable(u, lead, sigs, byText, links)
	})
}

// insertRecovered walks the units under scope in document order and puts
// the blocks recover gives for the unmatched ones after the block of the
// last matched unit before them, or before the first matched one (lead).
func insertRecovered(blocks []content.Block, units []storyUnit, scope *html.Node, recover func(storyUnit, bool) []content.Block) []content.Block {
	var lead []content.Block
	after := map[int][]content.Block{}
	first, last := -1, -1
	for _, u := range units {
		if !isUnder(u.node, scope) {
			continue
		}
		if u.block >= 0 {
			if first < 0 {
				first = u.block
			}
			last = u.block
			continue
		}
		got := recover(u, first < 0)
		if first < 0 {
			lead = append(lead, got...)
		} else {
			after[last] = append(after[last], got...)
		}
	}
	if first < 0 || len(lead) == 0 && len(after) == 0 {
		return blocks
	}
	out := make([]content.Block, 0, len(blocks)+len(lead)+len(after))
	for i, b := range blocks {
		if i == first {
			out = append(out, lead...)
		}
		out = append(out, b)
		out = append(out, after[i]...)
	}
	return out
}

// recoverable gives the blocks a left-out unit of the story's container
// contributes: an embedded post as quotes; a paragraph shaped as the
// story's own (same element, class and parent as an extracted one), or a
// lead (before the first extracted paragraph: a whole sentence of some
// length), unless it is furniture, links, or already in the body.
func recoverable(u storyUnit, lead bool, sigs map[string]bool, have map[string]int, links linkTexts) []content.Block {
	if u.embed {
		var conv blockConverter
		conv.quote(u.node)
		for _, b := range conv.blocks {
			if _, ok := have[b.Text]; ok {
				return nil
			}
		}
		return conv.blocks
	}
	if inFurniture(u.node) || besideImage(u.node) {
		return nil
	}
	words := textscan.WordCount(u.text)
	switch {
	case sigs[unitSignature(u.node)] && words >= 5:
	case lead && words >= 12 && endsSentence(u.text):
	default:
		return nil
	}
	b := content.Block{Type: content.BlockParagraph, Text: u.text}
	if share, _ := links.share(u.text); isBodyFurniture(b) || share > maxLinkShare/2 {
		return nil
	}
	return []content.Block{b}
}

// pageUnits lists the page's paragraphs and embedded posts in document
// order, leaving out what is never story: navigation, asides, forms and
// figures.
func pageUnits(doc *html.Node) []storyUnit {
	var units []storyUnit
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			switch tagOf(ch) {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template, atom.Nav, atom.Footer,
				atom.Aside, atom.Form, atom.Figure, atom.Figcaption, atom.Button, atom.Select, atom.Iframe, atom.Svg:
				continue
			case atom.P:
				if t := squashedText(ch); t != "" {
					units = append(units, storyUnit{node: ch, text: t})
				}
				continue
			case atom.Blockquote:
				if isEmbedMarked(ch) {
					units = append(units, storyUnit{node: ch, embed: true})
					continue
				}
			}
			visit(ch)
		}
	}
	visit(doc)
	return units
}

// inFurniture reports a paragraph in an element whose class names
// furniture or a deck. Only the few paragraphs that may be recovered are
// looked at this way: the marks of every element of a page cost more.
func inFurniture(n *html.Node) bool {
	for ; n != nil && n.Type == html.ElementNode; n = n.Parent {
		if isFurnitureMarked(n) || isStandfirstMarked(n) {
			return true
		}
	}
	return false
}

// besideImage reports a paragraph set as a picture's caption: right after
// an image, in a small box with one, or holding one with an element
// marked as its caption.
func besideImage(n *html.Node) bool {
	if len(nodeDescendants(n, atom.Img)) > 0 && holdsMarked(n) {
		return true
	}
	prev := n.PrevSibling
	for prev != nil && prev.Type != html.ElementNode {
		prev = prev.PrevSibling
	}
	if prev != nil && isPicture(prev) {
		return true
	}
	elements := 0
	hasImage := false
	for ch := n.Parent.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode {
			elements++
			hasImage = hasImage || isPicture(ch)
		}
	}
	return hasImage && elements <= 3
}

// holdsMarked reports an element below n whose class names furniture.
func holdsMarked(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type == html.ElementNode && (isFurnitureMarked(ch) || holdsMarked(ch)) {
			return true
		}
	}
	return false
}

// isPicture reports an image, or an element holding only a picture.
func isPicture(n *html.Node) bool {
	switch tagOf(n) {
	case atom.Img, atom.Picture:
		return true
	case atom.A, atom.Div, atom.Span:
		return len(nodeDescendants(n, atom.Img)) > 0 && squashedText(n) == ""
	}
	return false
}

// furnitureMarks are class and id words of page furniture.
var furnitureMarks = []string{"related", "newsletter", "promo", "share", "social", "comment", "advert", "sidebar",
	"caption", "footer", "breadcrumb", "subscri", "signup", "sign-up", "teaser", "recommend", "byline", "cookie",
	"popup", "modal", "paywall", "credit", "disclaimer", "author-bio", "more-from", "read-more", "readmore"}

// isFurnitureMarked reports an element whose class or id names furniture.
func isFurnitureMarked(n *html.Node) bool {
	marks := strings.ToLower(nodeAttr(n, "class") + " " + nodeAttr(n, "id"))
	if len(marks) < 3 {
		return false
	}
	for _, tok := range strings.Fields(marks) {
		if tok == "ad" || tok == "ads" || strings.HasPrefix(tok, "ad-") || strings.HasPrefix(tok, "ad_") || containsAnyWord(tok, furnitureMarks) {
			return true
		}
	}
	return false
}

// embedMarks are the class words of posts embedded from social networks.
var embedMarks = []string{"tweet", "instagram", "tiktok", "bluesky", "mastodon", "threads-post", "facebook-post", "embed"}

// isEmbedMarked reports a blockquote that embeds a post.
func isEmbedMarked(n *html.Node) bool {
	return containsAnyWord(strings.ToLower(nodeAttr(n, "class")), embedMarks)
}

// unitSignature names a paragraph's shape: its class and its parent's
// element and class.
func unitSignature(n *html.Node) string {
	sig := nodeAttr(n, "class")
	if p := n.Parent; p != nil {
		sig += "/" + p.Data + "." + nodeAttr(p, "class")
	}
	return sig
}

// commonAncestor is the deepest element holding all of nodes.
func commonAncestor(nodes []*html.Node) *html.Node {
	anc := nodes[0].Parent
	for _, n := range nodes[1:] {
		for anc != nil && !isUnder(n, anc) {
			anc = anc.Parent
		}
	}
	return anc
}

// storyScope widens the container of the extracted paragraphs to the
// article element or the page's marked article body around it, within a
// few levels: the lead often sits beside the body container.
func storyScope(n *html.Node) *html.Node {
	for p, k := n, 0; p != nil && k < 4; p, k = p.Parent, k+1 {
		if tagOf(p) == atom.Article || strings.EqualFold(nodeAttr(p, "itemprop"), "articleBody") {
			return p
		}
		if tagOf(p) == atom.Body || tagOf(p) == atom.Main {
			break
		}
	}
	return n
}

// isUnder reports whether n is anc or one of its descendants.
func isUnder(n, anc *html.Node) bool {
	for ; n != nil; n = n.Parent {
		if n == anc {
			return true
		}
	}
	return false
}

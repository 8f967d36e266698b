package formats

import (
	"strings"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsreader/newsreader/content"
)

// figureCaption is the caption of a figure of the original page with the
// text of the blocks around it, by which it is put back in place: the
// extractor drops figures, and their captions are article content for us.
type figureCaption struct {
	text       string
	prev, next string // text of the nearest text block before and after
}

// pageCaptions lists the captions of the page's figures (and WordPress
// caption boxes) in document order, with their neighbouring text blocks.
// The text of a block is only gathered when a caption needs it: most
// pages have few captions and many paragraphs.
func pageCaptions(doc *html.Node) []figureCaption {
	var caps []figureCaption
	var lastText *html.Node // the last text block with any text
	var pending []int       // captions still waiting for their next text block
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			if capNode := captionOf(ch); capNode != nil {
				if text := squashSpace(nodeText(capNode)); text != "" {
					prev := ""
					if lastText != nil {
						prev = squashSpace(nodeText(lastText))
					}
					caps = append(caps, figureCaption{text: text, prev: prev})
					pending = append(pending, len(caps)-1)
				}
				continue
			}
			switch tagOf(ch) {
			case atom.P, atom.H1, atom.H2, atom.H3, atom.H4, atom.H5, atom.H6, atom.Li, atom.Blockquote:
				if hasText(ch) {
					lastText = ch
					if len(pending) > 0 {
						text := squashSpace(nodeText(ch))
						for _, i := range pending {
							caps[i].next = text
						}
						pending = pending[:0]
					}
				}
				continue
			case atom.Script, atom.Style, atom.Noscript, atom.Head:
				continue
			}
			visit(ch)
		}
	}
	visit(doc)
	return caps
}

// hasText reports whether nodeText(n) has anything but white space.
func hasText(n *html.Node) bool {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		switch ch.Type {
		case html.TextNode:
			if strings.TrimSpace(ch.Data) != "" {
				return true
			}
		case html.ElementNode:
			switch tagOf(ch) {
			case atom.Script, atom.Style, atom.Noscript:
			default:
				if hasText(ch) {
					return true
				}
			}
		}
	}
	return false
}

// captionOf returns the caption element of a figure or caption box n.
func captionOf(n *html.Node) *html.Node {
	switch {
	case tagOf(n) == atom.Figure:
		if fc := nodeDescendants(n, atom.Figcaption); len(fc) > 0 {
			return fc[0]
		}
	case nodeHasClass(n, "thumbinner"):
		// MediaWiki thumbnails: div.thumb > div.thumbinner > img + div.thumbcaption
		for _, el := range nodeDescendants(n, atom.Div) {
			if nodeHasClass(el, "thumbcaption") {
				return el
			}
		}
	case nodeHasClass(n, "wp-caption") && !nodeHasClass(n, "wp-caption-text"):
		for _, el := range append(nodeDescendants(n, atom.P), nodeDescendants(n, atom.Div)...) {
			if nodeHasClass(el, "wp-caption-text") {
				return el
			}
		}
	}
	return nil
}

// insertCaptions puts each caption before the block that followed its
// figure in the page. A figure counts as part of the article only when the
// text on both sides of it was extracted (or it leads the article); other
// figures are page furniture. A caption already present is not repeated;
// photo credits are removed from captions (see stripPhotoCredit).
func insertCaptions(blocks []content.Block, caps []figureCaption, title string) []content.Block {
	if len(caps) == 0 {
		return blocks
	}
	before := map[int][]string{}
	index := map[string]int{}
	present := map[string]bool{}
	for i, b := range blocks {
		if _, ok := index[b.Text]; !ok {
			index[b.Text] = i
		}
		if b.Type == content.BlockCaption {
			present[b.Text] = true
		}
	}
	for _, c := range caps {
		text := stripPhotoCredit(c.text)
		if text == "" || present[text] {
			continue
		}
		i, ok := index[c.next]
		if !ok || c.next == "" {
			continue
		}
		if _, prevOK := index[c.prev]; !prevOK && i > 1 && !strings.EqualFold(c.prev, title) {
			continue
		}
		before[i] = append(before[i], text)
		present[text] = true
	}
	out := make([]content.Block, 0, len(blocks)+len(caps))
	for i, b := range blocks {
		for _, t := range before[i] {
			out = append(out, content.Block{Type: content.BlockCaption, Text: t})
		}
		out = append(out, b)
	}
	return out
}

// photoCreditRE matches a photo credit at the end of a caption, or making
// up all of it: "Foto: GdP/Hagen Immel", "(Photo: AP)", "Reuters files".
var photoCreditRE = lazyRE(`(?i)(?:^|[\s.,;(])\(?(?:foto|fotos|photo|photos|photograph|image|imagen|bild|bilder|quelle|source|credit|credits|kuva|źródło|zdjęcie|crédit|crédito)\s*(?:by|von|de|:)[^()]*\)?\s*$|^(?:reuters|ap|afp|getty images|shutterstock|dpa|epa)(?: files| photo)?\.?$`)

// stripPhotoCredit removes a photo credit from a caption; a caption that
// is only a credit becomes "".
func stripPhotoCredit(caption string) string {
	if !mayHoldPhotoCredit(caption) {
		return squashSpace(caption)
	}
	if loc := photoCreditRE().FindStringIndex(caption); loc != nil {
		caption = strings.TrimRight(caption[:loc[0]], " ,;(")
	}
	return squashSpace(caption)
}

// photoCreditWords are the stems of which a credit that photoCreditRE
// finds after a caption holds one; agency names alone make short captions.
var photoCreditWords = []string{"foto", "photo", "image", "bild", "quelle", "source", "credit", "kuva", "źródło", "zdjęcie", "crédit"}

// mayHoldPhotoCredit tells the captions worth running photoCreditRE on:
// looking for its words first spares the others the slower case-folding
// regular expression.
func mayHoldPhotoCredit(caption string) bool {
	if len(caption) <= len("getty images photo.")+8 {
		return true
	}
	lower := strings.ToLower(caption)
	for _, w := range photoCreditWords {
		if strings.Contains(lower, w) {
			return true
		}
	}
	return false
}

package formats

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"

	"github.com/newsreader/newsreader/content"
)

// Menus, portals and lists of teasers are made of links. The extractor
// strips the links from what it returns (and its fallback, when it finds
// no article, returns the page's whole text as one paragraph), so the
// link density of a block is measured against the links of the page as
// it was: how much of the block's text is the text of links.

// linkTexts holds the texts of a page's links, keyed by their first word.
type linkTexts map[string][]string

// pageLinkTexts collects the text of every link in the page's body.
func pageLinkTexts(doc *html.Node) linkTexts {
	links := linkTexts{}
	var visit func(*html.Node)
	visit = func(n *html.Node) {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			switch tagOf(ch) {
			case atom.Head, atom.Script, atom.Style, atom.Noscript, atom.Template:
				continue
			case atom.A:
				if !leavesPage(ch) {
					continue
				}
				if t := squashedText(ch); t != "" {
					links.add(t)
				}
				continue
			}
			visit(ch)
		}
	}
	visit(doc)
	return links
}

// leavesPage reports a link to another page: not an anchor within the
// page (a table of contents, footnotes) nor a script's button.
func leavesPage(a *html.Node) bool {
	href := strings.TrimSpace(nodeAttr(a, "href"))
	return href != "" && href[0] != '#' && !hasPrefixFoldASCII([]byte(href), "javascript:")
}

func (l linkTexts) add(t string) {
	first, _, _ := strings.Cut(t, " ")
	for _, have := range l[first] {
		if have == t {
			return
		}
	}
	l[first] = append(l[first], t)
}

// share is the part of text (in bytes) made of link texts, and how many
// links make it: from each word on, the longest link text starting there
// is taken as covered.
func (l linkTexts) share(text string) (share float64, n int) {
	if len(l) == 0 || text == "" {
		return 0, 0
	}
	covered := 0
	for i := 0; i < len(text); {
		word := text[i:]
		if j := strings.IndexByte(word, ' '); j >= 0 {
			word = word[:j]
		}
		best := 0
		for _, t := range l[word] {
			if len(t) > best && strings.HasPrefix(text[i:], t) && (i+len(t) == len(text) || text[i+len(t)] == ' ') {
				best = len(t)
			}
		}
		if best > 0 {
			n++
			covered += best
			i += best
		} else {
			i += len(word)
		}
		for i < len(text) && text[i] == ' ' {
			i++
		}
	}
	return float64(covered) / float64(len(text)), n
}

// maxLinkShare is the largest part of a block's text that links may make
// in a menu's or a teaser list's block.
const maxLinkShare = 0.6

// minMenuLinks is the least number of links, in one block or in a run of
// blocks made of links, that makes a menu or a list of teasers. A single
// link in a paragraph is often the story's (a source, a document).
const minMenuLinks = 3

// dropLinkBlocks removes the paragraphs and list items that are made of
// links and form a menu: a block of several links (a menu flattened into
// one line by the extractor's fallback), or a run of blocks of one link
// each (a list of teasers). Quotes are kept (an embedded post is often
// one link), and headings (a heading left with nothing under it goes
// later).
func dropLinkBlocks(blocks []content.Block, links linkTexts) []content.Block {
	if len(links) == 0 {
		return blocks
	}
	linky := make([]bool, len(blocks))
	for i, b := range blocks {
		if b.Type == content.BlockParagraph || b.Type == content.BlockList {
			share, n := links.share(b.Text)
			linky[i] = share > maxLinkShare
			if linky[i] && n >= minMenuLinks {
				blocks[i].Type = "" // a menu in one block
			}
		}
	}
	out := blocks[:0]
	for i := 0; i < len(blocks); {
		j := i
		for j < len(blocks) && linky[j] {
			j++
		}
		if j-i >= minMenuLinks {
			i = j // a run of link blocks
			continue
		}
		if j == i {
			j++
		}
		for _, b := range blocks[i:j] {
			if b.Type != "" {
				out = append(out, b)
			}
		}
		i = j
	}
	return out
}

// squashedText is squashSpace(nodeText(n)) built in one pass, without the
// intermediate strings: every paragraph and link of a page comes here.
func squashedText(n *html.Node) string {
	var b strings.Builder
	pending := false // a space is owed before the next word
	var visit func(*html.Node)
	visit = func(p *html.Node) {
		for ch := p.FirstChild; ch != nil; ch = ch.NextSibling {
			switch ch.Type {
			case html.TextNode:
				data := ch.Data
				for i := 0; i < len(data); {
					r, size := rune(data[i]), 1
					if r >= utf8.RuneSelf {
						r, size = utf8.DecodeRuneInString(data[i:])
					}
					if unicode.IsSpace(r) {
						pending = b.Len() > 0
						i += size
						continue
					}
					// A word: copied whole (invalid bytes as they are, as
					// strings.Fields keeps them).
					end := i + size
					for end < len(data) {
						r, size := rune(data[end]), 1
						if r >= utf8.RuneSelf {
							r, size = utf8.DecodeRuneInString(data[end:])
						}
						if unicode.IsSpace(r) {
							break
						}
						end += size
					}
					if pending {
						b.WriteByte(' ')
						pending = false
					}
					b.WriteString(data[i:end])
					i = end
				}
			case html.ElementNode:
				switch a := tagOf(ch); {
				case a == atom.Script || a == atom.Style || a == atom.Noscript:
				case a == atom.Br:
					pending = b.Len() > 0
				default:
					if !isInline(ch) {
						pending = b.Len() > 0
					}
					visit(ch)
					if !isInline(ch) {
						pending = b.Len() > 0
					}
				}
			}
		}
	}
	visit(n)
	return b.String()
}

package formats

import (
	"strings"

	"golang.org/x/net/html"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Furniture inside an extracted page body: what sites print around and
// between the paragraphs of any story (prompts to subscribe, share or
// comment, teasers of other stories, contact lines, disclaimers, the
// headline printed again, press-release footers). The rules name kinds of
// line, not the words of one site; site-specific lines are learned by the
// archive (Options.Boilerplate).

var (
	// promptRE: newsletter, subscription, sharing, comment and app prompts.
	promptRE = lazyRE(`(?i)^(?:(?:sign up|subscribe|register)\b.*\b(?:newsletter|updates|inbox|e-?mail|free|today|now)\b` +
		`|get (?:the|our) .*\b(?:newsletter|magazine|app|print edition)\b` +
		`|(?:leave|post|add|write) a comment|(?:join|start) the (?:conversation|discussion)` +
		`|comments? (?:are|have been) (?:closed|disabled)|\d+ comments?$|have your say` +
		`|follow (?:us|\S+) on (?:twitter|facebook|instagram|x|linkedin|tiktok)\b` +
		`|(?:click|tap) here\b|(?:download|get) (?:the|our) app|already a (?:subscriber|member)` +
		`|support (?:our|independent) journalism|(?:become|be) a (?:member|subscriber|supporter))`)
	// teaserRE: a label leading to another story ("READ MORE: …").
	teaserRE = lazyRE(`(?i)^(?:read more|read also|also read|more from|more on|related|related coverage|` +
		`related stories|related articles|see also|recommended|you (?:may|might) also like|read next|up next|` +
		`don'?t miss|trending|watch|listen|most read|popular)\b\s*(?:[:|—–]|$|-\s)`)
	// contactRE: the author's address closing a story ("Write to Jane Doe at jane@example.com").
	contactRE = lazyRE(`(?i)^(?:write to|contact|e-?mail|reach)\b.{1,80}?(?:@|\bat\s+(?:www\.|https?://))`)
	// affiliateRE: affiliate and sponsorship disclaimers.
	affiliateRE = lazyRE(`(?i)(?:may (?:earn|receive) (?:a |an )?(?:small )?(?:commission|affiliate|share of)` +
		`|affiliate (?:link|commission|partner)s?\b|independently (?:selected|chosen|reviewed)` +
		`|when you buy through (?:our )?links|commissions? (?:from|on) (?:purchases|links|sales)|paid partnership)`)
	// publishedNoteRE: a publication note in brackets ("(Published Monday, Aug. 22)").
	publishedNoteRE = lazyRE(`(?i)^\(?(?:first )?(?:published|updated|posted)\b[^()]{0,80}\)?\.?$`)
	// footerRE: the heading of a press release's closing sections ("About Acme Corp.").
	footerRE = lazyRE(`(?i)^(?:about (?:the )?\p{Lu}|about us$|media (?:contact|inquiries|enquiries)s?\b|` +
		`forward-looking statements|safe harbou?r statement|###$|-30-$)`)
)

// promoWords open the capitalised labels of promotions ("MORE FROM THE
// SITE", "WATCH:").
var promoWords = map[string]bool{
	"more": true, "related": true, "read": true, "watch": true, "listen": true, "see": true,
	"also": true, "recommended": true, "trending": true, "popular": true, "latest": true,
	"sponsored": true, "advertisement": true, "subscribe": true, "sign": true, "top": true,
}

// isBodyFurniture reports whether block b of an extracted body is furniture
// by the rules above. Every block of every page comes here: words the
// rules need are looked for first, and most paragraphs are spared the
// case-folding regular expressions.
func isBodyFurniture(b content.Block) bool {
	t := b.Text
	if len(t) > 600 {
		return false
	}
	lower := strings.ToLower(t)
	if containsAnyWord(lower, affiliateWords) && affiliateRE().MatchString(t) {
		return true
	}
	if len(t) > 300 {
		return false
	}
	if strings.Contains(lower, "newsletter") && containsAnyWord(lower, newsletterVerbs) {
		return true
	}
	if textscan.WordCount(t) <= 40 && isFurniture(t) || isPromoLabel(t) {
		return true
	}
	first, _, _ := strings.Cut(strings.TrimLeft(lower, "("), " ")
	if !furnitureOpeners[strings.TrimRight(first, ":,.")] && !(first != "" && isASCIIDigit(first[0])) {
		return false
	}
	return promptRE().MatchString(t) || teaserRE().MatchString(t) || contactRE().MatchString(t) ||
		len(t) < 120 && publishedNoteRE().MatchString(t) && hasDateWord(t)
}

// affiliateWords are the words of which affiliateRE needs one.
var affiliateWords = []string{"commission", "affiliate", "independently", "buy through", "partnership", "share of"}

// newsletterVerbs, with the word newsletter, make a prompt.
var newsletterVerbs = []string{"sign up", "subscribe", "inbox"}

// furnitureOpeners are the first words of the lines promptRE, teaserRE,
// contactRE and publishedNoteRE match.
var furnitureOpeners = func() map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields("sign subscribe register get leave post add write join start comments comment have " +
		"follow click tap download already support become be read also more related see recommended you up " +
		"don't dont trending watch listen most popular contact email e-mail reach published updated posted first") {
		m[w] = true
	}
	return m
}()

// containsAnyWord reports whether s holds one of words.
func containsAnyWord(s string, words []string) bool {
	for _, w := range words {
		if strings.Contains(s, w) {
			return true
		}
	}
	return false
}

// isPromoLabel reports a short label in capitals that opens a promotion.
func isPromoLabel(t string) bool {
	if textscan.WordCount(t) > 8 || !isShouted(t) {
		return false
	}
	first, _, _ := strings.Cut(t, " ")
	return promoWords[strings.ToLower(strings.Trim(first, ":.!"))]
}

// hasDateWord reports a month or weekday name or a digit in t.
func hasDateWord(t string) bool {
	if strings.IndexAny(t, "0123456789") >= 0 {
		return true
	}
	for w := range strings.FieldsSeq(t) {
		if isCalendarWord(trimPunct(w)) {
			return true
		}
	}
	return false
}

// dropBodyFurniture removes furniture blocks, the headline printed again
// (alone or with the site's name), the teaser that follows a promotion
// label ending with a colon, and a press release's closing sections
// ("About Acme", "Media contact") in the second half of the body.
func dropBodyFurniture(blocks []content.Block, title string) []content.Block {
	out := blocks[:0]
	skipNext := false
	for i, b := range blocks {
		if skipNext && textscan.WordCount(b.Text) <= 20 && !endsSentence(b.Text) {
			skipNext = false
			continue
		}
		skipNext = false
		if i >= len(blocks)/2 && i > 0 && isFooterHeading(b) {
			break
		}
		if isTitleAgain(b.Text, title) {
			continue
		}
		if b.Type != content.BlockQuote && isBodyFurniture(b) {
			skipNext = strings.HasSuffix(b.Text, ":") && (isShouted(b.Text) || teaserRE().MatchString(b.Text))
			continue
		}
		out = append(out, b)
	}
	for len(out) > 0 && out[len(out)-1].Type == content.BlockHeading {
		out = out[:len(out)-1] // a heading left with nothing under it
	}
	return out
}

// isFooterHeading reports the heading of a press release's closing
// sections: a heading or a short line without a sentence.
func isFooterHeading(b content.Block) bool {
	if b.Type != content.BlockHeading && b.Type != content.BlockParagraph || textscan.WordCount(b.Text) > 6 {
		return false
	}
	return footerRE().MatchString(b.Text) && (b.Type == content.BlockHeading || !endsSentence(b.Text) || strings.HasSuffix(b.Text, "."))
}

// isTitleAgain reports the headline printed again, alone or with the
// site's name ("Headline | Site").
func isTitleAgain(t, title string) bool {
	if title == "" {
		return false
	}
	if strings.EqualFold(strings.TrimRight(t, ". "), strings.TrimRight(title, ". ")) {
		return true
	}
	_, ok := titleSite(t, title)
	return ok
}

// standfirstMarks are the class and id words of the deck under a
// headline, as publishing systems name it.
var standfirstMarks = []string{"standfirst", "dek", "deck", "subtitle", "sub-title", "subheadline", "sub-headline", "strapline", "kicker-summary"}

// pageStandfirst returns the text of the first element of the page
// marked as the standfirst, "" if none.
func pageStandfirst(doc *html.Node) string {
	var found string
	var visit func(*html.Node) bool
	visit = func(n *html.Node) bool {
		for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
			if ch.Type != html.ElementNode {
				continue
			}
			switch ch.Data {
			case "script", "style", "noscript", "head", "a", "nav", "footer":
				continue
			}
			if isStandfirstMarked(ch) {
				if t := squashSpace(nodeText(ch)); textscan.WordCount(t) >= 5 && textscan.WordCount(t) <= 80 {
					found = t
					return true
				}
			}
			if visit(ch) {
				return true
			}
		}
		return false
	}
	visit(doc)
	return found
}

// isStandfirstMarked reports an element whose class or id names a deck.
func isStandfirstMarked(n *html.Node) bool {
	marks := nodeAttr(n, "class") + " " + nodeAttr(n, "id")
	if marks == " " {
		return false
	}
	for _, tok := range strings.Fields(strings.ToLower(marks)) {
		for _, m := range standfirstMarks {
			if tok == m || strings.HasSuffix(tok, "-"+m) || strings.HasSuffix(tok, "__"+m) || strings.HasSuffix(tok, "_"+m) {
				return true
			}
		}
	}
	return false
}

// markStandfirst gives the standfirst its block type: the block among the
// first ones that is the page's marked standfirst, or a long heading
// opening the body (a story does not open on a subhead; a deck set as a
// heading is a sentence, not a label).
func markStandfirst(blocks []content.Block, marked string) {
	for i := 0; i < len(blocks) && i < 4; i++ {
		b := &blocks[i]
		if marked != "" && b.Text == marked && b.Type != content.BlockCaption {
			b.Type = content.BlockStandfirst
			return
		}
		if i == 0 && b.Type == content.BlockHeading && textscan.WordCount(b.Text) >= 8 {
			b.Type = content.BlockStandfirst
			return
		}
		if b.Type == content.BlockParagraph && marked == "" {
			return
		}
	}
}

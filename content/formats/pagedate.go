package formats

import (
	"encoding/json"
	"strings"
	"time"

	"golang.org/x/net/html"
	"golang.org/x/net/html/atom"
)

// pageDate is the publication date a saved web page states about itself,
// read from its own markup in this order of trust:
//
//  1. meta tags that name the original publication (article:published_time,
//     itemprop datePublished, Dublin Core's date.issued, …), then JSON-LD's
//     datePublished;
//  2. a <time> element marked as the publication time (itemprop, pubdate, or
//     a class or id naming it);
//  3. meta tags of a later change (modified, updated), for a page that gives
//     no other;
//  4. a date in the page's address (/2016/12/15/ or /2016-12-15-).
//
// Nothing is guessed from the body's sentences: a deadline, a forecast or a
// past event written in the text is not when the page was published. A date
// after now is refused (a future date is never a publication date); so is one
// before 1990, older than the web.
//
// This replaces go-htmldate, which go-trafilatura calls for the date: its
// multilingual date parser builds 78 MB of locale tables at package
// initialisation, 0.2-0.7 s on every start of every command.
func pageDate(doc *html.Node, pageURL string, now time.Time) (time.Time, bool) {
	var f dateFinder
	f.visit(doc)
	f.addresses = append([]string{pageURL}, f.addresses...)
	for _, candidates := range [][]string{f.published, f.timeElems, f.modified} {
		for _, s := range candidates {
			if d, ok := plausibleDate(s, now); ok {
				return d, true
			}
		}
	}
	for _, a := range f.addresses {
		if m := urlDateRE().FindStringSubmatch(a); m != nil {
			if d, ok := plausibleDate(m[1]+"-"+m[2]+"-"+m[3], now); ok {
				return d, true
			}
		}
	}
	return time.Time{}, false
}

// dateFinder gathers the dates a page's markup states, by kind, in document
// order.
type dateFinder struct {
	published []string // meta tags and JSON-LD naming the publication
	timeElems []string // <time> elements marked as the publication
	modified  []string // meta tags naming a later change
	addresses []string // canonical and og:url addresses
}

func (f *dateFinder) visit(n *html.Node) {
	for ch := n.FirstChild; ch != nil; ch = ch.NextSibling {
		if ch.Type != html.ElementNode {
			continue
		}
		switch ch.DataAtom {
		case atom.Meta:
			f.meta(ch)
		case atom.Link:
			if strings.Contains(strings.ToLower(nodeAttr(ch, "rel")), "canonical") {
				f.addresses = append(f.addresses, nodeAttr(ch, "href"))
			}
		case atom.Script:
			if strings.Contains(nodeAttr(ch, "type"), "ld+json") && ch.FirstChild != nil {
				f.published = append(f.published, jsonLDDates(ch.FirstChild.Data)...)
			}
		case atom.Time:
			if isPublicationMark(ch) {
				f.timeElems = append(f.timeElems, firstNonBlank(nodeAttr(ch, "datetime"), squashSpace(nodeText(ch))))
			}
		}
		f.visit(ch)
	}
}

func (f *dateFinder) meta(n *html.Node) {
	key := strings.ToLower(firstNonBlank(nodeAttr(n, "property"), nodeAttr(n, "name"), nodeAttr(n, "itemprop")))
	value := firstNonBlank(nodeAttr(n, "content"), nodeAttr(n, "datetime"))
	switch {
	case value == "":
	case key == "og:url" || key == "twitter:url":
		f.addresses = append(f.addresses, value)
	case publishedKeys[key]:
		f.published = append(f.published, value)
	case modifiedKeys[key]:
		f.modified = append(f.modified, value)
	}
}

// publishedKeys are the meta names and properties that state when a page was
// first published, as news sites and their publishing systems write them.
var publishedKeys = map[string]bool{
	"article:published_time": true, "article:published": true, "og:published_time": true,
	"datepublished": true, "datecreated": true, "pubdate": true, "publishdate": true,
	"publish-date": true, "publish_date": true, "publication_date": true, "date": true,
	"dc.date": true, "dc.date.issued": true, "dc.date.created": true, "dcterms.date": true,
	"dcterms.issued": true, "dcterms.created": true, "sailthru.date": true,
	"parsely-pub-date": true, "article.published": true, "published-date": true,
	"original-publish-date": true, "citation_publication_date": true, "citation_date": true,
	"og:article:published_time": true, "bt:pubdate": true,
}

// modifiedKeys state a later change: a fallback only.
var modifiedKeys = map[string]bool{
	"article:modified_time": true, "og:updated_time": true, "datemodified": true,
	"last-modified": true, "lastmod": true, "dcterms.modified": true, "dc.date.modified": true,
	"og:article:modified_time": true,
}

// isPublicationMark reports whether a <time> element is marked as the
// publication time rather than any time mentioned on the page.
func isPublicationMark(n *html.Node) bool {
	if strings.EqualFold(nodeAttr(n, "itemprop"), "datePublished") {
		return true
	}
	for _, a := range n.Attr {
		if a.Key == "pubdate" {
			return true
		}
	}
	marks := strings.ToLower(nodeAttr(n, "class") + " " + nodeAttr(n, "id"))
	return strings.Contains(marks, "publish") || strings.Contains(marks, "pubdate") ||
		strings.Contains(marks, "posted") || strings.Contains(marks, "entry-date")
}

// jsonLDDates returns the datePublished values of a JSON-LD block, at any
// depth (graphs and nested NewsArticle objects). A block that is not JSON
// gives none.
func jsonLDDates(src string) []string {
	var v any
	if err := json.Unmarshal([]byte(src), &v); err != nil {
		return nil
	}
	var out []string
	var walk func(any, int)
	walk = func(v any, depth int) {
		if depth > 16 {
			return
		}
		switch x := v.(type) {
		case map[string]any:
			if s, ok := x["datePublished"].(string); ok {
				out = append(out, s)
			}
			for _, c := range x {
				walk(c, depth+1)
			}
		case []any:
			for _, c := range x {
				walk(c, depth+1)
			}
		}
	}
	walk(v, 0)
	return out
}

// plausibleDate reads a stated date (as dumps and feeds write them, or a
// date line) and keeps it when it could be a publication date: not after
// now, not before 1990.
func plausibleDate(s string, now time.Time) (time.Time, bool) {
	s = strings.TrimSpace(s)
	norm := normalizeDate(s)
	if norm == "" {
		if d, _, ok := parseDateLine(s); ok {
			norm = d
		}
	}
	if len(norm) < len(time.DateOnly) {
		return time.Time{}, false
	}
	d, err := time.Parse(time.DateOnly, norm[:len(time.DateOnly)])
	if err != nil || d.Year() < 1990 || d.After(now) {
		return time.Time{}, false
	}
	return d, true
}

// urlDateRE finds a year, month and day in an address: /2016/12/15/,
// /2016-12-15-slug, /20161215/.
var urlDateRE = lazyRE(`/((?:19|20)\d\d)[/-]?(0[1-9]|1[0-2])[/-]?(0[1-9]|[12]\d|3[01])(?:[/_.-]|$)`)

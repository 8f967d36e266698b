// Package bluemonday holds the one policy Glamour uses, StrictPolicy, as
// newsreader's own code. See README.md for why newsreader links this
// instead of microcosm-cc/bluemonday.
package bluemonday

import (
	"html"
	"strings"

	xhtml "golang.org/x/net/html"
)

// Policy is the strict policy: no element, no attribute, only text.
type Policy struct{}

// StrictPolicy returns the policy that keeps the text of an HTML fragment
// and drops every tag, comment and doctype.
func StrictPolicy() *Policy {
	return &Policy{}
}

// skipContent are the elements whose content is not text to show (scripts,
// styles, frames, embedded objects, the document title).
var skipContent = map[string]bool{
	"frame": true, "frameset": true, "iframe": true, "noembed": true, "noframes": true,
	"noscript": true, "nostyle": true, "object": true, "script": true, "style": true, "title": true,
}

// Sanitize returns the text of s outside tags and outside the elements of
// skipContent, HTML-escaped (Glamour unescapes it again). Blank input is
// returned as it is.
func (p *Policy) Sanitize(s string) string {
	if strings.TrimSpace(s) == "" {
		return s
	}
	var b strings.Builder
	z := xhtml.NewTokenizer(strings.NewReader(s))
	skipping := 0
	for {
		switch z.Next() {
		case xhtml.ErrorToken:
			return b.String()
		case xhtml.StartTagToken:
			if name, _ := z.TagName(); skipContent[string(name)] {
				skipping++
			}
		case xhtml.EndTagToken:
			if name, _ := z.TagName(); skipContent[string(name)] && skipping > 0 {
				skipping--
			}
		case xhtml.TextToken:
			if skipping == 0 {
				b.WriteString(html.EscapeString(string(z.Text())))
			}
		}
	}
}

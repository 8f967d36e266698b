package formats

import (
	"strings"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Site furniture: the lines a scraped page carries around every article.
// The rules here are general: labels that web pages of any outlet use for
// navigation and widgets, not the words of one site. Lines a particular
// site repeats are learned by the archive and passed in Options.Boilerplate.

// furnitureLabels are whole-line navigation and widget labels (compared in
// lower case, without surrounding punctuation).
var furnitureLabels = map[string]bool{
	"accessibility links": true, "skip to main content": true, "skip to content": true,
	"skip navigation": true, "skip to navigation": true, "jump to content": true,
	"breaking news": true, "menu": true, "main menu": true, "navigation": true, "search": true,
	"home": true, "homepage": true, "sections": true, "close": true, "open": true, "toggle navigation": true,
	"sign in": true, "log in": true, "login": true, "sign up": true, "register": true, "log out": true,
	"subscribe": true, "subscribe now": true, "newsletter": true, "newsletters": true,
	"share": true, "share this": true, "share this article": true, "share this story": true,
	"share on facebook": true, "share on twitter": true, "tweet": true, "email": true, "e-mail": true,
	"print": true, "print this page": true, "comments": true, "comment": true, "show comments": true,
	"advertisement": true, "advertising": true, "sponsored": true, "sponsored content": true,
	"related": true, "related articles": true, "related stories": true, "related content": true,
	"read more": true, "more": true, "see also": true, "top stories": true, "most popular": true,
	"most read": true, "trending": true, "back to top": true, "next article": true, "previous article": true,
	"follow us": true, "listen": true, "listen to this article": true, "watch": true, "live": true,
	"cookie settings": true, "accept cookies": true, "privacy policy": true, "terms of use": true,
	"facebook": true, "twitter": true, "linkedin": true, "whatsapp": true, "reddit": true, "copy link": true,
	"font size": true, "text size": true, "embed": true, "permalink": true, "download": true,
	"image caption": true, "media caption": true, "caption": true, "related topics": true,
	"more on this story": true, "accessibility help": true, "play video": true, "watch video": true,
}

// furniturePrefixes start one-line widget texts ("Share this on Facebook",
// "Subscribe to our newsletter", "Categories: …").
var furniturePrefixes = []string{
	"share this", "share on ", "share via ", "subscribe to ", "subscribe for ", "sign up for ",
	"sign up to ", "follow us on ", "follow us ", "click here to ", "download our app",
	"categories:", "category:", "tags:", "filed under:", "topics:", "copyright ©", "© ",
	"all rights reserved", "this article was originally published", "read more:",
	"cookies help us", "story continues below", "article continues below", "related:",
	"recommended:", "more:", "also read:", "see also:",
}

// sizeTokens are the labels of font-size buttons ("XS SM MD LG", "A A A").
var sizeTokens = map[string]bool{
	"xs": true, "s": true, "sm": true, "m": true, "md": true, "l": true, "lg": true, "xl": true,
	"xxl": true, "a": true, "a-": true, "a+": true, "aa": true, "-": true, "+": true,
}

// isFurniture reports whether a whole line is site furniture by the
// general rules: a known navigation/widget label, a navigation bar saved
// as one line, a share or subscribe line, or a row of font-size buttons.
func isFurniture(line string) bool {
	if len(line) > 400 {
		return false
	}
	if isMenuLine(line) {
		return true
	}
	first := textscan.LowerASCII(line[0])
	for _, p := range furniturePrefixes {
		if p[0] == first && len(line) >= len(p) && strings.EqualFold(line[:len(p)], p) {
			return textscan.WordCount(line) <= 40
		}
	}
	if len(line) > 120 || textscan.WordCount(line) > 12 {
		return false
	}
	low := strings.ToLower(line)
	return furnitureLabels[strings.TrimSpace(trimPunct(low))] || isSizeButtons(low) ||
		strings.Contains(low, "all rights reserved")
}

// isSizeButtons reports a line made only of font-size button labels.
func isSizeButtons(low string) bool {
	fields := strings.Fields(low)
	if len(fields) == 0 {
		return false
	}
	for _, f := range fields {
		if !sizeTokens[f] {
			return false
		}
	}
	// A single "a" or "m" alone is too common to call; two-letter size
	// labels are unambiguous.
	return len(fields) > 1 || len(fields[0]) >= 2
}

// isWidgetLine reports a short line at the edge of a page that carries no
// sentence: a menu label or button (at most three words, no sentence
// punctuation). Such lines above the headline or below the last paragraph
// are navigation, not article.
func isWidgetLine(line string) bool {
	return textscan.WordCount(line) <= 3 && !endsSentence(line) && !hasCaptionMarker(line)
}

// menuSeparators are what a site's navigation bar, saved as one line,
// puts between its links.
var menuSeparators = []string{" | ", " · ", " • "}

// isMenuLine reports a navigation bar saved as one line: three items or
// more of at most three words each, between one separator ("Home |
// World | Politics | Business" above the headline, "About us | Contact |
// Privacy policy" below the story). A headline followed by its site
// ("Floods close the road | Valley Gazette") has two.
func isMenuLine(t string) bool {
	for _, sep := range menuSeparators {
		if strings.Count(t, sep) < 2 {
			continue // checked first: every line of a page comes here
		}
		items := strings.Split(t, sep)
		short := true
		for _, it := range items {
			if n := textscan.WordCount(it); n == 0 || n > 3 {
				short = false
				break
			}
		}
		if short {
			return true
		}
	}
	return false
}

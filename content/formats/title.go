package formats

import (
	"strings"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/annotate"
	"github.com/newsreader/newsreader/content/internal/textscan"
)

// titleSearchUnits bounds how far down the page the headline is looked for.
const titleSearchUnits = 12

// takeTitle finds the headline: the first line near the top with four words
// or more, before any paragraph; short lines above it are navigation. With
// no such line, a first line short enough to be a headline is taken. A
// second printing of the headline just below it is dropped. It returns the
// units after the title.
func takeTitle(a *content.Article, us []unit) []unit {
	if a.Title != "" {
		return us // given by a "Title:" header line
	}
	i := wireHeadline(a, us)
	if i < 0 {
		i = findTitle(us)
	}
	if i < 0 {
		return us
	}
	for j := range i {
		if us[j].kind == kindUnknown && !us[j].repeated {
			us[j].kind = kindDrop
		}
	}
	a.Title = stripATX(us[i].text)
	body := us[i+1:]
	dedupeTitle(a, body)
	return body
}

// findTitle returns the index of the headline unit, or -1.
func findTitle(us []unit) int {
	first, seen := -1, 0
	for i := range us {
		if us[i].kind != kindUnknown || us[i].repeated {
			continue
		}
		if seen++; seen > titleSearchUnits {
			break
		}
		if first < 0 {
			first = i
		}
		t := us[i].text
		if looksLikeParagraph(t) {
			break
		}
		// A headline of some length, and not a sentence that ends with a
		// full stop (headlines seldom do, and in languages with long words,
		// or none between spaces, the first sentence of the story is
		// longer in words than the headline).
		if textscan.WordCount(t) >= 4 && !hasCaptionMarker(t) && (!endsWithFullStop(t) || isHeadlineCase(t)) {
			return i
		}
	}
	if first >= 0 && textscan.WordCount(us[first].text) <= 30 && !looksLikeParagraph(us[first].text) {
		return first
	}
	return -1
}

// wireHeadline finds the headline of wire copy: the first line of the
// page, when the dateline follows it, directly or after the writer's name
// ("Anna Berg"), which becomes the byline. Such a line is the headline
// whatever its case and punctuation. It returns the headline's index, or
// -1.
func wireHeadline(a *content.Article, us []unit) int {
	first, writer := -1, -1
	for i := range us {
		u := &us[i]
		switch {
		case u.dateline:
			if first < 0 {
				return -1
			}
		case u.kind != kindUnknown || u.repeated:
			continue
		case first < 0:
			if looksLikeParagraph(u.text) || textscan.WordCount(u.text) > 30 || hasCaptionMarker(u.text) {
				return -1
			}
			first = i
			continue
		case writer < 0 && annotate.LooksLikeName(u.text) && textscan.WordCount(u.text) <= 4:
			writer = i
			continue
		default:
			if _, _, ok := parseDateline(u.text); !ok {
				return -1
			}
		}
		if writer >= 0 && a.Byline == "" {
			a.Byline, us[writer].kind = us[writer].text, kindDrop
		}
		return first
	}
	return -1
}

// dedupeTitle drops a second printing of the headline near the top of the
// body (pages print their <title> and their <h1>). When one copy is the
// other plus a site name ("Headline | Site"), the bare headline is the
// title and, if the page names no other source, the site name the source.
func dedupeTitle(a *content.Article, body []unit) {
	seen := 0
	for i := range body {
		if body[i].kind != kindUnknown {
			continue
		}
		if seen++; seen > 4 {
			return
		}
		t := stripATX(body[i].text)
		if t == a.Title {
			body[i].kind = kindDrop
			return
		}
		site, ok := titleSite(a.Title, t)
		if !ok {
			site, ok = titleSite(t, a.Title)
		}
		if ok {
			if len(t) < len(a.Title) {
				a.Title = t
			}
			if a.Source == "" {
				a.Source = site
			}
			body[i].kind = kindDrop
			return
		}
		if looksLikeParagraph(t) {
			return
		}
	}
}

// titleSeparators join a headline and a site name in a page title.
var titleSeparators = []string{" | ", " - ", " – ", " — ", " :: ", " · "}

// titleSite reports whether long is headline plus a separator and a site
// name of a few words, and returns the site name.
func titleSite(long, headline string) (string, bool) {
	if len(long) <= len(headline) || !strings.HasPrefix(long, headline) {
		return "", false
	}
	rest := long[len(headline):]
	for _, sep := range titleSeparators {
		if site, ok := strings.CutPrefix(rest, sep); ok {
			site = strings.TrimSpace(site)
			return site, site != "" && textscan.WordCount(site) <= 5
		}
	}
	return "", false
}

// endsWithFullStop reports a line that ends with a full stop (Latin or
// ideographic), after any closing quote or bracket.
func endsWithFullStop(t string) bool {
	t = trimClosers(t)
	switch lastRune(t) {
	case '.', '。', '｡', '．', '۔', '।':
		return !strings.HasSuffix(t, "...")
	}
	return false
}

// looksLikeParagraph reports a line that reads as running text: long, or a
// full sentence of some length.
func looksLikeParagraph(t string) bool {
	n := textscan.WordCount(t)
	return n > 40 || n >= 15 && endsSentence(t)
}

// atxLevel returns the level of a Markdown-style "## Heading" line, or 0.
func atxLevel(t string) int {
	n := 0
	for n < len(t) && n < 7 && t[n] == '#' {
		n++
	}
	if n == 0 || n > 6 || n >= len(t) || t[n] != ' ' {
		return 0
	}
	return n
}

// stripATX removes the "#" marks of a Markdown-style heading line.
func stripATX(t string) string {
	n := atxLevel(t)
	if n == 0 {
		return t
	}
	return strings.TrimSpace(strings.TrimRight(t[n:], "# "))
}

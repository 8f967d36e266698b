package formats

import (
	"strings"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// A plain-text file may hold several articles one after another: a wire
// service's feed saved as one file, a clippings collection with a form
// feed or a rule between the stories, a database export ending each story
// with "END OF DOCUMENT". Read as one article, such a file gives the first
// story's title to a text of thousands of lines. splitArticles finds the
// stories, and is conservative: a file is cut only when every part reads
// as a whole article of its own (a headline on its first line, a date or
// dateline just below it, a body), with headlines that differ. A single
// article with subheads, or with one scene-break rule, is never cut: its
// second part opens with a paragraph or a subhead without a date.

// minPartWords is the least body a part must have to be an article.
const minPartWords = 40

// maxPreambleWords bounds the text before the first of a run of
// headlines with datelines (a feed's own heading) that goes with the
// first story; more, and the file is not read as a run of stories.
const maxPreambleWords = 40

// maxSplitHeadlineWords bounds a part's headline.
const maxSplitHeadlineWords = 20

// splitArticles returns the articles text holds, in order, when it
// clearly holds more than one; else nil. text is decoded, not yet
// sanitised (form feeds are still there).
func splitArticles(text string) []string {
	ls := linesOf(text)
	if parts := splitAtSeparators(text, ls); parts != nil {
		return parts
	}
	return splitAtHeadlines(text, ls)
}

// line is one line of a text: its bytes [start, end) without the newline,
// and its text trimmed of spaces.
type line struct {
	start, end int
	text       string
}

// linesOf cuts text into lines.
func linesOf(text string) []line {
	ls := make([]line, 0, strings.Count(text, "\n")+1)
	for start := 0; start < len(text); {
		end := strings.IndexByte(text[start:], '\n')
		if end < 0 {
			end = len(text)
		} else {
			end += start
		}
		ls = append(ls, line{start: start, end: end, text: strings.TrimSpace(text[start:end])})
		start = end + 1
	}
	return ls
}

// splitAtSeparators cuts text at form feeds and separator lines (see
// isSeparatorLine) and returns the parts when there are several and each
// is a whole article; else nil. ls are text's lines.
func splitAtSeparators(text string, ls []line) []string {
	var parts []string
	from := 0
	cut := func(at, next int) {
		parts = append(parts, text[from:at])
		from = next
	}
	for _, l := range ls {
		switch {
		case strings.IndexByte(text[l.start:l.end], '\f') >= 0:
			// A form feed ends a page: cut at each one on the line.
			for i := l.start; i < l.end; i++ {
				if text[i] == '\f' {
					cut(i, i+1)
				}
			}
		case isSeparatorLine(l.text):
			cut(l.start, min(l.end+1, len(text)))
		}
	}
	if from == 0 {
		return nil
	}
	parts = append(parts, text[from:])
	parts = dropBlankParts(parts)
	if len(parts) < 2 || !allArticles(parts, isDateMark) {
		return nil
	}
	return parts
}

// isSeparatorLine reports a line that only separates: a rule of three or
// more dashes, equals signs, stars, underscores, tildes or hashes (spaced
// or not: "----", "* * *"), an end-of-story marker ("END OF DOCUMENT",
// "(END)", "ENDS") or a line of angle brackets opening a new record
// ("<<<", ">>>").
func isSeparatorLine(t string) bool {
	// Upper-casing copies the line: only a line short enough to be a
	// marker is worth it (the longest has 19 letters, each at most two
	// bytes before upper-casing: "ſ" is "S").
	if m := strings.Trim(t, " ."); len(m) <= 2*len("END OF TRANSMISSION") {
		switch strings.ToUpper(m) {
		case "END OF DOCUMENT", "END OF STORY", "END OF ARTICLE", "END OF TRANSMISSION", "(END)", "ENDS", "-30-", "###":
			return true
		}
	}
	if strings.HasPrefix(t, "<<<") || strings.HasPrefix(t, ">>>") {
		return true
	}
	marks := 0
	for _, r := range t {
		switch r {
		case '-', '=', '*', '_', '~', '#', '—', '–':
			marks++
		case ' ', '\t', '\r':
		default:
			return false
		}
	}
	return marks >= 3
}

// dropBlankParts drops the parts without a word (the end after the last
// separator, two separators in a row).
func dropBlankParts(parts []string) []string {
	out := parts[:0]
	for _, p := range parts {
		if textscan.WordCount(p) > 0 {
			out = append(out, p)
		}
	}
	return out
}

// allArticles reports whether every part is a whole article (see
// isArticlePart) and no two share a headline (a page header repeated on
// every page is not a headline).
func allArticles(parts []string, dateMark func(string) bool) bool {
	seen := map[string]bool{}
	for _, p := range parts {
		title, ok := articlePart(p, dateMark)
		if !ok || seen[title] {
			return false
		}
		seen[title] = true
	}
	return true
}

// articlePart reports whether part is a whole article, and its headline:
// the first line is a headline (see isSplitHeadline), one of the next
// five lines with text marks its date (dateMark), and it holds at least
// minPartWords words.
func articlePart(part string, dateMark func(string) bool) (string, bool) {
	if textscan.WordCount(part) < minPartWords {
		return "", false
	}
	var head []string
	for _, l := range linesOf(part) {
		if l.text != "" {
			if head = append(head, l.text); len(head) == 6 {
				break
			}
		}
	}
	if len(head) < 2 || !isSplitHeadline(head[0]) {
		return "", false
	}
	for _, t := range head[1:] {
		if dateMark(t) {
			return head[0], true
		}
	}
	return "", false
}

// isSplitHeadline reports a line that may open a story: short, not a
// sentence of a paragraph, and in headline case or without a full stop.
func isSplitHeadline(t string) bool {
	n := textscan.WordCount(t)
	if n < 2 || n > maxSplitHeadlineWords || len(t) > 200 || looksLikeParagraph(t) ||
		isSeparatorLine(t) || !isUpperStart(t) {
		return false
	}
	return isHeadlineCase(t) || !hasTrailingPunct(t)
}

// isDateMark reports a line that dates a story: a date line ("August 22,
// 1996", "Published: 2021-03-03") or a dateline (see isWireDateMark).
func isDateMark(t string) bool {
	if _, updated, ok := parseDateLine(t); ok && !updated {
		return true
	}
	return isWireDateMark(t)
}

// isWireDateMark reports a dateline giving a place and a date: on a line
// of its own ("LONDON 1996-08-22", "Berlin, March 3, 2021") or opening
// the story's first paragraph ("TOKYO, Aug. 22 (Reuters) - The yen …").
func isWireDateMark(t string) bool {
	if _, _, ok := parseWirePlaceDateLine(t); ok {
		return true
	}
	if _, _, ok := parsePlaceDateLine(t); ok {
		return true
	}
	head, _, ok := parseDateline(t)
	if !ok {
		return false
	}
	_, _, _, dated := datedHead(head)
	return dated
}

// splitAtHeadlines cuts text before each story of a run of wire stories:
// a headline line after a blank line (or at the top), with a dateline
// (isWireDateMark) within the next three lines that hold text, the lines
// between it and the headline short (a writer's name, a date line). It
// returns the stories when there are several, each a whole article, and
// what comes before the first is short: a feed's heading, which is no
// story's and is left out (a longer text before them, an article's lead,
// means they are its subheads and nothing is cut); else nil. Bare date lines do not count here: a timeline's subheads followed
// by dates are one article. ls are text's lines.
func splitAtHeadlines(text string, ls []line) []string {
	var starts []int // byte offsets
	datedAt := -1    // the line of the last start's dateline
	for i, l := range ls {
		if (i == 0 || ls[i-1].text == "") && isSplitHeadline(l.text) && textscan.WordCount(l.text) >= 3 {
			d := datelineAfter(ls, i)
			switch {
			case d < 0:
			case i < datedAt:
				// A line above a headline (a feed's heading) took its
				// dateline: the story starts at the headline.
				starts[len(starts)-1], datedAt = l.start, d
			default:
				starts, datedAt = append(starts, l.start), d
			}
		}
	}
	if len(starts) < 2 || textscan.WordCount(text[:starts[0]]) > maxPreambleWords {
		return nil
	}
	parts := make([]string, len(starts))
	for k, from := range starts {
		to := len(text)
		if k+1 < len(starts) {
			to = starts[k+1]
		}
		parts[k] = text[from:to]
	}
	if !allArticles(parts, isWireDateMark) {
		return nil
	}
	return parts
}

// datelineAfter returns the index of a dateline among the three lines
// with text after ls[i], the lines before it short; else -1.
func datelineAfter(ls []line, i int) int {
	seen := 0
	for j := i + 1; j < len(ls); j++ {
		t := ls[j].text
		if t == "" {
			continue
		}
		if isWireDateMark(t) {
			return j
		}
		if seen++; seen == 3 || textscan.WordCount(t) > 8 {
			return -1
		}
	}
	return -1
}

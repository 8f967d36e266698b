package content

import (
	"sort"
	"strings"
)

// Markdown returns the article as clean Markdown, readable as it is: the
// title as H1, a metadata line (date · source · byline, when known), then
// every block (see MarkdownBlock) separated by blank lines. Article text is
// escaped, so that it can never add Markdown or HTML structure of its own.
func (a *Article) Markdown() string {
	size := len(a.Title) + 64
	for _, bl := range a.Blocks {
		size += len(bl.Text) + len(bl.Text)/16 + 16 // escapes and markers
	}
	var b strings.Builder
	b.Grow(size)
	if a.Title != "" {
		b.WriteString("# ")
		b.WriteString(escapeMarkdown(a.Title))
		b.WriteString("\n")
	}
	if meta := a.metadataLine(); meta != "" {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(meta)
		b.WriteString("\n")
	}
	for i := range a.Blocks {
		if b.Len() > 0 {
			b.WriteString("\n")
		}
		b.WriteString(a.MarkdownBlock(i))
		b.WriteString("\n")
	}
	return b.String()
}

// metadataLine is "*2016-12-16 · voanews.com · By Jane Doe*", with the
// parts that are known.
func (a *Article) metadataLine() string {
	var parts []string
	if !a.Published.IsZero() {
		parts = append(parts, escapeMarkdown(a.Published.String()))
	}
	if a.Source != "" {
		parts = append(parts, escapeMarkdown(a.Source))
	}
	if a.Byline != "" {
		parts = append(parts, "By "+escapeMarkdown(a.Byline))
	}
	if len(parts) == 0 {
		return ""
	}
	return "*" + strings.Join(parts, " · ") + "*"
}

// MarkdownBlock returns block i as self-contained Markdown:
//
//   - heading: "## Subhead"
//   - paragraph: the text, each inline quotation (Article.Quotes' spans)
//     wrapped in emphasis, *“…”*, so that a renderer can colour them; the
//     first paragraph starts with the dateline in bold, **SEOUL —**
//   - caption: "_Caption:_ text", a line of its own kind, not a quote
//   - quote: a Markdown block quote, "> text", with "> — Speaker" when
//     the page signs it (Block.Cite) or the quotation's speaker is known
//   - list: "- item"
//   - credit: the credit line in italics
func (a *Article) MarkdownBlock(i int) string {
	bl := a.Blocks[i]
	switch bl.Type {
	case BlockHeading:
		return "## " + escapeMarkdown(bl.Text)
	case BlockCaption:
		return "_Caption:_ " + a.markQuotes(i)
	case BlockQuote:
		s := "> " + escapeMarkdown(bl.Text)
		sp := bl.Cite
		if sp == "" {
			sp = a.blockSpeaker(i)
		}
		if sp != "" {
			s += "\n>\n> — " + escapeMarkdown(sp)
		}
		return s
	case BlockList:
		return "- " + a.markQuotes(i)
	case BlockCredit:
		return "*" + escapeMarkdown(bl.Text) + "*"
	default:
		s := a.markQuotes(i)
		if a.Dateline != "" && bl.Type == BlockParagraph && a.isFirstParagraph(i) {
			s = "**" + escapeMarkdown(a.Dateline) + " —** " + s
		}
		return s
	}
}

// isFirstParagraph reports whether no paragraph comes before block i. It
// looks back only to the nearest paragraph, so that asking it of every
// block stays linear.
func (a *Article) isFirstParagraph(i int) bool {
	for j := i - 1; j >= 0; j-- {
		if a.Blocks[j].Type == BlockParagraph {
			return false
		}
	}
	return true
}

// quotesIn calls fn for each quotation with a span in block i. Quotes are
// in reading order (as Annotate returns them), so a binary search finds the
// first one that reaches block i, and rendering every block stays linear.
func (a *Article) quotesIn(i int, fn func(q *Quote, sp Span)) {
	k := sort.Search(len(a.Quotes), func(k int) bool {
		sp := a.Quotes[k].Spans
		return len(sp) > 0 && sp[len(sp)-1].Block >= i
	})
	for ; k < len(a.Quotes); k++ {
		q := &a.Quotes[k]
		if len(q.Spans) > 0 && q.Spans[0].Block > i {
			break
		}
		for _, sp := range q.Spans {
			if sp.Block == i {
				fn(q, sp)
			}
		}
	}
}

// blockSpeaker returns the speaker of a quotation that covers block i.
func (a *Article) blockSpeaker(i int) string {
	speaker := ""
	a.quotesIn(i, func(q *Quote, _ Span) {
		if q.Speaker != nil && speaker == "" {
			speaker = *q.Speaker
		}
	})
	return speaker
}

// markQuotes escapes block i's text and wraps each quotation span in it in
// emphasis. Spans that overlap, fall outside the text or cut a character
// are ignored rather than trusted.
func (a *Article) markQuotes(i int) string {
	text := a.Blocks[i].Text
	var spans []Span
	a.quotesIn(i, func(_ *Quote, sp Span) {
		if sp.Start >= 0 && sp.Start < sp.End && sp.End <= len(text) &&
			runeStart(text, sp.Start) && runeStart(text, sp.End) {
			spans = append(spans, sp)
		}
	})
	if len(spans) == 0 {
		return escapeMarkdown(text)
	}
	sort.Slice(spans, func(x, y int) bool { return spans[x].Start < spans[y].Start })
	var b strings.Builder
	// The text, two asterisks a quotation and a few escapes: one
	// allocation instead of a buffer grown and copied several times.
	b.Grow(len(text) + 2*len(spans) + 16)
	pos := 0
	for _, sp := range spans {
		if sp.Start < pos {
			continue
		}
		inner := strings.TrimSpace(text[sp.Start:sp.End])
		if inner == "" {
			continue
		}
		b.WriteString(escapeMarkdownAt(text[pos:sp.Start], pos == 0))
		// Emphasis must hug its text: keep the span's outer spaces outside.
		lead := text[sp.Start : sp.Start+strings.Index(text[sp.Start:sp.End], inner)]
		b.WriteString(lead)
		b.WriteString("*")
		b.WriteString(escapeMarkdownAt(inner, false))
		b.WriteString("*")
		b.WriteString(text[sp.Start+len(lead)+len(inner) : sp.End])
		pos = sp.End
	}
	b.WriteString(escapeMarkdownAt(text[pos:], pos == 0))
	return b.String()
}

// runeStart reports whether byte offset i of s is at a character boundary.
func runeStart(s string, i int) bool {
	return i == len(s) || i < len(s) && (s[i]&0xC0) != 0x80
}

// escapeMarkdown escapes s for use as the text of a Markdown line.
func escapeMarkdown(s string) string { return escapeMarkdownAt(s, true) }

// escapeMarkdownAt backslash-escapes the characters that Markdown (and the
// HTML it allows) would read as structure: emphasis, code, links and
// images, raw HTML and entities, and, when lineStart, what opens a block
// at the start of a line (headings, quotes, lists, rules, tables).
func escapeMarkdownAt(s string, lineStart bool) string {
	var b strings.Builder
	rest := s
	if lineStart {
		rest = escapeLineStart(&b, s)
	}
	// Most text needs no escape: copy the runs between escapes whole,
	// and hand s back untouched when there are none.
	last := 0
	for i := 0; i < len(rest); i++ {
		c := rest[i]
		if !markdownSpecial[c] {
			continue
		}
		switch c {
		case '&':
			if !entityAt(rest, i) {
				continue
			}
		case '!':
			if i+1 >= len(rest) || rest[i+1] != '[' {
				continue
			}
		}
		if b.Cap() < len(s)+8 {
			b.Grow(len(s) + 8)
		}
		b.WriteString(rest[last:i])
		b.WriteByte('\\')
		last = i
	}
	if b.Len() == 0 {
		return s
	}
	b.WriteString(rest[last:])
	return b.String()
}

// markdownSpecial marks the bytes escapeMarkdownAt may escape ('&' and
// '!' only in some places).
var markdownSpecial = [256]bool{'\\': true, '`': true, '*': true, '_': true, '[': true, ']': true,
	'<': true, '>': true, '|': true, '~': true, '&': true, '!': true}

// escapeLineStart writes s's block-opening prefix escaped and returns the
// rest: "#", "+", "-", "=", ">" openings and "1." or "1)" item numbers.
func escapeLineStart(b *strings.Builder, s string) string {
	if s == "" {
		return s
	}
	switch s[0] {
	case '#', '+', '-', '=':
		b.WriteByte('\\')
		b.WriteByte(s[0])
		return s[1:]
	}
	j := 0
	for j < len(s) && j < 9 && s[j] >= '0' && s[j] <= '9' {
		j++
	}
	if j > 0 && j < len(s) && (s[j] == '.' || s[j] == ')') {
		b.WriteString(s[:j])
		b.WriteByte('\\')
		return s[j:]
	}
	return s
}

// entityAt reports whether an HTML entity ("&amp;", "&#38;") starts at i.
func entityAt(s string, i int) bool {
	j := i + 1
	if j < len(s) && s[j] == '#' {
		j++
	}
	start := j
	for j < len(s) && j-start < 32 && (s[j] >= 'a' && s[j] <= 'z' || s[j] >= 'A' && s[j] <= 'Z' || s[j] >= '0' && s[j] <= '9') {
		j++
	}
	return j > start && j < len(s) && s[j] == ';'
}

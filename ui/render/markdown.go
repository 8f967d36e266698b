package render

import (
	"strconv"
	"strings"
	"unicode"
	"unicode/utf8"
)

// The Markdown fed to Glamour is built here from the article model
// (Block.Text, Quote.Spans, Person.Spans) rather than taken from
// content.Article.MarkdownBlock: that Markdown is meant to be read as it is
// and may mark captions and quotes in ways a renderer cannot tell apart from
// real block quotes, while the model says exactly what each block is, where
// each quotation starts and ends, and where its speaker is named. Every piece
// of article text is escaped so that nothing in it is read as Markdown.

// writeEscaped writes the plain text s to b, escaped for Markdown inside a
// paragraph. When s starts a block, what would open a block quote, a list
// or a thematic break is escaped too.
//
// Backslash escapes are used for the ASCII punctuation that starts inline
// Markdown and that Glamour un-escapes itself; the rest is written as
// numeric character references, which Glamour decodes: "&" (entity
// references), "~" (strikethrough), ":" and "@" (GFM autolinks of URLs and
// e-mail addresses, which would add "http://" or "mailto:" to the text),
// and the first "w" of "www" (an autolink without a scheme). Characters
// that matter only at the start of a block are not escaped elsewhere:
// every escape splits Glamour's text into more pieces.
func writeEscaped(b *strings.Builder, s string, startsBlock bool) {
	if startsBlock && s != "" {
		digits := 0
		for digits < len(s) && digits < 10 && s[digits] >= '0' && s[digits] <= '9' {
			digits++
		}
		switch {
		case strings.IndexByte(">-+|", s[0]) >= 0:
			b.WriteByte('\\')
			b.WriteByte(s[0])
			s = s[1:]
		case digits > 0 && digits < len(s) && (s[digits] == '.' || s[digits] == ')'):
			b.WriteString(s[:digits])
			b.WriteByte('\\')
			b.WriteByte(s[digits])
			s = s[digits+1:]
		}
	}
	last := 0
	for i := 0; i < len(s); i++ {
		var ref string
		switch c := s[i]; c {
		case '\\', '`', '*', '_', '[', ']', '<', '#': // '#' also closes ATX headings
			b.WriteString(s[last:i])
			b.WriteByte('\\')
			b.WriteByte(c)
			last = i + 1
			continue
		case '&':
			ref = "&amp;"
		case '~':
			ref = "&#126;"
		case ':':
			ref = "&#58;"
		case '@':
			ref = "&#64;"
		case '-':
			// Glamour wraps after any hyphen; a hyphen inside a word
			// ("Al-Maeena", "14-year-old") is written as wordHyphen,
			// which it does not break at, and turned back after.
			if i == 0 || i+1 == len(s) || s[i-1] == ' ' || s[i+1] == ' ' {
				continue
			}
			ref = wordHyphen
		case 'w', 'W':
			if !strings.HasPrefix(s[i:], "www") && !strings.HasPrefix(s[i:], "WWW") {
				continue
			}
			ref = "&#" + strconv.Itoa(int(c)) + ";"
		default:
			continue
		}
		b.WriteString(s[last:i])
		b.WriteString(ref)
		last = i + 1
	}
	b.WriteString(s[last:])
}

// wordHyphen stands for a hyphen inside a word while Glamour wraps the
// text: a private-use character, one column wide like "-", which Glamour
// does not break lines at. keepOnlySGR turns it back into "-", and
// cleanText removes any the article itself holds.
const wordHyphen = "\ue02d"

// mark is one stretch of a block's text to wrap in a Markdown delimiter.
type mark struct {
	start, end int
	delim      string // "*" for a quotation, "**" for a speaker's name
}

// writeMarked writes text escaped, with each mark wrapped in its delimiter.
// marks must be sorted by start and must not overlap. A mark that Markdown
// could not read as emphasis at that place (see canEmphasise) is written as
// plain text: better a quotation without its colour than stray asterisks.
func writeMarked(b *strings.Builder, text string, marks []mark) {
	pos := 0
	for _, m := range marks {
		if m.start < pos || m.end > len(text) || m.start >= m.end {
			continue
		}
		if !canEmphasise(text, m.start, m.end) {
			continue
		}
		writeEscaped(b, text[pos:m.start], pos == 0)
		b.WriteString(m.delim)
		writeEscaped(b, text[m.start:m.end], false)
		b.WriteString(m.delim)
		pos = m.end
	}
	writeEscaped(b, text[pos:], pos == 0)
}

// canEmphasise reports whether "*" around text[start:end] is read as
// emphasis by a CommonMark parser: the opening delimiter must be
// left-flanking and the closing one right-flanking.
func canEmphasise(text string, start, end int) bool {
	first, _ := utf8.DecodeRuneInString(text[start:end])
	last, _ := utf8.DecodeLastRuneInString(text[start:end])
	if unicode.IsSpace(first) || unicode.IsSpace(last) {
		return false
	}
	before, after := ' ', ' '
	if start > 0 {
		before, _ = utf8.DecodeLastRuneInString(text[:start])
	}
	if end < len(text) {
		after, _ = utf8.DecodeRuneInString(text[end:])
	}
	// An opening "*" followed by punctuation needs space or punctuation
	// before it; a closing "*" after punctuation needs space or
	// punctuation after it.
	// Parsers differ on whether symbols count as punctuation, so the inner
	// side counts them and the outer side does not: either way we only
	// ever give up emphasis, never leave a stray delimiter.
	if isPunctOrSymbol(first) && !unicode.IsSpace(before) && !isPunct(before) {
		return false
	}
	if isPunctOrSymbol(last) && !unicode.IsSpace(after) && !isPunct(after) {
		return false
	}
	return true
}

// isPunct reports ASCII punctuation or a Unicode punctuation character.
func isPunct(r rune) bool {
	if r < utf8.RuneSelf {
		return unicode.IsPunct(r) || unicode.IsSymbol(r)
	}
	return unicode.IsPunct(r)
}

// isPunctOrSymbol reports punctuation or a symbol of any script.
func isPunctOrSymbol(r rune) bool {
	return unicode.IsPunct(r) || unicode.IsSymbol(r)
}

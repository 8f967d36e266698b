package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
)

// quoteFamily tells double quotation marks from single ones: a quotation
// opened with one family closes with the same family, and marks of the
// other family inside it are inner quotes.
type quoteFamily uint8

const (
	famNone quoteFamily = iota
	famDouble
	famSingle
)

// markRole says what a quotation mark can do where it stands.
type markRole uint8

const (
	roleOpen markRole = 1 << iota
	roleClose
)

// quotedSpan is a run of text between quotation marks, possibly over
// several blocks (a paragraph that opens a quotation without closing it,
// the next paragraph opening again, as news style writes long quotes).
type quotedSpan struct {
	spans []content.Span
	text  string
	// closed is false when the last block ended with the quotation open.
	closed bool
}

// markAt classifies the rune r at byte i of text as a quotation mark:
// its family and whether it can open or close there.
func markAt(text string, i int, r rune, size int) (quoteFamily, markRole) {
	prev, _ := utf8.DecodeLastRuneInString(text[:i])
	next, _ := utf8.DecodeRuneInString(text[i+size:])
	atStart := i == 0
	atEnd := i+size >= len(text)
	prevSpace := atStart || unicode.IsSpace(prev) || strings.ContainsRune("([{—–-/", prev)
	nextSpace := atEnd || unicode.IsSpace(next) || (unicode.IsPunct(next) && next != '[' && next != '(' && next != '…' && next != '.')
	switch r {
	case '“':
		// German closes „…“ with the mark English opens with: one that
		// ends a word closes.
		if !prevSpace && nextSpace {
			return famDouble, roleClose
		}
		return famDouble, roleOpen
	case '„', '«', '「':
		return famDouble, roleOpen
	case '”', '»', '」':
		return famDouble, roleClose
	case '『':
		return famSingle, roleOpen // quoted within a 「…」 quotation
	case '』':
		return famSingle, roleClose
	case '"':
		// Straight marks pair by order (see findQuoted); record which
		// way this one leans for the first of a pair.
		switch {
		case prevSpace && !nextSpace:
			return famDouble, roleOpen
		case !prevSpace && nextSpace:
			return famDouble, roleClose
		}
		return famDouble, roleOpen | roleClose
	case '‘':
		if prevSpace && !atEnd && !unicode.IsSpace(next) {
			return famSingle, roleOpen
		}
		return famSingle, roleClose
	case '’', '\'':
		var role markRole
		if prevSpace && !atEnd && (unicode.IsLetter(next) || unicode.IsDigit(next) || next == '[' || next == '.') {
			role |= roleOpen
		}
		if !prevSpace && (atEnd || !(unicode.IsLetter(next) || unicode.IsDigit(next))) {
			role |= roleClose
		}
		if role == 0 {
			return famNone, 0 // an apostrophe inside a word
		}
		return famSingle, role
	}
	return famNone, 0
}

// findQuoted finds the quoted spans of the blocks, in reading order.
// Headings and credits are skipped: their quoted words are titles.
func findQuoted(blocks []content.Block) []quotedSpan {
	sc := quoteScanner{blocks: blocks}
	for b := range blocks {
		bl := &blocks[b]
		if bl.Type == content.BlockHeading || bl.Type == content.BlockCredit {
			sc.flush()
			continue
		}
		sc.scanBlock(b, bl.Text)
	}
	sc.flush()
	return sc.out
}

// quoteScanner reads the quotations of blocks in order. A quotation may
// be left open at the end of a block and go on in the next, as a speech
// quoted over several paragraphs does.
type quoteScanner struct {
	blocks  []content.Block
	out     []quotedSpan
	cur     quotedSpan // the quotation being read, while curOpen
	curOpen bool
	curFam  quoteFamily
	// The spans of all quotations are cut from one array: they are
	// appended one quotation after the other, cur's from spansFrom.
	spans     []content.Span
	spansFrom int
}

// flush ends the quotation being read, if any. Its text is what its
// spans hold between the marks, with a space where a block ends.
func (sc *quoteScanner) flush() {
	if !sc.curOpen {
		return
	}
	spans := sc.spans[sc.spansFrom:len(sc.spans):len(sc.spans)]
	sc.cur.spans = spans
	switch len(spans) {
	case 1:
		sc.cur.text = sc.inner(spans[0], sc.cur.closed)
	default:
		parts := make([]string, len(spans))
		for k, sp := range spans {
			// Only the last span can end with a closing mark: the
			// others run on to the end of their block.
			parts[k] = sc.inner(sp, sc.cur.closed && k == len(spans)-1)
		}
		sc.cur.text = strings.Join(parts, " ")
	}
	sc.out = append(sc.out, sc.cur)
	sc.curOpen = false
}

// inner is the quoted text of span sp, without its marks: the opening
// one, and the closing one when closed.
func (sc *quoteScanner) inner(sp content.Span, closed bool) string {
	text := sc.blocks[sp.Block].Text
	end := sp.End
	if closed {
		end -= closeMarkLen(text[:end])
	}
	return strings.TrimSpace(text[sp.Start+markLen(text, sp.Start) : end])
}

// resume returns where the reading of a block's text starts, past its
// leading spaces, and the offset of the opening mark when the block
// carries on the quotation left open (-1 otherwise): it does when it
// opens with a mark of the same kind. Else that quotation ends.
func (sc *quoteScanner) resume(text string) (i, open int) {
	for i < len(text) && text[i] == ' ' {
		i++
	}
	if sc.curOpen {
		fam, role := famNone, markRole(0)
		if i < len(text) {
			r, size := quoteMarkAt(text, i)
			fam, role = markAt(text, i, r, size)
		}
		if fam != sc.curFam || role&roleOpen == 0 {
			sc.flush()
		}
	}
	if !sc.curOpen {
		return i, -1
	}
	return i + markLen(text, i), i
}

// scanBlock reads the quotation marks of block b's text.
func (sc *quoteScanner) scanBlock(b int, text string) {
	lastSingle := -2 // computed when a single mark first opens
	i, open := sc.resume(text)
	for i < len(text) {
		c := text[i]
		if c < utf8.RuneSelf && c != '"' && c != '\'' && c != '`' {
			i++ // most of the text: no need to decode
			continue
		}
		r, size := rune(c), 1
		if c >= utf8.RuneSelf || c == '\'' || c == '`' {
			r, size = quoteMarkAt(text, i)
		}
		fam, role := markAt(text, i, r, size)
		if fam == famNone {
			i += size
			continue
		}
		if open < 0 {
			if r == '"' && i+size < len(text) {
				// A straight mark opens when none is open, whichever
				// way the spacing leans ("communities," For example").
				role |= roleOpen
			}
			if role&roleOpen != 0 && fam == famSingle && lastSingle == -2 {
				lastSingle = lastSingleCloser(text)
			}
			if role&roleOpen != 0 && (fam == famDouble || lastSingle > i) {
				open = i
				sc.curFam = fam
				sc.cur, sc.curOpen, sc.spansFrom = quotedSpan{}, true, len(sc.spans)
			}
			i += size
			continue
		}
		if fam == sc.curFam && (role&roleClose != 0 || r == '"') {
			if fam == famSingle && lastSingle > i && pluralPossessive(text, i, size) && strings.Contains(text[open:i], " ") {
				i += size // "the players' union": a later mark closes
				continue
			}
			sc.spans = append(sc.spans, content.Span{Block: b, Start: open, End: i + size})
			sc.cur.closed = true
			sc.flush()
			open = -1
		}
		i += size
	}
	if open >= 0 {
		sc.spans = append(sc.spans, content.Span{Block: b, Start: open, End: len(text)})
		sc.cur.closed = false
	}
}

// markLen is the length of the quotation mark at byte i of text.
func markLen(text string, i int) int {
	_, size := quoteMarkAt(text, i)
	return size
}

// quoteMarkAt decodes the rune at byte i of text, reading the two-byte
// marks archives write for lost curly quotes as the marks they stand
// for: two apostrophes in a row as a straight double mark (paired by
// order, like the straight double mark) and two backticks in a row as
// an opening one.
func quoteMarkAt(text string, i int) (rune, int) {
	if c := text[i]; (c == '\'' || c == '`') && i+1 < len(text) && text[i+1] == c {
		if c == '`' {
			return '„', 2
		}
		return '"', 2
	}
	return utf8.DecodeRuneInString(text[i:])
}

// pluralPossessive reports a single mark at byte i of text (size bytes)
// after an s and before a lower-case word ("the players' union"): the
// apostrophe of a plural's possessive more likely than a closing mark.
func pluralPossessive(text string, i, size int) bool {
	j := i + size
	return i > 0 && (text[i-1] == 's' || text[i-1] == 'S') && j+1 < len(text) && text[j] == ' ' && 'a' <= text[j+1] && text[j+1] <= 'z'
}

// closeMarkLen is the length of the closing mark that ends text.
func closeMarkLen(text string) int {
	if strings.HasSuffix(text, "''") {
		return 2
	}
	_, size := utf8.DecodeLastRuneInString(text)
	return size
}

// lastSingleCloser returns the byte offset of the last single quotation
// mark of text that can close a quotation, or -1: a single mark opened
// after it was an apostrophe ("’90s", "rock ’n’ roll").
func lastSingleCloser(text string) int {
	for j := len(text); j > 0; {
		r, size := utf8.DecodeLastRuneInString(text[:j])
		j -= size
		if r == '\'' && ((j > 0 && text[j-1] == '\'') || (j+1 < len(text) && text[j+1] == '\'')) {
			continue // half of a double mark ('')
		}
		if r == '’' || r == '\'' {
			if fam, role := markAt(text, j, r, size); fam == famSingle && role&roleClose != 0 {
				return j
			}
		}
	}
	return -1
}

// isQuotation decides whether quoted words are someone's words, not a
// term in scare quotes, a nickname or a title: a quotation is a clause
// (an auxiliary, a pronoun subject, or long enough to be one) and is not
// written in title case.
func isQuotation(text string) bool {
	nwords, content, caps := 0, 0, 0
	for i := 0; i < len(text); {
		if c := text[i]; c == ' ' || c == '\t' || c == '\n' {
			i++
			continue
		}
		j := i + 1
		for j < len(text) && text[j] != ' ' && text[j] != '\t' && text[j] != '\n' {
			j++
		}
		nwords++
		w := trimQuotePunct(text[i:j])
		i = j
		if w == "" {
			continue
		}
		if n := cjkRunes(w); n > 0 {
			// Chinese and Japanese put no spaces between words, which
			// are one to three characters long.
			nwords += n / 2
			continue
		}
		if wordIs(w, wcClauseWord) || (strings.Contains(w, "’") && wordIs(strings.ReplaceAll(w, "’", "'"), wcClauseWord)) {
			return true // a clause: the rest cannot change the answer
		}
		if wordIs(w, wcFunctionWord) {
			continue
		}
		content++
		r, _ := utf8.DecodeRuneInString(w)
		if unicode.IsUpper(r) || unicode.IsDigit(r) {
			caps++
		}
	}
	if content >= 2 && caps*10 >= content*6 && nwords < 12 {
		return false // a title: "The Internet Explorer 6 Countdown"
	}
	return nwords >= 5
}

// isPartialQuotation reports a few quoted words that may be a speaker's
// own, quoted within a sentence of the writer's: one to four words,
// starting in lower case, at least one of them not a function word
// ("for months", "more general reflection"). Whether they are a
// quotation or a term in scare quotes is for their sentence to say (see
// addPartialQuotations).
func isPartialQuotation(text string) bool {
	r, _ := utf8.DecodeRuneInString(text)
	if !unicode.IsLower(r) {
		return false
	}
	words, content := strings.Fields(text), 0
	if len(words) > 4 {
		return false
	}
	for _, w := range words {
		if w = trimQuotePunct(w); w != "" && !wordIs(w, wcFunctionWord) {
			content++
		}
	}
	return content > 0
}

// cjkRunes counts the CJK characters of w.
func cjkRunes(w string) int {
	n := 0
	for _, r := range w {
		if content.IsCJK(r) {
			n++
		}
	}
	return n
}

// trimQuotePunct removes punctuation from both ends of a word.
func trimQuotePunct(w string) string {
	for w != "" {
		r, size := utf8.DecodeRuneInString(w)
		if !unicode.IsPunct(r) {
			break
		}
		w = w[size:]
	}
	for w != "" {
		r, size := utf8.DecodeLastRuneInString(w)
		if !unicode.IsPunct(r) {
			break
		}
		w = w[:len(w)-size]
	}
	return w
}

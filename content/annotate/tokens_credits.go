package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

// tokenizeBlocks splits every block into tokens, all in one backing
// array, and returns how many there are.
func (tk *tokenStage) tokenizeBlocks(blocks []content.Block, lxs *lexicons) int {
	tk.toks = tk.blockTokens(len(blocks))
	// About one token per five bytes of text.
	total := 0
	for b := range blocks {
		total += len(blocks[b].Text)
	}
	buf := tk.tokenBuffer(total/4 + 16)
	for b := range blocks {
		start := len(buf)
		buf = tokenize(blocks[b].Text, lxs, tk.words, buf)
		tk.toks[b] = buf[start:len(buf):len(buf)]
	}
	tk.tokBuf = buf // keep the grown array, if it grew, for the next call
	tk.readShouted()
	return len(buf)
}

// markQuote flags the tokens of a quotation's span (marks included).
func (tk *tokenStage) markQuote(sp content.Span) {
	toks := tk.toks[sp.Block]
	for k := tk.tokenAt(sp.Block, sp.Start); k < len(toks) && int(toks[k].start) < sp.End; k++ {
		toks[k].flags |= tfInQuote
		if int(toks[k].start) == sp.Start || int(toks[k].end) == sp.End {
			if toks[k].kind == tkPunct {
				toks[k].flags |= tfQuoteMark
			}
		}
	}
}

func (tk *tokenStage) inCredit(sp content.Span) bool {
	k := tk.tokenAt(sp.Block, sp.Start)
	return k < len(tk.toks[sp.Block]) && tk.toks[sp.Block][k].has(tfCredit)
}

// opensMediaCredit reports the words that open a photo or video credit.
func opensMediaCredit(w string) bool {
	// Every word is asked: rule most out by length and first letter.
	if len(w) < 5 || len(w) > 10 {
		return false
	}
	switch w[0] {
	case 'I', 'P', 'V', 'A', 'C':
	default:
		return false
	}
	return wordIs(w, wcMediaCredit)
}

// markCredits flags the tokens of credits: credit blocks, media credits
// inside captions ("Image: Nick Moreau."), and the byline at the head of
// each item of a list of sources.
func (tk *tokenStage) markCredits() {
	inSources := false
	for b := range tk.a.Blocks {
		bl := &tk.a.Blocks[b]
		toks := tk.toks[b]
		switch bl.Type {
		case content.BlockHeading:
			inSources = wordIs(bl.Text, wcSourcesHeading)
			continue
		case content.BlockCredit:
			for k := range toks {
				toks[k].flags |= tfCredit
			}
			continue
		case content.BlockList:
			if inSources {
				// The byline before the first period; the cited titles
				// and outlets after it are nobody's name in this story.
				for k := range toks {
					toks[k].flags |= tfCredit
				}
				continue
			}
		default:
			inSources = false
		}
		if bl.Type == content.BlockParagraph && isCreditLine(bl.Text) || tk.isCreditShapedLine(b, b >= len(tk.a.Blocks)-3) {
			for k := range toks {
				toks[k].flags |= tfCredit
			}
			continue
		}
		tk.markCreditShapes(b)
		for k := 0; k+1 < len(toks); k++ {
			t := &toks[k]
			if t.kind != tkWord || !opensMediaCredit(tk.text(b, t)) {
				continue
			}
			// "Image: X", "Photo by X", "(AP Photo/X)"
			next := &toks[k+1]
			if !(next.kind == tkPunct && (next.r == ':' || next.r == '/')) && !(next.kind == tkWord && tk.text(b, next) == "by") {
				continue
			}
			j := k + 2
			for ; j < len(toks); j++ {
				if toks[j].kind == tkPunct && (toks[j].r == '.' || toks[j].r == ')' || toks[j].r == ']') {
					break
				}
				toks[j].flags |= tfCredit
			}
			k = j
		}
	}
}

// isCreditLine reports a paragraph that is a byline or a reporting
// credit the parser left in the body: "By Jane Doe", "(Reporting by X;
// Editing by Y)", "X contributed to this report."
func isCreditLine(text string) bool {
	if len(text) > 300 {
		return false
	}
	t := strings.TrimLeft(text, "([ ")
	for _, p := range [...]string{"reporting by ", "additional reporting by ", "writing by ", "editing by ", "compiled by ", "written by "} {
		if len(t) >= len(p) && strings.EqualFold(t[:len(p)], p) {
			return true
		}
	}
	if strings.HasPrefix(t, "By ") && countWords(t) <= 12 && !strings.ContainsAny(t, "“”\"") {
		return true
	}
	if strings.Contains(t, "contributed") {
		for _, s := range [...]string{"contributed to this report", "contributed reporting", "contributed to this article", "contributed to this story"} {
			if strings.Contains(t, s) {
				return true
			}
		}
	}
	return false
}

// Package annotate finds the quotations an article carries, the people
// it names and who said what, from its blocks alone, offline, with
// embedded word lists (names/). Its one entry point is Article.
package annotate

import (
	"cmp"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// Article finds the quotations in a's blocks, the people the article
// names (with roles and mention counts) and who said each quotation,
// filling a.Quotes and a.People; names found only in credits (a
// contributor line, "Image: X") are added to a.Contributors.
//
// It works on the blocks alone, offline, with embedded word lists (see
// names/README.md): a person is a capitalised name backed by evidence (a
// known first name, a title, an appositive role, a speech verb), never
// a place, an organisation, a nationality or an unnamed speaker.
func Article(a *content.Article) {
	if a == nil {
		return
	}
	a.Quotes, a.People = nil, nil
	if len(a.Blocks) == 0 {
		return
	}
	lxs := sharedLexicons()
	an := getAnnotator(a, lxs)
	defer an.release()
	quoted := findQuoted(a.Blocks)
	tokens := an.tokenizeBlocks(a.Blocks, lxs)
	for _, q := range quoted {
		for _, sp := range q.spans {
			an.markQuote(sp)
		}
	}
	an.markCredits()
	an.mentions = an.mentionBuffer(tokens/8 + 8)
	an.findMentions()
	an.buildClusters()

	quotes, speakers := an.quotations(quoted)
	people, names := an.people(speakers)
	a.People = people
	a.Quotes = make([]content.Quote, len(quotes))
	// Each quotation's Speaker points to a string of its own, all in one
	// array.
	speakerNames := make([]string, len(quotes))
	for qi, q := range quotes {
		a.Quotes[qi] = content.Quote{Text: q.text, Spans: q.spans}
		if ci := speakers[qi]; ci >= 0 && names[ci] != "" {
			speakerNames[qi] = names[ci]
			a.Quotes[qi].Speaker = &speakerNames[qi]
		}
	}
	for _, name := range an.contributors() {
		// The author is the byline, not a contributor.
		if !slices.Contains(a.Contributors, name) && !strings.Contains(a.Byline, name) {
			a.Contributors = append(a.Contributors, name)
		}
	}
}

// tokenizeBlocks splits every block into tokens, all in one backing
// array, and returns how many there are.
func (an *annotator) tokenizeBlocks(blocks []content.Block, lxs *lexicons) int {
	an.toks = an.blockTokens(len(blocks))
	// About one token per five bytes of text.
	total := 0
	for b := range blocks {
		total += len(blocks[b].Text)
	}
	buf := an.tokenBuffer(total/4 + 16)
	for b := range blocks {
		start := len(buf)
		buf = tokenize(blocks[b].Text, lxs, an.words, buf)
		an.toks[b] = buf[start:len(buf):len(buf)]
	}
	an.tokBuf = buf // keep the grown array, if it grew, for the next call
	return len(buf)
}

// quotations picks the quotations among the quoted spans (no scare
// quotes, nothing inside a credit), partial ones included where their
// sentence names the speaker, and the cluster of each one's speaker (-1
// for none), in reading order.
func (an *annotator) quotations(quoted []quotedSpan) ([]quotedSpan, []int) {
	quotes := make([]quotedSpan, 0, len(quoted))
	for _, q := range quoted {
		if isQuotation(q.text) && !an.inCredit(q.spans[0]) {
			quotes = append(quotes, q)
		}
	}
	bm := an.blockMentions()
	speakers := an.attributeQuotes(bm, quotes)
	return an.withPartialQuotations(bm, quoted, quotes, speakers)
}

// people lists the accepted people, named most first (then first named
// first), with their quotations counted from speakers. names[ci] is the
// name given to cluster ci, "" for a cluster that is no person.
func (an *annotator) people(speakers []int) (people []content.Person, names []string) {
	quoteCount := an.intBuffer(len(an.clusters))
	for _, ci := range speakers {
		if ci >= 0 {
			quoteCount[ci]++
		}
	}
	type ranked struct {
		p     content.Person
		first int
	}
	accepted, spanCount := 0, 0
	for ci := range an.clusters {
		if an.clusters[ci].accepted && len(an.clusters[ci].mentions) > 0 {
			accepted++
			spanCount += len(an.clusters[ci].mentions)
		}
	}
	list := make([]ranked, 0, accepted)
	// Every person's spans are cut from one array, each to its length.
	spans := make([]content.Span, 0, spanCount)
	names = make([]string, len(an.clusters))
	for ci := range an.clusters {
		c := &an.clusters[ci]
		if !c.accepted || len(c.mentions) == 0 {
			continue
		}
		name, aliases := an.nameForms(c)
		names[ci] = name // a mention's words: never empty
		p := content.Person{Name: name, Aliases: aliases, Role: an.roleOf(c), Mentions: len(c.mentions), Quotes: quoteCount[ci]}
		from := len(spans)
		for _, mi := range c.mentions {
			m := &an.mentions[mi]
			toks := an.toks[m.block]
			spans = append(spans, content.Span{Block: m.block, Start: int(toks[m.first].start), End: int(toks[m.last].end)})
		}
		p.Spans = spans[from:len(spans):len(spans)]
		list = append(list, ranked{p: p, first: c.mentions[0]})
	}
	slices.SortStableFunc(list, func(x, y ranked) int {
		if x.p.Mentions != y.p.Mentions {
			return y.p.Mentions - x.p.Mentions
		}
		return cmp.Compare(x.first, y.first)
	})
	people = make([]content.Person, len(list))
	for i := range list {
		people[i] = list[i].p
	}
	return people, names
}

// markQuote flags the tokens of a quotation's span (marks included).
func (an *annotator) markQuote(sp content.Span) {
	toks := an.toks[sp.Block]
	for k := an.tokenAt(sp.Block, sp.Start); k < len(toks) && int(toks[k].start) < sp.End; k++ {
		toks[k].flags |= tfInQuote
		if int(toks[k].start) == sp.Start || int(toks[k].end) == sp.End {
			if toks[k].kind == tkPunct {
				toks[k].flags |= tfQuoteMark
			}
		}
	}
}

func (an *annotator) inCredit(sp content.Span) bool {
	k := an.tokenAt(sp.Block, sp.Start)
	return k < len(an.toks[sp.Block]) && an.toks[sp.Block][k].has(tfCredit)
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
func (an *annotator) markCredits() {
	inSources := false
	for b := range an.a.Blocks {
		bl := &an.a.Blocks[b]
		toks := an.toks[b]
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
		if bl.Type == content.BlockParagraph && isCreditLine(bl.Text) {
			for k := range toks {
				toks[k].flags |= tfCredit
			}
			continue
		}
		for k := 0; k+1 < len(toks); k++ {
			t := &toks[k]
			if t.kind != tkWord || !opensMediaCredit(an.text(b, t)) {
				continue
			}
			// "Image: X", "Photo by X", "(AP Photo/X)"
			next := &toks[k+1]
			if !(next.kind == tkPunct && (next.r == ':' || next.r == '/')) && !(next.kind == tkWord && an.text(b, next) == "by") {
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

// contributors returns the names in credits that are nobody the story
// mentions elsewhere, in order.
func (an *annotator) contributors() []string {
	var out []string
	inSourceList := make(map[int]bool)
	for b := range an.a.Blocks {
		if an.a.Blocks[b].Type == content.BlockList && len(an.toks[b]) > 0 && an.toks[b][0].has(tfCredit) {
			inSourceList[b] = true
		}
	}
	for mi := range an.mentions {
		m := &an.mentions[mi]
		if !m.credit || m.inOrg || m.bad || m.sentCommon {
			continue
		}
		if m.cluster >= 0 && an.clusters[m.cluster].accepted {
			continue
		}
		if inSourceList[m.block] {
			// Only the byline: the name before the item's first period
			// or quotation mark.
			toks := an.toks[m.block]
			stop := false
			for k := 0; k < m.first; k++ {
				if toks[k].has(tfQuoteMark) || (toks[k].kind == tkPunct && toks[k].r == '.') {
					stop = true
					break
				}
			}
			if stop {
				continue
			}
		}
		if m.size() == 1 && an.a.Blocks[m.block].Type == content.BlockCredit {
			continue // "in Seoul"
		}
		if !slices.Contains(out, m.key) {
			out = append(out, m.key)
		}
	}
	return out
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

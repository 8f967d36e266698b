package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

// A name may stand only in the title ("Jane Okafor Named Coach" over a
// body that says "the former striker"). The title is read as one more
// block after the body, a heading, so that its names go through the
// same judging as the body's; its quotations are not read, its words
// that are dictionary words lose their title-case capital (caseTitle),
// and its mentions of people the body names are dropped
// (dropTitleMentions): a title neither adds to a body person's count nor
// gives them a span. A person named in the title only keeps their
// mentions there, counted in Mentions with no span (Spans locate
// namings in the blocks only).

// withTitle returns the blocks to read: the article's blocks and, when
// the title is not one of them already, the title as a heading after
// them, built in buf; title is its index, -1 for none.
func withTitle(a *content.Article, buf []content.Block) (blocks []content.Block, title int) {
	t := strings.TrimSpace(a.Title)
	if t == "" {
		return a.Blocks, -1
	}
	for b := range a.Blocks {
		if len(a.Blocks[b].Text) == len(t) && a.Blocks[b].Text == t {
			return a.Blocks, -1 // a reader that keeps the title as a block
		}
	}
	blocks = append(append(buf[:0], a.Blocks...), content.Block{Type: content.BlockHeading, Text: t})
	return blocks, len(a.Blocks)
}

// caseTitle takes the capital off the title's words that are dictionary
// or function words and no first name ("Okafor Named Coach" reads
// "Okafor named coach"): a headline capitalises every word, and a run
// of capitals would glue the verb to the name. A family name that is
// also a word ("Woods") is lost so, where the body names the person
// anyway; a title or role keeps its capital only before a capitalised
// word ("Prime Minister Fatos Nano", not "Fatos Nano Prime Minister").
func (tk *tokenStage) caseTitle(b int) {
	const given = lxGiven | lxGivenUS | lxGivenProper
	toks, text := tk.toks[b], tk.a.Blocks[b].Text
	for k := len(toks) - 1; k >= 0; k-- {
		t := &toks[k]
		if t.kind != tkWord || !t.has(tfCap) || t.has(tfAllCaps|tfInitial) {
			continue
		}
		lex := t.lex
		if w := text[t.start:t.end]; lex == 0 && strings.IndexByte(w, '-') > 0 {
			lex = tk.lx.classes(w[strings.LastIndexByte(w, '-')+1:]) // "Vice-Chancellor"
		}
		if lex&(lxEnglish|lxNonName|lxHonorific|lxRole) == 0 || lex&given != 0 {
			continue
		}
		beforeName := k+1 < len(toks) && toks[k+1].kind == tkWord && toks[k+1].has(tfCap)
		if lex&(lxHonorific|lxRole) == 0 || !beforeName {
			t.flags &^= tfCap
		}
	}
}

// titleNameEvidence holds the evidence that makes a name in the title
// alone a person's: its own words (a known first name, a name's shape)
// or a title before it; a headline's verbs say too little.
const titleNameEvidence = evGiven | evNameLike | evAsian | evTitle | evLetter

// dropTitleMentions takes the title's mentions out of the people the
// body names too, so that the title neither counts nor locates a
// naming of them; a person named in the title only keeps theirs.
func (cs *clusterStage) dropTitleMentions() {
	if cs.title < 0 {
		return
	}
	for ci := range cs.clusters {
		c := &cs.clusters[ci]
		inBody := false
		for _, mi := range c.mentions {
			if cs.mentions[mi].block != cs.title {
				inBody = true
				break
			}
		}
		if !inBody {
			c.accepted = c.accepted && cs.titleNamesOnItsOwn(c)
			continue
		}
		kept := c.mentions[:0]
		for _, mi := range c.mentions {
			if cs.mentions[mi].block == cs.title {
				cs.mentions[mi].cluster = -1
				continue
			}
			kept = append(kept, mi)
		}
		c.mentions = kept
	}
}

// titleNamesOnItsOwn reports a person named in the title only whose
// name there has two words or more and evidence of its own.
func (cs *clusterStage) titleNamesOnItsOwn(c *cluster) bool {
	for _, mi := range c.mentions {
		if m := &cs.mentions[mi]; m.size() >= 2 && m.ev&titleNameEvidence != 0 {
			return true
		}
	}
	return false
}

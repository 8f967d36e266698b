package annotate

import (
	"cmp"
	"slices"

	"github.com/newsreader/newsreader/content"
)

// people lists the accepted people, named most first (then first named
// first), with their quotations counted from speakers. names[ci] is the
// name given to cluster ci, "" for a cluster that is no person.
func (cs *clusterStage) people(speakers []speakerResult) (people []content.Person, names []string) {
	quoteCount := cs.intBuffer(len(cs.clusters))
	for _, sp := range speakers {
		if sp.cluster >= 0 {
			quoteCount[sp.cluster]++
		}
	}
	type ranked struct {
		p     content.Person
		first int
	}
	accepted, spanCount := 0, 0
	for ci := range cs.clusters {
		if cs.clusters[ci].accepted && len(cs.clusters[ci].mentions) > 0 {
			accepted++
			spanCount += len(cs.clusters[ci].mentions)
		}
	}
	list := make([]ranked, 0, accepted)
	// Every person's spans are cut from one array, each to its length.
	spans := make([]content.Span, 0, spanCount)
	names = make([]string, len(cs.clusters))
	for ci := range cs.clusters {
		c := &cs.clusters[ci]
		if !c.accepted || len(c.mentions) == 0 {
			continue
		}
		name, aliases := cs.nameForms(c)
		names[ci] = name // a mention's words: never empty
		p := content.Person{Name: name, Aliases: aliases, Role: cs.roleOf(c), Mentions: len(c.mentions), Quotes: quoteCount[ci]}
		from := len(spans)
		for _, mi := range c.mentions {
			m := &cs.mentions[mi]
			if m.block == cs.title {
				continue // named in the title only: no span in the blocks
			}
			toks := cs.toks[m.block]
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

// contributors returns the names in credits that are nobody the story
// mentions elsewhere, in order.
func (cs *clusterStage) contributors() []string {
	var out []string
	inSourceList := make(map[int]bool)
	for b := range cs.a.Blocks {
		if cs.a.Blocks[b].Type == content.BlockList && len(cs.toks[b]) > 0 && cs.toks[b][0].has(tfCredit) {
			inSourceList[b] = true
		}
	}
	for mi := range cs.mentions {
		m := &cs.mentions[mi]
		if !m.credit || m.inOrg || m.bad || m.sentCommon {
			continue
		}
		if m.cluster >= 0 && cs.clusters[m.cluster].accepted {
			continue
		}
		if inSourceList[m.block] {
			// Only the byline: the name before the item's first period
			// or quotation mark.
			toks := cs.toks[m.block]
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
		if m.size() == 1 && cs.a.Blocks[m.block].Type == content.BlockCredit {
			continue // "in Seoul"
		}
		if !slices.Contains(out, m.key) {
			out = append(out, m.key)
		}
	}
	return out
}

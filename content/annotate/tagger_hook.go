package annotate

import (
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/annotate/tagger"
)

// evLearned is the evidence of the learned tagger: it labelled the
// mention's words a name. A high bit, apart from the rules' own.
const evLearned uint16 = 1 << 15

// learnedNames holds the tagger's tokens and labels of every block.
type learnedNames struct {
	toks   [][]tagger.Token
	labels [][]uint8
}

// learnedLabels tags a's blocks with model; nil when model is nil.
func learnedLabels(a *content.Article, model *tagger.Model) *learnedNames {
	if model == nil {
		return nil
	}
	ln := &learnedNames{toks: make([][]tagger.Token, len(a.Blocks))}
	for i, b := range a.Blocks {
		ln.toks[i] = tagger.Tokenize(b.Text, nil)
	}
	ln.labels = model.Tag(ln.toks, WordClasses, nil)
	return ln
}

// names reports whether the tagger labelled every word of block b's
// bytes start to end a name, opening at start.
func (ln *learnedNames) names(b, start, end int) bool {
	seen := false
	for i, t := range ln.toks[b] {
		if t.End <= start || t.Start >= end {
			continue
		}
		l := ln.labels[b][i]
		if l == tagger.O || t.Start == start && l != tagger.B {
			return false
		}
		seen = true
	}
	return seen
}

// addLearnedEvidence gives a mention the rules found no evidence for the
// tagger's, when the tagger labels it a name; the rules' typing
// (places, organisations, credits) still judges it after.
func (ms *mentionStage) addLearnedEvidence(m *mention) {
	if ms.learned == nil || m.ev != 0 || m.credit {
		return
	}
	toks := ms.toks[m.block]
	if ms.learned.names(m.block, int(toks[m.first].start), int(toks[m.last].end)) {
		m.ev |= evLearned
	}
}

// learnedOneWord reports whether the tagger vouches for a one-word
// person: it labelled two or more of its namings a name (one naming
// alone was wrong more often than right on gum-news).
func (cs *clusterStage) learnedOneWord(c *cluster) bool {
	n := 0
	for _, mi := range c.mentions {
		if cs.mentions[mi].ev&evLearned != 0 {
			n++
		}
	}
	return n >= 2
}

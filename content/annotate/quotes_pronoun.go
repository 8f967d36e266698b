package annotate

import "sort"

// A he or she that names a speaker refers, in news style, to the subject
// of the sentences before it, not to the nearest name: "Roe said she
// began after the death of Doe. "…," she said." is Roe's. The pronoun
// also keeps its referent across sentences whose subject is the same
// pronoun ("He said ... . "…," he said."), and a speaker quoted just
// before is carried forward ("Obama praised Clinton. "She is …," he
// said." is Obama's). A person whose gender is known and differs is
// never taken.

// Salience weights of a candidate referent (see resolvePronoun).
const (
	pronounSentenceCost = 10 // each sentence between name and pronoun
	pronounSubject      = 25 // the name is its sentence's subject
	pronounGenderMatch  = 15 // the person's gender is the pronoun's
	pronounLastSpeaker  = 12 // the person spoke the quotation before
	pronounSameSentence = 15 // the name is in the pronoun's own sentence
	pronounBlocks       = 5  // paragraphs looked back over
	pronounMaxSentences = 6  // sentences looked back over
)

// resolvePronoun finds the person a he/she (gender g) at token k of
// block b refers to: among the people named before it outside
// quotations, in the last few sentences, the one with the highest
// salience (subject, same gender, last speaker, near), nearer first on
// a tie; -1 for none.
func (at *attribution) resolvePronoun(bm [][]int, b, k int, g byte) int {
	best, bestScore := -1, 0
	dist := 0
	for bb := b; bb >= 0 && bb >= b-pronounBlocks && dist <= pronounMaxSentences; bb-- {
		toks := at.toks[bb]
		end := len(toks)
		if bb == b {
			end = k
		}
		ms := bm[bb]
		x := len(ms) - 1
		for x >= 0 && at.mentions[ms[x]].first >= end {
			x--
		}
		for j := end - 1; j >= -1; j-- {
			if j >= 0 && !at.sentenceEndAt(bb, j) {
				for x >= 0 && at.mentions[ms[x]].first == j {
					if ci, s := at.pronounCandidate(bm, ms[x], g, dist); ci >= 0 && (best < 0 || s > bestScore) {
						best, bestScore = ci, s
					}
					x--
				}
				continue
			}
			// The sentence after token j is done: it adds to the
			// distance unless its subject is the same pronoun.
			if !at.opensWithPronoun(bb, j+1, end, g) {
				dist++
			}
		}
	}
	if best < 0 {
		best = at.recentSpeaker(bm, g)
	}
	return best
}

// pronounCandidate scores mention mi as the referent of a pronoun of
// gender g dist sentences after it: its cluster and score, or -1 when it
// is quoted or its gender is not g.
func (at *attribution) pronounCandidate(bm [][]int, mi int, g byte, dist int) (int, int) {
	m := &at.mentions[mi]
	if at.toks[m.block][m.first].has(tfInQuote) {
		return -1, 0
	}
	cg := at.clusterGender(bm, m.cluster)
	if cg != 0 && cg != g {
		return -1, 0
	}
	s := -pronounSentenceCost * dist
	if cg == g {
		s += pronounGenderMatch
	}
	if dist == 0 {
		s += pronounSameSentence
	}
	if at.isSubject(bm, m) {
		s += pronounSubject
	} else if at.unknownSubjectOf(bm, m) {
		return -1, 0
	}
	if m.cluster == at.lastSpeaker {
		s += pronounLastSpeaker
	}
	return m.cluster, s
}

// sentenceEndAt reports a full stop, question or exclamation mark at
// token j of block b, outside quotations, that ends a sentence.
func (at *attribution) sentenceEndAt(b, j int) bool {
	t := &at.toks[b][j]
	if t.kind != tkPunct || t.has(tfInQuote) || t.r == ';' {
		return false
	}
	return at.endsClause(b, j) && !closesParen(at.toks[b], j)
}

// opensWithPronoun reports a sentence of block b, tokens [from, to),
// whose first word outside quotations is a pronoun of gender g.
func (at *attribution) opensWithPronoun(b, from, to int, g byte) bool {
	toks := at.toks[b]
	for j := from; j < to; j++ {
		t := &toks[j]
		if t.kind != tkWord || t.has(tfInQuote) {
			continue
		}
		return pronounGender(at.text(b, t)) == g
	}
	return false
}

// isSubject reports a mention that is the subject of its sentence: at
// its start (after a title), after an opening phrase and a comma, after
// a quotation ("…," Roe said) or after an inverted speech verb ("…,"
// said Roe), and followed by a verb, a comma or a parenthesis, not a
// possessive.
func (at *attribution) isSubject(bm [][]int, m *mention) bool {
	b, toks := m.block, at.toks[m.block]
	if toks[m.last].has(tfPossessive) {
		return false
	}
	if n := m.last + 1; n < len(toks) {
		t := &toks[n]
		if (t.kind == tkWord && t.has(tfCap)) || (t.kind == tkPunct && t.r != ',' && t.r != '(') {
			return false
		}
	}
	j := m.first - 1
	for j >= 0 && ((toks[j].kind == tkWord && toks[j].has(tfCap) && !toks[j].has(tfInQuote)) || at.abbrevPeriod(b, j)) {
		j--
	}
	if j < 0 {
		return true
	}
	t := &toks[j]
	switch {
	case t.has(tfQuoteMark) || t.has(tfInQuote):
		return true
	case t.kind == tkPunct && (t.r == ':' || t.r == ';' || at.sentenceEndAt(b, j)):
		return true
	case t.kind == tkPunct && t.r == ',':
		return at.opensSentence(bm, b, j)
	case t.kind == tkWord && wordIs(at.text(b, t), wcSpeechVerb):
		return j > 0 && (toks[j-1].has(tfQuoteMark) || (toks[j-1].kind == tkPunct && toks[j-1].r == ','))
	}
	return false
}

// opensSentence reports a comma at token c of block b that ends a short
// opening phrase naming no person ("On Monday, Roe said").
func (at *attribution) opensSentence(bm [][]int, b, c int) bool {
	toks := at.toks[b]
	start := c - 1
	for start >= 0 && c-start <= 8 {
		t := &toks[start]
		if t.has(tfQuoteMark) || at.sentenceEndAt(b, start) {
			break
		}
		if t.kind == tkPunct && t.r == ',' {
			return false
		}
		start--
	}
	if start >= 0 && c-start > 8 {
		return false
	}
	for _, mi := range bm[b] {
		if m := &at.mentions[mi]; m.first > start && m.first < c {
			return false
		}
	}
	return true
}

// unknownSubjectOf reports a sentence whose subject, before mention m,
// is a name of two words or more that was not judged a person ("Barack
// Obama praised Hillary Clinton"): a he or she after it more likely
// refers to that name than to m, the object.
func (at *attribution) unknownSubjectOf(bm [][]int, m *mention) bool {
	i := sort.Search(len(at.mentions), func(i int) bool {
		o := &at.mentions[i]
		return o.block > m.block || (o.block == m.block && o.first >= m.first)
	})
	for i--; i >= 0; i-- {
		o := &at.mentions[i]
		if o.block != m.block {
			return false
		}
		for j := o.last + 1; j < m.first; j++ {
			if at.sentenceEndAt(o.block, j) {
				return false
			}
		}
		accepted := o.cluster >= 0 && at.clusters[o.cluster].accepted
		if !accepted && !o.bad && !o.place && !o.inOrg && !o.credit && o.size() >= 2 && at.isSubject(bm, o) {
			return true
		}
	}
	return false
}

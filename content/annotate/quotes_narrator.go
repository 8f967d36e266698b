package annotate

import (
	"sort"
	"strings"
)

// A first-person narrator's lines ("…," I said) have no named speaker
// unless the story tells the narrator's name. It does when the people
// talking with the narrator call them by it: a line next to one of the
// narrator's that addresses someone by a name ("Robert, this never
// happened in San Francisco." / "No," I said.) names the narrator, when
// that name is never used outside quotation marks (a character the
// narration speaks of is somebody else).

// nameNarrator gives the narrator's lines of speakers (the quotations
// qs) the narrator's name when the lines beside them tell it, and
// accepts that name as a person.
func (at *attribution) nameNarrator(qs []quotedSpan, speakers []speakerResult) {
	lines := 0
	for _, r := range speakers {
		if r.kind == kindNarrator {
			lines++
		}
	}
	if lines == 0 {
		return
	}
	votes := make(map[int]int)
	for qi := range qs {
		if speakers[qi].kind == kindNarrator || !at.besideNarrator(qs, speakers, qi) {
			continue
		}
		if ci := at.vocative(&qs[qi]); ci >= 0 {
			votes[ci]++
		}
	}
	best, bestVotes := -1, 0
	for ci, n := range votes {
		if n > bestVotes || n == bestVotes && ci < best {
			best, bestVotes = ci, n
		}
	}
	if best < 0 || !at.onlyQuoted(best) {
		return
	}
	at.clusters[best].accepted = true
	for i := range speakers {
		if speakers[i].kind == kindNarrator {
			speakers[i] = personSpeaker(best)
		}
	}
}

// besideNarrator reports a quotation qs[qi] whose neighbour, in its
// paragraph or the one before or after, is the narrator's line.
func (at *attribution) besideNarrator(qs []quotedSpan, speakers []speakerResult, qi int) bool {
	b := qs[qi].spans[0].Block
	for _, j := range [2]int{qi - 1, qi + 1} {
		if j >= 0 && j < len(qs) && speakers[j].kind == kindNarrator {
			if d := qs[j].spans[0].Block - b; d >= -1 && d <= 1 {
				return true
			}
		}
	}
	return false
}

// vocative returns the candidate person a quotation addresses by name
// (a known first or family name or a title, not an interjection like
// "Uhhh"): a name alone between the opening mark or a comma and a
// comma, a full stop, a question or an exclamation mark or the closing
// mark ("Robert, …", "…, Cara."), or after "you're" ("You're not even
// Siri"); -1 for none.
func (at *attribution) vocative(q *quotedSpan) int {
	sp := q.spans[0]
	b, toks := sp.Block, at.toks[sp.Block]
	from, to := at.tokenAt(b, sp.Start), at.tokenAt(b, sp.End)
	i := sort.Search(len(at.mentions), func(i int) bool {
		m := &at.mentions[i]
		return m.block > b || m.block == b && m.first > from
	})
	for ; i < len(at.mentions); i++ {
		m := &at.mentions[i]
		if m.block != b || m.last >= to {
			break
		}
		if m.cluster < 0 || m.bad || m.place || m.org || m.credit || toks[m.last].has(tfPossessive) {
			continue
		}
		known := toks[m.first].lex&(lxGiven|lxGivenUS|lxPersonName|lxHonorific) != 0
		f := m.first
		if f-2 > from && at.abbrevPeriod(b, f-1) && toks[f-2].lex&lxHonorific != 0 {
			f -= 2 // "Mrs. Claus" named after a title outside the mention
		}
		before, after := &toks[f-1], &toks[m.last+1]
		opens := before.has(tfQuoteMark) || before.kind == tkPunct && before.r == ','
		closes := after.has(tfQuoteMark) || after.kind == tkPunct && (after.r == ',' || after.r == '.' || after.r == '!' || after.r == '?')
		if opens && closes && known || toks[m.first].lex&lxEnglish == 0 && at.afterYouAre(b, f, from) {
			return m.cluster
		}
	}
	return -1
}

// afterYouAre reports a name at token f of block b that follows "you're"
// or "you are" within the quotation opening at token from, maybe past
// "not", "even" or "still" ("You're not even Siri any more"): the person
// spoken to is called by it.
func (at *attribution) afterYouAre(b, f, from int) bool {
	toks := at.toks[b]
	k := f - 1
	for k > from && toks[k].kind == tkWord {
		switch at.text(b, &toks[k]) {
		case "not", "even", "still", "really", "just":
			k--
			continue
		}
		break
	}
	if k <= from || toks[k].kind != tkWord {
		return false
	}
	switch w := strings.ReplaceAll(at.text(b, &toks[k]), "’", "'"); w {
	case "you're", "You're":
		return true
	case "are":
		return k-1 > from && strings.EqualFold(at.text(b, &toks[k-1]), "you")
	}
	return false
}

// onlyQuoted reports a cluster every mention of which lies inside
// quotation marks.
func (at *attribution) onlyQuoted(ci int) bool {
	for _, mi := range at.clusters[ci].mentions {
		m := &at.mentions[mi]
		if !at.toks[m.block][m.first].has(tfInQuote) {
			return false
		}
	}
	return len(at.clusters[ci].mentions) > 0
}

// labelSpeaker returns the person a transcript's speaker label names
// at the start of block b ("PELOSI: …", "Nancy Pelosi: …"): the "I" of
// the turn is theirs. -1 when the block opens with no label or the
// label names no one person of the article ("Q:", "INTERVIEWER:").
func (at *attribution) labelSpeaker(bm [][]int, b int) int {
	toks := at.toks[b]
	colon := 0
	for colon < len(toks) && colon <= 3 && toks[colon].kind == tkWord && toks[colon].has(tfCap) && !toks[colon].has(tfInQuote) {
		colon++
	}
	if colon == 0 || colon > 3 || colon >= len(toks) || toks[colon].kind != tkPunct || toks[colon].r != ':' {
		return -1
	}
	for _, mi := range bm[b] {
		if m := &at.mentions[mi]; m.first == 0 && m.last == colon-1 {
			return m.cluster
		}
	}
	return at.personBySurnameFold(at.text(b, &toks[colon-1]))
}

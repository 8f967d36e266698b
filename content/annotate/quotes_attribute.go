package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

// attributeQuotes sets the speaker of each quotation.
func (at *attribution) attributeQuotes(bm [][]int, qs []quotedSpan) []speakerResult {
	speakers := make([]speakerResult, len(qs))
	at.recent = at.recent[:0]
	for qi := range qs {
		speakers[qi] = noSpeaker
		at.lastSpeaker = -1
		if qi > 0 && qs[qi-1].spans[0].Block >= qs[qi].spans[0].Block-3 {
			at.lastSpeaker = speakers[qi-1].cluster
		} else {
			at.recent = at.recent[:0] // a new conversation
		}
		r := at.readSpeaker(bm, qs, speakers, qi)
		if r.kind == kindNarrator {
			if ci := at.labelSpeaker(bm, qs[qi].spans[0].Block); ci >= 0 {
				r = personSpeaker(ci) // "PELOSI: … I said, "…""
			}
		}
		if r.cluster >= 0 || r.kind != kindNone {
			speakers[qi] = r
			at.noteSpeaker(r.cluster)
		}
	}
	at.lastSpeaker = -1 // partial quotations follow, in another order
	at.recent = at.recent[:0]
	return speakers
}

// readSpeaker reads who said quotation qs[qi], the ones before it
// attributed already: an attribution after it or before it in its
// sentence, the subject of a sentence that introduces it, a person's
// action before it, the speaker of the quotation before it in its
// paragraph, an action after it, the turns of a dialogue, the quotation
// of the paragraph before, or a paragraph that introduces it.
func (at *attribution) readSpeaker(bm [][]int, qs []quotedSpan, speakers []speakerResult, qi int) speakerResult {
	q := &qs[qi]
	first, last := q.spans[0], q.spans[len(q.spans)-1]
	open := at.tokenAt(first.Block, first.Start)
	after := at.tokenAt(last.Block, last.End)
	r := at.speakerAfter(bm, last.Block, after, quoteEndsSentence(q.text))
	if !r.found {
		r = at.speakerBefore(bm, first.Block, open)
	}
	if !r.found {
		if ci := at.subjectIntroducing(bm, first.Block, open); ci >= 0 {
			r = personSpeaker(ci)
		}
	}
	var prev speakerResult
	prevBlock := -1
	if qi > 0 {
		pq := &qs[qi-1]
		prev, prevBlock = speakers[qi-1], pq.spans[len(pq.spans)-1].Block
	}
	if !r.found {
		// A sentence between names who acts ("Bell shook his head.").
		r = at.beatBefore(bm, first.Block, open)
	}
	if !r.found && prevBlock == first.Block && prev.found {
		r = prev // another quotation of the same paragraph
	}
	if !r.found {
		r = at.beatAfter(bm, q)
	}
	if !r.found && prevBlock == first.Block-1 && open == 0 && at.a.Blocks[first.Block].Type != content.BlockCaption {
		// A paragraph that is one quotation after an attributed one:
		// the turns of a dialogue, else the same speaker goes on.
		if t, ok := at.turnTaking(qs, speakers, qi); ok {
			r = t
		} else if prev.found {
			r = prev
		}
	}
	if !r.found && open == 0 && first.Block > 0 {
		r = at.introducedBy(bm, first.Block-1)
		if !r.found && at.a.Blocks[first.Block-1].Type == content.BlockParagraph {
			// "Lena Ortiz, the mayor, spoke for an hour." then the
			// quotation: the last sentence's subject.
			r = at.beatBefore(bm, first.Block-1, len(at.toks[first.Block-1]))
		}
	}
	return r
}

// introducedBy reads a paragraph b that introduces the quotation
// paragraph after it ("Newsham said:"): the attribution at its end.
func (at *attribution) introducedBy(bm [][]int, pb int) speakerResult {
	n := len(at.toks[pb])
	if n == 0 || at.a.Blocks[pb].Type != content.BlockParagraph || at.toks[pb][n-1].has(tfInQuote) {
		return noSpeaker
	}
	if t := &at.toks[pb][n-1]; t.kind == tkPunct && (t.r == '.' || t.r == ':') {
		n--
	}
	return at.speakerBefore(bm, pb, n)
}

// subjectIntroducing reads the speaker of a quotation that a sentence
// introduces with a colon but no verb of speech ("During Questions,
// Sunak defended the record: "…""): the person who is the sentence's
// subject, named (after any title) at its start or after an opening
// phrase, and followed by a verb (a lower-case word). A person named later is an object ("Police
// arrested Smith:"), and is not taken.
func (at *attribution) subjectIntroducing(bm [][]int, b, open int) int {
	toks := at.toks[b]
	colon := open - 1
	if colon < 1 || toks[colon].kind != tkPunct || toks[colon].r != ':' || toks[colon].has(tfInQuote) {
		return -1
	}
	start := colon - 1
	for start >= 0 {
		t := &toks[start]
		if t.kind == tkPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == ';' || t.r == ':') && !t.has(tfInQuote) && !closesParen(toks, start) {
			break
		}
		start--
	}
	for _, mi := range bm[b] {
		m := &at.mentions[mi]
		if m.first <= start {
			continue
		}
		if m.last >= colon {
			break
		}
		// Back over a title written before the name ("Prime Minister").
		before, after := m.first-1, m.last+1
		for before > start && toks[before].kind == tkWord && at.titleWordBefore(b, before) {
			before--
		}
		opens := before == start || (toks[before].kind == tkPunct && toks[before].r == ',') || at.opensClause(b, start, before)
		if opens && toks[after].kind == tkWord && !toks[after].has(tfCap) && !toks[after].has(tfInQuote) && !toks[m.last].has(tfPossessive) {
			return m.cluster
		}
		return -1 // the first person named is not the subject
	}
	return -1
}

// withPartialQuotations returns quotes (the quotations of quoted, with
// their speakers) with the partial quotations of quoted added in reading
// order: the few quoted words whose own sentence names their speaker
// ("Cooper said her party has supported the idea "for months"", "The
// mayor called the plan "a giveaway"").
// Without a speaker (a person, an organisation or a description) they are left out, as likely a term in scare
// quotes, and they never lend their speaker to the quotations around.
func (at *attribution) withPartialQuotations(bm [][]int, quoted, quotes []quotedSpan, speakers []speakerResult) ([]quotedSpan, []speakerResult) {
	var qs []quotedSpan
	var sp []speakerResult
	full := 0 // the next of quotes, which keep quoted's order
	for i, q := range quoted {
		if full < len(quotes) && quotes[full].spans[0] == q.spans[0] {
			if qs != nil {
				qs, sp = append(qs, q), append(sp, speakers[full])
			}
			full++
			continue
		}
		if !isPartialQuotation(q.text) || at.inCredit(q.spans[0]) {
			continue
		}
		first, last := q.spans[0], q.spans[len(q.spans)-1]
		r := at.speakerBefore(bm, first.Block, at.tokenAt(first.Block, first.Start))
		if !r.found {
			r = at.speakerAfter(bm, last.Block, at.tokenAt(last.Block, last.End), quoteEndsSentence(q.text))
		}
		if r.cluster < 0 && (r.kind == kindNone || r.kind == kindNarrator || !strings.Contains(q.text, " ")) {
			// An unnamed speaker's single quoted word is more likely
			// a term in scare quotes ("Polaroids of "unknowns"").
			continue
		}
		if qs == nil { // the first one: copy what came before it
			qs = append(make([]quotedSpan, 0, len(quotes)+len(quoted)-i), quotes[:full]...)
			sp = append(make([]speakerResult, 0, cap(qs)), speakers[:full]...)
		}
		qs, sp = append(qs, q), append(sp, r)
	}
	if qs == nil {
		return quotes, speakers
	}
	return qs, sp
}

// quoteEndsSentence reports quoted words that end with a full stop, a
// question or an exclamation mark.
func quoteEndsSentence(text string) bool {
	text = strings.TrimRight(text, " ")
	return strings.HasSuffix(text, ".") || strings.HasSuffix(text, "?") || strings.HasSuffix(text, "!") || strings.HasSuffix(text, "…")
}

// personAfterVerb returns the speaker of an inverted verb ("said
// Professor Eastman:"): a person named within a few words after the
// verb and followed by punctuation, not by a verb of their own ("said
// Warhol was ..." names no speaker).
func (at *attribution) personAfterVerb(bm [][]int, b, v, limit int) int {
	toks := at.toks[b]
	for _, mi := range bm[b] {
		m := &at.mentions[mi]
		if m.first <= v || m.first >= min(limit, v+5) {
			continue
		}
		n := m.last + 1
		if n >= len(toks) || toks[n].kind == tkPunct {
			return m.cluster
		}
		return -1
	}
	return -1
}

// issuesStatement reports a verb at token v that puts out a statement
// ("issued a statement", "released a letter", "posted a message"), the
// noun within three words after it and before token limit.
func (at *attribution) issuesStatement(b, v, limit int) bool {
	toks := at.toks[b]
	if !wordIs(at.text(b, &toks[v]), wcStatementVerb) {
		return false
	}
	for j := v + 1; j < limit && j <= v+3; j++ {
		if toks[j].kind != tkWord {
			return false
		}
		if wordIs(at.text(b, &toks[j]), wcStatementNoun) {
			return true
		}
	}
	return false
}

// closesParen reports a full stop right before a closing parenthesis
// ("(D-Mass.)"): an abbreviation, not a sentence's end.
func closesParen(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].kind == tkPunct && toks[k+1].r == ')'
}

// quotations picks the quotations among the quoted spans (no scare
// quotes, nothing inside a credit), partial ones included where their
// sentence names the speaker, and the cluster of each one's speaker (-1
// for none), in reading order.
func (at *attribution) quotations(quoted []quotedSpan) ([]quotedSpan, []speakerResult) {
	quotes := make([]quotedSpan, 0, len(quoted))
	for _, q := range quoted {
		if isQuotation(q.text) && !at.inCredit(q.spans[0]) {
			quotes = append(quotes, q)
		}
	}
	bm := at.blockMentions()
	quotes = at.withDialogueLines(bm, quoted, quotes)
	speakers := at.attributeQuotes(bm, quotes)
	at.nameNarrator(quotes, speakers)
	return at.withPartialQuotations(bm, quoted, quotes, speakers)
}

package annotate

import (
	"sort"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// speakerResult is what reading around a quotation found: a person
// (cluster index), an explicit but unnamed source ("a spokesman said"),
// or nothing.
type speakerResult struct {
	cluster int  // -1 when no person
	found   bool // an attribution was read, even if to no named person
}

var noSpeaker = speakerResult{cluster: -1}

// tokenAt returns the index of the first token of block b starting at
// or after byte offset off.
func (an *annotator) tokenAt(b, off int) int {
	toks := an.toks[b]
	return sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= off })
}

// blockMentions lists, per block, the mentions of accepted people in
// reading order.
//
// Mentions are recorded in reading order, so each block's list is a run
// of one array; both arrays are the annotator's, reused from call to call.
func (an *annotator) blockMentions() [][]int {
	flat := an.bmFlat[:0]
	for mi := range an.mentions {
		m := &an.mentions[mi]
		if m.cluster >= 0 && an.clusters[m.cluster].accepted {
			flat = append(flat, mi)
		}
	}
	an.bmFlat = flat
	if cap(an.bmBlocks) < len(an.toks) {
		an.bmBlocks = make([][]int, len(an.toks))
	}
	out := an.bmBlocks[:len(an.toks)]
	clear(out)
	for start := 0; start < len(flat); {
		b := an.mentions[flat[start]].block
		end := start + 1
		for end < len(flat) && an.mentions[flat[end]].block == b {
			end++
		}
		out[b] = flat[start:end:end]
		start = end
	}
	return out
}

// personEndingAt returns the person whose mention ends at token k of
// block b (the name's last word), or -1.
func (an *annotator) personEndingAt(bm [][]int, b, k int) int {
	for _, mi := range bm[b] {
		if an.mentions[mi].last == k {
			return an.mentions[mi].cluster
		}
	}
	return -1
}

// personStartingIn returns the first person named in tokens [from, to)
// of block b, or -1.
func (an *annotator) personStartingIn(bm [][]int, b, from, to int) int {
	for _, mi := range bm[b] {
		m := &an.mentions[mi]
		if m.first >= from && m.first < to {
			return m.cluster
		}
	}
	return -1
}

// clusterGender guesses 'm' or 'f' from a person's first name, 0 when
// unknown or ambiguous.
func (an *annotator) clusterGender(ci int) byte {
	c := &an.clusters[ci]
	if g, ok := an.genders[ci]; ok {
		return g
	}
	var g byte
	for _, w := range []string{c.names[0], c.names[len(c.names)-1]} {
		cl := an.lx.classes(w)
		switch cl & lxGiven {
		case lxGivenMale:
			g = 'm'
		case lxGivenFemale:
			g = 'f'
		}
		if g != 0 || len(c.names) == 1 {
			break
		}
	}
	an.genders[ci] = g
	return g
}

// resolvePronoun finds the person a he/she at token k of block b
// refers to: the nearest person named before it, outside quotations,
// whose first name does not contradict the pronoun.
func (an *annotator) resolvePronoun(bm [][]int, b, k int, g byte) int {
	// The nearest person whose first name has the pronoun's gender;
	// failing that, the nearest whose first name does not say.
	unknown := -1
	for bb := b; bb >= 0 && bb >= b-3; bb-- {
		ms := bm[bb]
		for x := len(ms) - 1; x >= 0; x-- {
			m := &an.mentions[ms[x]]
			if bb == b && m.first >= k {
				continue
			}
			if an.toks[bb][m.first].has(tfInQuote) {
				continue
			}
			cg := an.clusterGender(m.cluster)
			if cg == g {
				return m.cluster
			}
			if cg == 0 && unknown < 0 {
				unknown = m.cluster
			}
		}
	}
	return unknown
}

// subjectBefore reads the subject of the speech verb at token v of
// block b: a name ("Newsham said"), a name and an appositive ("Grant
// Newsham, a senior research fellow ..., said"), or a pronoun.
func (an *annotator) subjectBefore(bm [][]int, b, v, floor int) speakerResult {
	toks := an.toks[b]
	k := v - 1
	for k > floor && toks[k].kind == tkWord && isSpeechAdverb(an.text(b, &toks[k])) {
		k--
	}
	// A parenthesis between name and verb: "Warren (D-Mass.) said".
	if k > floor && toks[k].kind == tkPunct && toks[k].r == ')' {
		for j := k - 1; j > floor && j > k-12; j-- {
			if toks[j].kind == tkPunct && toks[j].r == '(' {
				k = j - 1
				break
			}
		}
	}
	if k <= floor || k < 0 { // nothing between the clause's start and the verb
		return noSpeaker
	}
	if ci := an.personEndingAt(bm, b, k); ci >= 0 {
		return speakerResult{cluster: ci, found: true}
	}
	// A person's own words in writing ("Cornyn's statement added"); not
	// their spokesman's or office's, who speak for them.
	if k-1 > floor && toks[k].kind == tkWord && toks[k-1].has(tfPossessive) && isStatementNoun(an.text(b, &toks[k])) {
		if ci := an.personEndingAt(bm, b, k-1); ci >= 0 {
			return speakerResult{cluster: ci, found: true}
		}
	}
	if toks[k].kind == tkWord {
		if g := pronounGender(an.text(b, &toks[k])); g != 0 {
			return speakerResult{cluster: an.resolvePronoun(bm, b, k, g), found: true}
		}
	}
	if toks[k].kind == tkPunct && toks[k].r == ',' {
		// An appositive, maybe with commas of its own ("Cynthia
		// Thompson, curator ... at the University of Arkansas,
		// Fayetteville, said"): the name before one of its commas.
		for j := k; j > floor && j > k-30; j-- {
			if toks[j].has(tfQuoteMark) || (toks[j].kind == tkWord && isSpeechVerb(an.text(b, &toks[j]))) {
				break
			}
			if toks[j].kind == tkPunct && toks[j].r == ',' {
				if ci := an.personEndingAt(bm, b, j-1); ci >= 0 {
					return speakerResult{cluster: ci, found: true}
				}
			}
		}
	}
	if toks[k].kind == tkWord {
		switch an.text(b, &toks[k]) {
		case "and", "but", "then":
			// "Cooper said her party ... "for months", and said it
			// was ...": the subject of the first verb of the sentence.
			for j := k - 1; j >= 0 && j > k-60; j-- {
				t := &toks[j]
				if t.kind == tkPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == ';') && !t.has(tfInQuote) {
					break
				}
				if t.kind == tkWord && !t.has(tfInQuote) && isSpeechVerb(an.text(b, t)) {
					if r := an.subjectBefore(bm, b, j, -1); r.cluster >= 0 {
						return r
					}
					break
				}
			}
			return noSpeaker
		case "who":
			return noSpeaker
		}
	}
	// A short phrase of time or manner between name and verb ("Newsham
	// on Tuesday said", "Abe in a statement said").
	for j := k; j > floor && j >= k-5 && j >= 1; j-- {
		t := &toks[j]
		if t.kind != tkWord || t.has(tfQuoteMark) {
			break
		}
		switch an.text(b, t) {
		case "on", "in", "at", "during", "last", "this", "earlier", "later", "late", "early":
			if ci := an.personEndingAt(bm, b, j-1); ci >= 0 {
				return speakerResult{cluster: ci, found: true}
			}
		}
	}
	// A nominal subject ("A Japanese spokesman said"): attributed, to
	// nobody we can name.
	return speakerResult{cluster: -1, found: true}
}

// speakerAfter reads an attribution that follows a quotation: "...,"
// Newsham said. / "...," said Bolden. / "...," he said.
func (an *annotator) speakerAfter(bm [][]int, b, k int, endsSentence bool) speakerResult {
	toks := an.toks[b]
	if endsSentence && k < len(toks) {
		// After a quotation that ends its sentence, only a short
		// reporting clause belongs to it ("..." Newsham said.).
		t := &toks[k]
		dash := t.kind == tkPunct && (t.r == '-' || t.r == '—' || t.r == '–')
		if !dash && (t.kind != tkWord || !(isSpeechVerb(an.text(b, t)) || pronounGender(an.text(b, t)) != 0 || an.personStartingIn(bm, b, k, k+1) >= 0)) {
			return noSpeaker
		}
	}
	dash := false
	for k < len(toks) && toks[k].kind == tkPunct && (toks[k].r == ',' || toks[k].r == '—' || toks[k].r == '–' || toks[k].r == '-') {
		dash = dash || toks[k].r != ','
		k++
	}
	if k >= len(toks) || toks[k].has(tfQuoteMark) {
		return noSpeaker
	}
	if dash {
		// "..." - Matthew Ingram
		if ci := an.personStartingIn(bm, b, k, k+1); ci >= 0 {
			return speakerResult{cluster: ci, found: true}
		}
	}
	// Find a speech verb within the clause.
	limit := min(len(toks), k+12)
	for v := k; v < limit; v++ {
		t := &toks[v]
		if t.has(tfQuoteMark) || (t.kind == tkPunct && (t.r == '.' || t.r == ';' || t.r == '?' || t.r == '!')) {
			break
		}
		if t.kind != tkWord {
			continue
		}
		w := an.text(b, t)
		if strings.EqualFold(w, "according") && v+1 < len(toks) && an.text(b, &toks[v+1]) == "to" {
			return an.objectAfter(bm, b, v+1)
		}
		if !isSpeechVerb(w) {
			continue
		}
		// A verb that opens the next quotation is not this one's.
		n := v + 1
		for n < len(toks) && toks[n].kind == tkPunct && (toks[n].r == ',' || toks[n].r == ':') {
			n++
		}
		if n < len(toks) && toks[n].has(tfQuoteMark) {
			return noSpeaker
		}
		if v > k {
			return an.subjectBefore(bm, b, v, k-1)
		}
		return an.objectAfter(bm, b, v)
	}
	return noSpeaker
}

// objectAfter reads the speaker named after an inverted verb: "said
// Bolden", "said the Crown prosecutor, Mark Tedeschi", "according to X".
func (an *annotator) objectAfter(bm [][]int, b, v int) speakerResult {
	toks := an.toks[b]
	end := v + 1
	for end < len(toks) && end < v+10 {
		t := &toks[end]
		if t.has(tfQuoteMark) || (t.kind == tkPunct && (t.r == '.' || t.r == ';' || t.r == ':' || t.r == '?' || t.r == '!')) {
			break
		}
		end++
	}
	if v+1 < len(toks) && toks[v+1].kind == tkWord {
		if g := pronounGender(an.text(b, &toks[v+1])); g != 0 {
			return speakerResult{cluster: an.resolvePronoun(bm, b, v+1, g), found: true}
		}
	}
	if ci := an.personStartingIn(bm, b, v+1, end); ci >= 0 {
		return speakerResult{cluster: ci, found: true}
	}
	return speakerResult{cluster: -1, found: end > v+1}
}

// speakerBefore reads an attribution before a quotation in the same
// sentence: Abe said "...", Rathbun stated, "...", According to X, "...".
func (an *annotator) speakerBefore(bm [][]int, b, open int) speakerResult {
	return an.speakerBeforeDepth(bm, b, open, 1)
}

// speakerBeforeDepth is speakerBefore looking back at most depth more
// sentences when the quotation opens its own.
func (an *annotator) speakerBeforeDepth(bm [][]int, b, open, depth int) speakerResult {
	toks := an.toks[b]
	// The clause before the quotation: back to a sentence end or the
	// previous quotation.
	floor := open - 1
	for floor >= 0 {
		t := &toks[floor]
		if t.has(tfQuoteMark) || (t.kind == tkPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == ';') && !closesParen(toks, floor)) {
			break
		}
		floor--
	}
	if floor == open-1 && floor >= 0 && depth > 0 && toks[floor].kind == tkPunct && toks[floor].r != ';' && !toks[floor].has(tfQuoteMark) {
		// The quotation opens a sentence: the sentence before may
		// introduce it ("Wilkins also said Warhol was ... . "As a way").
		return an.speakerBeforeDepth(bm, b, floor, depth-1)
	}
	for v := open - 1; v > floor; v-- {
		t := &toks[v]
		if t.kind != tkWord {
			continue
		}
		w := an.text(b, t)
		if strings.EqualFold(w, "according") && v+1 < open && an.text(b, &toks[v+1]) == "to" {
			return an.objectAfter(bm, b, v+1)
		}
		if strings.EqualFold(w, "words") && v+1 < open && an.text(b, &toks[v+1]) == "of" {
			return an.objectAfter(bm, b, v+1) // "in the words of X"
		}
		if an.issuesStatement(b, v, open) {
			// "Cornyn, Republican from Texas, issued a statement ...
			// . "Like many Texans, ...": the statement is quoted.
			return an.subjectBefore(bm, b, v, floor)
		}
		if isSpeechVerb(w) {
			if !takesObject(w) {
				if ci := an.personAfterVerb(bm, b, v, open); ci >= 0 {
					return speakerResult{cluster: ci, found: true}
				}
			}
			return an.subjectBefore(bm, b, v, floor)
		}
	}
	return noSpeaker
}

// attributeQuotes sets the speaker of each quotation.
func (an *annotator) attributeQuotes(bm [][]int, qs []quotedSpan) []int {
	speakers := make([]int, len(qs))
	for qi := range qs {
		q := &qs[qi]
		speakers[qi] = -1
		first, last := q.spans[0], q.spans[len(q.spans)-1]
		open := an.tokenAt(first.Block, first.Start)
		after := an.tokenAt(last.Block, last.End)
		r := an.speakerAfter(bm, last.Block, after, quoteEndsSentence(q.text))
		if !r.found {
			r = an.speakerBefore(bm, first.Block, open)
		}
		if !r.found {
			if ci := an.subjectIntroducing(bm, first.Block, open); ci >= 0 {
				r = speakerResult{cluster: ci, found: true}
			}
		}
		if !r.found && qi > 0 {
			// Another quotation of the same paragraph, or a paragraph
			// that is one quotation after an attributed one.
			prev := &qs[qi-1]
			pl := prev.spans[len(prev.spans)-1]
			if pl.Block == first.Block || (pl.Block == first.Block-1 && open == 0 && an.a.Blocks[first.Block].Type != content.BlockCaption) {
				if speakers[qi-1] >= 0 {
					r = speakerResult{cluster: speakers[qi-1], found: true}
				}
			}
		}
		if !r.found && open == 0 && first.Block > 0 {
			// A quotation paragraph after an introduction: "Newsham said:"
			pb := first.Block - 1
			if n := len(an.toks[pb]); n > 0 && an.a.Blocks[pb].Type == content.BlockParagraph && !an.toks[pb][n-1].has(tfInQuote) {
				if t := &an.toks[pb][n-1]; t.kind == tkPunct && (t.r == '.' || t.r == ':') {
					n--
				}
				r = an.speakerBefore(bm, pb, n)
			}
		}
		if r.cluster >= 0 {
			speakers[qi] = r.cluster
		}
	}
	return speakers
}

// subjectIntroducing reads the speaker of a quotation that a sentence
// introduces with a colon but no verb of speech ("During Questions,
// Sunak defended the record: "…""): the person who is the sentence's
// subject, named (after any title) at its start or after an opening
// phrase, and followed by a verb (a lower-case word). A person named later is an object ("Police
// arrested Smith:"), and is not taken.
func (an *annotator) subjectIntroducing(bm [][]int, b, open int) int {
	toks := an.toks[b]
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
		m := &an.mentions[mi]
		if m.first <= start {
			continue
		}
		if m.last >= colon {
			break
		}
		// Back over a title written before the name ("Prime Minister").
		before, after := m.first-1, m.last+1
		for before > start && toks[before].kind == tkWord && toks[before].has(tfCap) && !toks[before].has(tfInQuote) {
			before--
		}
		opens := before == start || (toks[before].kind == tkPunct && toks[before].r == ',')
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
// ("Cooper said her party has supported the idea "for months"").
// Without a named speaker they are left out, as likely a term in scare
// quotes, and they never lend their speaker to the quotations around.
func (an *annotator) withPartialQuotations(bm [][]int, quoted, quotes []quotedSpan, speakers []int) ([]quotedSpan, []int) {
	var qs []quotedSpan
	var sp []int
	full := 0 // the next of quotes, which keep quoted's order
	for i, q := range quoted {
		if full < len(quotes) && quotes[full].spans[0] == q.spans[0] {
			if qs != nil {
				qs, sp = append(qs, q), append(sp, speakers[full])
			}
			full++
			continue
		}
		if !isPartialQuotation(q.text) || an.inCredit(q.spans[0]) {
			continue
		}
		first, last := q.spans[0], q.spans[len(q.spans)-1]
		r := an.speakerBefore(bm, first.Block, an.tokenAt(first.Block, first.Start))
		if !r.found {
			r = an.speakerAfter(bm, last.Block, an.tokenAt(last.Block, last.End), quoteEndsSentence(q.text))
		}
		if r.cluster < 0 {
			continue
		}
		if qs == nil { // the first one: copy what came before it
			qs = append(make([]quotedSpan, 0, len(quotes)+len(quoted)-i), quotes[:full]...)
			sp = append(make([]int, 0, cap(qs)), speakers[:full]...)
		}
		qs, sp = append(qs, q), append(sp, r.cluster)
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
func (an *annotator) personAfterVerb(bm [][]int, b, v, limit int) int {
	toks := an.toks[b]
	for _, mi := range bm[b] {
		m := &an.mentions[mi]
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
func (an *annotator) issuesStatement(b, v, limit int) bool {
	toks := an.toks[b]
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, an.text(b, &toks[v]))) {
	case "issued", "released", "posted", "published", "sent", "wrote", "tweeted":
	default:
		return false
	}
	for j := v + 1; j < limit && j <= v+3; j++ {
		if toks[j].kind != tkWord {
			return false
		}
		if isStatementNoun(an.text(b, &toks[j])) {
			return true
		}
	}
	return false
}

// isStatementNoun reports words for what a person wrote or said
// themselves: "statement", "letter", "post".
func isStatementNoun(w string) bool {
	var buf [lowerWordLen]byte
	switch string(lowerIfCapInto(&buf, w)) {
	case "statement", "letter", "tweet", "post", "message", "email", "e-mail", "speech", "remarks", "blog", "memo", "memoir", "testimony":
		return true
	}
	return false
}

// closesParen reports a full stop right before a closing parenthesis
// ("(D-Mass.)"): an abbreviation, not a sentence's end.
func closesParen(toks []token, k int) bool {
	return k+1 < len(toks) && toks[k+1].kind == tkPunct && toks[k+1].r == ')'
}

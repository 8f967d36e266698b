package annotate

import (
	"sort"
	"strings"
)

// speakerResult is what reading around a quotation found: a person
// (cluster index), an explicit but unnamed source ("a spokesman said"),
// or nothing.
type speakerResult struct {
	cluster int  // -1 when no person
	found   bool // an attribution was read, even if to no named person
	// kind is what speaks when no person does: an organisation ("the
	// company said", "Acme Corp. said") or a description ("the mayor
	// told reporters", "officials wrote"), named by the bytes
	// [from, to) of block; kindNone when unread.
	kind            speakerKind
	block, from, to int32
}

// speakerKind types a speaker that is not a person of the article.
type speakerKind uint8

const (
	kindNone speakerKind = iota
	kindOrganization
	kindDescription
	// kindNarrator is the writer or a first-person narrator ("I
	// said"): a party to a conversation, never a named speaker.
	kindNarrator
)

var noSpeaker = speakerResult{cluster: -1}

// personSpeaker is the result for person (cluster) ci.
func personSpeaker(ci int) speakerResult { return speakerResult{cluster: ci, found: true} }

// tokenAt returns the index of the first token of block b starting at
// or after byte offset off.
func (tk *tokenStage) tokenAt(b, off int) int {
	toks := tk.toks[b]
	return sort.Search(len(toks), func(i int) bool { return int(toks[i].start) >= off })
}

// blockMentions lists, per block, the mentions of accepted people in
// reading order.
//
// Mentions are recorded in reading order, so each block's list is a run
// of one array; both arrays are the annotator's, reused from call to call.
func (at *attribution) blockMentions() [][]int {
	flat := at.bmFlat[:0]
	for mi := range at.mentions {
		m := &at.mentions[mi]
		if m.cluster >= 0 && at.clusters[m.cluster].accepted {
			flat = append(flat, mi)
		}
	}
	at.bmFlat = flat
	if cap(at.bmBlocks) < len(at.toks) {
		at.bmBlocks = make([][]int, len(at.toks))
	}
	out := at.bmBlocks[:len(at.toks)]
	clear(out)
	for start := 0; start < len(flat); {
		b := at.mentions[flat[start]].block
		end := start + 1
		for end < len(flat) && at.mentions[flat[end]].block == b {
			end++
		}
		out[b] = flat[start:end:end]
		start = end
	}
	return out
}

// personEndingAt returns the person whose mention ends at token k of
// block b (the name's last word), or -1.
func (at *attribution) personEndingAt(bm [][]int, b, k int) int {
	for _, mi := range bm[b] {
		if at.mentions[mi].last == k {
			return at.mentions[mi].cluster
		}
	}
	return -1
}

// personStartingIn returns the first person named in tokens [from, to)
// of block b, or -1.
func (at *attribution) personStartingIn(bm [][]int, b, from, to int) int {
	for _, mi := range bm[b] {
		m := &at.mentions[mi]
		if m.first >= from && m.first < to {
			return m.cluster
		}
	}
	return -1
}

// subjectBefore reads the subject of the speech verb at token v of
// block b: a name ("Newsham said"), a name and an appositive ("Grant
// Newsham, a senior research fellow ..., said"), or a pronoun.
func (at *attribution) subjectBefore(bm [][]int, b, v, floor int) speakerResult {
	toks := at.toks[b]
	k := at.subjectEnd(b, v, floor)
	if k <= floor || k < 0 { // nothing between the clause's start and the verb
		return noSpeaker
	}
	if ci := at.personEndingAt(bm, b, k); ci >= 0 {
		return personSpeaker(ci)
	}
	// A person's own words in writing ("Cornyn's statement added"); not
	// their spokesman's or office's, who speak for them.
	if k-1 > floor && toks[k].kind == tkWord && toks[k-1].has(tfPossessive) && wordIs(at.text(b, &toks[k]), wcStatementNoun) {
		if ci := at.personEndingAt(bm, b, k-1); ci >= 0 {
			return personSpeaker(ci)
		}
	}
	if toks[k].kind == tkWord {
		w := at.text(b, &toks[k])
		if g := pronounGender(w); g != 0 {
			return speakerResult{cluster: at.resolvePronoun(bm, b, k, g), found: true}
		}
		if w == "I" {
			return narratorSpeaker
		}
	}
	if toks[k].kind == tkPunct && toks[k].r == ',' {
		if ci := at.personBeforeAppositive(bm, b, k, floor); ci >= 0 {
			return personSpeaker(ci)
		}
		if strings.HasSuffix(at.text(b, &toks[v]), "ing") {
			// "…," Biden said Tuesday, adding that …: the subject of
			// the sentence's verb.
			return at.firstSubjectOfSentence(bm, b, k)
		}
	}
	if toks[k].kind == tkWord {
		switch w := at.text(b, &toks[k]); {
		case wordIs(w, wcClauseJoiner):
			// "Cooper said her party ... "for months", and said it
			// was ...": the subject of the first verb of the sentence.
			return at.firstSubjectOfSentence(bm, b, k)
		case w == "who":
			return noSpeaker
		}
	}
	if ci := at.personBeforeTimePhrase(bm, b, k, floor); ci >= 0 {
		return personSpeaker(ci)
	}
	// A nominal subject ("A Japanese spokesman said"): attributed, to
	// nobody we can name, maybe an organisation or a description.
	return at.nominalSpeaker(b, at.phraseStart(b, k, floor), k+1)
}

// subjectEnd returns the token where the subject of the speech verb at
// token v ends: before adverbs ("also said") and a parenthesis ("Warren
// (D-Mass.) said").
func (at *attribution) subjectEnd(b, v, floor int) int {
	toks := at.toks[b]
	k := v - 1
	for k > floor && toks[k].kind == tkWord && (wordIs(at.text(b, &toks[k]), wcSpeechAdverb) || perfectAuxiliary(at.text(b, &toks[k]))) {
		k-- // "also said", "had told"
	}
	if k > floor && toks[k].kind == tkPunct && toks[k].r == ')' {
		for j := k - 1; j > floor && j > k-12; j-- {
			if toks[j].kind == tkPunct && toks[j].r == '(' {
				k = j - 1
				break
			}
		}
	}
	return k
}

// perfectAuxiliary reports an auxiliary between a subject and its
// verb of speech ("had told", "has said", "would say").
func perfectAuxiliary(w string) bool {
	switch w {
	case "had", "has", "have", "would", "will", "could", "did":
		return true
	}
	return false
}

// personBeforeAppositive reads an appositive that ends at the comma at
// token k, maybe with commas of its own ("Cynthia Thompson, curator ...
// at the University of Arkansas, Fayetteville, said"): the person named
// before one of its commas, -1 for none.
func (at *attribution) personBeforeAppositive(bm [][]int, b, k, floor int) int {
	toks := at.toks[b]
	for j := k; j > floor && j > k-30; j-- {
		if toks[j].has(tfQuoteMark) || (toks[j].kind == tkWord && wordIs(at.text(b, &toks[j]), wcSpeechVerb) && !at.askedAside(b, j)) {
			break
		}
		if toks[j].kind == tkPunct && toks[j].r == ',' {
			if ci := at.personEndingAt(bm, b, j-1); ci >= 0 {
				return ci
			}
		}
	}
	return -1
}

// firstSubjectOfSentence returns the speaker of the first speech verb of
// the sentence before token k, noSpeaker when it names none.
func (at *attribution) firstSubjectOfSentence(bm [][]int, b, k int) speakerResult {
	toks := at.toks[b]
	for j := k - 1; j >= 0 && j > k-60; j-- {
		t := &toks[j]
		if t.kind == tkPunct && (t.r == '.' || t.r == '?' || t.r == '!' || t.r == ';') && !t.has(tfInQuote) {
			break
		}
		if t.kind == tkWord && !t.has(tfInQuote) && wordIs(at.text(b, t), wcSpeechVerb) {
			if r := at.subjectBefore(bm, b, j, -1); r.cluster >= 0 {
				return r
			}
			break
		}
	}
	return noSpeaker
}

// personBeforeTimePhrase reads a short phrase of time or manner between
// a name and the verb, ending at token k ("Newsham on Tuesday said",
// "Abe in a statement said"): the person, -1 for none.
func (at *attribution) personBeforeTimePhrase(bm [][]int, b, k, floor int) int {
	toks := at.toks[b]
	for j := k; j > floor && j >= k-5 && j >= 1; j-- {
		t := &toks[j]
		if t.kind != tkWord || t.has(tfQuoteMark) {
			break
		}
		if wordIs(at.text(b, t), wcTimeOpener) {
			if ci := at.personEndingAt(bm, b, j-1); ci >= 0 {
				return ci
			}
		}
	}
	return -1
}

// speakerAfter reads an attribution that follows a quotation: "...,"
// Newsham said. / "...," said Bolden. / "...," he said.
func (at *attribution) speakerAfter(bm [][]int, b, k int, endsSentence bool) speakerResult {
	toks := at.toks[b]
	if endsSentence && k < len(toks) {
		// After a quotation that ends its sentence, only a short
		// reporting clause belongs to it ("..." Newsham said.).
		t := &toks[k]
		dash := t.kind == tkPunct && (t.r == '-' || t.r == '—' || t.r == '–')
		if !dash && (t.kind != tkWord || !(wordIs(at.text(b, t), wcSpeechVerb) || pronounGender(at.text(b, t)) != 0 || at.personStartingIn(bm, b, k, k+1) >= 0)) {
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
		if ci := at.personStartingIn(bm, b, k, k+1); ci >= 0 {
			return personSpeaker(ci)
		}
	}
	// Find a speech verb within the clause.
	limit := at.verbSearchEnd(bm, b, k)
	for v := k; v < limit; v++ {
		t := &toks[v]
		if t.has(tfQuoteMark) || (at.endsClause(b, v) && !closesParen(toks, v)) {
			break
		}
		if t.kind != tkWord {
			continue
		}
		w := at.text(b, t)
		if strings.EqualFold(w, "according") && v+1 < len(toks) && at.text(b, &toks[v+1]) == "to" {
			return at.objectAfter(bm, b, v+1)
		}
		if !wordIs(w, wcSpeechVerb) {
			continue
		}
		// A verb that opens the next quotation is not this one's,
		// unless this one ends with a comma and a short clause of
		// speech follows at once: one sentence quoted in two parts
		// around its speaker ("Robert," Mom says, "take…").
		n := v + 1
		for n < len(toks) && toks[n].kind == tkPunct && (toks[n].r == ',' || toks[n].r == ':') {
			n++
		}
		if n < len(toks) && toks[n].has(tfQuoteMark) && (endsSentence || toks[n-1].r == ':' || !at.shortClause(b, k, v)) {
			return noSpeaker
		}
		if v > k {
			return at.subjectBefore(bm, b, v, k-1)
		}
		return at.objectAfter(bm, b, v)
	}
	return noSpeaker
}

// objectAfter reads the speaker named after an inverted verb: "said
// Bolden", "said the Crown prosecutor, Mark Tedeschi", "according to X".
func (at *attribution) objectAfter(bm [][]int, b, v int) speakerResult {
	toks := at.toks[b]
	end := v + 1
	for end < len(toks) && end < v+10 {
		t := &toks[end]
		if t.has(tfQuoteMark) || at.endsClause(b, end) || (t.kind == tkPunct && t.r == ':') {
			break
		}
		end++
	}
	if v+1 < len(toks) && toks[v+1].kind == tkWord {
		if g := pronounGender(at.text(b, &toks[v+1])); g != 0 {
			return speakerResult{cluster: at.resolvePronoun(bm, b, v+1, g), found: true}
		}
	}
	if ci := at.speakerNamedIn(bm, b, v+1, end); ci >= 0 {
		return personSpeaker(ci)
	}
	if end > v+1 {
		return at.nominalSpeaker(b, v+1, end)
	}
	return noSpeaker
}

// speakerNamedIn returns the first person named in tokens [from, to)
// of block b who is not named in the possessive: "said Smith's lawyer,
// Jane Doe" is Jane Doe's, "said Smith's lawyer" nobody's named (-1).
func (at *attribution) speakerNamedIn(bm [][]int, b, from, to int) int {
	for _, mi := range bm[b] {
		m := &at.mentions[mi]
		if m.first >= from && m.first < to && !at.toks[b][m.last].has(tfPossessive) {
			return m.cluster
		}
	}
	return -1
}

// speakerBefore reads an attribution before a quotation in the same
// sentence: Abe said "...", Rathbun stated, "...", According to X, "...".
func (at *attribution) speakerBefore(bm [][]int, b, open int) speakerResult {
	return at.speakerBeforeDepth(bm, b, open, 1)
}

// speakerBeforeDepth is speakerBefore looking back at most depth more
// sentences when the quotation opens its own.
func (at *attribution) speakerBeforeDepth(bm [][]int, b, open, depth int) speakerResult {
	toks := at.toks[b]
	// The clause before the quotation: back to a sentence end or the
	// previous quotation.
	floor := open - 1
	for floor >= 0 {
		t := &toks[floor]
		if t.has(tfQuoteMark) || (at.endsClause(b, floor) && !closesParen(toks, floor)) {
			break
		}
		floor--
	}
	if floor == open-1 && floor >= 0 && depth > 0 && toks[floor].kind == tkPunct && toks[floor].r != ';' && !toks[floor].has(tfQuoteMark) {
		// The quotation opens a sentence: the sentence before may
		// introduce it ("Wilkins also said Warhol was ... . "As a way").
		return at.speakerBeforeDepth(bm, b, floor, depth-1)
	}
	for v := open - 1; v > floor; v-- {
		t := &toks[v]
		if t.kind != tkWord {
			continue
		}
		w := at.text(b, t)
		if strings.EqualFold(w, "according") && v+1 < open && at.text(b, &toks[v+1]) == "to" {
			return at.objectAfter(bm, b, v+1)
		}
		if strings.EqualFold(w, "words") && v+1 < open && at.text(b, &toks[v+1]) == "of" {
			return at.objectAfter(bm, b, v+1) // "in the words of X"
		}
		if at.statementBy(b, v) {
			return at.objectAfter(bm, b, v) // "a quote by X:"
		}
		if at.issuesStatement(b, v, open) {
			// "Cornyn, Republican from Texas, issued a statement ...
			// . "Like many Texans, ...": the statement is quoted.
			return at.subjectBefore(bm, b, v, floor)
		}
		if wordIs(w, wcSpeechVerb) {
			if !wordIs(w, wcObjectVerb) {
				if ci := at.personAfterVerb(bm, b, v, open); ci >= 0 {
					return personSpeaker(ci)
				}
			}
			return at.subjectBefore(bm, b, v, floor)
		}
	}
	return noSpeaker
}

package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content"
)

// Dialogue, as stories and features write it: short lines ("No," she
// said), a character's action beside the words instead of a verb of
// speech ("Oh no," Pag panted; Marta turned. "Did you bring it?"), a
// first-person narrator ("…," I said), and lines with no attribution
// that alternate between the two people talking.

// narratorSpeaker is the result for words the writer or a first-person
// narrator says ("…," I said): attributed, to nobody the article names,
// so the quotation gets no speaker; the turns of a conversation still
// count it as a party.
var narratorSpeaker = speakerResult{cluster: -1, found: true, kind: kindNarrator}

// dialogueLineMaxWords bounds a short line of dialogue: longer quoted
// words are a quotation by isQuotation's own measure.
const dialogueLineMaxWords = 12

// isDialogueLine reports short quoted words too short for isQuotation
// that are still someone's line: they start with a capital, end with
// the punctuation of speech (a comma, a full stop, a question or an
// exclamation mark, a dash) inside the marks, and either make up their
// paragraph or are followed by who speaks ("No," she said; "Okay," I
// say). A title or a term in scare quotes ("Dubliners", "treat") does
// neither.
func (at *attribution) isDialogueLine(bm [][]int, q *quotedSpan) bool {
	if !q.closed || len(q.spans) != 1 {
		return false
	}
	text := strings.TrimSpace(q.text)
	r, _ := utf8.DecodeRuneInString(text)
	last, _ := utf8.DecodeLastRuneInString(text)
	if !unicode.IsUpper(r) || !strings.ContainsRune(",.!?…—-", last) || len(strings.Fields(text)) > dialogueLineMaxWords {
		return false
	}
	sp := q.spans[0]
	block := at.a.Blocks[sp.Block]
	if block.Type != content.BlockParagraph {
		return false
	}
	if strings.TrimSpace(block.Text) == block.Text[sp.Start:sp.End] && last != ',' {
		return true // a paragraph of its own: "Sorry."
	}
	toks := at.toks[sp.Block]
	if at.afterSpeechVerb(sp) {
		return true // someone said, "Excuse me."
	}
	k := at.tokenAt(sp.Block, sp.End)
	if k >= len(toks) || toks[k].kind != tkWord {
		return false
	}
	if at.speakerAfter(bm, sp.Block, k, quoteEndsSentence(text)).found {
		return true // "…," said Tom; "…," my mom says
	}
	return at.subjectAt(bm, sp.Block, k).found
}

// subjectAt reads the subject of a clause at token k of block b that a
// verb follows ("Pag panted", "she wails", "I say"): a person named
// there, a he or she (resolved to a person), or I (the narrator);
// noSpeaker when the words there are none of these or no lower-case
// word other than a conjunction or a preposition follows them.
func (at *attribution) subjectAt(bm [][]int, b, k int) speakerResult {
	toks := at.toks[b]
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].has(tfInQuote) {
		return noSpeaker
	}
	r, next := noSpeaker, -1
	switch w := at.text(b, &toks[k]); {
	case w == "I":
		r, next = narratorSpeaker, k+1
	case subjectPronoun(w):
		r, next = speakerResult{cluster: at.resolvePronoun(bm, b, k, pronounGender(w)), found: true}, k+1
	default:
		for _, mi := range bm[b] {
			if m := &at.mentions[mi]; m.first == k {
				if !toks[m.last].has(tfPossessive) {
					r, next = personSpeaker(m.cluster), at.pastAppositive(b, m.last+1)
				}
				break
			}
		}
	}
	if next < 0 || next >= len(toks) {
		return noSpeaker
	}
	t := &toks[next]
	if t.kind != tkWord || t.has(tfCap) || t.has(tfInQuote) || wordIs(at.text(b, t), wcFunctionWord) {
		return noSpeaker
	}
	return r
}

// pastAppositive returns the token after an appositive that opens with
// the comma at token k of block b ("Lena Ortiz, the mayor, spoke"), k
// when none does.
func (at *attribution) pastAppositive(b, k int) int {
	toks := at.toks[b]
	if k >= len(toks) || toks[k].kind != tkPunct || toks[k].r != ',' {
		return k
	}
	_, e, ok := at.appositive(b, k)
	if !ok {
		return k
	}
	j := at.tokenAt(b, e)
	if j < len(toks) && toks[j].kind == tkPunct && toks[j].r == ',' {
		return j + 1
	}
	return k
}

// subjectPronoun reports he or she, as a subject.
func subjectPronoun(w string) bool {
	switch w {
	case "he", "He", "she", "She":
		return true
	}
	return false
}

// beatAfter reads the speaker of quoted words that no verb of speech
// attributes from the clause right after them: after a comma-ended
// quotation whatever its verb ("Oh no," Pag panted), after one that ends
// its sentence a pronoun in lower case ("No!" she wails) or I. When the
// quotation opens its paragraph, a sentence right after it whose subject
// acts is the speaker's beat ("They started it." I didn't understand).
func (at *attribution) beatAfter(bm [][]int, q *quotedSpan) speakerResult {
	last := q.spans[len(q.spans)-1]
	b, k := last.Block, at.tokenAt(last.Block, last.End)
	toks := at.toks[b]
	if k >= len(toks) || toks[k].kind != tkWord {
		return noSpeaker
	}
	text := strings.TrimSpace(q.text)
	w := at.text(b, &toks[k])
	opensParagraph := at.opensBlock(q.spans[0])
	if strings.HasSuffix(text, ",") || !toks[k].has(tfCap) || w == "I" || opensParagraph {
		return at.subjectAt(bm, b, k)
	}
	return noSpeaker
}

// beatBefore reads the speaker of quoted words from the sentence right
// before them in their paragraph, when its subject acts ("Marta turned.
// "Did you bring the letters?""): the person, he or she, or I that
// opens it and a verb follows. Nothing when a quotation lies between.
func (at *attribution) beatBefore(bm [][]int, b, open int) speakerResult {
	toks := at.toks[b]
	end := open - 1
	if end < 0 || !at.sentenceEndAt(b, end) {
		return noSpeaker
	}
	start := end - 1
	for start >= 0 && !at.sentenceEndAt(b, start) && !(toks[start].kind == tkPunct && toks[start].r == ':') {
		if toks[start].has(tfQuoteMark) {
			return noSpeaker
		}
		start--
	}
	return at.subjectAt(bm, b, start+1)
}

// turnTaking returns the speaker of an unattributed paragraph of
// dialogue (its quotation opens it) from the two before it when they
// hold quotations too and two different parties spoke them: the lines
// alternate, so this one is the earlier party's. ok is false when the
// turns say nothing (then the line goes on the previous speaker's).
func (at *attribution) turnTaking(qs []quotedSpan, speakers []speakerResult, qi int) (speakerResult, bool) {
	b := qs[qi].spans[0].Block
	var turn [2]speakerResult // the speakers of paragraphs b-1 and b-2
	j := qi - 1
	for n := range turn {
		pb := b - 1 - n
		for j >= 0 && qs[j].spans[0].Block > pb {
			j--
		}
		for j > 0 && qs[j-1].spans[0].Block == pb {
			j--
		}
		if j < 0 || qs[j].spans[0].Block != pb {
			return noSpeaker, false
		}
		turn[n] = at.turnSpeaker(qs, speakers, j)
		if !turn[n].found {
			return noSpeaker, false
		}
	}
	if at.sameParty(turn[0], turn[1]) || !at.conversational(qs, qi, turn) {
		return noSpeaker, false
	}
	return turn[1], true
}

// conversational reports lines that answer each other, as a dialogue's
// do and a news story's quotations of two people do not (there the
// next paragraph goes on the last speaker's): the narrator is one of
// the two parties, or this line or one of the two before asks a
// question, speaks to "you" or calls someone by name.
func (at *attribution) conversational(qs []quotedSpan, qi int, turn [2]speakerResult) bool {
	if turn[0].kind == kindNarrator || turn[1].kind == kindNarrator {
		return true
	}
	b := qs[qi].spans[0].Block
	for j := qi; j >= 0 && qs[j].spans[0].Block >= b-2; j-- {
		if addressesSomeone(qs[j].text) || at.vocative(&qs[j]) >= 0 {
			return true
		}
	}
	return false
}

// addressesSomeone reports quoted words with a question mark or a
// second-person pronoun.
func addressesSomeone(text string) bool {
	if strings.ContainsRune(text, '?') {
		return true
	}
	for _, w := range strings.FieldsFunc(text, func(r rune) bool { return !unicode.IsLetter(r) }) {
		switch w {
		case "you", "You", "your", "Your", "yours":
			return true
		}
	}
	return false
}

// turnSpeaker is the speaker of the paragraph whose first quotation is
// qs[j]: the first one of its quotations that has one.
func (at *attribution) turnSpeaker(qs []quotedSpan, speakers []speakerResult, j int) speakerResult {
	b := qs[j].spans[0].Block
	for ; j < len(qs) && qs[j].spans[0].Block == b; j++ {
		if speakers[j].found {
			return speakers[j]
		}
	}
	return noSpeaker
}

// sameParty reports two results naming the same speaker: one person,
// the narrator, or the same words for an organisation or a description.
func (at *attribution) sameParty(x, y speakerResult) bool {
	if x.cluster >= 0 || y.cluster >= 0 || x.kind != y.kind {
		return x.cluster == y.cluster && x.kind == y.kind
	}
	if x.kind == kindOrganization || x.kind == kindDescription {
		return strings.EqualFold(at.a.Blocks[x.block].Text[x.from:x.to], at.a.Blocks[y.block].Text[y.from:y.to])
	}
	return true
}

// opensBlock reports a span that starts its block, past leading spaces.
func (at *attribution) opensBlock(sp content.Span) bool {
	return sp.Start == leadingSpaces(at.a.Blocks[sp.Block].Text)
}

// leadingSpaces counts the spaces that open text.
func leadingSpaces(text string) int {
	return len(text) - len(strings.TrimLeft(text, " \t"))
}

// withDialogueLines returns quotes (the quotations of quoted) with the
// short lines of dialogue of quoted added, in reading order.
func (at *attribution) withDialogueLines(bm [][]int, quoted, quotes []quotedSpan) []quotedSpan {
	var out []quotedSpan
	full := 0 // the next of quotes, which keep quoted's order
	for i := range quoted {
		q := &quoted[i]
		if full < len(quotes) && quotes[full].spans[0] == q.spans[0] {
			if out != nil {
				out = append(out, *q)
			}
			full++
			continue
		}
		if at.inCredit(q.spans[0]) || !at.isDialogueLine(bm, q) {
			continue
		}
		if out == nil { // the first one: copy what came before it
			out = append(make([]quotedSpan, 0, len(quoted)), quotes[:full]...)
		}
		out = append(out, *q)
	}
	if out == nil {
		return quotes
	}
	return out
}

// recentSpeakersKept bounds the speakers a conversation remembers.
const recentSpeakersKept = 4

// noteSpeaker records person ci (-1 for none) as the latest speaker of
// the conversation.
func (at *attribution) noteSpeaker(ci int) {
	if ci < 0 {
		return
	}
	if n := len(at.recent); n > 0 && at.recent[n-1] == ci {
		return
	}
	if len(at.recent) == recentSpeakersKept {
		copy(at.recent, at.recent[1:])
		at.recent = at.recent[:recentSpeakersKept-1]
	}
	at.recent = append(at.recent, ci)
}

// recentSpeaker returns the latest speaker of the conversation whose
// gender is known to be g, -1 for none: in a long exchange "she said"
// is the woman talking, named paragraphs earlier.
func (at *attribution) recentSpeaker(bm [][]int, g byte) int {
	for i := len(at.recent) - 1; i >= 0; i-- {
		if at.clusterGender(bm, at.recent[i]) == g {
			return at.recent[i]
		}
	}
	return -1
}

// afterSpeechVerb reports a quotation right after a verb of speech and a
// comma, a colon or a full stop ("someone said, "Excuse me.""; "Cara,"
// I say. "Put them down.").
func (at *attribution) afterSpeechVerb(sp content.Span) bool {
	toks := at.toks[sp.Block]
	k := at.tokenAt(sp.Block, sp.Start) - 1
	if k < 1 || toks[k].kind != tkPunct || (toks[k].r != ',' && toks[k].r != ':' && toks[k].r != '.') {
		return false
	}
	v := &toks[k-1]
	return v.kind == tkWord && !v.has(tfInQuote) && wordIs(at.text(sp.Block, v), wcSpeechVerb)
}

// shortClause reports tokens [from, to) of block b that can be the
// subject of a speech verb right after a quotation: at most three
// words, none a conjunction or a preposition ("my mom", "Mom", "Tom
// Reyes"; not "and that, as his daughter").
func (at *attribution) shortClause(b, from, to int) bool {
	if to-from > 3 {
		return false
	}
	for k := from; k < to; k++ {
		t := &at.toks[b][k]
		if t.kind != tkWord || wordIs(at.text(b, t), wcFunctionWord) {
			return false
		}
	}
	return true
}

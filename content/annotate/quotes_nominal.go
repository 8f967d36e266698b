package annotate

import "unicode"

// phraseStart returns the first token of the noun phrase that ends at
// token k of block b and starts after token floor: words, possessives
// and abbreviation periods ("Acme Corp."), at most eight tokens back.
func (at *attribution) phraseStart(b, k, floor int) int {
	toks := at.toks[b]
	j := k
	for j-1 > floor && j > k-8 {
		t := &toks[j-1]
		if t.has(tfQuoteMark) || (t.kind != tkWord && !at.abbrevPeriod(b, j-1)) || (t.kind == tkWord && wordIs(at.text(b, t), wcSpeechVerb)) {
			break // "Roe said her father": the phrase is "her father"
		}
		j--
	}
	return j
}

// abbrevPeriod reports a full stop at token k of block b that ends an
// abbreviation written against it ("Ms.", "Dr.", "Corp."): no sentence
// ends there.
func (at *attribution) abbrevPeriod(b, k int) bool {
	toks := at.toks[b]
	if k < 1 || toks[k].kind != tkPunct || toks[k].r != '.' {
		return false
	}
	p := &toks[k-1]
	if p.kind != tkWord || p.end != toks[k].start {
		return false
	}
	w := at.text(b, p)
	return wordIs(w, wcAbbreviation) || isPartyState(w) // "(R-Ky.)"
}

// endsClause reports punctuation at token k of block b that ends a
// sentence or a clause of one (not an abbreviation's period).
func (at *attribution) endsClause(b, k int) bool {
	t := &at.toks[b][k]
	if t.kind != tkPunct {
		return false
	}
	switch t.r {
	case '?', '!', ';':
		return true
	case '.':
		return !at.abbrevPeriod(b, k)
	}
	return false
}

// nominalSpeaker types a speaker that the attribution names by tokens
// [from, to) of block b without naming a person: an organisation (a
// word of an organisation's name, an organisation noun, or a proper
// name not at a sentence's start: "the company", "Acme Corp."), a
// description (a common noun phrase: "the mayor", "officials") or
// neither (a pronoun, a long clause).
func (at *attribution) nominalSpeaker(b, from, to int) speakerResult {
	toks := at.toks[b]
	r := speakerResult{cluster: -1, found: true}
	to = at.phraseEnd(b, from, to)
	if from < to && toks[from].kind == tkWord && at.opensNoPhrase(at.text(b, &toks[from])) {
		return r // "when asked about it", "in a statement": no speaker
	}
	if hr, ok := at.honorificSpeaker(b, from, to); ok {
		return hr
	}
	if at.partyDesignationEnd(b, to) > to {
		return r // "McConnell (R-Ky.)": a legislator, never an organisation
	}
	words, proper, org := 0, 0, false
	for k := from; k < to; k++ {
		t := &toks[k]
		if t.kind != tkWord {
			continue
		}
		words++
		w := at.text(b, t)
		if t.has(tfInQuote) || wordIs(w, wcRelativePronoun) {
			return r
		}
		if (wordIs(w, wcPlainPronoun) || pronounGender(w) != 0) && !(k == from && to-from >= 2 && determinerPronoun(w)) {
			return r // "he", "they"; but "his lawyer", "one aide" are descriptions
		}
		if t.lex&lxOrg != 0 || (k == to-1 && wordIs(w, wcOrgNoun)) {
			org = true
		}
		if c := firstRune(w); unicode.IsUpper(c) && !t.has(tfSentStart) {
			proper++
		}
	}
	if words == 0 || words > 6 {
		return r
	}
	head := &toks[to-1]
	if head.kind == tkPunct { // "Corp." ends with its period
		head = &toks[to-2]
	}
	switch hw := at.text(b, head); {
	case at.roleOfOrganisation(b, from, to):
		r.kind = kindDescription
	case org || proper > 0 && proper == words-countLower(at, b, from, to):
		r.kind = kindOrganization
	case unicode.IsLower(firstRune(hw)) && !wordIs(hw, wcFunctionWord):
		r.kind = kindDescription
	default:
		return r
	}
	if r.kind == kindDescription {
		if ci := at.describedPerson(b, from, to); ci >= 0 {
			return personSpeaker(ci) // "the mayor" when one person is the mayor
		}
	}
	r.block, r.from, r.to = int32(b), toks[from].start, toks[to-1].end
	return r
}

// phraseEnd returns where the phrase of tokens [from, to) of block b
// ends: at a comma or a clause's end, not an abbreviation's period.
func (at *attribution) phraseEnd(b, from, to int) int {
	for k := from; k < to; k++ {
		if t := &at.toks[b][k]; t.kind == tkPunct && !at.abbrevPeriod(b, k) {
			return k
		}
	}
	return to
}

// countLower counts the lower-case words of tokens [from, to) of block
// b that are function words ("the", "of"), which a proper name may
// hold.
func countLower(at *attribution, b, from, to int) int {
	n := 0
	for k := from; k < to; k++ {
		if t := &at.toks[b][k]; t.kind == tkWord && wordIs(at.text(b, t), wcFunctionWord) {
			n++
		}
	}
	return n
}

// firstRune is the first rune of w, 0 for an empty w.
func firstRune(w string) rune {
	for _, r := range w {
		return r
	}
	return 0
}

// determinerPronoun reports a pronoun that can open a noun phrase: a
// possessive ("his lawyer") or a determiner ("one aide", "this
// official", "these experts").
func determinerPronoun(w string) bool {
	switch w {
	case "one", "One", "this", "This", "these", "These", "those", "Those":
		return true
	}
	return possessiveDeterminer(w)
}

// possessiveDeterminer reports a pronoun that opens a noun phrase ("his
// lawyer", "their spokesman").
func possessiveDeterminer(w string) bool {
	switch w {
	case "his", "His", "her", "Her", "their", "Their", "its", "Its", "our", "Our":
		return true
	}
	return false
}

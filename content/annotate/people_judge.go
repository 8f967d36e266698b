package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// judge weighs the evidence that mention m (whose run starts at token
// runStart) names a person, and whether it is a place or organisation.
// The steps run in this order because the later ones overrule the
// earlier: a title rescues a one-word name judged a common word, and
// dictionary words throw out the weaker evidence.
func (ms *mentionStage) judge(m *mention, runStart int) {
	sh, ok := ms.shapeOf(m)
	if !ok {
		m.bad = true
		return
	}
	ms.judgeShape(m, sh, runStart)
	ms.judgeWords(m, sh)
	ms.judgeBefore(m, sh, runStart)
	ms.judgeAfter(m)
	fw := &sh.core[sh.first]
	// A place or brand first without a first name: only a title makes
	// it a person ("Ontario Ghostbusters" is no one).
	if sh.words >= 2 && fw.lex&lxProper != 0 && m.ev&(evGiven|evTitle|evLetter) == 0 {
		m.ev = 0
	}
	if sh.allEnglish {
		m.ev &^= evNameLike | evAppos | evSpeech
	}
	// "said Smith": dictionary words or not, the verb stands.
	if runStart == m.first && m.first > 0 {
		toks := ms.toks[m.block]
		k := m.first - 1
		if toks[k].kind == tkPunct && toks[k].r == ',' && k > 0 {
			k--
		}
		if toks[k].kind == tkWord && wordIs(ms.text(m.block, &toks[k]), wcAttributionVerb) {
			m.ev |= evSpeech
		}
	}
}

// nameShape is what judge reads off a mention's own words.
type nameShape struct {
	core       []token // the mention's tokens
	first      int     // index in core of the first real word (no initial or particle)
	words      int     // how many real words
	allEnglish bool    // every word but initials is a dictionary word
}

// shapeOf reads the shape of m's words; false when it has no real word.
func (ms *mentionStage) shapeOf(m *mention) (nameShape, bool) {
	sh := nameShape{core: ms.toks[m.block][m.first : m.last+1], first: -1, allEnglish: true}
	for k := range sh.core {
		t := &sh.core[k]
		if t.lex&lxEnglish == 0 && !t.has(tfInitial) {
			sh.allEnglish = false
		}
		if t.has(tfInitial) || wordIs(ms.text(m.block, t), wcNameParticle) {
			continue
		}
		if sh.first < 0 {
			sh.first = k
		}
		sh.words++
	}
	return sh, sh.first >= 0
}

// judgeShape adds the evidence a name's own words give: a known first
// name, an East Asian given name, or a known family name after a word
// that is no dictionary word.
func (ms *mentionStage) judgeShape(m *mention, sh nameShape, runStart int) {
	toks, b := ms.toks[m.block], m.block
	fw, lw := &sh.core[sh.first], &sh.core[len(sh.core)-1]
	// A first name and dictionary words only: a name when the last is a
	// known family name and no article precedes ("Tom Cruise", not "the
	// Red Cross" or "Art Collections").
	afterThe := runStart > 0 && toks[runStart-1].kind == tkWord && strings.EqualFold(ms.text(b, &toks[runStart-1]), "the")
	// A first name of the long US list that is also a place's or a
	// brand's, before a dictionary word no family bears, names a place
	// ("Hudson Terrace"), as usGivenName has it.
	placeLike := fw.lex&(lxGivenUS|lxScowlCap) == lxGivenUS|lxScowlCap && lw.lex&(lxEnglish|lxPersonName) == lxEnglish
	if sh.words >= 2 && fw.lex&lxGiven != 0 && !fw.has(tfAllCaps) && (!sh.allEnglish || (lw.lex&lxPersonName != 0 && !afterThe)) && !placeLike {
		m.ev |= evGiven
	}
	if ms.usGivenName(m, sh) || ms.properGivenName(m, sh) || ms.familyNameFirst(sh) || ms.initialsName(sh) || ms.pinyinName(m, sh) {
		m.ev |= evGiven
	}
	// A family name that is also a word ("Park Joo-ho", "Moon Jae-in")
	// before such a given name.
	familyWord := sh.words == 2 && fw.lex&(lxPersonName|lxProper) == lxPersonName
	if sh.words >= 2 && sh.words <= 3 && asianGiven(ms.text(b, lw)) && (fw.lex&(lxEnglish|lxProper) == 0 || familyWord) && !ms.hyphenHeadIsWord(ms.text(b, lw)) {
		m.ev |= evAsian
	}
	// Names whose family name is known and whose other words are no
	// dictionary words ("Yannick Carrasco", "Sergey Brin").
	if sh.words >= 2 && sh.words <= 3 && lw.lex&lxPersonName != 0 && lw.lex&(lxEnglish|lxProper|lxScowlCap) == 0 &&
		fw.lex&(lxEnglish|lxProper|lxScowlCap) == 0 && !fw.has(tfAllCaps) {
		m.ev |= evNameLike
	}
}

// judgeWords marks the mentions whose words say they are no person: a
// word in capitals (an acronym), a demonym, and a single word that is a
// place or a common word (also marked a place when it is one).
func (ms *mentionStage) judgeWords(m *mention, sh nameShape) {
	core := sh.core
	for k := range core {
		t := &core[k]
		// "Edmund IV", "Harold Brisk III"; not "World War II"
		numeral := k > 0 && k == len(core)-1 && (core[k-1].lex == 0 || (core[k-1].lex|core[0].lex)&(lxGiven|lxPersonName) != 0) && isRomanNumeral(ms.text(m.block, t))
		if t.has(tfAllCaps) && !t.has(tfInitial) && !numeral && !(k == 0 && len(core) >= 2 && t.end-t.start <= 2 && !core[1].has(tfAllCaps)) {
			m.bad = true
		}
		// "Alan Tory": a family name that is also a party's or a
		// people's word, after a first name.
		surname := k == len(core)-1 && k > sh.first && t.lex&lxPersonName != 0 && core[sh.first].lex&lxGiven != 0 && core[sh.first].lex&lxEnglish == 0
		if t.lex&lxDemonym != 0 && !(k == sh.first && t.lex&lxGiven != 0 && sh.words >= 2) && !surname {
			m.bad = true
		}
	}
	if sh.words == 1 {
		fw := &core[sh.first]
		if fw.lex&(lxProper|lxEnglish|lxPlace|lxOrg|lxNamedPlace) != 0 || fw.lex&(lxScowlCap|lxGiven) == lxScowlCap {
			m.bad = true
		}
		if fw.lex&(lxProper|lxNamedPlace|lxPlace) != 0 {
			m.place = true
		}
	}
}

// judgeBefore adds the evidence of the words before the name: a title
// or role inside the run or just before it, or a role ending in a comma
// ("the mayor of London, Sadiq Khan"). An organisation's noun before it
// makes it no person ("the energy company Novatek"); a strong title
// makes a single word one despite its being a common word.
func (ms *mentionStage) judgeBefore(m *mention, sh nameShape, runStart int) {
	toks, b := ms.toks[m.block], m.block
	for k := runStart; k < m.first; k++ {
		w := ms.text(b, &toks[k])
		if wordIs(w, wcPlainHonorific) {
			m.ev |= evLetter
		}
		if (wordIs(w, wcStrongHonorific) || toks[k].lex&lxRole != 0) && !toks[k].has(tfPossessive) {
			m.ev |= evTitle
		}
	}
	if runStart == m.first && m.first > 0 {
		prev := &toks[m.first-1]
		if prev.kind == tkWord && !prev.has(tfCap) && (prev.lex&lxRole != 0 || ms.isPluralRole(ms.text(b, prev))) {
			m.ev |= evTitle
		}
		// "the Afghan team's coach, Alireza Mehraban,", "the mayor of
		// London, Sadiq Khan"
		if prev.kind == tkPunct && prev.r == ',' && m.first >= 2 {
			if h, _ := ms.roleHeadBefore(b, m.first-1); h >= 0 {
				m.ev |= evTitle
			}
		}
		if prev.kind == tkWord && !prev.has(tfCap) && wordIs(ms.text(b, prev), wcOrgNoun) {
			m.bad = true // "the energy company Novatek"
		}
		if prev.kind == tkPunct && prev.r == '.' && m.first >= 2 && wordIs(ms.text(b, &toks[m.first-2]), wcPlainHonorific) {
			m.ev |= evLetter | evTitle
		}
	}
	fw := &sh.core[sh.first]
	if m.ev&(evLetter|evTitle) != 0 && m.bad && sh.words == 1 && fw.lex&(lxPlace|lxOrg|lxDemonym|lxProper|lxNamedPlace) == 0 && !fw.has(tfAllCaps) {
		strong := m.ev&evLetter != 0
		for k := runStart; k < m.first; k++ {
			if wordIs(ms.text(b, &toks[k]), wcStrongHonorific) {
				strong = true
			}
		}
		if strong {
			m.bad = false // "Mr. Toccafondi", "President Obama"
		}
	}
}

// judgeAfter adds the evidence of the words after the name: a speech
// verb (after adverbs such as "also") or an appositive role.
func (ms *mentionStage) judgeAfter(m *mention) {
	toks, b := ms.toks[m.block], m.block
	after := m.last + 1
	if after >= len(toks) {
		return
	}
	k := ms.partyDesignationEnd(b, after)
	if k > after {
		m.ev |= evAppos // "McConnell (R-Ky.)": a legislator
	}
	for k < len(toks) && toks[k].kind == tkWord && wordIs(ms.text(b, &toks[k]), wcSpeechAdverb) {
		k++
	}
	if k < len(toks) && toks[k].kind == tkWord && wordIs(ms.text(b, &toks[k]), wcAttributionVerb) && !toks[m.last].has(tfPossessive) {
		m.ev |= evSpeech
	}
	if toks[after].kind == tkPunct && toks[after].r == ',' {
		if _, _, ok := ms.appositive(b, after); ok {
			m.ev |= evAppos
		}
	}
}

// asianGiven reports a hyphenated given name as East Asian names are
// romanised: "Ka-ki", "Jong-un", "Shin-Wook".
func asianGiven(w string) bool {
	h := strings.IndexByte(w, '-')
	if h <= 0 || h == len(w)-1 || strings.Count(w, "-") != 1 {
		return false
	}
	a, b := w[:h], w[h+1:]
	if len(a) > 6 || len(b) > 7 {
		return false
	}
	if wordIs(a, wcArabicArticle) {
		return false // "Al-Haram"
	}
	r, _ := utf8.DecodeRuneInString(a)
	return unicode.IsUpper(r)
}

// isPluralRole reports the plural of a role word ("athletes Vitas
// Gerulaitis and Jack Nicklaus"): evidence that a person follows, but no
// role of one person.
func (ms *mentionStage) isPluralRole(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && ms.lx.classes(w[:n-1])&lxRole != 0
}

// appositiveOpening skips what may open an appositive after the comma at
// token comma (an age, "who is", an article) and returns where its words
// start; false when the words after the comma open no appositive.
func (ms *mentionStage) appositiveOpening(b, comma int) (int, bool) {
	toks := ms.toks[b]
	k := comma + 1
	if k >= len(toks) || toks[k].kind != tkWord {
		return 0, false
	}
	// An age first: "John Smith, 34, a teacher from Leeds,".
	if w := ms.text(b, &toks[k]); w[0] >= '0' && w[0] <= '9' && len(w) <= 3 && k+2 < len(toks) && toks[k+1].kind == tkPunct && toks[k+1].r == ',' && toks[k+2].kind == tkWord {
		k += 2
	}
	// "John Smith, who is a teacher at ...,"
	if ms.text(b, &toks[k]) == "who" && k+2 < len(toks) && (ms.text(b, &toks[k+1]) == "is" || ms.text(b, &toks[k+1]) == "was") {
		k += 2
	}
	switch w := ms.text(b, &toks[k]); {
	case wordIs(w, wcArticle):
		k++
	case wordIs(w, wcAppositiveStop):
		return 0, false
	}
	return k, true
}

// appositive reads ", a senior research fellow at X," after a name (comma
// at token index comma) and returns the role's byte range in the block.
func (ms *mentionStage) appositive(b, comma int) (start, end int, ok bool) {
	toks := ms.toks[b]
	k, ok := ms.appositiveOpening(b, comma)
	if !ok {
		return 0, 0, false
	}
	if k >= len(toks) || toks[k].kind != tkWord || toks[k].has(tfInQuote) != toks[comma].has(tfInQuote) {
		return 0, 0, false
	}
	first := k
	roleAt := -1
	last := -1
	relative := false // "who", "that" or "which" opened a clause
	for ; k < len(toks) && k < first+20; k++ {
		t := &toks[k]
		if t.kind == tkPunct {
			if t.r == '(' || t.r == ')' || t.r == '-' || t.r == '&' || t.r == '/' || t.r == '\'' || t.r == '’' {
				continue
			}
			break
		}
		w := ms.text(b, t)
		if wordIs(w, wcSpeechVerb) || t.has(tfQuoteMark) {
			return 0, 0, false
		}
		// An appositive is a noun phrase: a verb of its own outside a
		// relative clause makes the words after the comma a sentence
		// ("According to Rathbun, a detective ... was provided with").
		switch {
		case wordIs(w, wcRelativePronoun):
			relative = true
		case wordIs(w, wcAuxiliary):
			if !relative {
				return 0, 0, false
			}
		}
		if (t.lex&lxRole != 0 || wordIs(w, wcStrongHonorific)) && roleAt < 0 && k < first+7 && !wordIs(w, wcPlainHonorific) {
			// A role word, not an honorific opening another name ("Mr").
			if !(t.has(tfCap) && k+1 < len(toks) && nameish(&toks[k+1]) && toks[k+1].lex&lxGiven != 0) {
				roleAt = k
			}
		}
		last = k
	}
	if roleAt < 0 || last < first {
		return 0, 0, false
	}
	// The appositive must end at a comma, a period or the block's end.
	if k < len(toks) && k < first+20 {
		if r := toks[k].r; r != ',' && r != '.' && r != ';' && r != ')' && r != '—' && r != '–' {
			return 0, 0, false
		}
	} else if k < len(toks) {
		return 0, 0, false
	}
	return int(toks[first].start), int(toks[last].end), true
}

// roleHeadBefore finds the role noun of a phrase that ends at the comma at
// token comma of block b: the lower-case role word right before it ("the
// team's coach,"), or before an "of" phrase ("the mayor of London,"),
// either maybe followed by a parenthesis ("… of CEI (Italian Episcopal
// Conference),"). It returns the role word's index and the phrase's last
// token before any parenthesis, or -1.
func (ms *mentionStage) roleHeadBefore(b, comma int) (head, end int) {
	toks := ms.toks[b]
	j := comma - 1
	if j >= 0 && toks[j].kind == tkPunct && toks[j].r == ')' {
		for k := j - 1; k >= 0 && k >= j-12; k-- {
			if toks[k].kind == tkPunct && toks[k].r == '(' {
				j = k - 1
				break
			}
		}
		if j == comma-1 {
			return -1, -1 // no opening parenthesis near
		}
	}
	end = j
	isRole := func(t *token) bool { return t.kind == tkWord && !t.has(tfCap) && t.lex&lxRole != 0 }
	if j >= 0 && isRole(&toks[j]) {
		return j, end
	}
	// Back over the object of "of": a few words, no punctuation.
	for k := j; k > 0 && k >= j-5; k-- {
		t := &toks[k]
		if t.kind != tkWord || t.has(tfQuoteMark) {
			return -1, -1
		}
		if k < j && ms.text(b, t) == "of" {
			if isRole(&toks[k-1]) {
				return k - 1, end
			}
			return -1, -1
		}
	}
	return -1, -1
}

// isRomanNumeral reports a regnal or generational numeral of two to
// five letters ("II", "IV", "XVI"), which follows a name ("Edmund IV",
// "Walter Brisk III") and is no acronym.
func isRomanNumeral(w string) bool {
	if len(w) < 2 || len(w) > 5 {
		return false
	}
	for i := 0; i < len(w); i++ {
		if w[i] != 'I' && w[i] != 'V' && w[i] != 'X' {
			return false
		}
	}
	return true
}

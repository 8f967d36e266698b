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
func (an *annotator) judge(m *mention, runStart int) {
	sh, ok := an.shapeOf(m)
	if !ok {
		m.bad = true
		return
	}
	an.judgeShape(m, sh, runStart)
	an.judgeWords(m, sh)
	an.judgeBefore(m, sh, runStart)
	an.judgeAfter(m)
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
		toks := an.toks[m.block]
		k := m.first - 1
		if toks[k].kind == tkPunct && toks[k].r == ',' && k > 0 {
			k--
		}
		if toks[k].kind == tkWord && wordIs(an.text(m.block, &toks[k]), wcAttributionVerb) {
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
func (an *annotator) shapeOf(m *mention) (nameShape, bool) {
	sh := nameShape{core: an.toks[m.block][m.first : m.last+1], first: -1, allEnglish: true}
	for k := range sh.core {
		t := &sh.core[k]
		if t.lex&lxEnglish == 0 && !t.has(tfInitial) {
			sh.allEnglish = false
		}
		if t.has(tfInitial) || wordIs(an.text(m.block, t), wcNameParticle) {
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
func (an *annotator) judgeShape(m *mention, sh nameShape, runStart int) {
	toks, b := an.toks[m.block], m.block
	fw, lw := &sh.core[sh.first], &sh.core[len(sh.core)-1]
	// A first name and dictionary words only: a name when the last is a
	// known family name and no article precedes ("Tom Cruise", not "the
	// Red Cross" or "Art Collections").
	afterThe := runStart > 0 && toks[runStart-1].kind == tkWord && strings.EqualFold(an.text(b, &toks[runStart-1]), "the")
	if sh.words >= 2 && fw.lex&lxGiven != 0 && !fw.has(tfAllCaps) && (!sh.allEnglish || (lw.lex&lxPersonName != 0 && !afterThe)) {
		m.ev |= evGiven
	}
	if sh.words >= 2 && sh.words <= 3 && asianGiven(an.text(b, lw)) && fw.lex&(lxEnglish|lxProper) == 0 && !an.hyphenHeadIsWord(an.text(b, lw)) {
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
func (an *annotator) judgeWords(m *mention, sh nameShape) {
	core := sh.core
	for k := range core {
		t := &core[k]
		if t.has(tfAllCaps) && !t.has(tfInitial) && !(k == 0 && len(core) >= 2 && t.end-t.start <= 2 && !core[1].has(tfAllCaps)) {
			m.bad = true
		}
		if t.lex&lxDemonym != 0 && !(k == sh.first && t.lex&lxGiven != 0 && sh.words >= 2) {
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
func (an *annotator) judgeBefore(m *mention, sh nameShape, runStart int) {
	toks, b := an.toks[m.block], m.block
	for k := runStart; k < m.first; k++ {
		w := an.text(b, &toks[k])
		if wordIs(w, wcPlainHonorific) {
			m.ev |= evLetter
		}
		if (wordIs(w, wcStrongHonorific) || toks[k].lex&lxRole != 0) && !toks[k].has(tfPossessive) {
			m.ev |= evTitle
		}
	}
	if runStart == m.first && m.first > 0 {
		prev := &toks[m.first-1]
		if prev.kind == tkWord && !prev.has(tfCap) && (prev.lex&lxRole != 0 || an.isPluralRole(an.text(b, prev))) {
			m.ev |= evTitle
		}
		// "the Afghan team's coach, Alireza Mehraban,", "the mayor of
		// London, Sadiq Khan"
		if prev.kind == tkPunct && prev.r == ',' && m.first >= 2 {
			if h, _ := an.roleHeadBefore(b, m.first-1); h >= 0 {
				m.ev |= evTitle
			}
		}
		if prev.kind == tkWord && !prev.has(tfCap) && wordIs(an.text(b, prev), wcOrgNoun) {
			m.bad = true // "the energy company Novatek"
		}
		if prev.kind == tkPunct && prev.r == '.' && m.first >= 2 && wordIs(an.text(b, &toks[m.first-2]), wcPlainHonorific) {
			m.ev |= evLetter | evTitle
		}
	}
	fw := &sh.core[sh.first]
	if m.ev&(evLetter|evTitle) != 0 && m.bad && sh.words == 1 && fw.lex&(lxPlace|lxOrg|lxDemonym|lxProper|lxNamedPlace) == 0 && !fw.has(tfAllCaps) {
		strong := m.ev&evLetter != 0
		for k := runStart; k < m.first; k++ {
			if wordIs(an.text(b, &toks[k]), wcStrongHonorific) {
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
func (an *annotator) judgeAfter(m *mention) {
	toks, b := an.toks[m.block], m.block
	after := m.last + 1
	if after >= len(toks) {
		return
	}
	k := after
	for k < len(toks) && toks[k].kind == tkWord && wordIs(an.text(b, &toks[k]), wcSpeechAdverb) {
		k++
	}
	if k < len(toks) && toks[k].kind == tkWord && wordIs(an.text(b, &toks[k]), wcAttributionVerb) && !toks[m.last].has(tfPossessive) {
		m.ev |= evSpeech
	}
	if toks[after].kind == tkPunct && toks[after].r == ',' {
		if _, _, ok := an.appositive(b, after); ok {
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
func (an *annotator) isPluralRole(w string) bool {
	n := len(w)
	return n > 3 && w[n-1] == 's' && w[n-2] != 's' && an.lx.classes(w[:n-1])&lxRole != 0
}

// appositive reads ", a senior research fellow at X," after a name (comma
// at token index comma) and returns the role's byte range in the block.
func (an *annotator) appositive(b, comma int) (start, end int, ok bool) {
	toks := an.toks[b]
	k := comma + 1
	if k >= len(toks) || toks[k].kind != tkWord {
		return 0, 0, false
	}
	// An age first: "John Smith, 34, a teacher from Leeds,".
	if w := an.text(b, &toks[k]); w[0] >= '0' && w[0] <= '9' && len(w) <= 3 && k+2 < len(toks) && toks[k+1].kind == tkPunct && toks[k+1].r == ',' && toks[k+2].kind == tkWord {
		k += 2
	}
	// "John Smith, who is a teacher at ...,"
	if an.text(b, &toks[k]) == "who" && k+2 < len(toks) && (an.text(b, &toks[k+1]) == "is" || an.text(b, &toks[k+1]) == "was") {
		k += 2
	}
	switch w := an.text(b, &toks[k]); {
	case wordIs(w, wcArticle):
		k++
	case wordIs(w, wcAppositiveStop):
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
		w := an.text(b, t)
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

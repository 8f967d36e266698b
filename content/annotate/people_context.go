package annotate

// One-word people in context: a first name alone is a person when the
// words around it say so, though it is also a dictionary word ("Bill")
// or known from no short list ("Bri"): a relative's or a role's name
// ("his father, Bill"), a list of first names ("a group date with Demi,
// Bri and Tracy"), a letter's signature ("— Ashley, Mississauga").

// noNameClasses are the lexicon classes of words that make a name a
// place's, an organisation's, a people's or no name at all.
const noNameClasses = lxProper | lxNamedPlace | lxOrg | lxPlace | lxDemonym | lxNonName | lxHonorific | lxRole

// readNameContexts gives evidence (evContext) to the one-word mentions
// that such contexts vouch for.
func (ms *mentionStage) readNameContexts() {
	for mi := range ms.mentions {
		m := &ms.mentions[mi]
		if m.size() != 1 || m.inOrg || m.credit || m.place {
			continue
		}
		t := &ms.toks[m.block][m.first]
		// A first name may also be an organisation's word ("Bill C-48").
		if t.has(tfAllCaps|tfInitial|tfInQuote) || t.lex&(noNameClasses&^lxOrg) != 0 {
			continue
		}
		given := t.lex&(lxGiven|lxGivenUS) != 0
		switch {
		case given && ms.afterOwnedRole(m.block, m.first):
			m.ev |= evContext
			m.bad = false
		case (given || t.lex == 0) && t.lex&lxOrg == 0 && ms.signatureAt(m):
			m.ev |= evContext
			m.bad = false
		}
	}
	ms.readFirstNameLists()
}

// afterOwnedRole reports a name (starting at token first of block b) right after a role noun that someone
// owns, with or without a comma: "his father, Bill", "the couple's
// daughter Tracy", "her lawyer, Ann".
func (ms *mentionStage) afterOwnedRole(b, first int) bool {
	toks := ms.toks[b]
	k := first - 1
	if k >= 0 && toks[k].kind == tkPunct && toks[k].r == ',' {
		k--
	}
	if k < 1 || toks[k].kind != tkWord || toks[k].has(tfCap) || toks[k].lex&lxRole == 0 {
		return false
	}
	owner := &toks[k-1]
	if owner.kind != tkWord {
		return false
	}
	switch ms.text(b, owner) {
	case "his", "her", "their", "my", "our", "your", "His", "Her", "Their", "My", "Our", "Your":
		return true
	}
	return owner.has(tfPossessive)
}

// signatureAt reports a name that signs a letter: a line that opens
// with a dash, then the name, then a comma and a place, and ends there
// ("— Ashley, Mississauga").
func (ms *mentionStage) signatureAt(m *mention) bool {
	toks, b := ms.toks[m.block], m.block
	k := m.first - 1
	if k < 0 || toks[k].kind != tkPunct || (toks[k].r != '—' && toks[k].r != '–' && toks[k].r != '-') || !ms.lineStartAt(b, k) {
		return false
	}
	c := m.last + 1
	if c >= len(toks) || toks[c].kind != tkPunct || toks[c].r != ',' {
		return false
	}
	// One to three capitalised words to the end of the line.
	n := 0
	for k = c + 1; k < len(toks) && !ms.lineStartAt(b, k); k++ {
		if toks[k].kind != tkWord || !toks[k].has(tfCap) {
			return toks[k].kind == tkPunct && toks[k].r == '.' && k+1 == len(toks) && n > 0
		}
		n++
	}
	return n >= 1 && n <= 3
}

// readFirstNameLists gives evidence to lists of one-word names joined by
// commas and "and" whose words are all first names or no list's, most
// of them first names: "Demi, Bri and Tracy" are people, "Kent, Surrey
// and Essex" are not (places), nor is a list with a dictionary word.
func (ms *mentionStage) readFirstNameLists() {
	for mi := 0; mi < len(ms.mentions); {
		end := mi + 1
		for end < len(ms.mentions) && ms.listedAfter(end-1, end) {
			end++
		}
		if end-mi >= 2 && ms.firstNameList(mi, end) {
			for k := mi; k < end; k++ {
				ms.mentions[k].ev |= evContext
				ms.mentions[k].bad = false
			}
		}
		mi = end
	}
}

// listedAfter reports whether mention j follows mention i in a list of
// one-word names: "i, j", "i and j", "i, and j".
func (ms *mentionStage) listedAfter(i, j int) bool {
	a, c := &ms.mentions[i], &ms.mentions[j]
	if a.block != c.block || a.size() != 1 || c.size() != 1 {
		return false
	}
	toks, b := ms.toks[a.block], a.block
	gap := c.first - a.last - 1
	if gap < 1 || gap > 2 || toks[a.last].has(tfPossessive) {
		return false
	}
	for k := a.last + 1; k < c.first; k++ {
		t := &toks[k]
		isAnd := t.kind == tkWord && ms.text(b, t) == "and"
		isComma := t.kind == tkPunct && t.r == ','
		if !isAnd && !isComma || isComma && k != a.last+1 {
			return false
		}
	}
	return true
}

// firstNameList reports whether mentions from..to-1, listed one after
// another, are first names: none a place's, an organisation's or a
// dictionary word that is no first name, at least two first names, and
// all of them first names in a list of two.
func (ms *mentionStage) firstNameList(from, to int) bool {
	given := 0
	for k := from; k < to; k++ {
		m := &ms.mentions[k]
		t := &ms.toks[m.block][m.first]
		if m.inOrg || m.credit || t.has(tfAllCaps|tfInitial) || t.lex&noNameClasses != 0 {
			return false
		}
		switch {
		case t.lex&(lxGiven|lxGivenUS) != 0:
			given++
		case t.lex != 0:
			return false
		}
	}
	n := to - from
	return given >= 2 && (n > 2 || given == n) && given*3 >= n*2
}

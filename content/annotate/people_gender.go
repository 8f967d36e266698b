package annotate

// clusterGender tells a person's gender, 'm' or 'f', from the evidence
// the article gives, 0 when it gives none or contradicts itself: a
// courtesy title before a mention ("Ms. Roe", "Mr Doe"), the he or she
// that follows the person as the subject of a sentence ("Roe said she
// began"), and, failing those, a first name the lexicon knows. The
// article's own words come first: a first name is only a guess.
func (at *attribution) clusterGender(bm [][]int, ci int) byte {
	if g, ok := at.genders[ci]; ok {
		return g
	}
	male, female := 0, 0
	for _, mi := range at.clusters[ci].mentions {
		m := &at.mentions[mi]
		g := at.honorificGender(m)
		if g == 0 && at.isSubject(bm, m) {
			g = at.pronounAfter(bm, m)
		}
		switch g {
		case 'm':
			male++
		case 'f':
			female++
		}
	}
	var g byte
	switch {
	case male > female:
		g = 'm'
	case female > male:
		g = 'f'
	case male == 0:
		g = at.givenNameGender(ci)
	}
	at.genders[ci] = g
	return g
}

// givenNameGender guesses 'm' or 'f' from a person's first name (or a
// one-word name), 0 when unknown or ambiguous.
func (at *attribution) givenNameGender(ci int) byte {
	c := &at.clusters[ci]
	for i, w := range []string{c.names[0], c.names[len(c.names)-1]} {
		cl := at.lx.classes(w)
		if i == 1 && cl&lxGivenUS != 0 {
			break // a family name the long US list has too ("Clinton", "Wilson")
		}
		switch cl & lxGiven {
		case lxGivenMale:
			return 'm'
		case lxGivenFemale:
			return 'f'
		}
		if len(c.names) == 1 {
			break
		}
	}
	return 0
}

// honorificGender reads a courtesy title just before mention m ("Ms.
// Ortega", "Mr Smith"), or inside its run: 'm', 'f' or 0.
func (at *attribution) honorificGender(m *mention) byte {
	toks := at.toks[m.block]
	for j := m.first - 1; j >= 0 && j >= m.first-3; j-- {
		t := &toks[j]
		if t.kind == tkPunct && at.abbrevPeriod(m.block, j) {
			continue
		}
		if t.kind != tkWord || !t.has(tfCap) {
			return 0
		}
		switch w := at.text(m.block, t); {
		case wordIs(w, wcMaleHonorific):
			return 'm'
		case wordIs(w, wcFemaleHonorific):
			return 'f'
		}
	}
	return 0
}

// pronounAfter reads the gender of the first he, she, his, himself or
// herself after mention m in its sentence, outside quotations, with no
// other person named between them ("Roe said she began", "Carroll put
// on his coat"): 'm', 'f' or 0.
func (at *attribution) pronounAfter(bm [][]int, m *mention) byte {
	b, toks := m.block, at.toks[m.block]
	next := len(toks)
	for _, mi := range bm[b] {
		if o := &at.mentions[mi]; o.first > m.last {
			next = o.first
			break
		}
	}
	for j := m.last + 1; j < next && j <= m.last+12; j++ {
		t := &toks[j]
		if at.sentenceEndAt(b, j) || t.has(tfQuoteMark) {
			return 0
		}
		if t.kind == tkWord && !t.has(tfInQuote) {
			switch w := at.text(b, t); w {
			case "he", "she", "his", "himself", "herself":
				// "Carroll put on his pants": a possessive or a
				// reflexive is the subject's; "her" may be an object.
				if w == "himself" {
					return 'm'
				}
				if w == "herself" {
					return 'f'
				}
				return pronounGender(w)
			}
		}
	}
	return 0
}

package annotate

// acceptListed accepts two-word names listed with accepted people
// ("Romelu Lukaku, Yannick Carrasco, and Dries Mertens"): a list of
// names one of which is a person is a list of people.
func (cs *clusterStage) acceptListed() {
	isJoin := func(b, k int) bool {
		t := &cs.toks[b][k]
		if t.kind == tkPunct {
			return t.r == ',' || t.r == '&'
		}
		w := cs.text(b, t)
		return w == "and" || w == "or"
	}
	// Only people accepted on their own evidence vouch for their
	// neighbours: a list does not vouch for itself.
	seed := make([]bool, len(cs.clusters))
	for ci := range cs.clusters {
		seed[ci] = cs.clusters[ci].accepted
	}
	accepted := func(mi int) bool { return seed[cs.mentions[mi].cluster] }
	for range 1 {
		changed := false
		for mi := range cs.mentions {
			m := &cs.mentions[mi]
			if m.cluster < 0 || cs.clusters[m.cluster].accepted || m.bad || m.inOrg {
				continue
			}
			toks := cs.toks[m.block]
			ok := false
			// before: "Person, X" / "Person and X" / "Person, and X"
			k := m.first - 1
			if k >= 0 && isJoin(m.block, k) {
				k--
				if k >= 0 && isJoin(m.block, k) {
					k--
				}
				if pm, found := cs.mentionEndingAt(m.block, k); found && cs.mentions[pm].cluster >= 0 && accepted(pm) {
					ok = true
				}
			}
			k = m.last + 1
			if !ok && k < len(toks) && isJoin(m.block, k) && !toks[m.last].has(tfPossessive) {
				k++
				if k < len(toks) && isJoin(m.block, k) {
					k++
				}
				if pm, found := cs.mentionStartingAt(m.block, k); found && cs.mentions[pm].cluster >= 0 && accepted(pm) {
					ok = true
				}
			}
			if ok && cs.allEnglish(m) {
				ok = false // "People Power"
			}
			if ok {
				m.ev |= evCoord
				cs.clusters[m.cluster].accepted = true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

// allEnglish reports names made only of dictionary words ("People Power").
func (cs *clusterStage) allEnglish(m *mention) bool {
	for k := m.first; k <= m.last; k++ {
		if cs.toks[m.block][k].lex&lxEnglish == 0 {
			return false
		}
	}
	return true
}

// actsLikePerson reports whether a one-word name is used as people are:
// with a possessive or as the subject of a verb ("Gloria's eczema",
// "Gloria temporarily improved"), at least once and more than twice as
// often as after "in"/"from"/"to" as places are ("from Chelsea"): a
// person taken "from Cara" once in a story that has her act ten times
// is still a person.
func (cs *clusterStage) actsLikePerson(c *cluster) bool {
	personLike, placeLike := 0, 0
	for _, mi := range c.mentions {
		m := &cs.mentions[mi]
		toks := cs.toks[m.block]
		if m.first > 0 && toks[m.first-1].kind == tkWord {
			if wordIs(cs.text(m.block, &toks[m.first-1]), wcPlaceBeforeWord) {
				placeLike++
				continue
			}
		}
		if toks[m.last].has(tfPossessive) {
			personLike++
			continue
		}
		if n := m.last + 1; n < len(toks) && toks[n].kind == tkWord && !toks[n].has(tfCap) && !wordIs(cs.text(m.block, &toks[n]), wcFunctionWord) {
			if !wordIs(cs.text(m.block, &toks[n]), wcClauseAfterWord) {
				personLike++
			}
		}
	}
	return personLike > 0 && personLike > 2*placeLike
}

// demoteListedWithPlaces drops the weak evidence (a first name, a known
// family name) of names listed with places: in "Porto Alegre, Belo
// Horizonte and Santos" the words only look like names. A title, an
// appositive role or a speech verb still makes a person.
func (cs *clusterStage) demoteListedWithPlaces() {
	const weak = evGiven | evNameLike | evAsian
	for range 50 {
		changed := false
		for mi := range cs.mentions {
			m := &cs.mentions[mi]
			if m.place || m.ev&^weak != 0 {
				continue
			}
			// A list: names on both sides, or joined by "and"/"or" (a
			// single comma may open an apposition: "Google, Sergey Brin,").
			left, lok, lconj := cs.listNeighbour(m, -1)
			right, rok, rconj := cs.listNeighbour(m, 1)
			inList := (lok && rok) || (lok && lconj) || (rok && rconj)
			if !inList {
				continue
			}
			if (lok && cs.mentions[left].place) || (rok && cs.mentions[right].place) {
				m.ev = 0
				m.place = true
				changed = true
			}
		}
		if !changed {
			break
		}
	}
}

// isListJoin reports a comma, "and" or "or" at token k of block b.
func (cs *clusterStage) isListJoin(b, k int) bool {
	t := &cs.toks[b][k]
	if t.kind == tkPunct {
		return t.r == ','
	}
	w := cs.text(b, t)
	return w == "and" || w == "or"
}

// listNeighbour returns the mention listed next to m on one side (dir -1
// or 1), whether there is one, and whether the join is a conjunction
// ("and", ", and").
func (cs *clusterStage) listNeighbour(m *mention, dir int) (int, bool, bool) {
	toks := cs.toks[m.block]
	k := m.first - 1
	if dir > 0 {
		k = m.last + 1
	}
	if k < 0 || k >= len(toks) || !cs.isListJoin(m.block, k) {
		return 0, false, false
	}
	conj := toks[k].kind == tkWord
	k += dir
	if k >= 0 && k < len(toks) && cs.isListJoin(m.block, k) {
		conj = conj || toks[k].kind == tkWord
		k += dir
	}
	var mi int
	var ok bool
	if dir > 0 {
		mi, ok = cs.mentionStartingAt(m.block, k)
	} else {
		mi, ok = cs.mentionEndingAt(m.block, k)
	}
	return mi, ok, conj
}

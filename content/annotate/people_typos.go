package annotate

// misspeltSurnameOf returns the accepted person whose family name the
// one-word mention mi misspells, or -1: a typo drops or adds a letter of
// a surname ("Water said" in an article on Kathryn Waters); a changed
// letter makes another word too often ("Rank" near "Rask"), and an added
// final s names the family ("the Olsens"). Only
// a word that is no name of its own (a dictionary word, even one a family
// is named after, or a word of no list), of four letters or more, with
// the surname's first letter, and near exactly one person's surname
// counts, so that a second person whose name is one letter off ("Clark"
// after "Mary Clarke") stays apart.
func (cs *clusterStage) misspeltSurnameOf(mi int) int {
	m := &cs.mentions[mi]
	w := m.key
	const named = lxGiven | lxGivenUS | lxScowlCap | lxProper | lxPlace | lxNamedPlace | lxOrg | lxDemonym | lxNonName | lxHonorific | lxRole
	lex := cs.toks[m.block][m.first].lex
	if len(w) < 4 || lex&named != 0 || lex&(lxPersonName|lxEnglish) == lxPersonName {
		return -1 // "Rivera" near "Rivers": a name of its own
	}
	found := -1
	for ci := range cs.clusters {
		c := &cs.clusters[ci]
		if !c.accepted || len(c.names) < 2 || len(c.mentions) == 0 {
			continue
		}
		last := c.names[len(c.names)-1]
		if len(w) == len(last) || w == last+"s" || last[0] != w[0] || !editDistanceAtMost1(w, last) {
			continue
		}
		if found >= 0 && found != ci {
			return -1 // near two people: no telling which
		}
		found = ci
	}
	return found
}

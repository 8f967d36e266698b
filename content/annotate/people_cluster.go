package annotate

import (
	"slices"
	"strings"
)

// appendNameWords appends to dst the words of a name key that identify
// the person: initials and particles are left out ("L. Ron Hubbard" ->
// Ron, Hubbard).
func appendNameWords(dst []string, key string) []string {
	for w := range strings.FieldsSeq(key) {
		if wordIs(w, wcNameParticle) || (len(w) >= 2 && w[len(w)-1] == '.') {
			continue
		}
		dst = append(dst, w)
	}
	return dst
}

// isSubName reports whether the words of a short name all occur, in
// order, in a longer one, sharing its last or its first word: "Marc
// Hill" in "Marc Lamont Hill".
func isSubName(short, long []string) bool {
	if len(short) >= len(long) || len(short) == 0 {
		return false
	}
	if short[len(short)-1] != long[len(long)-1] && short[0] != long[0] {
		return false
	}
	k := 0
	for _, w := range long {
		if k < len(short) && short[k] == w {
			k++
		}
	}
	return k == len(short)
}

// isVariantName reports two spellings of one person's name: the same
// family name and first names one letter apart ("Kristen"/"Kristin"),
// or the same two names in the other order.
func isVariantName(a, b []string) bool {
	if len(a) != len(b) || len(a) < 2 {
		return false
	}
	if len(a) == 2 && a[0] == b[1] && a[1] == b[0] {
		return true // "Hosaka Yuji" and "Yuji Hosaka": family name first or last
	}
	if a[len(a)-1] != b[len(b)-1] {
		return false
	}
	diff := 0
	for i := range a {
		if a[i] != b[i] {
			if len(a[i]) < 4 || !editDistanceAtMost1(a[i], b[i]) {
				return false
			}
			diff++
		}
	}
	return diff == 1
}

// buildClusters groups the mentions into people: each distinct name of
// two or more words first, then the shorter forms that fit exactly one of
// them, then the one-word mentions, which join a person already accepted
// or stand alone and must show evidence of their own.
func (an *annotator) buildClusters() {
	if an.byKey == nil {
		an.byKey = make(map[string]int)
	}
	an.clusterFullNames()
	an.joinShortForms()
	an.demoteListedWithPlaces()
	for ci := range an.clusters {
		c := &an.clusters[ci]
		slices.Sort(c.mentions)
		for _, mi := range c.mentions {
			if an.mentions[mi].ev != 0 {
				c.accepted = true
				break
			}
		}
	}
	an.acceptListed()
	an.attachOneWordMentions()
	an.judgeOneWordPeople()
}

// clusterFullNames makes a cluster of each distinct name of two or more
// words that may be a person.
func (an *annotator) clusterFullNames() {
	for mi := range an.mentions {
		m := &an.mentions[mi]
		if m.bad || m.size() < 2 || m.inOrg || m.credit {
			continue
		}
		ci, ok := an.byKey[m.key]
		if !ok {
			// The words go to the annotator's arena; each cluster's
			// slice of it is capped, and the arena is never written
			// below its length, so the slices stay as they are.
			start := len(an.nameWords)
			an.nameWords = appendNameWords(an.nameWords, m.key)
			words := an.nameWords[start:len(an.nameWords):len(an.nameWords)]
			if len(words) < 2 {
				an.nameWords = an.nameWords[:start]
				continue
			}
			ci = len(an.clusters)
			an.clusters = append(an.clusters, cluster{key: m.key, names: words})
			an.byKey[m.key] = ci
		}
		m.cluster = ci
		an.clusters[ci].mentions = append(an.clusters[ci].mentions, mi)
	}
}

// joinShortForms moves each cluster whose name is a shorter form or a
// variant of exactly one other ("Marc Hill", "Marc Lamont Hill") into
// that one, longest names first.
func (an *annotator) joinShortForms() {
	order := scratchInts(&an.order, len(an.clusters))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return len(an.clusters[y].names) - len(an.clusters[x].names) })
	target := scratchInts(&an.target, len(an.clusters))
	for i := range target {
		target[i] = i
	}
	// Candidates share the first or the last word: index them so that
	// the comparison stays linear in practice.
	byWord := &an.byWord
	byWord.reset()
	for ci := range an.clusters {
		ws := an.clusters[ci].names
		byWord.add(ws[0], ci)
		if l := ws[len(ws)-1]; l != ws[0] {
			byWord.add(l, ci)
		}
	}
	for _, ci := range order {
		if found := an.longerFormOf(ci, target); found >= 0 {
			target[ci] = found
		}
	}
	for ci := range an.clusters {
		t := ci
		for target[t] != t {
			t = target[t]
		}
		if t == ci {
			continue
		}
		for _, mi := range an.clusters[ci].mentions {
			an.mentions[mi].cluster = t
			an.clusters[t].mentions = append(an.clusters[t].mentions, mi)
		}
		an.clusters[ci].mentions = nil
		an.byKey[an.clusters[ci].key] = t
	}
}

// longerFormOf returns the one cluster, not itself moved, whose name
// cluster ci's is a shorter form or a less used variant of; -1 when none
// or several fit.
func (an *annotator) longerFormOf(ci int, target []int) int {
	c := &an.clusters[ci]
	byWord := &an.byWord
	found := -1
	if byWord.len(c.names[len(c.names)-1]) > 64 {
		return -1 // a pathological input; leave the names apart
	}
	cands := byWord.appendTo(an.cands[:0], c.names[len(c.names)-1])
	if c.names[0] != c.names[len(c.names)-1] && byWord.len(c.names[0]) <= 64 {
		cands = byWord.appendTo(cands, c.names[0])
	}
	an.cands = cands
	for _, cj := range cands {
		if cj == ci || cj == found || target[cj] != cj {
			continue
		}
		d := &an.clusters[cj]
		if isSubName(c.names, d.names) || (isVariantName(c.names, d.names) && (len(d.mentions) > len(c.mentions) || (len(d.mentions) == len(c.mentions) && cj < ci))) {
			if found >= 0 {
				return -1
			}
			found = cj
		}
	}
	return found
}

// attachOneWordMentions gives each mention not yet in a cluster one: a
// longer name joins the accepted person of that name (inside an
// organisation's name, of its leading words); a single word joins the
// accepted person it is a word of, or else its own one-word cluster.
func (an *annotator) attachOneWordMentions() {
	wordOwners := an.indexAcceptedWords()
	lastSeen := scratchInts(&an.lastSeen, len(an.clusters))
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	if an.singles == nil {
		an.singles = make(map[string]int)
	}
	singles := an.singles // one-word name -> its own cluster
	for mi := range an.mentions {
		m := &an.mentions[mi]
		if m.cluster >= 0 {
			lastSeen[m.cluster] = mi
			continue
		}
		if m.size() >= 2 {
			if ci := an.acceptedPrefixOf(mi); ci >= 0 {
				an.attach(mi, ci)
				lastSeen[ci] = mi
			}
			continue
		}
		w := m.key
		owners := wordOwners.appendTo(an.owners[:0], w)
		an.owners = owners
		if len(owners) > 0 && m.inOrg && an.toks[m.block][m.first].lex&lxEnglish != 0 {
			owners = nil // "Space" in "Space Shuttle"
		}
		if len(owners) > 0 {
			// Several people share the word ("Mohamed"): the one named
			// most so far, then the one named last.
			best := owners[0]
			for _, ci := range owners {
				nc, nb := len(an.clusters[ci].mentions), len(an.clusters[best].mentions)
				if nc > nb || (nc == nb && lastSeen[ci] > lastSeen[best]) {
					best = ci
				}
			}
			an.attach(mi, best)
			lastSeen[best] = mi
			continue
		}
		if ci, ok := singles[w]; ok && !m.credit && !m.inOrg {
			// "Smith, a former banker," after "Mr Smith said".
			an.attach(mi, ci)
			lastSeen[ci] = mi
			continue
		}
		if m.bad || m.inOrg || m.credit || m.sentCommon {
			continue
		}
		ci, ok := singles[w]
		if !ok {
			ci = len(an.clusters)
			an.nameWords = append(an.nameWords, w)
			names := an.nameWords[len(an.nameWords)-1 : len(an.nameWords) : len(an.nameWords)]
			an.clusters = append(an.clusters, cluster{key: w, names: names})
			lastSeen = append(lastSeen, -1)
			singles[w] = ci
		}
		an.attach(mi, ci)
		lastSeen[ci] = mi
	}
}

// indexAcceptedWords indexes the words of the accepted names, for the
// one-word mentions to find their person by.
func (an *annotator) indexAcceptedWords() *wordIndex {
	wordOwners := &an.wordOwners
	wordOwners.reset()
	for ci := range an.clusters {
		c := &an.clusters[ci]
		if !c.accepted || len(c.mentions) == 0 {
			continue
		}
		for _, w := range c.names {
			// Clusters are added in increasing order: ci is in w's
			// list when it is the last one there.
			if wordOwners.last(w) != ci {
				wordOwners.add(w, ci)
			}
		}
	}
	return wordOwners
}

// acceptedPrefixOf returns the accepted cluster that a longer name left
// out of the clusters belongs to, or -1. Such a name is no person on its
// own but may hold one inside an organisation's name or a credit ("the
// Andy Warhol Photographic Legacy Program"); the mention is then cut to
// the person's words.
func (an *annotator) acceptedPrefixOf(mi int) int {
	m := &an.mentions[mi]
	if ci, ok := an.byKey[m.key]; ok && an.clusters[ci].accepted {
		return ci
	}
	if !m.inOrg {
		return -1
	}
	for last := m.last - 1; last > m.first; last-- {
		key := an.keyOf(m.block, m.first, last)
		if ci, ok := an.byKey[key]; ok && an.clusters[ci].accepted {
			m.last, m.key = last, key
			return ci
		}
	}
	return -1
}

// judgeOneWordPeople accepts a one-word person with a title, a speech
// verb or an appositive, or a first name used more than once that is no
// common word and acts like a person.
func (an *annotator) judgeOneWordPeople() {
	for _, ci := range an.singles {
		c := &an.clusters[ci]
		strong := false
		for _, mi := range c.mentions {
			m := &an.mentions[mi]
			if m.ev&(evTitle|evAppos|evLetter) != 0 {
				strong = true
			}
			t := &an.toks[m.block][m.first]
			if m.ev&evSpeech != 0 && t.lex&(lxProper|lxEnglish|lxPlace|lxOrg|lxDemonym) == 0 {
				strong = true
			}
		}
		if !strong && len(c.mentions) >= 2 {
			m := &an.mentions[c.mentions[0]]
			t := &an.toks[m.block][m.first]
			if t.lex&lxGiven != 0 && t.lex&(lxEnglish|lxProper) == 0 {
				strong = an.actsLikePerson(c)
			}
		}
		c.accepted = strong
	}
}

func (an *annotator) attach(mi, ci int) {
	an.mentions[mi].cluster = ci
	an.clusters[ci].mentions = append(an.clusters[ci].mentions, mi)
}

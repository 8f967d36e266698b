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
func (cs *clusterStage) buildClusters() {
	if cs.byKey == nil {
		cs.byKey = make(map[string]int)
	}
	cs.clusterFullNames()
	cs.joinShortForms()
	cs.demoteListedWithPlaces()
	for ci := range cs.clusters {
		c := &cs.clusters[ci]
		slices.Sort(c.mentions)
		for _, mi := range c.mentions {
			if cs.mentions[mi].ev != 0 {
				c.accepted = true
				break
			}
		}
	}
	cs.acceptListed()
	cs.attachOneWordMentions()
	cs.judgeOneWordPeople()
	cs.acceptSpeakingSurnames()
}

// clusterFullNames makes a cluster of each distinct name of two or more
// words that may be a person.
func (cs *clusterStage) clusterFullNames() {
	for mi := range cs.mentions {
		m := &cs.mentions[mi]
		if m.bad || m.size() < 2 || m.inOrg || m.credit {
			continue
		}
		ci, ok := cs.byKey[m.key]
		if !ok {
			// The words go to the annotator's arena; each cluster's
			// slice of it is capped, and the arena is never written
			// below its length, so the slices stay as they are.
			start := len(cs.nameWords)
			cs.nameWords = appendNameWords(cs.nameWords, m.key)
			words := cs.nameWords[start:len(cs.nameWords):len(cs.nameWords)]
			// Initials and a family name ("A. Berg") need evidence of
			// their own: a name of one word is a person only with it.
			if len(words) < 2 && (len(words) == 0 || m.ev == 0) {
				cs.nameWords = cs.nameWords[:start]
				continue
			}
			ci = len(cs.clusters)
			cs.clusters = append(cs.clusters, cluster{key: m.key, names: words})
			cs.byKey[m.key] = ci
		}
		m.cluster = ci
		cs.clusters[ci].mentions = append(cs.clusters[ci].mentions, mi)
	}
}

// joinShortForms moves each cluster whose name is a shorter form or a
// variant of exactly one other ("Marc Hill", "Marc Lamont Hill") into
// that one, longest names first.
func (cs *clusterStage) joinShortForms() {
	order := scratchInts(&cs.order, len(cs.clusters))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(x, y int) int { return len(cs.clusters[y].names) - len(cs.clusters[x].names) })
	target := scratchInts(&cs.target, len(cs.clusters))
	for i := range target {
		target[i] = i
	}
	// Candidates share the first or the last word: index them so that
	// the comparison stays linear in practice.
	byWord := &cs.byWord
	byWord.reset()
	for ci := range cs.clusters {
		ws := cs.clusters[ci].names
		byWord.add(ws[0], ci)
		if l := ws[len(ws)-1]; l != ws[0] {
			byWord.add(l, ci)
		}
	}
	for _, ci := range order {
		if found := cs.longerFormOf(ci, target); found >= 0 {
			target[ci] = found
		}
	}
	for ci := range cs.clusters {
		t := ci
		for target[t] != t {
			t = target[t]
		}
		if t == ci {
			continue
		}
		for _, mi := range cs.clusters[ci].mentions {
			cs.mentions[mi].cluster = t
			cs.clusters[t].mentions = append(cs.clusters[t].mentions, mi)
		}
		cs.clusters[ci].mentions = nil
		cs.byKey[cs.clusters[ci].key] = t
	}
}

// longerFormOf returns the one cluster, not itself moved, whose name
// cluster ci's is a shorter form or a less used variant of; -1 when none
// or several fit.
func (cs *clusterStage) longerFormOf(ci int, target []int) int {
	c := &cs.clusters[ci]
	byWord := &cs.byWord
	found := -1
	if byWord.len(c.names[len(c.names)-1]) > 64 {
		return -1 // a pathological input; leave the names apart
	}
	cands := byWord.appendTo(cs.cands[:0], c.names[len(c.names)-1])
	if c.names[0] != c.names[len(c.names)-1] && byWord.len(c.names[0]) <= 64 {
		cands = byWord.appendTo(cands, c.names[0])
	}
	cs.cands = cands
	for _, cj := range cands {
		if cj == ci || cj == found || target[cj] != cj {
			continue
		}
		d := &cs.clusters[cj]
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
func (cs *clusterStage) attachOneWordMentions() {
	wordOwners := cs.indexAcceptedWords()
	lastSeen := scratchInts(&cs.lastSeen, len(cs.clusters))
	for i := range lastSeen {
		lastSeen[i] = -1
	}
	if cs.singles == nil {
		cs.singles = make(map[string]int)
	}
	for mi := range cs.mentions {
		m := &cs.mentions[mi]
		if m.cluster >= 0 {
			lastSeen[m.cluster] = mi
			continue
		}
		ci := cs.homeOf(mi, wordOwners, lastSeen)
		if ci < 0 {
			continue
		}
		if ci == len(cs.clusters) {
			w := m.key
			cs.nameWords = append(cs.nameWords, w)
			names := cs.nameWords[len(cs.nameWords)-1 : len(cs.nameWords) : len(cs.nameWords)]
			cs.clusters = append(cs.clusters, cluster{key: w, names: names})
			lastSeen = append(lastSeen, -1)
			cs.singles[w] = ci
		}
		cs.attach(mi, ci)
		lastSeen[ci] = mi
	}
}

// homeOf returns the cluster that mention mi, in none yet, joins: -1 for
// none, len(an.clusters) for a one-word cluster of its own, to be made.
// lastSeen holds each cluster's latest mention so far.
func (cs *clusterStage) homeOf(mi int, wordOwners *wordIndex, lastSeen []int) int {
	m := &cs.mentions[mi]
	if m.size() >= 2 {
		return cs.acceptedPrefixOf(mi)
	}
	w := m.key
	owners := wordOwners.appendTo(cs.owners[:0], w)
	cs.owners = owners
	if len(owners) > 0 && m.inOrg && cs.toks[m.block][m.first].lex&lxEnglish != 0 {
		owners = nil // "Space" in "Space Shuttle"
	}
	if len(owners) > 0 {
		// Several people share the word ("Mohamed"): the one named
		// most so far, then the one named last.
		best := owners[0]
		for _, ci := range owners {
			nc, nb := len(cs.clusters[ci].mentions), len(cs.clusters[best].mentions)
			if nc > nb || (nc == nb && lastSeen[ci] > lastSeen[best]) {
				best = ci
			}
		}
		return best
	}
	if ci, ok := cs.singles[w]; ok && !m.credit && !m.inOrg {
		return ci // "Smith, a former banker," after "Mr Smith said"
	}
	if !m.credit && !m.inOrg {
		if ci := cs.misspeltSurnameOf(mi); ci >= 0 {
			return ci // "Water said" after "Kathryn Waters"
		}
	}
	if m.bad || m.inOrg || m.credit || m.sentCommon {
		return -1
	}
	return len(cs.clusters) // not in singles: that case returned above
}

// indexAcceptedWords indexes the words of the accepted names, for the
// one-word mentions to find their person by.
func (cs *clusterStage) indexAcceptedWords() *wordIndex {
	wordOwners := &cs.wordOwners
	wordOwners.reset()
	for ci := range cs.clusters {
		c := &cs.clusters[ci]
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
func (cs *clusterStage) acceptedPrefixOf(mi int) int {
	m := &cs.mentions[mi]
	if ci, ok := cs.byKey[m.key]; ok && cs.clusters[ci].accepted {
		return ci
	}
	if !m.inOrg {
		return -1
	}
	for last := m.last - 1; last > m.first; last-- {
		key := cs.keyOf(m.block, m.first, last)
		if ci, ok := cs.byKey[key]; ok && cs.clusters[ci].accepted {
			m.last, m.key = last, key
			return ci
		}
	}
	return -1
}

// judgeOneWordPeople accepts a one-word person with a title, a speech
// verb or an appositive, or a first name used more than once that is no
// common word and acts like a person.
func (cs *clusterStage) judgeOneWordPeople() {
	for _, ci := range cs.singles {
		c := &cs.clusters[ci]
		strong := false
		for _, mi := range c.mentions {
			m := &cs.mentions[mi]
			if m.block == cs.title {
				continue // a headline's "tells Wikinews" says too little
			}
			if m.ev&(evTitle|evAppos|evLetter|evEntry|evContext) != 0 {
				strong = true
			}
			t := &cs.toks[m.block][m.first]
			if m.ev&evSpeech != 0 && t.lex&(lxProper|lxEnglish|lxPlace|lxOrg|lxDemonym) == 0 {
				strong = true
			}
		}
		if !strong && len(c.mentions) >= 2 {
			m := &cs.mentions[c.mentions[0]]
			t := &cs.toks[m.block][m.first]
			// Not a long-list name that is also a place's or a
			// people's ("Maya"): repeated, it is that.
			if t.lex&lxGiven != 0 && t.lex&(lxEnglish|lxProper) == 0 && t.lex&(lxGivenUS|lxScowlCap) != lxGivenUS|lxScowlCap {
				strong = cs.actsLikePerson(c)
			}
		}
		c.accepted = strong
	}
}

func (cs *clusterStage) attach(mi, ci int) {
	cs.mentions[mi].cluster = ci
	cs.clusters[ci].mentions = append(cs.clusters[ci].mentions, mi)
}

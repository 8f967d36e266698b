package annotate

import "strings"

// acceptSpeakingSurnames accepts a person named throughout by a surname
// alone that is also a dictionary word ("Trump said ... , Trump told
// reporters"): the word alone says nothing, so its mentions were judged
// common words. The article's use of it says more: it speaks (a speech
// verb after or before it, or an appositive) at least twice, it is
// written with a capital inside a sentence at least once, never after
// an article ("the Treasury said") and never in lower case, and it is no
// place, organisation (nor the head word of one named in the article),
// nationality or known proper noun. A word that
// belongs to an accepted person's name already joined that person. All
// the candidate words are weighed in one pass over the mentions:
// weighing each word on its own read every mention once per word.
func (cs *clusterStage) acceptSpeakingSurnames() {
	if cs.weighed == nil {
		cs.weighed = make(map[string]surnameWeight)
	}
	for mi := range cs.mentions {
		if m := &cs.mentions[mi]; cs.speakingCandidate(m) {
			cs.weighed[m.key] = surnameWeight{}
		}
	}
	if len(cs.weighed) == 0 {
		return
	}
	cs.weighSpeakingSurnames()
	for mi := range cs.mentions {
		m := &cs.mentions[mi]
		if !cs.speakingCandidate(m) {
			continue
		}
		if w := cs.weighed[m.key]; w.out || w.speaks < 2 || !w.inner || cs.writtenLower(m.key) {
			cs.weighed[m.key] = surnameWeight{out: true} // its other mentions: settled
			continue
		}
		ci := len(cs.clusters)
		cs.nameWords = append(cs.nameWords, m.key)
		names := cs.nameWords[len(cs.nameWords)-1 : len(cs.nameWords) : len(cs.nameWords)]
		cs.clusters = append(cs.clusters, cluster{key: m.key, names: names, accepted: true})
		cs.singles[m.key] = ci
		for mj := mi; mj < len(cs.mentions); mj++ {
			o := &cs.mentions[mj]
			if o.cluster < 0 && o.size() == 1 && o.key == m.key && !o.inOrg && !o.credit {
				cs.attach(mj, ci)
			}
		}
	}
}

// surnameWeight is what acceptSpeakingSurnames has read of one word's
// mentions: how many speak, whether one is inside a sentence, and
// whether one rules the word out.
type surnameWeight struct {
	speaks     int
	inner, out bool
}

// speakingCandidate reports a one-word mention judged a common word,
// in no organisation or credit, of a word no one-word person has: a
// surname acceptSpeakingSurnames may weigh. Accepting a word attaches
// its mentions and gives it a single, so it stops being a candidate.
func (cs *clusterStage) speakingCandidate(m *mention) bool {
	if m.cluster >= 0 || m.size() != 1 || !m.bad || m.inOrg || m.credit {
		return false
	}
	_, done := cs.singles[m.key]
	return !done
}

// weighSpeakingSurnames weighs every one-word mention of the words in
// cs.weighed (see acceptSpeakingSurnames), in one pass.
func (cs *clusterStage) weighSpeakingSurnames() {
	for mi := range cs.mentions {
		m := &cs.mentions[mi]
		if m.size() != 1 {
			continue
		}
		w, ok := cs.weighed[m.key]
		if !ok || w.out {
			continue
		}
		toks := cs.toks[m.block]
		t := &toks[m.first]
		switch {
		case m.org || t.has(tfAllCaps) || t.lex&(lxProper|lxOrg|lxPlace|lxDemonym|lxNamedPlace) != 0:
			// A mention typed an organisation ("BC Hydro" ... "Hydro
			// said") rules the word out.
			w.out = true
		case m.first > 0 && toks[m.first-1].kind == tkWord && wordIs(cs.text(m.block, &toks[m.first-1]), wcDeterminer):
			w.out = true
		default:
			if !t.has(tfSentStart) {
				w.inner = true
			}
			if cs.mentionSpeaks(m) {
				w.speaks++
			}
		}
		cs.weighed[m.key] = w
	}
}

// mentionSpeaks reports a speech verb after mention m (past adverbs) or
// just before it ("said Trump"), or an appositive after it.
func (cs *clusterStage) mentionSpeaks(m *mention) bool {
	probe := *m
	probe.ev = 0
	cs.judgeAfter(&probe)
	if probe.ev&(evSpeech|evAppos) != 0 {
		return true
	}
	toks := cs.toks[m.block]
	k := m.first - 1
	if k > 0 && toks[k].kind == tkPunct && toks[k].r == ',' {
		k--
	}
	return k >= 0 && toks[k].kind == tkWord && wordIs(cs.text(m.block, &toks[k]), wcAttributionVerb)
}

// writtenLower reports the word key written in lower case anywhere in
// the article ("a trump card"): then it is a common word after all.
func (cs *clusterStage) writtenLower(key string) bool {
	lower := strings.ToLower(key)
	if lower == key {
		return true
	}
	for b := range cs.toks {
		text := cs.a.Blocks[b].Text
		if !strings.Contains(text, lower) {
			continue
		}
		for k := range cs.toks[b] {
			if t := &cs.toks[b][k]; t.kind == tkWord && !t.has(tfCap) && text[t.start:t.end] == lower {
				return true
			}
		}
	}
	return false
}

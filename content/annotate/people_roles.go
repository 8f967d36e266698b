package annotate

import (
	"slices"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// roleCandidate is one role read for a person, and how much it weighs.
type roleCandidate struct {
	text  string
	words int
	body  bool // from a body paragraph rather than a caption or heading
	order int
}

// better reports whether r should win over o: more words, then body
// text over captions, then first written.
func (r roleCandidate) better(o roleCandidate) bool {
	if r.words != o.words {
		return r.words > o.words
	}
	if r.body != o.body {
		return r.body
	}
	return r.order < o.order
}

// titleRole reads the title written before mention m: "Russian
// President", "Japanese Prime minister", "English captain".
func (cs *clusterStage) titleRole(m *mention) (string, bool) {
	toks := cs.toks[m.block]
	k := m.first - 1
	// skip the period of "Mr." / "Dr."
	end := m.first
	for k >= 0 && toks[k].kind == tkWord && cs.inTitle(m.block, k, m.first) {
		if t := &toks[k]; t.has(tfPossessive) && !t.has(tfCap) {
			break
		}
		k--
	}
	start := k + 1
	if start >= end {
		return "", false
	}
	// The word next to the name must be a title or role noun, not only
	// a nationality ("Swedish Andreas"): a head word.
	last := &toks[end-1]
	if last.lex&lxRole == 0 && !(last.has(tfCap) && last.lex&lxHonorific != 0) {
		return "", false
	}
	// Courtesy titles alone are no role.
	allPlain := true
	for i := start; i < end; i++ {
		if !wordIs(cs.text(m.block, &toks[i]), wcPlainHonorific) {
			allPlain = false
		}
	}
	if allPlain {
		return "", false
	}
	// Drop leading adjectives that are only title words of another
	// kind ("Former" stays: it is part of the role).
	text := cs.a.Blocks[m.block].Text[toks[start].start:toks[end-1].end]
	return text, true
}

// inTitle reports whether word k of block b belongs to a title written
// before the name whose first word is at first.
func (cs *clusterStage) inTitle(b, k, first int) bool {
	toks := cs.toks[b]
	t := &toks[k]
	w := cs.text(b, t)
	if (t.has(tfCap) && t.lex&(lxHonorific|lxRole|lxDemonym) != 0) || (t.lex&lxRole != 0 && !wordIs(w, wcAdjectiveRole)) ||
		(t.has(tfAllCaps) && !t.has(tfInitial)) || (t.has(tfPossessive) && t.has(tfCap)) {
		return true
	}
	// Capitalised common words of an office's name ("Foreign
	// Affairs Minister", "Civil Defense Authority director").
	if k < first-1 && t.has(tfCap) && t.lex&lxEnglish != 0 && t.lex&(lxNonName|lxGiven) == 0 && !t.has(tfSentStart) {
		return true
	}
	// The first words of a place's name before its possessive, even
	// at a sentence's start: "New Zealand's Prime Minister".
	if t.has(tfCap) && k+1 < first && toks[k+1].has(tfPossessive) && toks[k+1].has(tfCap) {
		return true
	}
	// An office named with "of": "Minister of Education".
	return w == "of" && k < first-1 && k > 0 && toks[k-1].kind == tkWord && toks[k-1].has(tfCap) &&
		toks[k-1].lex&(lxRole|lxHonorific) != 0
}

// assignRoles gives each person the fullest role written for them.
func (cs *clusterStage) roleOf(c *cluster) string {
	var best roleCandidate
	have := false
	for _, mi := range c.mentions {
		m := &cs.mentions[mi]
		body := cs.a.Blocks[m.block].Type == content.BlockParagraph || cs.a.Blocks[m.block].Type == content.BlockQuote
		consider := func(text string) {
			text = strings.TrimSpace(strings.TrimRight(text, ",;: "))
			if text == "" {
				return
			}
			rc := roleCandidate{text: text, words: countWords(text), body: body, order: mi}
			if !have || rc.better(best) {
				best, have = rc, true
			}
		}
		if t, ok := cs.titleRole(m); ok {
			consider(t)
		}
		if t, ok := cs.roleBeforeComma(m); ok {
			consider(t)
		}
		toks := cs.toks[m.block]
		if after := m.last + 1; after < len(toks) && toks[after].kind == tkPunct && toks[after].r == ',' && !toks[m.last].has(tfPossessive) {
			if s, e, ok := cs.appositive(m.block, after); ok {
				consider(cs.a.Blocks[m.block].Text[s:e])
			}
		}
	}
	return best.text
}

// nameForms returns a person's canonical name (most words, then longest,
// then first written) and the other forms in order of first use.
func (cs *clusterStage) nameForms(c *cluster) (string, []string) {
	var forms []string
	for _, mi := range c.mentions {
		k := cs.mentions[mi].key
		if !slices.Contains(forms, k) {
			forms = append(forms, k)
		}
	}
	best := 0
	for i, f := range forms {
		nb, nf := countWords(forms[best]), countWords(f)
		if nf > nb || (nf == nb && len(f) > len(forms[best])) {
			best = i
		}
	}
	name := forms[best]
	aliases := make([]string, 0, len(forms)-1)
	for i, f := range forms {
		if i != best {
			aliases = append(aliases, f)
		}
	}
	return name, aliases
}

// roleBeforeComma reads a role written before the name and a comma:
// "the company's chief executive, Mary Barra", "Its head, Gordon Taylor",
// "the secretary general of CEI (Italian Episcopal Conference), Nunzio
// Galantino".
func (cs *clusterStage) roleBeforeComma(m *mention) (string, bool) {
	toks := cs.toks[m.block]
	c := m.first - 1
	if c < 1 || toks[c].kind != tkPunct || toks[c].r != ',' {
		return "", false
	}
	h, end := cs.roleHeadBefore(m.block, c)
	if h < 0 || toks[h].has(tfInQuote) != toks[m.first].has(tfInQuote) {
		return "", false
	}
	start := h
	for j := h - 1; j >= 0 && j >= h-6; j-- {
		t := &toks[j]
		if t.kind != tkWord {
			break
		}
		w := cs.text(m.block, t)
		if wordIs(w, wcDeterminer) || wordIs(w, wcSpeechVerb) || wordIs(w, wcFunctionWord) {
			break
		}
		if t.has(tfCap) && !t.has(tfPossessive) && t.lex&(lxDemonym|lxHonorific|lxRole) == 0 {
			break
		}
		start = j
	}
	return cs.a.Blocks[m.block].Text[toks[start].start:toks[end].end], true
}

// countWords counts space-separated words without allocating.
func countWords(s string) int {
	n, in := 0, false
	for i := 0; i < len(s); i++ {
		sp := s[i] == ' ' || s[i] == '\t' || s[i] == '\n'
		if !sp && !in {
			n++
		}
		in = !sp
	}
	return n
}

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
func (an *annotator) titleRole(m *mention) (string, bool) {
	toks := an.toks[m.block]
	k := m.first - 1
	// skip the period of "Mr." / "Dr."
	end := m.first
	for k >= 0 {
		t := &toks[k]
		if t.kind != tkWord {
			break
		}
		w := an.text(m.block, t)
		inTitle := (t.has(tfCap) && t.lex&(lxHonorific|lxRole|lxDemonym) != 0) || (t.lex&lxRole != 0 && !wordIs(w, wcAdjectiveRole)) ||
			(t.has(tfAllCaps) && !t.has(tfInitial)) || (t.has(tfPossessive) && t.has(tfCap))
		// Capitalised common words of an office's name ("Foreign
		// Affairs Minister", "Civil Defense Authority director").
		if !inTitle && k < m.first-1 && t.has(tfCap) && t.lex&lxEnglish != 0 && t.lex&(lxNonName|lxGiven) == 0 && !t.has(tfSentStart) {
			inTitle = true
		}
		// The first words of a place's name before its possessive, even
		// at a sentence's start: "New Zealand's Prime Minister".
		if !inTitle && t.has(tfCap) && k+1 < m.first && toks[k+1].has(tfPossessive) && toks[k+1].has(tfCap) {
			inTitle = true
		}
		// An office named with "of": "Minister of Education".
		if !inTitle && w == "of" && k < m.first-1 && k > 0 && toks[k-1].kind == tkWord && toks[k-1].has(tfCap) &&
			toks[k-1].lex&(lxRole|lxHonorific) != 0 {
			inTitle = true
		}
		if inTitle {
			if t.has(tfPossessive) && !t.has(tfCap) {
				break
			}
			k--
			continue
		}
		break
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
		if !wordIs(an.text(m.block, &toks[i]), wcPlainHonorific) {
			allPlain = false
		}
	}
	if allPlain {
		return "", false
	}
	// Drop leading adjectives that are only title words of another
	// kind ("Former" stays: it is part of the role).
	text := an.a.Blocks[m.block].Text[toks[start].start:toks[end-1].end]
	return text, true
}

// assignRoles gives each person the fullest role written for them.
func (an *annotator) roleOf(c *cluster) string {
	var best roleCandidate
	have := false
	for _, mi := range c.mentions {
		m := &an.mentions[mi]
		body := an.a.Blocks[m.block].Type == content.BlockParagraph || an.a.Blocks[m.block].Type == content.BlockQuote
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
		if t, ok := an.titleRole(m); ok {
			consider(t)
		}
		if t, ok := an.roleBeforeComma(m); ok {
			consider(t)
		}
		toks := an.toks[m.block]
		if after := m.last + 1; after < len(toks) && toks[after].kind == tkPunct && toks[after].r == ',' && !toks[m.last].has(tfPossessive) {
			if s, e, ok := an.appositive(m.block, after); ok {
				consider(an.a.Blocks[m.block].Text[s:e])
			}
		}
	}
	return best.text
}

// nameForms returns a person's canonical name (most words, then longest,
// then first written) and the other forms in order of first use.
func (an *annotator) nameForms(c *cluster) (string, []string) {
	var forms []string
	for _, mi := range c.mentions {
		k := an.mentions[mi].key
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
func (an *annotator) roleBeforeComma(m *mention) (string, bool) {
	toks := an.toks[m.block]
	c := m.first - 1
	if c < 1 || toks[c].kind != tkPunct || toks[c].r != ',' {
		return "", false
	}
	h, end := an.roleHeadBefore(m.block, c)
	if h < 0 || toks[h].has(tfInQuote) != toks[m.first].has(tfInQuote) {
		return "", false
	}
	start := h
	for j := h - 1; j >= 0 && j >= h-6; j-- {
		t := &toks[j]
		if t.kind != tkWord {
			break
		}
		w := an.text(m.block, t)
		if wordIs(w, wcDeterminer) || wordIs(w, wcSpeechVerb) || wordIs(w, wcFunctionWord) {
			break
		}
		if t.has(tfCap) && !t.has(tfPossessive) && t.lex&(lxDemonym|lxHonorific|lxRole) == 0 {
			break
		}
		start = j
	}
	return an.a.Blocks[m.block].Text[toks[start].start:toks[end].end], true
}

// roleHeadBefore finds the role noun of a phrase that ends at the comma at
// token comma of block b: the lower-case role word right before it ("the
// team's coach,"), or before an "of" phrase ("the mayor of London,"),
// either maybe followed by a parenthesis ("… of CEI (Italian Episcopal
// Conference),"). It returns the role word's index and the phrase's last
// token before any parenthesis, or -1.
func (an *annotator) roleHeadBefore(b, comma int) (head, end int) {
	toks := an.toks[b]
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
		if k < j && an.text(b, t) == "of" {
			if isRole(&toks[k-1]) {
				return k - 1, end
			}
			return -1, -1
		}
	}
	return -1, -1
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

package annotate

import "strings"

// Citations: science and policy writing names the authors of studies in
// slots of their own, "(Berg, Dunne, & Hale, 2012)", "(Moss et al.,
// 2010; Hale 2004: 12)" or "Dunne and Hale (2003) found", where a family
// name stands alone with no title, verb or first name to vouch for it.
// A name in such a slot, shaped as people's are (as in a line of
// entries: people_entries.go), gets the evidence of an entry. A
// single name with a year ("Amarcord (1973)", "(Les Amants, 1959)":
// films) counts only with "et al." or where the article cites in
// parentheses at least twice.

// citeSpan is the tokens from..to-1 of a block that name a citation's
// authors; paren when the citation is all in parentheses.
type citeSpan struct {
	from, to int
	paren    bool
}

// readCitations gives evEntry to the person-shaped mentions that name
// the authors of a citation.
func (ms *mentionStage) readCitations() {
	// The article cites in parentheses: twice, as one "(Les Amants,
	// 1959)" may be a film's title and year.
	parens := 0
	for b := 0; b < len(ms.toks) && parens < 2; b++ {
		if strings.IndexByte(ms.a.Blocks[b].Text, '(') < 0 {
			continue
		}
		for k := range ms.toks[b] {
			if sp, ok := ms.citationAt(b, k, true); ok && sp.paren {
				parens++
			}
		}
	}
	styled := parens >= 2
	for mi := 0; mi < len(ms.mentions); {
		b, end := ms.mentions[mi].block, mi
		for end < len(ms.mentions) && ms.mentions[end].block == b {
			end++
		}
		for i := mi; i < end; i++ {
			if ms.withColleagues(&ms.mentions[i]) {
				ms.markCited(ms.mentions[i:i+1], citeSpan{from: ms.mentions[i].first, to: ms.mentions[i].last + 1})
			}
		}
		if strings.IndexByte(ms.a.Blocks[b].Text, '(') >= 0 {
			for k := range ms.toks[b] {
				if sp, ok := ms.citationAt(b, k, styled); ok {
					ms.markCited(ms.mentions[mi:end], sp)
				}
			}
		}
		mi = end
	}
}

// markCited gives evidence to the mentions inside span sp that may name
// an author.
func (ms *mentionStage) markCited(block []mention, sp citeSpan) {
	for i := range block {
		m := &block[i]
		if m.first < sp.from || m.last >= sp.to || m.inOrg || m.credit || m.place || m.ev&^evSpeech != 0 {
			continue
		}
		if m.size() == 1 && ms.entrySurname(m.block, &ms.toks[m.block][m.first]) || m.size() > 1 && ms.personShaped(m) {
			m.ev |= evEntry
			m.bad = false
		}
	}
}

// citationAt reports the authors' span of a citation whose year is
// token k of block b: "(Names, 2012" in parentheses, or "Names (2012"
// after the names; one name only when styled (the article cites in
// parentheses twice: "(Les Amants, 1959)" alone is a film's title).
func (ms *mentionStage) citationAt(b, k int, styled bool) (citeSpan, bool) {
	toks := ms.toks[b]
	if toks[k].kind != tkWord || !isYearWord(ms.text(b, &toks[k])) || k < 2 {
		return citeSpan{}, false
	}
	if toks[k-1].kind == tkPunct && toks[k-1].r == '(' {
		from, names, etAl := ms.authorsBefore(b, k-1)
		if names == 0 || !(styled || etAl || names >= 2) {
			return citeSpan{}, false
		}
		return citeSpan{from, k - 1, false}, true
	}
	p := k - 1
	if toks[p].kind == tkPunct && toks[p].r == ',' {
		p--
	}
	from, names, etAl := ms.authorsBefore(b, p+1)
	if names == 0 || from == 0 || !(styled || etAl || names >= 2) {
		return citeSpan{}, false
	}
	// The authors open the parenthesis, or one of several citations
	// in it ("(Moss, 2010; Hale, 2004)"), maybe after "see" or "e.g.".
	open := from - 1
	if toks[open].kind == tkWord && isCiteLead(ms.text(b, &toks[open])) && open > 0 {
		open--
	}
	for open > 0 && toks[open].kind == tkPunct && toks[open].r != '(' && toks[open].r != ';' {
		open-- // "e.g.," is a word and marks
	}
	if toks[open].kind != tkPunct || toks[open].r != '(' && toks[open].r != ';' {
		return citeSpan{}, false
	}
	return citeSpan{from, p + 1, true}, true
}

// authorsBefore walks back from token end (exclusive) of block b over a
// list of authors' names ("Berg, Dunne, & Hale", "Moss et al.", "Dunne
// and Hale") and returns where it starts, how many names (runs of
// capitalised words) it holds and whether it ends in "et al.".
func (ms *mentionStage) authorsBefore(b, end int) (from, names int, etAl bool) {
	toks := ms.toks[b]
	from = end
	inName := false
	for k := end - 1; k >= 0 && k >= end-24; k-- {
		t := &toks[k]
		if t.kind == tkPunct {
			if t.r != ',' && t.r != '&' && t.r != '.' {
				break
			}
			inName = inName && t.r == '.' // an initial's period
			continue
		}
		w := ms.text(b, t)
		switch {
		case w == "al" && names == 0:
			etAl = true
		case w == "et" && etAl && names == 0:
		case w == "and":
			inName = false
		case t.has(tfCap) && t.lex&lxNonName == 0:
			if !inName {
				names++
			}
			inName, from = true, k
		default:
			return from, names, etAl
		}
	}
	return from, names, etAl
}

// withColleagues reports a name followed by "et al." or "and
// colleagues" ("Moss et al. found", "a study by Hale and colleagues"):
// the lead author of a study, cited without a year.
func (ms *mentionStage) withColleagues(m *mention) bool {
	toks, b := ms.toks[m.block], m.block
	k := m.last + 1
	if k+1 >= len(toks) || toks[k].kind != tkWord || toks[k+1].kind != tkWord || toks[m.last].has(tfPossessive) {
		return false
	}
	w, next := ms.text(b, &toks[k]), ms.text(b, &toks[k+1])
	switch {
	case w == "et":
		return next == "al"
	case w == "and":
		return next == "colleagues" || next == "co-workers" || next == "coworkers" || next == "co-authors" || next == "coauthors"
	}
	return false
}

// isCiteLead reports the words that may open a citation inside its
// parenthesis ("(see Berg, 2012)", "(e.g., Hale, 2004)").
func isCiteLead(w string) bool {
	switch w {
	case "see", "e.g", "eg", "cf", "also", "i.e", "ie":
		return true
	}
	return false
}

// isYearWord reports a year of a citation: four digits from 1500 to
// 2099, maybe with a letter ("2005a").
func isYearWord(w string) bool {
	if len(w) == 5 && w[4] >= 'a' && w[4] <= 'z' {
		w = w[:4]
	}
	if len(w) != 4 || (w[:2] < "15" || w[:2] > "20") {
		return false
	}
	for i := 0; i < 4; i++ {
		if w[i] < '0' || w[i] > '9' {
			return false
		}
	}
	return true
}

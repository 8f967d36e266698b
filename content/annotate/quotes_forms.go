package annotate

// Attribution forms that need a longer reach than a short clause.

// verbSearchEnd returns how far after a quotation, from token k of
// block b, its speech verb is looked for: a short clause, longer when a
// person named there opens an appositive ("…," Bill Sims, the city's
// director of engineering and public works, said).
func (at *attribution) verbSearchEnd(bm [][]int, b, k int) int {
	n := len(at.toks[b])
	for _, mi := range bm[b] {
		if m := &at.mentions[mi]; m.first == k {
			if c := m.last + 1; c < n && at.toks[b][c].kind == tkPunct && at.toks[b][c].r == ',' {
				return min(n, k+32)
			}
			break
		}
	}
	return min(n, k+12)
}

// statementBy reports "by" or "from" at token v of block b after a
// statement noun ("the famous quote by X:", "a statement from X,"): the
// words quoted next are that person's.
func (at *attribution) statementBy(b, v int) bool {
	toks := at.toks[b]
	if w := at.text(b, &toks[v]); v == 0 || (w != "by" && w != "from") {
		return false
	}
	p := &toks[v-1]
	return p.kind == tkWord && wordIs(at.text(b, p), wcStatementNoun)
}

// askedAside reports a speech verb at token j of block b inside an
// aside opened by a subordinator ("Demante, when asked about the duel,
// said"): it is not the verb of the sentence.
func (at *attribution) askedAside(b, j int) bool {
	if j == 0 || at.toks[b][j-1].kind != tkWord {
		return false
	}
	return at.subordinator(at.text(b, &at.toks[b][j-1]))
}

// subordinator reports a word that opens a clause of time or condition
// ("when", "if", "as", "after"): no speaker's phrase starts with it.
func (at *attribution) subordinator(w string) bool {
	switch w {
	case "when", "When", "if", "If", "as", "As", "after", "After", "before", "Before", "while", "While", "once", "Once", "unless", "Unless":
		return true
	}
	return false
}

// opensNoPhrase reports a first word that no speaker's noun phrase
// starts with: a subordinator or a preposition ("when asked about it",
// "in a statement").
func (at *attribution) opensNoPhrase(w string) bool {
	return at.subordinator(w) || wordIs(w, wcPlacePreposition) || wordIs(w, wcEitherPreposition)
}

// titleWordBefore reports a word at token k of block b, outside
// quotations, that a title or role before a name is made of ("Prime
// Minister", "the physicist", "American physicist").
func (at *attribution) titleWordBefore(b, k int) bool {
	t := &at.toks[b][k]
	if t.has(tfInQuote) {
		return false
	}
	w := at.text(b, t)
	return t.has(tfCap) || at.lx.classes(w)&lxRole != 0 || wordIs(w, wcArticle)
}

// opensClause reports a sentence of block b (after token start) whose
// words before token k are a subordinator alone ("As physicist John
// Wheeler put it:").
func (at *attribution) opensClause(b, start, k int) bool {
	return k == start+1 && at.toks[b][k].kind == tkWord && at.subordinator(at.text(b, &at.toks[b][k]))
}

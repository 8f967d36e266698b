package annotate

import "strings"

// Names outside prose: results, scorers, squads, scorecards, rankings
// and odds are lines of entries ("1. Anna Berg (Norway) 1:18.32",
// "Rovers 2 (Hale 34, Dunne 71)", "Defenders - A. Berg, C. Dunne"),
// where a name stands with no verb, title or appositive to vouch for it.
// readEntryLines finds such lines and gives the person-shaped names in
// their slots evidence of their own (evEntry). Teams, clubs and
// countries fill slots too, so a slot only vouches for a name shaped as
// people's are: never one word outside a scorers' parenthesis or a
// scorecard, never a place's, an organisation's or a dictionary name.

// entryLine counts what a block's words are, to tell a line of entries
// from prose: entries are capitalised names, numbers and separators,
// with few lower-case words.
type entryLine struct {
	words, lower, numbers, commas, connectors int
}

// readEntryLines marks the mentions that fill a slot of an entry line.
// Lines are read one by one: a block of results often keeps one entry a
// line, after a line of prose.
func (ms *mentionStage) readEntryLines() {
	for mi := 0; mi < len(ms.mentions); {
		b := ms.mentions[mi].block
		lineEnd, entry := -1, false
		if strings.IndexByte(ms.a.Blocks[b].Text, '\n') < 0 {
			// One line, the usual paragraph.
			lineEnd, entry = len(ms.toks[b]), ms.isEntryLine(b, 0, len(ms.toks[b]))
		}
		for ; mi < len(ms.mentions) && ms.mentions[mi].block == b; mi++ {
			m := &ms.mentions[mi]
			if m.first >= lineEnd {
				lineStart := m.first
				for lineStart > 0 && !ms.lineStartAt(b, lineStart) {
					lineStart--
				}
				lineEnd = m.first + 1
				for lineEnd < len(ms.toks[b]) && !ms.lineStartAt(b, lineEnd) {
					lineEnd++
				}
				entry = ms.isEntryLine(b, lineStart, lineEnd)
			}
			if entry {
				ms.judgeEntrySlot(m)
			}
		}
	}
}

// isEntryLine reports whether tokens from..to of block b are a line of
// entries: numbers with few lower-case words (results, scores, odds), or
// a list of names separated by commas with no lower-case word but "and"
// (a squad).
func (ms *mentionStage) isEntryLine(b, from, to int) bool {
	var c entryLine
	for k := from; k < to; k++ {
		t := &ms.toks[b][k]
		if t.kind == tkPunct {
			if t.r == ',' || t.r == ';' {
				c.commas++
			}
			continue
		}
		if t.has(tfInQuote) {
			return false
		}
		c.words++
		switch w := ms.text(b, t); {
		case w[0] >= '0' && w[0] <= '9':
			c.numbers++
		case w == "and":
		case !t.has(tfCap) && wordIs(w, wcNameParticle) && k+1 < to && ms.toks[b][k+1].has(tfCap):
			// "van Dijk": a particle of a name, no prose
		case isEntryConnector(w):
			c.connectors++
		case !t.has(tfCap):
			c.lower++
			if c.lower >= 12 && c.lower*2 > c.words {
				return false // prose: no need to read on
			}
		}
	}
	if (c.numbers >= 2 || c.numbers >= 1 && c.connectors >= 1) && c.lower*3 <= c.words {
		return true
	}
	return c.commas >= 1 && c.lower == 0 && c.words >= 4
}

// judgeEntrySlot gives mention m evidence when it fills a slot: it
// stands between separators, numbers or a rank, and is followed by a
// number, a parenthesised tag, a separator or the end of a line.
func (ms *mentionStage) judgeEntrySlot(m *mention) {
	if m.inOrg || m.credit || m.place || m.ev != 0 {
		return
	}
	toks, b := ms.toks[m.block], m.block
	if !ms.slotOpens(b, m.first) || !ms.slotCloses(b, m.last) {
		return
	}
	switch {
	case m.size() == 1:
		if ms.surnameSlot(b, m.first) && ms.entrySurname(b, &toks[m.first]) {
			m.ev |= evEntry
			m.bad = false
		}
	case ms.personShaped(m):
		m.ev |= evEntry
		m.bad = false
	}
}

// slotOpens reports whether a name starting at token k of block b opens
// a slot: at a line's start, after a separator, a number, an opening
// parenthesis, or a connecting word ("beat", "c", "b" of a scorecard).
func (ms *mentionStage) slotOpens(b, k int) bool {
	if k == 0 || ms.lineStartAt(b, k) {
		return true
	}
	p := &ms.toks[b][k-1]
	if p.kind == tkPunct {
		switch p.r {
		case ',', ';', '-', '–', '—', ':', '(', '.', ')', '/':
			return true
		}
		return false
	}
	w := ms.text(b, p)
	return w[0] >= '0' && w[0] <= '9' || isEntryConnector(w)
}

// slotCloses reports whether a name ending at token k of block b closes
// a slot: before a number, a parenthesis, a separator or a line's end.
func (ms *mentionStage) slotCloses(b, k int) bool {
	toks := ms.toks[b]
	if k+1 >= len(toks) || ms.lineStartAt(b, k+1) {
		return true
	}
	n := &toks[k+1]
	if n.kind == tkPunct {
		switch n.r {
		case ',', ';', '(', ')', '-', '–', '—', ':', '.':
			return true
		}
		return false
	}
	w := ms.text(b, n)
	return w[0] >= '0' && w[0] <= '9' || isEntryConnector(w)
}

// isEntryConnector reports the lower-case words that join the names of
// entries: head to head ("beat", "def.", "v"), scorecards ("c", "b",
// "st", "lbw") and lists ("and").
func isEntryConnector(w string) bool {
	switch w {
	case "beat", "bt", "def", "defeated", "v", "vs", "c", "b", "st", "lbw", "and":
		return true
	}
	return false
}

// lineStartAt reports whether token k of block b starts a line of the
// block's text (blocks of results often keep one entry a line).
func (ms *mentionStage) lineStartAt(b, k int) bool {
	if k == 0 {
		return true
	}
	text := ms.a.Blocks[b].Text
	return strings.IndexByte(text[ms.toks[b][k-1].end:ms.toks[b][k].start], '\n') >= 0
}

// surnameSlot reports whether a one-word name at token k of block b is
// in a slot where one word names a person: a parenthesis of scorers
// opened after a score ("Rovers 2 (Hale 34, Dunne 71)") or a line of
// scorers ("Scorers: Hale 34, Dunne 71"), with a number after the name,
// or a scorecard's batsman and fielders ("Hale c Dunne b Moss 54").
func (ms *mentionStage) surnameSlot(b, k int) bool {
	toks := ms.toks[b]
	if k > 0 && toks[k-1].kind == tkWord && isScorecardWord(ms.text(b, &toks[k-1])) {
		return true
	}
	if k+1 < len(toks) && toks[k+1].kind == tkWord && isScorecardWord(ms.text(b, &toks[k+1])) && ms.lineStartAt(b, k) {
		return true
	}
	if k+1 >= len(toks) || toks[k+1].kind != tkWord || !isDigitWord(ms.text(b, &toks[k+1])) {
		return false
	}
	if ms.scorersLine(b, k) {
		return true
	}
	// Back to the opening parenthesis, over entries of names and numbers.
	for p := k - 1; p >= 0 && p >= k-24; p-- {
		t := &toks[p]
		if t.kind == tkPunct && t.r == ')' {
			return false
		}
		if t.kind == tkPunct && t.r == '(' {
			return p > 0 && toks[p-1].kind == tkWord && isDigitWord(ms.text(b, &toks[p-1]))
		}
	}
	return false
}

func isDigitWord(w string) bool { return w != "" && w[0] >= '0' && w[0] <= '9' }

// entrySurname reports a word that may be a family name standing alone:
// a known one, or a word no list has; never a place's, an
// organisation's, a nationality, a word in capitals or the plural of a
// dictionary word ("Hurricanes", "Rovers": a team).
func (ms *mentionStage) entrySurname(b int, t *token) bool {
	const noName = lxProper | lxNamedPlace | lxOrg | lxPlace | lxDemonym | lxNonName | lxHonorific | lxRole
	if t.has(tfAllCaps|tfInitial) || t.lex&noName != 0 {
		return false
	}
	if t.lex&lxPersonName != 0 {
		return true
	}
	w := ms.text(b, t)
	if n := len(w); t.lex == 0 && n > 3 && w[n-1] == 's' && ms.lx.classes(w[:n-1])&lxEnglish != 0 {
		return false
	}
	return t.lex == 0
}

// personShaped reports a name of two or three words written as people's
// are: initials and a family name ("A. Berg", "T.J. Brodie"), a first
// name and a family name, or words that are all names or no list's;
// never with a place's, an organisation's or a nationality's word.
func (ms *mentionStage) personShaped(m *mention) bool {
	core := ms.toks[m.block][m.first : m.last+1]
	if len(core) > 4 {
		return false
	}
	words, initials := 0, 0
	allNames := true
	for k := range core {
		t := &core[k]
		if t.has(tfInitial) {
			initials++
			continue
		}
		if k > 0 && k < len(core)-1 && t.kind == tkWord && !t.has(tfCap) && wordIs(ms.text(m.block, t), wcNameParticle) {
			continue // "V. van Dijk", "J. de Silva"
		}
		if t.kind != tkWord || t.has(tfAllCaps) || t.lex&(lxProper|lxNamedPlace|lxOrg|lxPlace|lxDemonym|lxNonName|lxHonorific) != 0 {
			return false
		}
		if t.lex != 0 && t.lex&(lxPersonName|lxGiven|lxGivenUS) == 0 {
			allNames = false
		}
		words++
	}
	last := &core[len(core)-1]
	switch {
	case words == 0 || words > 3 || last.has(tfInitial):
		return false
	case initials > 0:
		return words == 1 && ms.entrySurname(m.block, last)
	case words == 1:
		return false
	}
	return core[0].lex&(lxGiven|lxGivenUS) != 0 && ms.entrySurname(m.block, last) || allNames
}

// isScorecardWord reports the words of a cricket scorecard between the
// batsman and the fielders: caught, bowled, stumped, leg before.
func isScorecardWord(w string) bool {
	switch w {
	case "c", "b", "st", "lbw":
		return true
	}
	return false
}

// scorersLine reports whether token k of block b follows a label of
// scorers ("Scorers:", "Goals:", "Tries:"), the nearest label before it
// on its line.
func (ms *mentionStage) scorersLine(b, k int) bool {
	toks := ms.toks[b]
	s := k - 1
	for s > 0 && s > k-200 && !(toks[s].kind == tkPunct && toks[s].r == ':') && !ms.lineStartAt(b, s) {
		s--
	}
	if s < 1 || toks[s].kind != tkPunct || toks[s].r != ':' || toks[s-1].kind != tkWord {
		return false
	}
	switch strings.ToLower(ms.text(b, &toks[s-1])) {
	case "scorers", "scorer", "goalscorers", "goals", "tries", "try", "conversions", "cons", "penalties", "pens", "drop", "dropped":
		return true
	}
	return false
}

// standingsRow reports a name ending at token k of block b that opens a
// row of a league table: four whole numbers after it where the first is
// the sum of the next three (played = won + drawn + lost, "Kirk Heaton
// 21 11 6 4 39"). Only teams have such rows; a golfer's rounds ("68 70
// 71 69") do not add up so.
func (ms *mentionStage) standingsRow(b, k int) bool {
	toks := ms.toks[b]
	if k+4 >= len(toks) {
		return false
	}
	var n [4]int
	for i := range n {
		t := &toks[k+1+i]
		if t.kind != tkWord {
			return false
		}
		v, ok := smallNumber(ms.text(b, t))
		if !ok || ms.lineStartAt(b, k+1+i) {
			return false
		}
		n[i] = v
	}
	return n[0] > 0 && n[0] == n[1]+n[2]+n[3]
}

// smallNumber reads a word of one to three ASCII digits.
func smallNumber(w string) (int, bool) {
	if w == "" || len(w) > 3 {
		return 0, false
	}
	v := 0
	for i := 0; i < len(w); i++ {
		if w[i] < '0' || w[i] > '9' {
			return 0, false
		}
		v = v*10 + int(w[i]-'0')
	}
	return v, true
}

package annotate

import "unicode"

// partyDesignationEnd returns the token after a party and state
// designation that starts at token k of block b, as US political news
// writes one after a legislator's name ("(R-Ky.)", ", D-Calif.,",
// "(I-Vt)"), or k when there is none: a person's, and no obstacle
// between the name and its verb of speech.
func (tk *tokenStage) partyDesignationEnd(b, k int) int {
	toks := tk.toks[b]
	if k+1 >= len(toks) || toks[k].kind != tkPunct || (toks[k].r != '(' && toks[k].r != ',') {
		return k
	}
	j := k + 1
	if toks[j].kind != tkWord || !isPartyState(tk.text(b, &toks[j])) {
		return k
	}
	closer := ','
	if toks[k].r == '(' {
		closer = ')'
	}
	// The state's abbreviation may go on in periods and initials
	// ("R-S.C.", "D-N.Y.").
	for j++; j < len(toks) && j <= k+5; j++ {
		t := &toks[j]
		switch {
		case t.kind == tkPunct && t.r == closer:
			return j + 1
		case t.kind == tkPunct && t.r == '.', t.kind == tkWord && t.end-t.start <= 3 && t.has(tfCap):
			continue
		}
		break
	}
	return k
}

// isPartyState reports a word like "R-Ky", "D-Calif" or "I-Vt": a party
// letter, a hyphen and a capitalised state abbreviation.
func isPartyState(w string) bool {
	if len(w) < 3 || len(w) > 8 || w[1] != '-' {
		return false
	}
	switch w[0] {
	case 'R', 'D', 'I':
	default:
		return false
	}
	for i, r := range w[2:] {
		if i == 0 && !unicode.IsUpper(r) || i > 0 && !unicode.IsLetter(r) {
			return false
		}
	}
	return true
}

package annotate

import (
	"strings"
	"unicode"
)

// Words in capitals are acronyms ("NASA", "WHO") unless the capitals are
// a style: a headline or a typed letter all in capitals, a record that
// prints names so ("Mr. HALVERSON", "KAMALA HARRIS"). readShouted finds
// those and reads their words as their cased form ("HALVERSON" as
// "Halverson"), flagged tfShouted instead of tfAllCaps; a mention of such words gets the cased form as its key
// (shoutedKey), so that it names the person the text writes in lower
// case, and so the person's name is never in capitals because of it.

// readShouted reads the words in capitals of every block whose capitals
// are a style, in their cased form.
func (tk *tokenStage) readShouted() {
	for b := range tk.toks {
		toks := tk.toks[b]
		if !anyAllCaps(toks) {
			continue // no word in capitals: most blocks
		}
		shouted := isShoutedText(tk.a.Blocks[b].Text)
		for k := 0; k < len(toks); {
			if toks[k].kind != tkWord || !toks[k].has(tfAllCaps) {
				k++
				continue
			}
			j := k + 1
			for j < len(toks) && toks[j].kind == tkWord && toks[j].has(tfAllCaps|tfInitial) {
				j++
			}
			tk.caseRun(b, k, j, shouted)
			k = j
		}
	}
}

// caseRun reads the run of words in capitals toks[k:j] of block b in
// their cased form when the block is all capitals, or when their cased
// forms are all names: two or three of them ("TOMAS BREKKE"), or one
// after a title ("Mr. HALVERSON"). The lexicon is read without case,
// so a word's classes are already its cased form's: only the flags
// change.
func (tk *tokenStage) caseRun(b, k, j int, shouted bool) {
	toks := tk.toks[b]
	if !shouted {
		if j-k > 4 {
			return
		}
		const noName = lxEnglish | lxNonName | lxNamedPlace | lxPlace | lxOrg | lxDemonym | lxHonorific | lxRole
		words := 0
		for i := k; i < j; i++ {
			if toks[i].has(tfInitial) {
				continue
			}
			if c := toks[i].lex; c&(lxGiven|lxPersonName) == 0 || c&noName != 0 {
				return
			}
			words++
		}
		titled := k > 0 && toks[k-1].lex&lxHonorific != 0 ||
			k > 1 && toks[k-1].kind == tkPunct && toks[k-1].r == '.' && toks[k-2].lex&lxHonorific != 0
		if words < 2 && !titled {
			return
		}
	}
	for i := k; i < j; i++ {
		if t := &toks[i]; !t.has(tfInitial) {
			t.flags = t.flags&^tfAllCaps | tfShouted
		}
	}
}

// anyAllCaps reports a word in capitals among toks.
func anyAllCaps(toks []token) bool {
	for k := range toks {
		if toks[k].flags&tfAllCaps != 0 {
			return true
		}
	}
	return false
}

// isShoutedText reports a text of three words or more with letters in
// capitals and none in lower case.
func isShoutedText(s string) bool {
	words, inWord := 0, false
	for _, r := range s {
		if unicode.IsLower(r) {
			return false
		}
		letter := unicode.IsLetter(r)
		if letter && !inWord {
			words++
		}
		inWord = letter || inWord && (r == '\'' || r == '-' || r == '’')
	}
	return words >= 3
}

// casedWord writes w in capitals as a name is written: its first letter
// and those after a hyphen or an apostrophe upper case ("O'NEILL" →
// "O'Neill", "JEAN-LUC" → "Jean-Luc"), the rest lower case.
func casedWord(w string) string {
	var sb strings.Builder
	sb.Grow(len(w))
	up := true
	for _, r := range w {
		if up {
			sb.WriteRune(unicode.ToUpper(r))
		} else {
			sb.WriteRune(unicode.ToLower(r))
		}
		up = r == '-' || r == '\'' || r == '’'
	}
	return sb.String()
}

// shoutedKey is the key of a mention of tokens first..last of block b
// with words in capitals read cased: "TOMAS BREKKE" → "Tomas Brekke".
func (tk *tokenStage) shoutedKey(b, first, last int) string {
	toks := tk.toks[b]
	var sb strings.Builder
	for k := first; k <= last; k++ {
		if k > first {
			sb.WriteByte(' ')
		}
		w := tk.text(b, &toks[k])
		if toks[k].has(tfShouted) {
			w = casedWord(w)
		}
		sb.WriteString(w)
	}
	return sb.String()
}

// hasShouted reports a word read cased among tokens first..last of b.
func (tk *tokenStage) hasShouted(b, first, last int) bool {
	for k := first; k <= last; k++ {
		if tk.toks[b][k].has(tfShouted) {
			return true
		}
	}
	return false
}

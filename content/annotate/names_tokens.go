package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// tokKind says what a token is.
type tokKind uint8

const (
	tkWord  tokKind = iota // letters, digits, inner hyphens/apostrophes, initials
	tkPunct                // one punctuation rune
)

// Token flags.
const (
	tfCap        uint16 = 1 << iota // starts with an upper-case letter (or "al-X")
	tfAllCaps                       // two or more letters, all upper case (NASA)
	tfInitial                       // "L." or "K.C."
	tfPossessive                    // followed by 's / ’s (consumed)
	tfSentStart                     // first word of a sentence
	tfInQuote                       // inside a quotation's marks
	tfCredit                        // inside a credit (byline, "Image: X")
	tfQuoteMark                     // a quotation mark opening or closing a quotation
	tfShouted                       // in capitals as a style, read cased (tokens_shouted.go)
)

// token is one word or punctuation rune of a block, located by byte
// offsets into the block's text so that no text is copied.
type token struct {
	start, end int32
	kind       tokKind
	flags      uint16
	lex        uint16 // lexicon classes of a word
	r          rune   // the rune of a punctuation token
}

func (t *token) has(f uint16) bool { return t.flags&f != 0 }

func isApostrophe(r rune) bool { return r == '\'' || r == '’' }

func isWordRune(r rune) bool {
	if r < utf8.RuneSelf {
		return 'a' <= r && r <= 'z' || 'A' <= r && r <= 'Z' || '0' <= r && r <= '9'
	}
	return unicode.IsLetter(r) || unicode.IsDigit(r) || unicode.Is(unicode.Mn, r)
}

func isSpaceRune(r rune) bool {
	if r < utf8.RuneSelf {
		return r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v'
	}
	return unicode.IsSpace(r)
}

// tokenize appends the tokens of a block's text to dst, with their
// lexicon classes; quotation and credit flags are set afterwards. The
// classes of capitalised words go through cache, which may be nil.
func tokenize(text string, lx *lexicons, cache *wordCache, dst []token) []token {
	toks := dst
	sentStart := true
	n := len(text)
	for i := 0; i < n; {
		if text[i] == ' ' {
			i++ // the usual space, settled before the general tests
			continue
		}
		r, size := rune(text[i]), 1
		if r >= utf8.RuneSelf {
			r, size = utf8.DecodeRuneInString(text[i:])
		}
		if isSpaceRune(r) {
			i += size
			continue
		}
		if !isWordRune(r) {
			toks = append(toks, token{start: int32(i), end: int32(i + size), kind: tkPunct, r: r})
			if starts, ok := startsSentenceAfter(text, toks); ok {
				sentStart = starts
			}
			i += size
			continue
		}
		j, initial := i+size, false
		if unicode.IsUpper(r) && j < n && text[j] == '.' {
			j, initial = initialEnd(text, j)
		}
		poss := false
		if !initial {
			j, poss = wordEnd(text, i, j)
		}
		t := token{start: int32(i), end: int32(j), kind: tkWord}
		if initial {
			t.flags |= tfInitial | tfCap
		} else {
			classifyWord(&t, text[i:j], lx, cache)
		}
		if sentStart {
			t.flags |= tfSentStart
			sentStart = false
		}
		if poss {
			t.flags |= tfPossessive
			// skip the apostrophe and the s
			_, s2 := utf8.DecodeRuneInString(text[j:])
			j += s2 + 1
		}
		toks = append(toks, t)
		i = j
	}
	return toks
}

// startsSentenceAfter tells, for the punctuation token just appended to toks,
// whether the next word starts a sentence; ok is false for marks that
// leave that as it was. A period after an abbreviation ("Mr.") and a
// semicolon end none.
func startsSentenceAfter(text string, toks []token) (starts, ok bool) {
	p := &toks[len(toks)-1]
	switch p.r {
	case '.', '!', '?', ':', '…':
		if p.r == '.' && len(toks) >= 2 {
			prev := &toks[len(toks)-2]
			if prev.kind == tkWord && prev.end == p.start && wordIs(text[prev.start:prev.end], wcAbbreviation) {
				return false, true
			}
		}
		return true, true
	case ';':
		return false, true
	}
	return false, false
}

// initialEnd reads an initial, an upper-case letter and a period ("L."),
// maybe repeated ("K.C.", "U.S."), from the period at j. It returns where
// the initial ends, or j and false when the period ends a sentence: "A."
// at a sentence's end is no initial when a lower-case word follows; kept
// simple, a single initial is followed by a space and an upper-case
// letter.
func initialEnd(text string, j int) (int, bool) {
	n := len(text)
	k := j
	for k < n && text[k] == '.' {
		k++
		if k < n {
			r2, s2 := utf8.DecodeRuneInString(text[k:])
			if unicode.IsUpper(r2) && k+s2 < n && text[k+s2] == '.' {
				k += s2
				continue
			}
		}
		break
	}
	if k-j > 1 {
		return k, true // "D.C.", "U.S.", "K.C."
	}
	if k < n && text[k] == ' ' && k+1 < n {
		if r3, _ := utf8.DecodeRuneInString(text[k+1:]); unicode.IsUpper(r3) || particleThenCap(text[k+1:]) {
			return k, true
		}
	}
	return j, false
}

// particleThenCap reports text opening with a name particle and a
// capitalised word ("van Dijk", "de Silva"), as after an initial.
func particleThenCap(text string) bool {
	sp := strings.IndexByte(text, ' ')
	if sp <= 0 || sp+1 >= len(text) || !wordIs(text[:sp], wcNameParticle) {
		return false
	}
	r, _ := utf8.DecodeRuneInString(text[sp+1:])
	return unicode.IsUpper(r)
}

// wordEnd returns where the word that starts at start (read up to j)
// ends: letters and digits, joined by hyphens and apostrophes, and by
// a period or comma between digits (3.5, 1,000). A final "'s" is left
// out and reported as a possessive.
func wordEnd(text string, start, j int) (end int, poss bool) {
	n := len(text)
	for j < n {
		var r2 rune
		var s2 int
		if c := text[j]; c < utf8.RuneSelf {
			if 'a' <= c && c <= 'z' || 'A' <= c && c <= 'Z' || '0' <= c && c <= '9' {
				j++
				continue
			}
			r2, s2 = rune(c), 1 // no word rune: ASCII ones are alphanumeric
		} else {
			r2, s2 = utf8.DecodeRuneInString(text[j:])
			if isWordRune(r2) {
				j += s2
				continue
			}
		}
		if (r2 != '-' && !isApostrophe(r2) && r2 != '.' && r2 != ',') || j+s2 >= n {
			return j, false
		}
		r3, s3 := utf8.DecodeRuneInString(text[j+s2:])
		if r2 == '.' || r2 == ',' {
			// 3.5, 1,000: digits on both sides.
			r1, _ := utf8.DecodeLastRuneInString(text[start:j])
			if unicode.IsDigit(r1) && unicode.IsDigit(r3) {
				j += s2 + s3
				continue
			}
			return j, false
		}
		if !isWordRune(r3) {
			return j, false
		}
		if isApostrophe(r2) && (r3 == 's' || r3 == 'S') {
			after := j + s2 + s3
			ra, _ := utf8.DecodeRuneInString(text[min(after, n):])
			if after >= n || !isWordRune(ra) {
				return j, true
			}
		}
		j += s2 + s3
	}
	return j, false
}

// classifyWord sets the capitalisation flags and lexicon classes of
// word token t; capitalised words' classes go through cache.
func classifyWord(t *token, w string, lx *lexicons, cache *wordCache) {
	first, _ := utf8.DecodeRuneInString(w)
	upper := unicode.IsUpper(first)
	if (upper || (w[0] >= 'a' && (strings.IndexByte(w, '-') > 0 && isParticleHyphenCap(w) || (w[0] == 'd' || w[0] == 'l') && isElidedParticleCap(w)))) && !contraction(w) {
		t.flags |= tfCap
	}
	if upper {
		if allCaps(w) {
			t.flags |= tfAllCaps
		}
		t.lex = lx.all.classesCached(w, cache)
		if t.lex == 0 && strings.IndexByte(w, '-') > 0 {
			t.lex = hyphenGivenClasses(w, lx, cache)
		}
	} else {
		t.lex = lx.smallClasses(w)
	}
}

// isElidedParticleCap reports a family name with an elided particle
// glued to it: "d'Alembert", "d’Ettorre", "l'Enfant".
func isElidedParticleCap(w string) bool {
	var rest string
	switch {
	case len(w) > 2 && (w[0] == 'd' || w[0] == 'l') && w[1] == '\'':
		rest = w[2:]
	case len(w) > 4 && (w[0] == 'd' || w[0] == 'l') && w[1:4] == "’":
		rest = w[4:]
	default:
		return false
	}
	r, _ := utf8.DecodeRuneInString(rest)
	return unicode.IsUpper(r)
}

// hyphenGivenClasses returns the first-name classes of a hyphenated
// word no list holds whose parts are first names ("Marie-Claude",
// "Jean-Paul"): the first part's sex, as in "Jean-Marie" and
// "Marie-José"; 0 for any other word.
func hyphenGivenClasses(w string, lx *lexicons, cache *wordCache) uint16 {
	h := strings.IndexByte(w, '-')
	head, tail := w[:h], w[h+1:]
	if strings.IndexByte(tail, '-') >= 0 || tail == "" {
		return 0
	}
	if r, _ := utf8.DecodeRuneInString(tail); !unicode.IsUpper(r) {
		return 0
	}
	hc, tc := lx.all.classesCached(head, cache), lx.all.classesCached(tail, cache)
	if hc&lxGiven == 0 || tc&(lxGiven|lxGivenUS|lxPersonName) == 0 || (hc|tc)&(lxPlace|lxNamedPlace|lxOrg|lxDemonym|lxNonName) != 0 {
		return 0
	}
	return hc&lxGiven | lxPersonName
}

// isParticleHyphenCap reports names like "al-Amr", "el-Sisi", "bin-Ali":
// a lower-case particle joined by a hyphen to a capitalised name.
func isParticleHyphenCap(w string) bool {
	for _, p := range [...]string{"al-", "el-", "bin-", "ibn-", "ad-", "as-", "ash-", "az-", "ar-"} {
		if len(w) > len(p) && w[:len(p)] == p {
			r, _ := utf8.DecodeRuneInString(w[len(p):])
			return unicode.IsUpper(r)
		}
	}
	return false
}

func allCaps(w string) bool {
	letters := 0
	for _, r := range w {
		if unicode.IsLetter(r) {
			if !unicode.IsUpper(r) {
				return false
			}
			letters++
		}
	}
	return letters >= 2
}

// contraction reports words like "I'm" and "We've": an apostrophe
// followed by a lower-case letter, after more than one letter or after
// "I" (O'Brien and D'Arcy are names).
func contraction(w string) bool {
	for i := 0; i < len(w); i++ {
		c := w[i]
		var next string
		switch {
		case c == '\'':
			next = w[i+1:]
		case c == 0xE2 && strings.HasPrefix(w[i:], "’"):
			next = w[i+len("’"):]
		default:
			continue
		}
		r, _ := utf8.DecodeRuneInString(next)
		if unicode.IsLower(r) && (i > 1 || w[:i] == "I") {
			return true
		}
		return false
	}
	return false
}

// Package tagger is a small learned person-name tagger: an averaged
// perceptron that labels the words of a block B (a name begins), I (a
// name goes on) or O (no name), from the word's shape, its letters, its
// neighbours and the classes a lexicon gives it.
//
// It was built to measure whether a learned component beats the rules of
// package annotate on the GUM documents (issue 18); the measurement and
// the decision are in ARCHITECTURE.md and BENCHMARKS.md. The model is
// trained by tools/traintagger; this package reads, applies and trains
// it and depends on no word list of its own: the caller passes a Lexicon.
package tagger

import (
	"unicode"
	"unicode/utf8"
)

// Token is one word or mark of a text, with its byte offsets.
type Token struct {
	Text       string
	Start, End int
}

// Tokenize cuts s into words and marks, appending to dst. A word keeps
// its inner apostrophes, hyphens and periods ("O'Brien", "Jean-Paul",
// "U.S."), an initial keeps its period ("J."), and a possessive "'s" is
// a token of its own, so that a name is the same tokens with or without it.
func Tokenize(s string, dst []Token) []Token {
	for i := 0; i < len(s); {
		r, n := utf8.DecodeRuneInString(s[i:])
		if unicode.IsSpace(r) {
			i += n
			continue
		}
		if !isWordRune(r) {
			dst = append(dst, Token{Text: s[i : i+n], Start: i, End: i + n})
			i += n
			continue
		}
		end := wordEnd(s, i)
		// "'s" and "’s" after a word are their own token.
		if w := s[i:end]; len(w) > 2 {
			for _, poss := range [...]string{"'s", "’s"} {
				if len(w) > len(poss) && w[len(w)-len(poss):] == poss {
					dst = append(dst, Token{Text: w[:len(w)-len(poss)], Start: i, End: end - len(poss)})
					dst = append(dst, Token{Text: poss, Start: end - len(poss), End: end})
					i = end
					break
				}
			}
			if i == end {
				continue
			}
		}
		dst = append(dst, Token{Text: s[i:end], Start: i, End: end})
		i = end
	}
	return dst
}

func isWordRune(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }

// wordEnd returns where the word starting at i ends: letters and digits,
// joined by one apostrophe, hyphen or period followed by a letter or a
// digit; a period after a single capital letter (an initial, "J.", or
// the last of "U.S.") belongs to the word.
func wordEnd(s string, i int) int {
	j := i
	lastLen := 0 // letters since the last joiner
	for j < len(s) {
		r, n := utf8.DecodeRuneInString(s[j:])
		if isWordRune(r) {
			j += n
			lastLen++
			continue
		}
		if r == '\'' || r == '’' || r == '-' || r == '.' {
			if j+n < len(s) {
				if r2, _ := utf8.DecodeRuneInString(s[j+n:]); isWordRune(r2) {
					j += n
					lastLen = 0
					continue
				}
			}
			if r == '.' && lastLen == 1 {
				if r0, _ := utf8.DecodeLastRuneInString(s[:j]); unicode.IsUpper(r0) {
					j += n
				}
			}
		}
		break
	}
	return j
}

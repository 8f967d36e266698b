package annotate

import (
	"strings"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// pronounGender returns 'm' for he/him/his, 'f' for she/her, 0 otherwise.
func pronounGender(w string) byte {
	switch {
	case wordIs(w, wcMalePronoun):
		return 'm'
	case wordIs(w, wcFemalePronoun):
		return 'f'
	}
	return 0
}

// editDistanceAtMost1 reports whether a and b differ by at most one
// inserted, deleted or replaced byte (spelling variants of one name).
func editDistanceAtMost1(a, b string) bool {
	if len(a) > len(b) {
		a, b = b, a
	}
	if len(b)-len(a) > 1 {
		return false
	}
	i := 0
	for i < len(a) && a[i] == b[i] {
		i++
	}
	if i == len(a) {
		return true
	}
	if len(a) == len(b) {
		return a[i+1:] == b[i+1:]
	}
	return a[i:] == b[i+1:]
}

// lowerWordLen bounds the words that the closed word classes compare
// (names/words): none of their entries is longer (nor empty).
const lowerWordLen = 32

// lowerIfCapInto is the word that starts with an ASCII capital (the word
// lists here are ASCII) lower-cased, other words as they are, written to
// buf so that a lookup with it allocates nothing; a word that would not
// fit in buf, which no case matches, gives nil.
func lowerIfCapInto(buf *[lowerWordLen]byte, w string) []byte {
	if w == "" || w[0] < 'A' || w[0] > 'Z' {
		if len(w) > len(buf) {
			return nil
		}
		return buf[:copy(buf[:], w)]
	}
	if !textscan.IsASCII(w) {
		// Rare: lower-casing may change the length.
		l := strings.ToLower(w)
		if len(l) > len(buf) {
			return nil
		}
		return buf[:copy(buf[:], l)]
	}
	if len(w) > len(buf) {
		return nil
	}
	for i := 0; i < len(w); i++ {
		buf[i] = textscan.LowerASCII(w[i])
	}
	return buf[:len(w)]
}

package annotate

import (
	"strings"
	"unicode"
	"unicode/utf8"
)

// LooksLikeName reports whether s has the shape of a personal name: one to
// five words, each capitalised or a name particle ("de", "van"), with no
// digits and no sentence punctuation. It is the test the format readers
// apply to credit and byline lines, where no sentence gives evidence.
func LooksLikeName(s string) bool {
	words := strings.Fields(s)
	if len(words) < 1 || len(words) > 5 {
		return false
	}
	caps := 0
	for _, w := range words {
		if strings.ContainsAny(w, "0123456789:;!?\"“”()") {
			return false
		}
		r, _ := utf8.DecodeRuneInString(w)
		switch {
		case unicode.IsUpper(r):
			caps++
		case wordIs(w, wcCreditNameParticle):
		default:
			return false
		}
	}
	return caps >= 1
}

// IsCreditNameParticle reports the particles, in any letter case, that
// LooksLikeName lets stand inside a name ("de", "van", "bin").
func IsCreditNameParticle(w string) bool {
	return wordIs(w, wcCreditNameParticle)
}

package annotate

import (
	"strings"
	"unicode"

	"github.com/newsreader/newsreader/content/internal/textscan"
	"golang.org/x/text/unicode/norm"
)

// usGivenName reports a name that opens with a first name of the long
// US list (given_us.txt: Mikhail, Oleg, Katja, Hiroshi) and whose other
// words are a family name's. That list also holds many place and brand
// names given to a few children ("Hudson", "Campbell", "Oakland"), so,
// unlike the short lists, it only counts when the last word is a known
// family name or no word of any list ("Mikhail Baker", "Alen Boksic"),
// and no word is a place's, an organisation's or a dictionary word that
// is no name ("Hudson Terrace", "Campbell Soup").
func (ms *mentionStage) usGivenName(m *mention, sh nameShape) bool {
	fw, lw := &sh.core[sh.first], &sh.core[len(sh.core)-1]
	if sh.words < 2 || sh.words > 3 || fw.has(tfAllCaps) {
		return false
	}
	if fw.lex&lxGivenUS == 0 || fw.lex&lxGiven != 0 {
		// "François", "Jérôme": a first name the lists hold without
		// its accents.
		if fw.lex&^lxPersonName != 0 || ms.accentFreeClasses(ms.text(m.block, fw))&(lxGiven|lxGivenUS) == 0 {
			return false
		}
	}
	// A dictionary word last ("Elon Musk") only after a first name that
	// no dictionary of places and brands has.
	if lw.lex&lxPersonName == 0 && lw.lex != 0 && (lw.lex&^lxEnglish != 0 || fw.lex&lxScowlCap != 0 || sh.words > 2) {
		return false
	}
	if ms.text(m.block, fw) == ms.text(m.block, lw) {
		return false // "Duran Duran": a band, a brand
	}
	if ms.hyphenHeadIsWord(ms.text(m.block, lw)) {
		return false // "Booker Prize-winner"
	}
	const noName = lxOrg | lxPlace | lxNamedPlace | lxProper | lxDemonym | lxNonName | lxHonorific | lxRole
	for k := sh.first + 1; k < len(sh.core); k++ {
		t := &sh.core[k]
		if t.lex&noName != 0 || (k < len(sh.core)-1 && t.lex&lxEnglish != 0 && t.lex&lxPersonName == 0) {
			return false
		}
	}
	return fw.lex&(lxOrg|lxPlace|lxNamedPlace|lxDemonym) == 0
}

// familyNameFirst reports a two-word name written family name first, as
// Japanese, Chinese and Korean names often are in English text ("Tanaka
// Hiroshi"): a known family name that is no first name and no dictionary
// word, then a first name that is no dictionary word.
func (ms *mentionStage) familyNameFirst(sh nameShape) bool {
	if sh.words != 2 || len(sh.core) != 2 {
		return false
	}
	fw, lw := &sh.core[0], &sh.core[1]
	const noName = lxEnglish | lxProper | lxScowlCap | lxOrg | lxPlace | lxNamedPlace | lxDemonym | lxNonName | lxHonorific | lxRole
	return fw.lex&lxPersonName != 0 && fw.lex&(lxGiven|lxGivenUS|noName) == 0 &&
		lw.lex&(lxGiven|lxGivenUS) != 0 && lw.lex&noName == 0 && !fw.has(tfAllCaps) && !lw.has(tfAllCaps)
}

// initialsName reports initials and a known family name ("T.J. Brodie",
// "K. Vance"): initials stand for a first name, and a family name no
// dictionary has makes the pair a person's name.
func (ms *mentionStage) initialsName(sh nameShape) bool {
	if sh.words != 1 || sh.first == 0 || !sh.core[0].has(tfInitial) {
		return false
	}
	for k := 0; k < sh.first; k++ {
		if !sh.core[k].has(tfInitial) {
			return false // a particle ("J. de Silva"): leave it to the other rules
		}
	}
	lw := &sh.core[sh.first]
	return sh.first == len(sh.core)-1 && lw.lex&lxPersonName != 0 && !lw.has(tfAllCaps) &&
		lw.lex&(lxEnglish|lxProper|lxScowlCap|noNameClasses) == 0
}

// accentFreeClasses returns the lexicon classes of word w without its
// accents ("François" as "Francois"); 0 for a word with none.
func (ms *mentionStage) accentFreeClasses(w string) uint16 {
	if textscan.IsASCII(w) {
		return 0
	}
	plain := strings.Map(func(r rune) rune {
		if unicode.Is(unicode.Mn, r) {
			return -1
		}
		return r
	}, norm.NFD.String(w))
	if plain == w {
		return 0
	}
	return ms.lx.classes(plain)
}

// properGivenName reports a two-word name whose first word is a first
// name the dictionary also lists as a proper noun ("Barack Obama",
// "Akiva Goldsman"): the dictionary's capitalised entries hold famous
// people's first names beside places, gods and brands, so such a word
// counts only before a family name: a known one, a proper noun of no
// place (the famous person's own), or a word of no list, and never a
// dictionary, place or organisation word ("Princeton Review", "Albany
// Street").
func (ms *mentionStage) properGivenName(m *mention, sh nameShape) bool {
	if sh.words != 2 || len(sh.core) != 2 {
		return false
	}
	fw, lw := &sh.core[0], &sh.core[1]
	const noFamily = lxEnglish | lxOrg | lxPlace | lxNamedPlace | lxDemonym | lxNonName | lxHonorific | lxRole | lxGivenProper
	if fw.lex&lxGivenProper == 0 || fw.has(tfAllCaps) || lw.has(tfAllCaps) || lw.lex&noFamily != 0 {
		return false
	}
	return !ms.hyphenHeadIsWord(ms.text(m.block, lw)) && ms.text(m.block, fw) != ms.text(m.block, lw)
}

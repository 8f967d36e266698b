package annotate

import "strings"

// Chinese names in English text are written family name first in pinyin
// ("Deng Xiaoping", "Luo Changpei"): a family name of one syllable that
// the name lists hold, then a given name of two syllables that no list
// has (or only as a famous name). The given name's shape is the
// evidence: it splits into pinyin syllables, which few English words
// and fewer places of two words ("Hong Kong": one syllable each) do.

// pinyinName reports a two-word name of that shape.
func (ms *mentionStage) pinyinName(m *mention, sh nameShape) bool {
	if sh.words != 2 || len(sh.core) != 2 {
		return false
	}
	fw, lw := &sh.core[0], &sh.core[1]
	const noName = lxEnglish | lxProper | lxOrg | lxPlace | lxNamedPlace | lxDemonym | lxNonName | lxHonorific | lxRole
	if fw.lex&lxPersonName == 0 || fw.lex&(noName|lxGiven) != 0 || lw.lex&^(lxScowlCap|lxPersonName) != 0 ||
		fw.has(tfAllCaps) || lw.has(tfAllCaps) {
		return false
	}
	family, given := ms.text(m.block, fw), ms.text(m.block, lw)
	return pinyinSyllables(strings.ToLower(family)) == 1 && pinyinSyllables(strings.ToLower(given)) == 2
}

// pinyinInitials are the consonants a pinyin syllable opens with, two
// letters first; pinyinFinals the rest of a syllable, longest first.
var (
	pinyinInitials = [...]string{"zh", "ch", "sh", "b", "p", "m", "f", "d", "t", "n", "l", "g", "k", "h", "j", "q", "x", "r", "z", "c", "s", "y", "w", ""}
	pinyinFinals   = [...]string{"iang", "iong", "uang", "ueng", "ang", "eng", "ing", "ong", "iao", "ian", "uai", "uan", "ai", "ei", "ao", "ou", "an", "en", "er", "ia", "ie", "iu", "in", "ua", "uo", "ui", "un", "ve", "a", "o", "e", "i", "u", "v"}
)

// pinyinSyllables returns how many pinyin syllables w (lower case,
// ASCII) splits into, trying the longest parts first; 0 when it does
// not split.
func pinyinSyllables(w string) int {
	if w == "" {
		return 0
	}
	for _, ini := range pinyinInitials {
		if !strings.HasPrefix(w, ini) {
			continue
		}
		rest := w[len(ini):]
		for _, fin := range pinyinFinals {
			if !strings.HasPrefix(rest, fin) {
				continue
			}
			tail := rest[len(fin):]
			if tail == "" {
				return 1
			}
			if n := pinyinSyllables(tail); n > 0 {
				return n + 1
			}
		}
	}
	return 0
}

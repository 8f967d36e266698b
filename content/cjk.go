package content

import "unicode"

// IsCJK reports the characters of the languages that write words without
// spaces between them: Han ideographs, hiragana and katakana (Chinese and
// Japanese; Korean spaces its words).
func IsCJK(r rune) bool {
	return r >= 0x3040 && (unicode.Is(unicode.Han, r) || unicode.Is(unicode.Hiragana, r) || unicode.Is(unicode.Katakana, r))
}

// Package gomoji holds RemoveEmojis, the one function go-trafilatura calls,
// without a table built at start-up. See README.md.
package gomoji

import "strings"

// RemoveEmojis returns s without its emoji and their modifiers.
func RemoveEmojis(s string) string {
	if !strings.ContainsFunc(s, isEmoji) {
		return s
	}
	return strings.Map(func(r rune) rune {
		if isEmoji(r) {
			return -1
		}
		return r
	}, s)
}

// isEmoji reports whether r is an emoji or a character that only modifies
// or joins emoji.
func isEmoji(r rune) bool {
	switch {
	case r == 0x200D: // zero-width joiner
		return true
	case r < 0x203C:
		return false
	case r == 0x203C || r == 0x2049 || r == 0x20E3: // ‼ ⁉, keycap
		return true
	case r >= 0x2190 && r <= 0x21FF: // arrows
		return true
	case r >= 0x2300 && r <= 0x23FF: // technical symbols (⌚ ⏰)
		return true
	case r >= 0x2460 && r <= 0x24FF: // enclosed alphanumerics (Ⓜ)
		return true
	case r >= 0x25A0 && r <= 0x27BF: // shapes, misc symbols, dingbats
		return true
	case r >= 0x2900 && r <= 0x297F, r >= 0x2B00 && r <= 0x2BFF: // arrows, ⭐
		return true
	case r == 0x3030 || r == 0x303D || r == 0x3297 || r == 0x3299:
		return true
	case r >= 0xFE00 && r <= 0xFE0F: // variation selectors
		return true
	case r >= 0x1F000 && r <= 0x1FAFF: // mahjong to symbols and pictographs extended-A
		return true
	case r >= 0xE0020 && r <= 0xE007F: // tags (subdivision flags)
		return true
	}
	return false
}

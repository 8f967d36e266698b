package content

import (
	"strings"
	"unicode"
	"unicode/utf8"

	"github.com/newsreader/newsreader/content/internal/textscan"
)

// Sanitize makes untrusted text safe to print on a terminal. It removes
// terminal control sequences (CSI, OSC, DCS, SOS, PM and APC strings, other
// ESC sequences, lone ESC), C0 controls other than newline and tab, DEL, C1
// controls (including the one-character CSI U+009B and OSC U+009D with what
// they introduce), Unicode bidirectional overrides and isolates (which can
// make text display in another order than it reads) and stray byte-order
// marks. Line and paragraph separators become newlines and invalid UTF-8
// becomes U+FFFD, so the result is always valid UTF-8.
//
// It runs in one pass, linear in len(s), and returns s itself when there is
// nothing to remove.
func Sanitize(s string) string {
	if isClean(s) {
		return s
	}
	var b strings.Builder
	b.Grow(len(s))
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			switch {
			case c == 0x1b:
				i = skipEscape(s, i+1)
			case c == '\n' || c == '\t':
				b.WriteByte(c)
				i++
			case c < 0x20 || c == 0x7f:
				i++
			default:
				b.WriteByte(c)
				i++
			}
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			b.WriteRune(utf8.RuneError)
			i++
		case r == 0x9b: // CSI
			i = skipCSI(s, i+size)
		case r == 0x9d || r == 0x90 || r == 0x98 || r == 0x9e || r == 0x9f: // OSC, DCS, SOS, PM, APC
			i = skipString(s, i+size)
		case r >= 0x80 && r <= 0x9f:
			i += size
		case r == '\u2028' || r == '\u2029':
			b.WriteByte('\n')
			i += size
		case isBidiControl(r) || r == '\uFEFF':
			i += size
		default:
			b.WriteString(s[i : i+size])
			i += size
		}
	}
	return b.String()
}

// isClean reports whether Sanitize would leave s unchanged. It looks at
// bytes, not runes: everything Sanitize removes is ASCII control, invalid
// UTF-8, or a character whose UTF-8 form starts with 0xC2, 0xE2 or 0xEF.
func isClean(s string) bool {
	for i := 0; i < len(s); i++ {
		// Skip eight bytes of printable ASCII at once.
		for i+8 <= len(s) {
			if x := textscan.Load64(s, i); textscan.HasByteBelow(x, 0x20) || textscan.HasByteAbove(x, 0x7e) {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c >= 0x20 && c < 0x7f {
			continue
		}
		switch {
		case c < 0x20:
			if c != '\n' && c != '\t' {
				return false
			}
		case c == 0x7f:
			return false
		case c == 0xc2 || c == 0xe2 || c == 0xef:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if (r >= 0x80 && r <= 0x9f) || r == '\u2028' || r == '\u2029' || r == '\uFEFF' || isBidiControl(r) {
				return false
			}
		}
	}
	return utf8.ValidString(s)
}

// isBidiControl reports the explicit bidirectional embeddings, overrides
// and isolates (U+202A–U+202E, U+2066–U+2069).
func isBidiControl(r rune) bool {
	return (r >= '\u202A' && r <= '\u202E') || (r >= '\u2066' && r <= '\u2069')
}

// skipEscape returns the index just past the escape sequence whose ESC
// ended at i.
func skipEscape(s string, i int) int {
	if i >= len(s) {
		return i
	}
	switch s[i] {
	case '[':
		return skipCSI(s, i+1)
	case ']', 'P', 'X', '^', '_':
		return skipString(s, i+1)
	}
	// nF sequences: intermediates 0x20–0x2F, then one final byte 0x30–0x7E.
	j := i
	for j < len(s) && s[j] >= 0x20 && s[j] <= 0x2f {
		j++
	}
	if j < len(s) && s[j] >= 0x30 && s[j] <= 0x7e {
		return j + 1
	}
	// A lone ESC: drop it, keep what follows.
	return i
}

// skipCSI returns the index past a control sequence's parameters,
// intermediates and final byte, starting just after its introducer. A
// sequence cut short by a byte that cannot belong to it ends there, and
// that byte is kept.
func skipCSI(s string, i int) int {
	for i < len(s) {
		c := s[i]
		switch {
		case c >= 0x20 && c <= 0x3f:
			i++
		case c >= 0x40 && c <= 0x7e:
			return i + 1
		default:
			return i
		}
	}
	return i
}

// skipString returns the index past a control string (OSC, DCS, SOS, PM,
// APC) starting just after its introducer: it ends at BEL, at ST (ESC \ or
// U+009C), or, when unterminated, at the end of the line.
func skipString(s string, i int) int {
	for i < len(s) {
		switch {
		case s[i] == 0x07:
			return i + 1
		case s[i] == 0x1b:
			if i+1 < len(s) && s[i+1] == '\\' {
				return i + 2
			}
			return i + 1
		case s[i] == '\n':
			return i
		case s[i] == 0xc2 && i+1 < len(s) && s[i+1] == 0x9c:
			return i + 2
		}
		i++
	}
	return i
}

// oneLine sanitizes s and folds every run of white space (newlines, tabs,
// no-break and other Unicode spaces) into one space, trimming both ends:
// the form of every single-line text field of an Article.
func oneLine(s string) string {
	if isClean(s) && isOneLine(s) {
		return s // the usual case: text a reader already cleaned
	}
	return FoldSpace(Sanitize(s))
}

// isOneLine reports whether s is already trimmed with single ASCII spaces
// and no other white space. Only bytes that can start a space character
// are decoded.
func isOneLine(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' || strings.Contains(s, "  ") {
		return false
	}
	for i := 0; i < len(s); i++ {
		// Skip eight bytes of ASCII with no control character at once.
		for i+8 <= len(s) {
			if x := textscan.Load64(s, i); textscan.HasByteBelow(x, ' ') || x&textscan.Highs != 0 {
				break
			}
			i += 8
		}
		if i >= len(s) {
			break
		}
		c := s[i]
		if c > ' ' && c < 0x80 {
			continue // printable ASCII: most of the text
		}
		switch {
		case c == ' ':
			// Two in a row were ruled out above.
		case c < ' ':
			return false
		case c == 0xc2 || c == 0xe1 || c == 0xe2 || c == 0xe3:
			r, _ := utf8.DecodeRuneInString(s[i:])
			if unicode.IsSpace(r) {
				return false
			}
		}
	}
	return true
}

// FoldSpace folds runs of white space into one space and trims s.
func FoldSpace(s string) string {
	if isOneLine(s) {
		return s
	}
	return strings.Join(strings.Fields(s), " ")
}

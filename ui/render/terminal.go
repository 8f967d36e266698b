package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// Article text comes from archives and is untrusted. content sanitises it,
// and render does so again on both sides of Glamour: cleanText on every
// piece of text going in, and keepOnlySGR on what comes out (Glamour itself
// turns character references such as "&#27;" into raw bytes and adds OSC 8
// hyperlinks). What reaches the terminal is printable text, newlines and
// SGR colour sequences, nothing else.

// cleanText returns s as one line of printable text: escape sequences and
// control characters removed, runs of white space (newlines included) made
// one space, invalid UTF-8 dropped, no leading or trailing space.
func cleanText(s string) string {
	if isClean(s) {
		return s
	}
	return clean(s, nil)
}

// cleanTextOffsets is cleanText that also maps byte offsets: offsets[i] is
// where raw offset i (0 <= i <= len(s)) falls in the cleaned text.
func cleanTextOffsets(s string) (string, []int) {
	offsets := make([]int, len(s)+1)
	if isClean(s) {
		for i := range offsets {
			offsets[i] = i
		}
		return s, offsets
	}
	return clean(s, offsets), offsets
}

// clean does cleanText's work; offsets, if not nil, has len(s)+1 entries
// to fill.
func clean(s string, offsets []int) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false // a space is pending
	mapTo := func(from, to int, at int) {
		if offsets != nil {
			for j := from; j < to; j++ {
				offsets[j] = at
			}
		}
	}
	for i := 0; i < len(s); {
		c := s[i]
		if c == ansi.ESC {
			_, _, n, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
			n = max(n, 1)
			mapTo(i, i+n, b.Len())
			i += n
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == ' ' || r == '\t' || r == '\n' || r == '\r' || r == '\f' || r == '\v' ||
			r == '\u00a0' || r == '\u2028' || r == '\u2029':
			mapTo(i, i+size, b.Len())
			space = b.Len() > 0
		case isControl(r) || (r == utf8.RuneError && size == 1) || r == wordHyphenRune:
			mapTo(i, i+size, b.Len())
		default:
			if space {
				b.WriteByte(' ')
				space = false
			}
			mapTo(i, i+size, b.Len())
			b.WriteRune(r)
		}
		i += size
	}
	if offsets != nil {
		offsets[len(s)] = b.Len()
	}
	return b.String()
}

// isClean reports whether cleanText would return s unchanged.
func isClean(s string) bool {
	if s == "" {
		return true
	}
	if s[0] == ' ' || s[len(s)-1] == ' ' {
		return false
	}
	prevSpace := false
	for i := 0; i < len(s); i++ {
		c := s[i]
		if c < 0x20 || c == 0x7f || c >= utf8.RuneSelf {
			if c >= utf8.RuneSelf {
				return isCleanSlow(s)
			}
			return false
		}
		if c == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// isCleanSlow is isClean for text with non-ASCII characters.
func isCleanSlow(s string) bool {
	prevSpace := false
	for i, r := range s {
		if r == utf8.RuneError {
			if _, size := utf8.DecodeRuneInString(s[i:]); size == 1 {
				return false
			}
		}
		if isControl(r) || r == '\t' || r == '\u00a0' || r == '\u2028' || r == '\u2029' || r == wordHyphenRune {
			return false
		}
		if r == ' ' {
			if prevSpace {
				return false
			}
			prevSpace = true
		} else {
			prevSpace = false
		}
	}
	return true
}

// wordHyphenRune is wordHyphen as a rune.
const wordHyphenRune = '\ue02d'

// isControl reports C0 and C1 control characters and DEL.
func isControl(r rune) bool {
	return r < 0x20 || (r >= 0x7f && r <= 0x9f)
}

// keepOnlySGR returns Glamour's output with everything but printable text,
// newlines and SGR (colour and attribute) sequences removed.
//
// It also tidies what Glamour writes: SGR sequences are applied lazily, so
// a style that is reset and set again between two characters, or set and
// reset around nothing, costs no bytes; the padding at the end of each line
// (spaces, each wrapped in colour codes) is dropped; and every line that
// uses a style ends with a reset, so that each line stands alone and
// ansi.Strip of it has no trailing blanks. And it turns wordHyphen back
// into "-".
func keepOnlySGR(s string) string {
	w := sgrWriter{out: make([]byte, 0, len(s)/2)}
	for i := 0; i < len(s); {
		c := s[i]
		switch {
		case c == '\n':
			w.newline()
			i++
		case c == ansi.ESC:
			seq, _, n, _ := ansi.DecodeSequence(s[i:], ansi.NormalState, nil)
			if isSGR(seq) {
				w.sgr(seq)
			}
			i += max(n, 1)
		case c == ' ':
			w.space()
			i++
		case c < 0x20 || c == 0x7f:
			i++
		default:
			size := 1
			if c >= utf8.RuneSelf {
				var r rune
				r, size = utf8.DecodeRuneInString(s[i:])
				if (r == utf8.RuneError && size == 1) || isControl(r) {
					i += size
					continue
				}
				if r == wordHyphenRune {
					w.visible("-")
					i += size
					continue
				}
			}
			w.visible(s[i : i+size])
			i += size
		}
	}
	w.endLine()
	return string(w.out)
}

// sgrWriter writes text with lazily applied SGR state; see keepOnlySGR.
type sgrWriter struct {
	out []byte
	// want is the style the next character should have: the SGR
	// sequences seen since the last reset, concatenated. have is the
	// style in effect at the end of out.
	want, have string
	// spaces are pending blanks, written only when a visible character
	// follows on the line, in the style spaceStyle they were seen with.
	spaces     int
	spaceStyle string
}

func (w *sgrWriter) sgr(seq string) {
	if seq == "\x1b[m" || seq == "\x1b[0m" {
		w.want = ""
		return
	}
	w.want += seq
}

func (w *sgrWriter) space() {
	if w.spaces == 0 {
		w.spaceStyle = w.want
	}
	w.spaces++
}

func (w *sgrWriter) visible(ch string) {
	if w.spaces > 0 {
		w.setStyle(w.spaceStyle)
		for range w.spaces {
			w.out = append(w.out, ' ')
		}
		w.spaces = 0
	}
	w.setStyle(w.want)
	w.out = append(w.out, ch...)
}

// setStyle moves the style at the end of out to style.
func (w *sgrWriter) setStyle(style string) {
	if style == w.have {
		return
	}
	if w.have != "" && strings.HasPrefix(style, w.have) {
		w.out = append(w.out, style[len(w.have):]...)
	} else {
		if w.have != "" {
			w.out = append(w.out, ansi.ResetStyle...)
		}
		w.out = append(w.out, style...)
	}
	w.have = style
}

// endLine drops the line's trailing blanks and resets its style.
func (w *sgrWriter) endLine() {
	w.spaces = 0
	if w.have != "" {
		w.out = append(w.out, ansi.ResetStyle...)
		w.have = ""
	}
}

func (w *sgrWriter) newline() {
	w.endLine()
	w.out = append(w.out, '\n')
}

// isSGR reports whether seq is a well-formed CSI ... m sequence whose
// parameters are digits and separators only.
func isSGR(seq string) bool {
	if len(seq) < 3 || seq[0] != ansi.ESC || seq[1] != '[' || seq[len(seq)-1] != 'm' {
		return false
	}
	for i := 2; i < len(seq)-1; i++ {
		if c := seq[i]; (c < '0' || c > '9') && c != ';' && c != ':' {
			return false
		}
	}
	return true
}

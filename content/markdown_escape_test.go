package content

import (
	"strings"
	"testing"
)

// escapeByBytes is escapeMarkdownAt as first written, byte by byte: the
// run-copying version must give the same text.
func escapeByBytes(s string, lineStart bool) string {
	var b strings.Builder
	if lineStart {
		s = escapeLineStart(&b, s)
	}
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch c {
		case '\\', '`', '*', '_', '[', ']', '<', '>', '|', '~':
			b.WriteByte('\\')
		case '&':
			if entityAt(s, i) {
				b.WriteByte('\\')
			}
		case '!':
			if i+1 < len(s) && s[i+1] == '[' {
				b.WriteByte('\\')
			}
		}
		b.WriteByte(c)
	}
	return b.String()
}

func TestEscapeMarkdownMatchesTheByteByByteRules(t *testing.T) {
	for _, s := range []string{
		"", "plain words only", "# heading", "1. item", "12) item", "a_b*c`d[e]f<g>h|i~j\\k",
		"&amp; & &#38; &x", "![image] ! [not]", "- dash", "tail!", "&", "!",
	} {
		for _, ls := range []bool{false, true} {
			if got, want := escapeMarkdownAt(s, ls), escapeByBytes(s, ls); got != want {
				t.Errorf("escapeMarkdownAt(%q, %v) = %q, want %q", s, ls, got, want)
			}
		}
	}
}

func FuzzEscapeMarkdown(f *testing.F) {
	f.Add("Tokyo *said* [1] &amp; ![x]", true)
	f.Fuzz(func(t *testing.T, s string, ls bool) {
		if got, want := escapeMarkdownAt(s, ls), escapeByBytes(s, ls); got != want {
			t.Fatalf("escapeMarkdownAt(%q, %v) = %q, want %q", s, ls, got, want)
		}
	})
}

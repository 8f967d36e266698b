package content

import (
	"strings"
	"testing"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

func TestSanitize(t *testing.T) {
	cases := []struct{ name, in, want string }{
		{"clean text unchanged", "Plain “text”, tabs\tand\nnewlines.", "Plain “text”, tabs\tand\nnewlines."},
		{"SGR colour", "\x1b[1;31mred\x1b[0m text", "red text"},
		{"cursor movement", "a\x1b[2J\x1b[10;20Hb", "ab"},
		{"private CSI", "a\x1b[?1049hb", "ab"},
		{"OSC title ended by BEL", "a\x1b]0;evil title\x07b", "ab"},
		{"OSC ended by ST", "a\x1b]0;evil\x1b\\b", "ab"},
		{"OSC 8 hyperlink", "\x1b]8;;http://evil.test\x1b\\link\x1b]8;;\x1b\\", "link"},
		{"unterminated OSC stops at line end", "a\x1b]0;evil\nnext", "a\nnext"},
		{"DCS", "a\x1bPq#0;2;0;0;0\x1b\\b", "ab"},
		{"APC", "a\x1b_Gf=24;AAAA\x1b\\b", "ab"},
		{"two-byte escape", "a\x1bcb\x1b7c", "abc"},
		{"charset designation", "a\x1b(Bb", "ab"},
		{"lone ESC at end", "abc\x1b", "abc"},
		{"ESC before non-final", "a\x1b\x01b", "ab"},
		{"C1 CSI as UTF-8", "a\u009b31mb", "ab"},
		{"C1 OSC as UTF-8", "a\u009d0;title\u0007b", "ab"},
		{"other C1", "a\u0085b\u0090c", "ab"},
		{"raw 0x9b byte", "a\x9b31mb", "a\uFFFD31mb"},
		{"C0 and DEL", "a\x00\x01\x07\x08\x7fb\rc", "abc"},
		{"bidi override", "abc\u202Edcba\u202C and \u2067isolate\u2069", "abcdcba and isolate"},
		{"line separator", "a\u2028b", "a\nb"},
		{"BOM inside", "a\uFEFFb", "ab"},
		{"invalid UTF-8", "a\xff\xfeb", "a\uFFFD\uFFFDb"},
		{"truncated CSI", "a\x1b[31", "a"},
	}
	for _, c := range cases {
		if got := Sanitize(c.in); got != c.want {
			t.Errorf("%s: Sanitize(%q) = %q, want %q", c.name, c.in, got, c.want)
		}
	}
}

// checkTerminalSafe fails unless s is valid UTF-8 without control
// characters (newline allowed when multiline), C1 controls or bidi
// overrides.
func checkTerminalSafe(t testing.TB, what, s string, multiline bool) {
	t.Helper()
	if !utf8.ValidString(s) {
		t.Fatalf("%s is not valid UTF-8: %q", what, s)
	}
	for _, r := range s {
		if r == '\n' && multiline {
			continue
		}
		if r < 0x20 || r == 0x7f || (r >= 0x80 && r <= 0x9f) || isBidiControl(r) {
			t.Fatalf("%s holds control character %U: %q", what, r, s)
		}
	}
}

// FuzzSanitize: whatever the input, Sanitize's output is terminal-safe,
// stable when sanitized again, and holds nothing that the Charm ANSI
// parser (github.com/charmbracelet/x/ansi) would read as a control.
func FuzzSanitize(f *testing.F) {
	for _, s := range []string{
		"plain", "\x1b[31mred\x1b[0m", "\x1b]8;;http://x\x07link\x1b]8;;\x07", "\x1bPq\x1b\\",
		"\u009b2J", "\xc2\x9b", "a\x1b", "\u202Eabc", "\x1b\x1b[[", "\x1b]\n\x1b[", "\x9d0;x\x9c",
	} {
		f.Add(s)
	}
	f.Fuzz(func(t *testing.T, in string) {
		out := Sanitize(in)
		checkTerminalSafe(t, "Sanitize output", strings.ReplaceAll(out, "\t", " "), true)
		if again := Sanitize(out); again != out {
			t.Fatalf("not stable: %q -> %q -> %q", in, out, again)
		}
		for _, line := range strings.Split(out, "\n") {
			if line = strings.ReplaceAll(line, "\t", " "); ansi.Strip(line) != line {
				t.Fatalf("ansi.Strip finds control sequences in %q (from %q)", line, in)
			}
		}
	})
}

// TestOneLine checks the single-line form of text fields, whose fast path
// must agree with sanitizing and folding.
func TestOneLine(t *testing.T) {
	for _, s := range []string{
		"clean line", " leading", "trailing ", "two  spaces", "tab\there", "new\nline",
		"no\u00a0break", "\u2003em space", "bidi \u202Eoverride", "c1 \u0085 next", "bom\uFEFF",
		"esc \x1b[31m", "bad \xff utf-8", "“quotes” — dash é", "",
	} {
		want := FoldSpace(Sanitize(s))
		if got := oneLine(s); got != want {
			t.Errorf("oneLine(%q) = %q, want %q", s, got, want)
		}
		checkTerminalSafe(t, "oneLine", oneLine(s), false)
	}
}

package common

import (
	"errors"
	"strings"
	"testing"
	"unicode"
	"unicode/utf8"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

func TestClean(t *testing.T) {
	cases := map[string]string{
		"Plain title":                          "Plain title",
		"Evil \x1b]52;c;cm0gLXJmIC8=\x07title": "Evil title",
		"\x1b[2Jclear \x1b[31mred\x1b[0m":      "clear red",
		"two\nlines\r\n and\ttabs":             "two lines and tabs",
		"bell\x07 and \u202eRLO and \ufeffBOM": "bell and RLO and BOM",
		"bad \xff byte":                        "bad \ufffd byte",
		"  Curly “quotes” stay  ":              "Curly “quotes” stay",
		"C1 \u009b31m control":                 "C1 control",
	}
	for in, want := range cases {
		if got := Clean(in); got != want {
			t.Errorf("Clean(%q) = %q, want %q", in, got, want)
		}
	}
}

func TestCmdTurnsPanicsIntoErrors(t *testing.T) {
	msg := Cmd(func() tea.Msg { panic("boom") })()
	e, ok := msg.(ErrMsg)
	var pe *PanicError
	if !ok || !errors.As(e.Err, &pe) || !strings.Contains(e.Error(), "boom") {
		t.Fatalf("got %#v", msg)
	}
	if _, err := Try(func() (int, error) { panic("again") }); !errors.As(err, &pe) {
		t.Errorf("Try returned %v", err)
	}
}

func TestBox(t *testing.T) {
	got := Box([]string{"\x1b[1mbold text that is long\x1b[0m", "short"}, 10, 3)
	lines := strings.Split(got, "\n")
	if len(lines) != 3 {
		t.Fatalf("%d lines", len(lines))
	}
	for _, l := range lines {
		if w := ansi.StringWidth(l); w != 10 {
			t.Errorf("line %q is %d wide", ansi.Strip(l), w)
		}
	}
	if ansi.Strip(lines[0]) != "bold text…" {
		t.Errorf("cut line = %q", ansi.Strip(lines[0]))
	}
}

func TestWidthAgreesWithAnsi(t *testing.T) {
	for _, s := range []string{
		"", "plain", "\x1b[1;38;2;1;2;3mbold\x1b[0m text", "caf\u00e9 \x1b[31m“quoted”\x1b[m",
		"\x1b]8;;http://x\x07link\x1b]8;;\x07", "wide 日本語", "\x1b[", "tab\there",
	} {
		if got, want := Width(s), ansi.StringWidth(s); got != want {
			t.Errorf("Width(%q) = %d, ansi says %d", s, got, want)
		}
	}
}

// FuzzClean: whatever the archive holds, what reaches the screen is one
// line of valid UTF-8 without escape or control characters, and Width
// measures it as ansi.StringWidth does.
func FuzzClean(f *testing.F) {
	f.Add("Evil \x1b]52;c;cm0gLXJmIC8=\x07title")
	f.Add("\u009b31mC1\u009d0;title\u009c \xff\n\ttext")
	f.Add("\x1b[1;31mstyled\x1b[0m")
	f.Fuzz(func(t *testing.T, s string) {
		c := Clean(s)
		if !utf8.ValidString(c) {
			t.Fatalf("Clean(%q) = %q is not UTF-8", s, c)
		}
		for _, r := range c {
			if unicode.IsControl(r) {
				t.Fatalf("Clean(%q) = %q keeps control %U", s, c, r)
			}
		}
		if got, want := Width(s), ansi.StringWidth(s); got != want && utf8.ValidString(s) && !strings.ContainsRune(s, 0x1b) {
			t.Fatalf("Width(%q) = %d, ansi.StringWidth = %d", s, got, want)
		}
	})
}

func TestPaintMatchesLipgloss(t *testing.T) {
	style := lipgloss.NewStyle().Foreground(lipgloss.Color("#AD8CFF")).Bold(true).Italic(true)
	for _, s := range []string{"headline", "café “quoted”", "a"} {
		if got, want := NewPaint(style).Render(s), style.Render(s); got != want {
			t.Errorf("Paint gives %q, lipgloss %q", got, want)
		}
	}
	if got := NewPaint(lipgloss.NewStyle()).Render("plain"); got != "plain" {
		t.Errorf("an empty style gives %q", got)
	}
}

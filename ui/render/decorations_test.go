package render

import (
	"strings"
	"testing"
	"unicode"

	"github.com/charmbracelet/x/ansi"
)

func TestBlankDecorationsLeavesOnlyTheText(t *testing.T) {
	a := editedSample(t)
	for _, w := range []int{40, 60, 100} {
		plain := ansi.Strip(mustRender(t, a, Options{Width: w, Dark: true}))
		blank := BlankDecorations(plain)
		if len(blank) != len(plain) {
			t.Fatalf("width %d: %d bytes, want %d", w, len(blank), len(plain))
		}
		if strings.ContainsAny(blank, decorations) {
			t.Errorf("width %d: decorations left in\n%s", w, blank)
		}
		// Every block reads on in the blanked rendering, line breaks
		// aside: a search across lines finds it.
		squeezed := noSpace(blank)
		for _, b := range a.Blocks {
			if !strings.Contains(squeezed, noSpace(b.Text)) {
				t.Errorf("width %d: block not found whole: %q", w, b.Text)
			}
		}
		// Byte offsets agree: outside the decorations nothing moved.
		for i := range len(plain) {
			if blank[i] != plain[i] && blank[i] != ' ' {
				t.Fatalf("width %d: byte %d changed to %q", w, i, blank[i])
			}
		}
	}
}

func TestBlankDecorationsOnlyAtLineStarts(t *testing.T) {
	in := "  ┆ ▣ caption │ inside\n  │ quote\nplain ┃ text\n"
	// Each of ┆ ▣ │ is three bytes in UTF-8, so three spaces.
	want := "  " + "   " + " " + "   " + " caption │ inside\n" +
		"  " + "   " + " quote\n" +
		"plain ┃ text\n"
	if got := BlankDecorations(in); got != want {
		t.Errorf("got  %q\nwant %q", got, want)
	}
}

func noSpace(s string) string {
	return strings.Map(func(r rune) rune {
		if unicode.IsSpace(r) {
			return -1
		}
		return r
	}, s)
}

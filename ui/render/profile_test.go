package render

import (
	"bytes"
	"regexp"
	"strings"
	"testing"

	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
)

// TestDownsampledRendering writes a rendering through the colour profile
// writer that `show` and Bubble Tea use, for each kind of terminal: the
// text and the markers come through unchanged, colours become what the
// terminal has, and with no colours at all (NO_COLOR) captions and
// quotations are still told apart by their bars.
func TestDownsampledRendering(t *testing.T) {
	out := mustRender(t, handArticle(), Options{Width: 60, Dark: true})
	truecolor := regexp.MustCompile(`\x1b\[[0-9;]*38;2;`)
	for _, tc := range []struct {
		profile colorprofile.Profile
		check   func(string) bool
		what    string
	}{
		{colorprofile.TrueColor, func(s string) bool { return s == out }, "unchanged"},
		{colorprofile.ANSI256, func(s string) bool { return !truecolor.MatchString(s) && strings.Contains(s, "38;5;") }, "256 colours"},
		{colorprofile.ANSI, func(s string) bool { return !truecolor.MatchString(s) && !strings.Contains(s, "38;5;") }, "16 colours"},
		{colorprofile.ASCII, func(s string) bool { return !strings.Contains(s, "38;") }, "no colours"},
		{colorprofile.NoTTY, func(s string) bool { return !strings.Contains(s, "\x1b") }, "no escape sequences"},
	} {
		var buf bytes.Buffer
		w := &colorprofile.Writer{Forward: &buf, Profile: tc.profile}
		if _, err := w.WriteString(out); err != nil {
			t.Fatal(err)
		}
		got := buf.String()
		if !tc.check(got) {
			t.Errorf("%v: want %s, got %q", tc.profile, tc.what, got)
		}
		if ansi.Strip(got) != ansi.Strip(out) {
			t.Errorf("%v: text changed", tc.profile)
		}
		for _, marker := range []string{captionBar + captionMarker, quoteBar, blockQuoteBar} {
			if !strings.Contains(ansi.Strip(got), marker) {
				t.Errorf("%v: marker %q lost", tc.profile, marker)
			}
		}
	}
}

package render

import (
	"fmt"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
)

// TestGolden pins the rendering of the sample article, with its colours
// (24-bit SGR, as Glamour writes them before any downsampling) and as
// plain text, at the two widths the reader uses most, in both themes.
// Regenerate with: go test ./ui/render -run TestGolden -update
func TestGolden(t *testing.T) {
	a := sampleArticle(t)
	for _, theme := range []struct {
		name string
		dark bool
	}{{"dark", true}, {"light", false}} {
		for _, width := range []int{60, 100} {
			out, err := Article(a, Options{Width: width, Dark: theme.dark})
			if err != nil {
				t.Fatal(err)
			}
			t.Run(fmt.Sprintf("%s-%d", theme.name, width), func(t *testing.T) {
				t.Run("ansi", func(t *testing.T) { golden.RequireEqual(t, out) })
				t.Run("plain", func(t *testing.T) { golden.RequireEqual(t, ansi.Strip(out)) })
			})
		}
	}
}

// TestGoldenEdited pins the look of an article with every kind of block:
// the hand-edited sample (see editedSample), at 80 columns, dark.
func TestGoldenEdited(t *testing.T) {
	out, err := Article(editedSample(t), Options{Width: 80, Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	t.Run("ansi", func(t *testing.T) { golden.RequireEqual(t, out) })
	t.Run("plain", func(t *testing.T) { golden.RequireEqual(t, ansi.Strip(out)) })
}

package render_test

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/render"
)

// A Renderer is built once per width and theme and reused; each render is
// safe to run in a tea.Cmd.
func ExampleRenderer() {
	text := "“We will see,” he said."
	speaker := "Grant Newsham"
	a := &content.Article{
		Title:     "Summit ends",
		Published: content.MustParseDate("2016-12-16"),
		Blocks: []content.Block{
			{Type: content.BlockCaption, Text: "Leaders meet in Tokyo."},
			{Type: content.BlockParagraph, Text: text},
		},
		Quotes: []content.Quote{{
			Speaker: &speaker,
			Spans:   []content.Span{{Block: 1, Start: 0, End: strings.Index(text, " he")}},
		}},
	}
	r, err := render.New(render.Options{Width: 40, Dark: true})
	if err != nil {
		panic(err)
	}
	out, err := r.Article(a)
	if err != nil {
		panic(err)
	}
	fmt.Println(ansi.Strip(out))
	// Output:
	//   Summit ends
	//
	//   2016-12-16
	//   ────────────────────────────────────
	//
	//   ┆ ▣ Leaders meet in Tokyo.
	//
	//   │ “We will see,” he said.
	//   │ — Grant Newsham
}

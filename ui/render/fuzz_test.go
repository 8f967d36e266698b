package render

import (
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

// FuzzRender renders articles made of arbitrary text, with a quotation at
// arbitrary offsets, and checks that no control sequence but SGR comes out
// and that the text's visible characters all come out unchanged.
func FuzzRender(f *testing.F) {
	f.Add("“Quoted,” she said.", uint16(0), uint16(12), uint8(60))
	f.Add("*a* _b_ [c](d) <e> `f` # g > h - i 1. j www.k.l m@n.o &amp; &#27;", uint16(3), uint16(9), uint8(30))
	f.Add("\x1b]52;c;ZXZpbA==\x07\x1b[2J\x9b\r\x00", uint16(1), uint16(5), uint8(20))
	f.Add("日本語 the-hyphenated-words and averyveryverylongwordthatcannotfitanywhere", uint16(0), uint16(9), uint8(25))
	f.Add("Al-Maeena - a \ue02d stand-in -x y- -", uint16(2), uint16(11), uint8(21))
	f.Fuzz(func(t *testing.T, text string, start, end uint16, width uint8) {
		a := &content.Article{Title: text}
		for _, typ := range []content.BlockType{content.BlockParagraph, content.BlockHeading,
			content.BlockCaption, content.BlockQuote, content.BlockList, content.BlockCredit} {
			a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: text})
		}
		a.Quotes = []content.Quote{
			{Spans: []content.Span{{Block: 0, Start: int(start), End: int(end)}}},
			{Spans: []content.Span{{Block: 3, Start: int(start), End: int(end)}}},
		}
		out, err := Article(a, Options{Width: int(width), Dark: width%2 == 0})
		if err != nil {
			t.Fatal(err)
		}
		assertOnlySGR(t, out)
		want := ""
		for range 7 {
			want += visibleRunes(cleanText(text))
		}
		if got := visibleRunes(ansi.Strip(out)); got != want {
			t.Errorf("visible text changed %s", firstDifference(got, want))
		}
	})
}

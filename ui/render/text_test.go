package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

// TestTextIsNotAltered checks that every visible character of the article
// reaches the screen and nothing is added but white space and the
// renderer's own markers, even for text full of Markdown syntax: the UI
// searches the rendering for the article's words.
func TestTextIsNotAltered(t *testing.T) {
	tricky := []string{
		"*not emphasis* _nor this_ **nor** [a link](http://example.com) <b>tag</b> `code`",
		"# not a heading",
		"> not a quote",
		"- not a list",
		"1. not a list either, 2) nor this",
		"+ plus --- === ~~strike~~ | a | b |",
		"www.example.com http://example.com/a_b user@example.com mailto:x@y.z",
		"&amp; &#27;[2J &copy; & \\ back\\slash \\* end\\",
		"Japanese-Russian meeting-of-the-minds-and-more-words-to-break-near-the-margin",
		"averyveryveryveryveryveryveryveryveryveryveryveryverylongwordthatcannotfit",
		"混合テキスト 日本語の文章 ほげ",
		"#hashtag and a trailing hash #",
	}
	a := &content.Article{Title: "# Title with *stars* & <tags>"}
	for _, s := range tricky {
		for _, typ := range []content.BlockType{content.BlockParagraph, content.BlockHeading,
			content.BlockCaption, content.BlockQuote, content.BlockList, content.BlockCredit} {
			a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: s})
		}
	}
	want := visibleRunes(a.Title)
	for _, b := range a.Blocks {
		want += visibleRunes(b.Text)
	}
	for _, w := range []int{20, 33, 60, 100} {
		out := mustRender(t, a, Options{Width: w, Dark: true})
		assertOnlySGR(t, out)
		if got := visibleRunes(ansi.Strip(out)); got != want {
			t.Errorf("width %d: visible text changed %s", w, firstDifference(got, want))
		}
	}
}

func TestSampleTextIsNotAltered(t *testing.T) {
	for _, a := range []*content.Article{sampleArticle(t), editedSample(t)} {
		lead := leadParagraph(a)
		want := visibleRunes(a.Title) + visibleRunes(metaLine(a, lead < 0))
		ann := annotate(a)
		for i, b := range a.Blocks {
			if i == lead {
				want += visibleRunes(a.Dateline + datelineDash)
			}
			want += visibleRunes(b.Text)
			// Attributions are the only text the renderer adds.
			for _, name := range ann.attributions(i, b.Cite) {
				want += visibleRunes(creditMarker + name)
			}
		}
		out := mustRender(t, a, Options{Width: 60, Dark: true})
		if got := visibleRunes(ansi.Strip(out)); got != want {
			t.Errorf("visible text changed %s", firstDifference(got, want))
		}
	}
}

// TestHyphenatedNamesAreNotSplit checks that lines never break after a
// hyphen inside a word, so that a name like "Al-Maeena" can be found and
// highlighted on one line; a hyphen between spaces may still end a line.
func TestHyphenatedNamesAreNotSplit(t *testing.T) {
	text := "Had it happened an hour later, said Khaled Al-Maeena, editor at large, and Leung Che-cheung of the DAB - a 14-year-old party - agreed."
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: text},
		{Type: content.BlockCaption, Text: text},
		{Type: content.BlockQuote, Text: text},
	}}
	for w := MinWidth + 4; w <= 80; w++ {
		plain := ansi.Strip(mustRender(t, a, Options{Width: w}))
		for _, word := range []string{"Al-Maeena,", "Che-cheung", "14-year-old"} {
			if n := strings.Count(plain, word); n != len(a.Blocks) {
				t.Errorf("width %d: %q found %d times, want %d:\n%s", w, word, n, len(a.Blocks), plain)
			}
		}
		if strings.ContainsRune(plain, wordHyphenRune) {
			t.Fatalf("width %d: the stand-in hyphen reached the output", w)
		}
	}
}

func TestControlSequencesInTextNeverReachTheTerminal(t *testing.T) {
	evil := []string{
		"\x1b]52;c;ZXZpbA==\x07clipboard",
		"\x1b[2Jclear",
		"\x1b]8;;http://evil.example\x1b\\link\x1b]8;;\x1b\\",
		"\x9b2Jc1-csi",
		"bell\x07 back\x08space\rcarriage",
		"&#27;[2J entity &#x1b;]0;title&#7;",
		"\x1bPdcs\x1b\\ \x1b_apc\x1b\\ \x1b^pm\x1b\\ \x1bXsos\x1b\\",
		"unterminated \x1b]52;c;",
	}
	speaker := "Mallory\x1b[31m Red\x1b]0;t\x07"
	a := &content.Article{
		Title:     strings.Join(evil, " "),
		Source:    "evil\x1b]8;;x\x07.example",
		Byline:    "\x1b[2J",
	}
	for _, s := range evil {
		for _, typ := range []content.BlockType{content.BlockParagraph, content.BlockCaption,
			content.BlockQuote, content.BlockHeading, content.BlockList, content.BlockCredit} {
			a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: s})
		}
	}
	a.Quotes = []content.Quote{{Speaker: &speaker, Spans: []content.Span{{Block: 0, Start: 0, End: len(a.Blocks[0].Text)}}}}
	for i := range a.Blocks {
		if a.Blocks[i].Type == content.BlockQuote {
			a.Blocks[i].Cite = "\x1b]0;x\x07Signed\x1b[8m"
		}
	}
	for _, dark := range []bool{true, false} {
		out := mustRender(t, a, Options{Width: 50, Dark: dark})
		assertOnlySGR(t, out)
		plain := ansi.Strip(out)
		for _, bad := range []string{"\x1b", "\x07", "\x08", "\r", "\u009b"} {
			if strings.Contains(plain, bad) {
				t.Errorf("%q reached the output", bad)
			}
		}
		// The text around the sequences survives; character references
		// are shown as written, not decoded.
		for _, s := range []string{"clipboard", "clear", "link", "&#27;[2J", "&#x1b;]0;title&#7;", "— Mallory Red", "— Signed"} {
			if !strings.Contains(plain, s) {
				t.Errorf("%q missing from\n%s", s, plain)
			}
		}
	}
}

func TestQuotationMarksThatCannotBeEmphasisedAreLeftPlain(t *testing.T) {
	// A span ending inside a word: "*" there would not close emphasis,
	// so the renderer must not write it (no stray asterisks).
	text := "He called it “peace”ful and left."
	end := strings.Index(text, "”") + len("”")
	a := &content.Article{
		Blocks: []content.Block{{Type: content.BlockParagraph, Text: text}},
		Quotes: []content.Quote{{Spans: []content.Span{{Block: 0, Start: strings.Index(text, "“"), End: end}}}},
	}
	plain := ansi.Strip(mustRender(t, a, Options{Width: 60}))
	if strings.Contains(plain, "*") {
		t.Errorf("stray asterisk in %q", plain)
	}
	if !strings.Contains(plain, text) {
		t.Errorf("text changed: %q", plain)
	}
}

func TestSpansOutOfRangeAreIgnored(t *testing.T) {
	a := handArticle()
	a.Quotes = append(a.Quotes,
		content.Quote{Spans: []content.Span{{Block: 99, Start: 0, End: 5}}},
		content.Quote{Spans: []content.Span{{Block: 1, Start: 50, End: 5000}}},
		content.Quote{Spans: []content.Span{{Block: -1, Start: -3, End: 2}}},
	)
	a.People[0].Spans = append(a.People[0].Spans, content.Span{Block: 3, Start: -5, End: 2})
	mustRender(t, a, Options{Width: 60, Dark: true})
}

package render

import (
	"strings"
	"sync"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

func mustRender(t *testing.T, a *content.Article, opt Options) string {
	t.Helper()
	out, err := Article(a, opt)
	if err != nil {
		t.Fatal(err)
	}
	return out
}

func TestCaptionsQuotesAndHeadingsHaveTheirOwnLook(t *testing.T) {
	for _, tc := range []struct {
		name string
		dark bool
		p    palette
	}{{"dark", true, darkPalette}, {"light", false, lightPalette}} {
		t.Run(tc.name, func(t *testing.T) {
			out := mustRender(t, handArticle(), Options{Width: 60, Dark: tc.dark})
			body := lookAt(t, out, "Grant Newsham, a senior")
			caption := lookAt(t, out, "Russian President")
			quoted := lookAt(t, out, "“There’s always")
			blockQuote := lookAt(t, out, "Peace is made")
			speaker := lookAt(t, out, "Newsham said")
			heading := lookAt(t, out, "Investing for peace")
			title := lookAt(t, out, "Japan, Russia Summit")

			want := map[string]struct {
				got, want look
			}{
				"body":        {body, look{}}, // the terminal's own colours
				"caption":     {caption, look{fg: rgb(tc.p.caption), italic: true}},
				"quotation":   {quoted, look{fg: rgb(tc.p.quote), italic: true}},
				"block quote": {blockQuote, look{fg: rgb(tc.p.quote), italic: true}},
				"speaker":     {speaker, look{fg: rgb(tc.p.speaker), bold: true}},
				"subhead":     {heading, look{fg: rgb(tc.p.subhead), bold: true}},
				"headline":    {title, look{fg: rgb(tc.p.headline), bold: true}},
			}
			for what, w := range want {
				if w.got != w.want {
					t.Errorf("%s looks like %+v, want %+v", what, w.got, w.want)
				}
			}
			// The words after a quotation are body text again.
			if after := lookAt(t, out, "he said, adding"); after != body {
				t.Errorf("text after a quotation looks like %+v, want the body's %+v", after, body)
			}
		})
	}
}

func TestDarkAndLightDiffer(t *testing.T) {
	dark := mustRender(t, handArticle(), Options{Width: 60, Dark: true})
	light := mustRender(t, handArticle(), Options{Width: 60, Dark: false})
	if dark == light {
		t.Fatal("dark and light renderings are the same")
	}
	if ansi.Strip(dark) != ansi.Strip(light) {
		t.Error("dark and light renderings differ in text, not only in colour")
	}
}

func TestMarkersSetCaptionsAndQuotesApart(t *testing.T) {
	plain := ansi.Strip(mustRender(t, handArticle(), Options{Width: 40, Dark: true}))
	lines := strings.Split(plain, "\n")
	// Every line of a block starts with its bar, after the margin.
	barOf := func(needle string) string {
		t.Helper()
		for i, l := range lines {
			if strings.Contains(l, needle) {
				return strings.TrimSpace(lines[i])[:len("┆")]
			}
		}
		t.Fatalf("%q not in\n%s", needle, plain)
		return ""
	}
	if got := barOf("Russian President"); got+" " != captionBar {
		t.Errorf("caption line starts with %q, want %q", got, captionBar)
	}
	if !strings.Contains(plain, captionBar+captionMarker+"Russian President") {
		t.Errorf("caption does not start with the marker %q:\n%s", captionMarker, plain)
	}
	if got := barOf("Shinzo Abe"); got+" " != captionBar {
		t.Errorf("a caption's continuation line starts with %q, want %q", got, captionBar)
	}
	if got := barOf("“There’s always"); got+" " != quoteBar {
		t.Errorf("quotation paragraph starts with %q, want %q", got, quoteBar)
	}
	if got := barOf("Peace is made"); got+" " != blockQuoteBar {
		t.Errorf("block quote starts with %q, want %q", got, blockQuoteBar)
	}
	if got := barOf("Grant Newsham, a senior"); strings.ContainsAny(got, markerRunes) {
		t.Errorf("body paragraph has a bar %q", got)
	}
}

func TestSpeakerIsNamedWhereTheParagraphDoesNot(t *testing.T) {
	out := mustRender(t, handArticle(), Options{Width: 60, Dark: true})
	plain := ansi.Strip(out)
	// "“We will see,” he said": the paragraph does not name Newsham, so
	// an attribution line follows it, under the same bar.
	if !strings.Contains(plain, "due.\n  "+quoteBar+"— Grant Newsham") {
		t.Errorf("no attribution line after the unnamed quotation:\n%s", plain)
	}
	// "“There’s always…,” Newsham said" names him: no attribution there.
	if n := strings.Count(plain, "— Grant Newsham"); n != 1 {
		t.Errorf("%d attribution lines for Grant Newsham, want 1:\n%s", n, plain)
	}
	if !strings.Contains(plain, blockQuoteBar+"— Hosaka Yuji") {
		t.Errorf("no attribution for the block quotation:\n%s", plain)
	}
	if l := lookAt(t, out, "— Grant Newsham"); !l.bold || l.fg != rgb(darkPalette.speaker) {
		t.Errorf("attribution looks like %+v, want bold in the speaker colour", l)
	}
}

func TestQuotationWithoutSpeakerHasNoAttribution(t *testing.T) {
	a := handArticle()
	for i := range a.Quotes {
		a.Quotes[i].Speaker = nil
	}
	plain := ansi.Strip(mustRender(t, a, Options{Width: 60, Dark: true}))
	if strings.Contains(plain, "— ") {
		t.Errorf("attribution shown for quotations without a known speaker:\n%s", plain)
	}
	if !strings.Contains(plain, quoteBar+"“We will see,”") {
		t.Errorf("quotation lost its bar without a speaker:\n%s", plain)
	}
}

func TestHeadingsAndMetadata(t *testing.T) {
	a := handArticle()
	a.Byline = "Brian Padden"
	plain := ansi.Strip(mustRender(t, a, Options{Width: 60, Dark: true}))
	for _, line := range []string{
		"  Japan, Russia Summit Produces Economic Deals",
		"  2016-12-16 · voanews.com · By Brian Padden",
		"  Investing for peace",
		"  Youmi Kim in Seoul contributed to this report.",
	} {
		if !strings.Contains("\n"+plain+"\n", "\n"+line+"\n") {
			t.Errorf("line %q missing from\n%s", line, plain)
		}
	}
}

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

func TestDatelineOpensTheFirstParagraph(t *testing.T) {
	a := handArticle()
	a.Dateline = "TOKYO"
	out := mustRender(t, a, Options{Width: 60, Dark: true})
	plain := ansi.Strip(out)
	if !strings.Contains(plain, "\n  TOKYO — Grant Newsham, a senior") {
		t.Errorf("dateline does not open the first paragraph:\n%s", plain)
	}
	if strings.Count(plain, "TOKYO") != 1 {
		t.Errorf("dateline shown %d times", strings.Count(plain, "TOKYO"))
	}
	if l := lookAt(t, out, "TOKYO"); l != (look{bold: true}) {
		t.Errorf("dateline looks like %+v, want bold in the body colour", l)
	}
	if l := lookAt(t, out, "— Grant Newsham, a"); l != (look{}) {
		t.Errorf("text after the dateline looks like %+v, want body text", l)
	}

	// Without a paragraph to open, the dateline joins the metadata line.
	a.Blocks = a.Blocks[:1]
	plain = ansi.Strip(mustRender(t, a, Options{Width: 60, Dark: true}))
	if !strings.Contains(plain, "2016-12-16 · voanews.com · TOKYO") {
		t.Errorf("dateline missing from the metadata line:\n%s", plain)
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
		Published: "\x1b[5m2016",
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

func TestLinesFitTheWidth(t *testing.T) {
	for _, a := range []*content.Article{sampleArticle(t), editedSample(t), handArticle()} {
		for _, w := range []int{MinWidth, 41, 60, 80, 100, 140} {
			for _, dark := range []bool{true, false} {
				assertFits(t, mustRender(t, a, Options{Width: w, Dark: dark}), w)
			}
		}
	}
}

// assertFits checks that out's lines fit in w columns, end without blanks,
// and that the lines of each block (lines between blank lines) all have the
// same bar, or none: a bar never stops in the middle of a paragraph.
func assertFits(t *testing.T, out string, w int) {
	t.Helper()
	barOf := func(l string) string {
		for _, r := range strings.TrimSpace(l) {
			if strings.ContainsRune("┆│┃", r) {
				return string(r)
			}
			break
		}
		return ""
	}
	prev := ""
	for i, l := range strings.Split(ansi.Strip(out), "\n") {
		if got := ansi.StringWidth(l); got > w {
			t.Errorf("width %d: line %d is %d columns: %q", w, i, got, l)
		}
		if strings.HasSuffix(l, " ") {
			t.Errorf("width %d: line %d ends in a blank: %q", w, i, l)
		}
		if l != "" && prev != "" && barOf(l) != barOf(prev) {
			t.Errorf("width %d: bar changes inside a block at line %d:\n%s\n%s", w, i, prev, l)
		}
		prev = l
	}
}

func TestNarrowWidthIsRaised(t *testing.T) {
	r, err := New(Options{Width: 3})
	if err != nil {
		t.Fatal(err)
	}
	if r.Options().Width != MinWidth {
		t.Errorf("width %d, want %d", r.Options().Width, MinWidth)
	}
	out, err := r.Article(handArticle())
	if err != nil {
		t.Fatal(err)
	}
	for _, l := range strings.Split(ansi.Strip(out), "\n") {
		if ansi.StringWidth(l) > MinWidth {
			t.Errorf("line wider than %d: %q", MinWidth, l)
		}
	}
}

func TestNilArticle(t *testing.T) {
	if _, err := Article(nil, Options{Width: 80}); err == nil {
		t.Error("no error for a nil article")
	}
}

func TestEmptyArticle(t *testing.T) {
	out := mustRender(t, &content.Article{}, Options{Width: 80})
	if out != "" {
		t.Errorf("empty article rendered as %q", out)
	}
}

// TestRendererIsSafeForConcurrentUse renders through one Renderer from
// several goroutines (run with -race) and checks every result is the same.
func TestRendererIsSafeForConcurrentUse(t *testing.T) {
	r, err := New(Options{Width: 70, Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	a := handArticle()
	want, err := r.Article(a)
	if err != nil {
		t.Fatal(err)
	}
	var wg sync.WaitGroup
	got := make([]string, 4)
	for i := range got {
		wg.Go(func() {
			got[i], _ = r.Article(a)
		})
	}
	wg.Wait()
	for i, g := range got {
		if g != want {
			t.Errorf("goroutine %d got a different rendering", i)
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

func TestQuotationAcrossParagraphsIsAttributedOnce(t *testing.T) {
	p1 := "“The first part of a long statement goes on,"
	p2 := "“and the second part ends it,” the minister added."
	speaker := "Jane Roe"
	a := &content.Article{
		Blocks: []content.Block{
			{Type: content.BlockParagraph, Text: p1},
			{Type: content.BlockParagraph, Text: p2},
			{Type: content.BlockParagraph, Text: "Other news followed."},
		},
		Quotes: []content.Quote{{Speaker: &speaker, Spans: []content.Span{
			{Block: 0, Start: 0, End: len(p1)},
			{Block: 1, Start: 0, End: strings.Index(p2, "”") + len("”")},
		}}},
	}
	out := mustRender(t, a, Options{Width: 80, Dark: true})
	plain := ansi.Strip(out)
	want := "  " + quoteBar + p1 + "\n\n  " + quoteBar + p2 + "\n  " + quoteBar + "— Jane Roe\n\n  Other news followed."
	if plain != want {
		t.Errorf("got\n%s\nwant\n%s", plain, want)
	}
	for _, part := range []string{"“The first part", "“and the second"} {
		if l := lookAt(t, out, part); !l.italic || l.fg != rgb(darkPalette.quote) {
			t.Errorf("%q looks like %+v, want the quotation look", part, l)
		}
	}
}

func TestBlockQuoteSignedByThePage(t *testing.T) {
	a := handArticle()
	a.Blocks[5].Cite = "Valeska Paris"
	out := mustRender(t, a, Options{Width: 60, Dark: true})
	plain := ansi.Strip(out)
	if !strings.Contains(plain, blockQuoteBar+"Peace is made by those who trade.\n  "+blockQuoteBar+"— Valeska Paris") {
		t.Errorf("the page's signature does not sign the block quote:\n%s", plain)
	}
	// The signature replaces the speaker found by annotation.
	if strings.Contains(plain, "Hosaka Yuji") {
		t.Errorf("speaker shown beside the page's signature:\n%s", plain)
	}
}

func TestListsHaveBulletsAndHangingIndent(t *testing.T) {
	a := &content.Article{Blocks: []content.Block{
		{Type: content.BlockParagraph, Text: "Before the list."},
		{Type: content.BlockList, Text: "First item, which is rather long and has to wrap onto a second line"},
		{Type: content.BlockList, Text: "Second item"},
		{Type: content.BlockParagraph, Text: "After the list."},
	}}
	out := mustRender(t, a, Options{Width: 50, Dark: true})
	want := "  Before the list.\n\n" +
		"  " + listBullet + "First item, which is rather long and has to\n" +
		"    wrap onto a second line\n" +
		"  " + listBullet + "Second item\n\n" +
		"  After the list."
	if got := ansi.Strip(out); got != want {
		t.Errorf("got\n%s\nwant\n%s", got, want)
	}
	for _, w := range []int{MinWidth, 33, 80} {
		assertFits(t, mustRender(t, a, Options{Width: w}), w)
	}
}

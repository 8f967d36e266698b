package render

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

func TestCaptionsQuotesAndHeadingsHaveTheirOwnLook(t *testing.T) {
	for _, tc := range []struct {
		name string
		dark bool
		p    palette
	}{{"dark", true, paletteFor(true)}, {"light", false, paletteFor(false)}} {
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
	if l := lookAt(t, out, "— Grant Newsham"); !l.bold || l.fg != rgb(paletteFor(true).speaker) {
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
		if l := lookAt(t, out, part); !l.italic || l.fg != rgb(paletteFor(true).quote) {
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

// A standfirst is set apart from the body as a caption is (its colour, in
// italics), without the caption's marker.
func TestStandfirstHasItsOwnLook(t *testing.T) {
	a := &content.Article{Title: "Council approves harbour plan", Blocks: []content.Block{
		{Type: content.BlockStandfirst, Text: "The vote ends a year of argument over the cost."},
		{Type: content.BlockParagraph, Text: "The council voted on Tuesday to approve the plan."},
	}}
	p := paletteFor(true)
	out := mustRender(t, a, Options{Width: 60, Dark: true})
	if got, want := lookAt(t, out, "The vote ends"), (look{fg: rgb(p.caption), italic: true}); got != want {
		t.Errorf("standfirst looks like %+v, want %+v", got, want)
	}
	if got := lookAt(t, out, "The council voted"); got != (look{}) {
		t.Errorf("body after the standfirst looks like %+v", got)
	}
	if strings.Contains(ansi.Strip(out), captionMarker) {
		t.Errorf("standfirst drawn with the caption marker:\n%s", ansi.Strip(out))
	}
}

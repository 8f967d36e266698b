package content

import (
	"strings"
	"testing"

	"github.com/yuin/goldmark"
	"github.com/yuin/goldmark/ast"
	"github.com/yuin/goldmark/extension"
	"github.com/yuin/goldmark/text"
)

// mdNodes parses md as GitHub-flavoured Markdown (as Glamour does) and
// returns the kinds of the nodes in it, in document order. Bare web
// addresses, which GFM shows as links to themselves, are text here: they
// show what the article wrote and hide no other target.
func mdNodes(t *testing.T, md string) []string {
	t.Helper()
	p := goldmark.New(goldmark.WithExtensions(extension.GFM)).Parser()
	doc := p.Parse(text.NewReader([]byte(md)))
	var kinds []string
	_ = ast.Walk(doc, func(n ast.Node, entering bool) (ast.WalkStatus, error) {
		if entering && n.Kind() != ast.KindText && n.Kind() != ast.KindDocument && n.Kind() != ast.KindAutoLink {
			kinds = append(kinds, n.Kind().String())
		}
		return ast.WalkContinue, nil
	})
	return kinds
}

// TestMarkdownEscapesArticleText feeds text made of Markdown and HTML
// syntax through every block type: it must come out as plain text of the
// block's own structure, never as a link, emphasis, HTML, list or heading.
func TestMarkdownEscapesArticleText(t *testing.T) {
	hostile := []string{
		"# Not a heading *bold* _em_ `code` [link](http://x.test) ![img](y.png)",
		"<script>alert(1)</script> &amp; &#38; <b>b</b> ~~strike~~ | a | b |",
		"1. not a list > not a quote \\ backslash",
		"- not an item",
		"+ not an item either",
		"> not a quote",
		"=== not a rule",
		"<https://autolink.test>",
		"** **",
	}
	want := map[BlockType][]string{
		BlockParagraph: {"Paragraph"},
		BlockHeading:   {"Heading"},
		BlockCaption:   {"Paragraph", "Emphasis"},
		BlockQuote:     {"Blockquote", "Paragraph"},
		BlockList:      {"List", "ListItem", "TextBlock"},
		BlockCredit:    {"Paragraph", "Emphasis"},
	}
	for typ, kinds := range want {
		for _, h := range hostile {
			a := &Article{Title: h, Blocks: []Block{{Type: typ, Text: h}}}
			md := a.MarkdownBlock(0)
			if got := mdNodes(t, md); strings.Join(got, " ") != strings.Join(kinds, " ") {
				t.Errorf("%s block %q\nrendered %q\nparses as %v, want %v", typ, h, md, got, kinds)
			}
			title := strings.SplitN(a.Markdown(), "\n", 2)[0]
			if got := mdNodes(t, title); strings.Join(got, " ") != "Heading" {
				t.Errorf("title %q renders %q, parses as %v", h, title, got)
			}
		}
	}
}

func TestMarkdownMarksQuotations(t *testing.T) {
	speaker := "Grant Newsham"
	pull := "There’s always going to be trouble."
	p := "Abe said “without trust the goal can not be reached.” Later, “another one,” he said."
	first := strings.Index(p, "“without")
	firstEnd := strings.Index(p, "reached.”") + len("reached.”")
	second := strings.Index(p, "“another")
	secondEnd := strings.Index(p, "one,”") + len("one,”")
	a := &Article{
		Title: "Headline",
		Blocks: []Block{
			{Type: BlockParagraph, Text: p},
			{Type: BlockQuote, Text: pull},
		},
		Quotes: []Quote{
			{Text: "without trust the goal can not be reached.", Spans: []Span{{Block: 0, Start: first, End: firstEnd}}},
			{Text: "another one,", Spans: []Span{{Block: 0, Start: second, End: secondEnd}}},
			{Text: pull, Speaker: &speaker, Spans: []Span{{Block: 1, Start: 0, End: len(pull)}}},
		},
	}
	got := a.MarkdownBlock(0)
	want := "Abe said *“without trust the goal can not be reached.”* Later, *“another one,”* he said."
	if got != want {
		t.Errorf("paragraph:\n got %q\nwant %q", got, want)
	}
	if kinds := mdNodes(t, got); strings.Join(kinds, " ") != "Paragraph Emphasis Emphasis" {
		t.Errorf("paragraph parses as %v", kinds)
	}
	if got, want := a.MarkdownBlock(1), "> There’s always going to be trouble.\n>\n> — Grant Newsham"; got != want {
		t.Errorf("quote block:\n got %q\nwant %q", got, want)
	}
	// Spans that do not fit the text are ignored, not trusted.
	a.Quotes = []Quote{{Spans: []Span{{Block: 0, Start: 5, End: 5000}, {Block: 0, Start: -1, End: 3}, {Block: 0, Start: first + 1, End: firstEnd}}}}
	if got := a.MarkdownBlock(0); got != p {
		t.Errorf("bad spans changed the text: %q", got)
	}
}

func TestMarkdownMetadataAndDateline(t *testing.T) {
	a := &Article{
		Title: "Council passes budget", Published: MustParseDate("2021-03-03"), Source: "example.com",
		Byline: "Jane Doe", Dateline: "SPRINGFIELD",
		Blocks: []Block{
			{Type: BlockCaption, Text: "The council chamber."},
			{Type: BlockParagraph, Text: "The council approved the budget."},
			{Type: BlockHeading, Text: "Next steps"},
			{Type: BlockCredit, Text: "Ann Lee contributed to this report."},
		},
	}
	want := "# Council passes budget\n\n*2021-03-03 · example.com · By Jane Doe*\n\n" +
		"_Caption:_ The council chamber.\n\n**SPRINGFIELD —** The council approved the budget.\n\n" +
		"## Next steps\n\n*Ann Lee contributed to this report.*\n"
	if got := a.Markdown(); got != want {
		t.Errorf("Markdown:\n%s\nwant:\n%s", got, want)
	}
}

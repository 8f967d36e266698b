package render

import (
	"os"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
)

// samplePath is the VOA sample article (public domain, see
// testdata/LICENSE.md).
const samplePath = "testdata/voa-japan-russia-summit.txt"

// sampleArticle parses the sample article with the content pipeline.
func sampleArticle(tb testing.TB) *content.Article {
	tb.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	arts, err := formats.ParseBytes(samplePath, data, formats.Options{})
	if err != nil {
		tb.Fatal(err)
	}
	if len(arts) != 1 {
		tb.Fatalf("%s: %d articles, want 1", samplePath, len(arts))
	}
	return arts[0]
}

// editedSample is the sample article as a careful editor reads it (its
// gold annotation): boilerplate gone, captions once, subheads, the credit,
// and the four quotations with their speakers. It is built here by hand,
// independently of the content pipeline, to pin the intended look and to
// benchmark an article with every kind of block.
func editedSample(tb testing.TB) *content.Article {
	tb.Helper()
	data, err := os.ReadFile(samplePath)
	if err != nil {
		tb.Fatal(err)
	}
	boilerplate := map[string]bool{"Accessibility links": true, "Breaking News": true, "XS\nSM\nMD\nLG": true}
	headings := map[string]bool{"Investing for peace": true, "Military value": true, "China": true}
	a := &content.Article{Published: content.MustParseDate("2016-12-16"), Source: "voanews.com", Contributors: []string{"Youmi Kim"}}
	for _, p := range strings.Split(string(data), "\n\n") {
		p = strings.TrimSpace(p)
		lines := strings.Split(p, "\n")
		switch {
		case p == "" || boilerplate[p]:
		case a.Title == "":
			a.Title = p
		case len(lines) == 2 && lines[0] == lines[1]:
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockCaption, Text: lines[0]})
		case headings[p]:
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockHeading, Text: p})
		case strings.HasSuffix(p, "contributed to this report."):
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockCredit, Text: p})
		default:
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: p})
		}
	}
	people := []struct{ name, alias string }{
		{"Vladimir Putin", "Putin"}, {"Shinzo Abe", "Abe"},
		{"Grant Newsham", "Newsham"}, {"Hosaka Yuji", "Hosaka"},
	}
	for _, p := range people {
		person := content.Person{Name: p.name, Aliases: []string{p.alias}}
		for bi, b := range a.Blocks {
			for _, form := range []string{p.name, p.alias} {
				for off := 0; ; {
					i := strings.Index(b.Text[off:], form)
					if i < 0 {
						break
					}
					sp := content.Span{Block: bi, Start: off + i, End: off + i + len(form)}
					off = sp.End
					if form == p.alias && strings.HasSuffix(b.Text[:sp.Start], strings.TrimSuffix(p.name, p.alias)) {
						continue // part of the full name, already counted
					}
					person.Spans = append(person.Spans, sp)
				}
			}
		}
		person.Mentions = len(person.Spans)
		a.People = append(a.People, person)
	}
	speakers := []string{"Shinzo Abe", "Grant Newsham", "Hosaka Yuji", "Grant Newsham"}
	for bi, b := range a.Blocks {
		for off := 0; b.Type == content.BlockParagraph; {
			i := strings.Index(b.Text[off:], "“")
			if i < 0 {
				break
			}
			j := strings.Index(b.Text[off+i:], "”")
			if j < 0 {
				break
			}
			sp := content.Span{Block: bi, Start: off + i, End: off + i + j + len("”")}
			off = sp.End
			speaker := speakers[len(a.Quotes)]
			a.Quotes = append(a.Quotes, content.Quote{
				Text:    b.Text[sp.Start+len("“") : sp.End-len("”")],
				Speaker: &speaker,
				Spans:   []content.Span{sp},
			})
		}
	}
	if len(a.Quotes) != len(speakers) {
		tb.Fatalf("found %d quotations in the sample, want %d", len(a.Quotes), len(speakers))
	}
	a.Text = a.BodyText()
	return a
}

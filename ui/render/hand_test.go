package render

import (
	"strings"

	"github.com/newsreader/newsreader/content"
)

func handArticle() *content.Article {
	sp := func(s string) *string { return &s }
	p1 := "Grant Newsham, a senior research fellow, said Japan has long tried."
	p2 := "“There’s always going to be trouble giving back territory,” Newsham said."
	p3 := "“We will see,” he said, adding that more talks were due."
	a := &content.Article{
		Title:     "Japan, Russia Summit Produces Economic Deals",
		Published: content.MustParseDate("2016-12-16"),
		Source:    "voanews.com",
		Blocks: []content.Block{
			{Type: content.BlockCaption, Text: "Russian President Vladimir Putin (L) and Japanese Prime minister Shinzo Abe attend a meeting in Tokyo, Japan, Dec. 16, 2016."},
			{Type: content.BlockParagraph, Text: p1},
			{Type: content.BlockHeading, Text: "Investing for peace"},
			{Type: content.BlockParagraph, Text: p2},
			{Type: content.BlockParagraph, Text: p3},
			{Type: content.BlockQuote, Text: "Peace is made by those who trade."},
			{Type: content.BlockCredit, Text: "Youmi Kim in Seoul contributed to this report."},
		},
	}
	q2 := strings.Index(p2, "”") + len("”")
	q3 := strings.Index(p3, "”") + len("”")
	n2 := strings.Index(p2, "Newsham")
	a.Quotes = []content.Quote{
		{Text: "There’s always going to be trouble giving back territory,", Speaker: sp("Grant Newsham"), Spans: []content.Span{{Block: 3, Start: 0, End: q2}}},
		{Text: "We will see,", Speaker: sp("Grant Newsham"), Spans: []content.Span{{Block: 4, Start: 0, End: q3}}},
		{Text: "Peace is made by those who trade.", Speaker: sp("Hosaka Yuji"), Spans: []content.Span{{Block: 5, Start: 0, End: len(a.Blocks[5].Text)}}},
	}
	a.People = []content.Person{
		{Name: "Grant Newsham", Aliases: []string{"Newsham"}, Mentions: 2, Quotes: 2,
			Spans: []content.Span{{Block: 1, Start: 0, End: len("Grant Newsham")}, {Block: 3, Start: n2, End: n2 + len("Newsham")}}},
		{Name: "Hosaka Yuji", Aliases: []string{"Hosaka"}, Quotes: 1},
	}
	return a
}

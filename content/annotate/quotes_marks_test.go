package annotate

import (
	"testing"

	"github.com/newsreader/newsreader/content"
)

// paragraphs builds an article of one paragraph per text.
func paragraphs(texts ...string) *content.Article {
	a := &content.Article{}
	for _, p := range texts {
		a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: p})
	}
	return a
}

// Quotation marks as archives store them (issue 18, cause 14): two
// apostrophes or backticks for lost curly quotes, German and French
// marks, straight single quotes, while apostrophes in words and after a
// plural ("Jones' dog", "don't") open nothing.
func TestAnnotateArchiveQuoteMarks(t *testing.T) {
	a := paragraphs(
		"''We have waited long enough for this road,'' said Maria Lopez, a teacher in Tucson.",
		"``The schools need more money right now,'' said Daniel Reed, a parent of three.",
		"„We will manage this together,“ said Angela Merkel, the chancellor.",
		"«We will not give up the fight,» said Pierre Dubois, the union leader.",
		"'We will not sell the farm to anyone,' said Tom Baker, the owner. The Jones' dog and the players' union don't care.",
		"Reed's sister said the district ''has ignored the east side for years and nobody will say why.''",
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We have waited long enough for this road,":                    "Maria Lopez",
		"The schools need more money right now,":                       "Daniel Reed",
		"We will manage this together,":                                "Angela Merkel",
		"We will not give up the fight,":                               "Pierre Dubois",
		"We will not sell the farm to anyone,":                         "Tom Baker",
		"has ignored the east side for years and nobody will say why.": "",
	})
}

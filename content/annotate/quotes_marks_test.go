package annotate

import (
	"encoding/json"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
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
		"has ignored the east side for years and nobody will say why.": "Reed's sister",
	})
}

// Organisations and unnamed sources speak too (issue 18, causes 8 and
// 11): the quotation's speaker is the words that name them, typed
// organization or description; persons are typed person, and only they
// are people of the article.
func TestAnnotateSpeakerTypes(t *testing.T) {
	a := paragraphs(
		`"Prices will rise again next year," the company said in a statement.`,
		`"We expect a full recovery by spring," Acme Corp. said.`,
		`"The bridge will reopen next week," the mayor told reporters.`,
		`"The review found no wrongdoing at all," officials wrote in a letter.`,
		`"Our hands are tied until the vote," said Paula Grant, the council's clerk.`,
		`"Nothing changes for the moment," they said.`,
	)
	Article(a)
	want := map[string]struct {
		speaker string
		typ     content.SpeakerType
	}{
		"Prices will rise again next year,":      {"the company", content.SpeakerOrganization},
		"We expect a full recovery by spring,":   {"Acme Corp.", content.SpeakerOrganization},
		"The bridge will reopen next week,":      {"the mayor", content.SpeakerDescription},
		"The review found no wrongdoing at all,": {"officials", content.SpeakerDescription},
		"Our hands are tied until the vote,":     {"Paula Grant", content.SpeakerPerson},
		"Nothing changes for the moment,":        {"", ""},
	}
	if len(a.Quotes) != len(want) {
		t.Fatalf("%d quotations, want %d: %+v", len(a.Quotes), len(want), a.Quotes)
	}
	for _, q := range a.Quotes {
		w := want[q.Text]
		if goldtest.Name(q.Speaker) != w.speaker && !(w.speaker == "" && q.Speaker == nil) || q.SpeakerType != w.typ {
			t.Errorf("%q: speaker %s (%q), want %q (%q)", q.Text, goldtest.Name(q.Speaker), q.SpeakerType, w.speaker, w.typ)
		}
	}
	if len(a.People) != 1 || a.People[0].Name != "Paula Grant" || a.People[0].Quotes != 1 {
		t.Errorf("people %+v, want only Paula Grant with 1 quotation", a.People)
	}
	data, err := json.Marshal(a.Quotes[len(a.Quotes)-1])
	if err != nil || !strings.Contains(string(data), `"speaker":null,"speaker_type":null`) {
		t.Errorf("JSON of a quotation without speaker: %s %v", data, err)
	}
}

package annotate

import (
	"testing"

	"github.com/newsreader/newsreader/content"
)

// A second quotation after an attributed one in the same paragraph, and
// a paragraph that goes on with a quotation left open before it, are the
// same speaker's (issue 18, cause 10), also when the attribution names
// the speaker after an abbreviated title whose period ends no sentence.
func TestAnnotateQuotationsAfterAnAttributedOne(t *testing.T) {
	a := paragraphs(
		`"We need more nurses," said Dr. Jane Roe, a researcher. "The wards are full every night."`,
		`"It was chaos in the hall," said Prof. Ian Holt, who ran the lab. "The roof fell in at noon.`,
		`"We ran for the doors and nobody was hurt."`,
		`The college did not answer questions about the building.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We need more nurses,":            "Jane Roe",
		"The wards are full every night.": "Jane Roe",
		"It was chaos in the hall,":       "Ian Holt",
		"The roof fell in at noon. We ran for the doors and nobody was hurt.": "Ian Holt",
	})
}

// The speaker is there and taken (issue 18, cause 13): an honorific and
// a surname name the person met earlier in full, and a partial quotation
// is the words of its sentence's subject, a description here.
func TestAnnotateSpeakerThereAndTaken(t *testing.T) {
	a := paragraphs(
		`Senator Lucia Ortega spoke in Denver on Friday.`,
		`"We will not back down," Ms. Ortega said.`,
		`The mayor called the plan "a giveaway to insiders."`,
		`Two of the council's critics say the plan has "no chance at all" of passing.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We will not back down,":  "Lucia Ortega",
		"a giveaway to insiders.": "The mayor",
		"no chance at all":        "Two of the council's critics",
	})
	for _, q := range a.Quotes {
		if q.Text == "a giveaway to insiders." && q.SpeakerType != content.SpeakerDescription {
			t.Errorf("%q: speaker type %q, want description", q.Text, q.SpeakerType)
		}
	}
}

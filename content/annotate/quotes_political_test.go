package annotate

import (
	"testing"

	"github.com/newsreader/newsreader/content"
)

// Attribution forms of US political news (issue 18, causes 11, 12 and
// 13): a party and state designation between the name and the verb
// ("(R-S.C.)" with its periods), a participle ("adding that") whose
// subject is the sentence's, an unnamed source counted with "one", and
// the person after "said X's lawyer," rather than X.
func TestAnnotatePoliticalAttributionForms(t *testing.T) {
	a := paragraphs(
		`"We will not accept this outcome from the court," Blumquist (R-Ky.) said.`,
		`"It is over for them and they know it," Hallworth, D-Calif., told reporters.`,
		`"We are going to build this road," Joe Biden said Tuesday, adding that the plan "will pay for itself."`,
		`"Nobody wants a shutdown before the holidays," said one Republican aide, who asked not to be named.`,
		`"This deal is a disaster for our allies in the region," Sen. Lindsey Graham (R-S.C.) tweeted.`,
		`"The family is devastated by the decision," said Graham's lawyer, Jane Doe.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We will not accept this outcome from the court,":       "Blumquist",
		"It is over for them and they know it,":                 "Hallworth",
		"We are going to build this road,":                      "Joe Biden",
		"will pay for itself.":                                  "Joe Biden",
		"Nobody wants a shutdown before the holidays,":          "one Republican aide",
		"This deal is a disaster for our allies in the region,": "Lindsey Graham",
		"The family is devastated by the decision,":             "Jane Doe",
	})
	for _, p := range a.People {
		if p.Name == "R-Ky" || p.Name == "D-Calif" {
			t.Errorf("the party designation %q is listed as a person", p.Name)
		}
	}
	for _, q := range a.Quotes {
		if q.Speaker != nil && *q.Speaker == "one Republican aide" && q.SpeakerType != content.SpeakerDescription {
			t.Errorf("%q: speaker type %q, want description", q.Text, q.SpeakerType)
		}
	}
}

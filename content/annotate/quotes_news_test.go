package annotate

import (
	"testing"

	"github.com/newsreader/newsreader/content"
)

// An honorific and a surname name the person met before in full even
// when the surname is also a place word ("Dr. Park"), never an
// organisation; a role of an organisation ("a spokeswoman for Acme") is
// a description (issue 18, causes 8 and 12).
func TestAnnotateHonorificAndRoleSpeakers(t *testing.T) {
	a := paragraphs(
		`"We are watching the storm closely and will act," says Dr. Helen Park, the county's health officer.`,
		`"The shelters are open tonight and they will stay open," according to Dr. Park.`,
		`"Nothing has been decided about the plant in Ohio," a spokeswoman for Acme said.`,
		`"We have not seen the report and cannot comment on it," said Mr. Vance.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We are watching the storm closely and will act,":        "Helen Park",
		"The shelters are open tonight and they will stay open,": "Helen Park",
		"Nothing has been decided about the plant in Ohio,":      "a spokeswoman for Acme",
		"We have not seen the report and cannot comment on it,":  "Vance",
	})
	for _, q := range a.Quotes {
		if q.Speaker != nil && *q.Speaker == "a spokeswoman for Acme" && q.SpeakerType != content.SpeakerDescription {
			t.Errorf("%q: speaker type %q, want description", q.Text, q.SpeakerType)
		}
	}
}

// In news, a paragraph of quotation with no attribution after two
// people quoted in turn goes on the last one's: the turns of a dialogue
// alternate only when the lines answer each other.
func TestAnnotateNewsQuotationsDoNotAlternate(t *testing.T) {
	a := paragraphs(
		`"We will not back down on this," said Ana Ruiz, the council leader.`,
		`"She has been clear about it from the start," said Mark Bell, her deputy.`,
		`"The vote is on Thursday and we have the numbers."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We will not back down on this,":                   "Ana Ruiz",
		"She has been clear about it from the start,":      "Mark Bell",
		"The vote is on Thursday and we have the numbers.": "Mark Bell",
	})
}

// In a transcript the "I" of a turn is the person its speaker label
// names ("PELOSI: … I said, "…""), by full name or surname in capitals;
// the interviewer's "Q:" names nobody.
func TestAnnotateTranscriptLabelNamesTheI(t *testing.T) {
	a := paragraphs(
		`Speaker Nancy Pelosi spoke to reporters on Thursday about the bill.`,
		`PELOSI: When the family came here, I said, "Only if you think it is worthy of your brother."`,
		`Q: And I asked them, "Did they agree to the name in the end?"`,
		`Nancy Pelosi: They did. And I told them, "We will name it for George and for all of them."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"Only if you think it is worthy of your brother.": "Nancy Pelosi",
		"Did they agree to the name in the end?":          "",
		"We will name it for George and for all of them.": "Nancy Pelosi",
	})
}

// Reported speech with a quotation inside names who said the quoted
// words ("Roe said her father had told her "…"": her father), and a
// quotation paragraph with no attribution after a paragraph of
// narration is the words of that paragraph's last subject, past an
// appositive, when the subject is a person (issue 18, causes 10 and
// 11).
func TestAnnotateReportedSpeechAndIntroducedParagraphs(t *testing.T) {
	a := paragraphs(
		`Ann Roe said her father had told her "never to trust the bank with the farm."`,
		`Lena Ortiz, the mayor, spoke for an hour at the town hall.`,
		`"We will not raise taxes this year or next year.`,
		`"We will cut waste instead."`,
		`The council met again on Friday.`,
		`"Nobody here wants another year of this," one resident wrote.`,
		`The meeting ended after midnight.`,
		`"It was the longest night of the year for everyone in the hall."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"never to trust the bank with the farm.":                                     "her father",
		"We will not raise taxes this year or next year. We will cut waste instead.": "Lena Ortiz",
		"Nobody here wants another year of this,":                                    "one resident",
		"It was the longest night of the year for everyone in the hall.":             "",
	})
}

// The second of two people quoted back to back is not credited to the
// first when a sentence between names the second acting (issue 18,
// cause 13).
func TestAnnotateSecondSpeakerAfterAnAction(t *testing.T) {
	a := paragraphs(
		`"We will win this case in the end," said Ann Roe, the plaintiff. Tom Bell, the city's lawyer, shook his head. "The law is on our side and always was."`,
		`"The city has run out of excuses," Roe said. Bell disagreed. "We have done everything the court asked of us."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We will win this case in the end,":              "Ann Roe",
		"The law is on our side and always was.":         "Tom Bell",
		"The city has run out of excuses,":               "Ann Roe",
		"We have done everything the court asked of us.": "Tom Bell",
	})
}

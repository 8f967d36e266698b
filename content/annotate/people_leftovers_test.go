package annotate

import "testing"

// TestSpeakerSurnameMisspelt credits a quotation whose speaker's surname
// lost or gained a letter in the text ("Gate" for "Gates") to the
// person named in full before, keeps surnames that are plural words
// whole, and keeps two people whose surnames are one letter apart apart.
func TestSpeakerSurnameMisspelt(t *testing.T) {
	a := annotateBlocks("Tom Rivers and Ann Sims came.",
		"Helen Gates, who runs the museum, opened the show with Tom Woods.",
		`"Paintings need light," Helen Gates said.`,
		`"The rooms were dark for years," Gate said.`,
		`"We waited a long time," said Mark Jones. "It was worth it," Woods said.`,
		`Mary Clarke spoke next. "It is a good day," Clark said.`)
	checkSpeakers(t, a, map[string]string{
		"Paintings need light,":          "Helen Gates",
		"The rooms were dark for years,": "Helen Gates",
		"We waited a long time,":         "Mark Jones",
		"It was worth it,":               "Tom Woods",
		"It is a good day,":              "Clark",
	})
	checkPeople(t, a, []string{"Helen Gates", "Tom Woods", "Ann Sims", "Tom Rivers", "Mark Jones", "Mary Clarke"}, []string{"Gate", "Wood"})
}

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

// TestPeopleCommonFirstNamesOfAnyList takes the sex of a person from a
// common first name that the short first-name lists lack but the US
// Social Security list holds tens of thousands of times ("Walter",
// "Maya"), so that a "he" after a woman's sentence goes back to the man
// before her; such names still find their people, and places and a
// people named like them stay out.
func TestPeopleCommonFirstNamesOfAnyList(t *testing.T) {
	a := annotateBlocks("Donald Gray and Aiden Moss opened a second shop in the spring.",
		"Walter Sweet runs the family bakery on the corner.",
		"Maya Frost keeps its books. \"We sold out by noon,\" he said.",
		"The Maya built cities in the jungle. The Maya traded salt, and the Maya farmed maize.",
		"The bus stops at Hudson Terrace and Clinton Wharf.")
	checkPeople(t, a, []string{"Walter Sweet", "Maya Frost", "Donald Gray", "Aiden Moss"},
		[]string{"Maya", "Hudson Terrace", "Clinton Wharf"})
	checkSpeakers(t, a, map[string]string{"We sold out by noon,": "Walter Sweet"})
}

// TestPeopleFirstNamesTheDictionaryHasAsProperNouns finds people whose
// first name the dictionary lists beside places, gods and brands and so
// no first-name list kept ("Barack", "Akiva"), before a family name with
// no other cue; the places, brands and titles that open with such a word
// stay out.
func TestPeopleFirstNamesTheDictionaryHasAsProperNouns(t *testing.T) {
	a := annotateBlocks("Barack Obama visited the plant on Monday, and Akiva Goldsman toured it a week later.",
		"The guide was printed by Princeton Review. Tickets are sold on Albany Street, at the Apollo Theater and at Toshiba Corp.")
	checkPeople(t, a, []string{"Barack Obama", "Akiva Goldsman"},
		[]string{"Princeton Review", "Albany Street", "Apollo Theater", "Toshiba Corp"})
}

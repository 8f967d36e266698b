package annotate

import (
	"encoding/json"
	"testing"

	"github.com/newsreader/newsreader/content"
)

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

// TestPeopleNamedInTheTitleOnly finds a person the title names and the
// body only describes, counted once with no span in the blocks; a person
// named in both is counted and located in the body alone; a title in
// title case glues no verb to a name, and a headline of no one gives no
// one.
func TestPeopleNamedInTheTitleOnly(t *testing.T) {
	title := func(title string, blocks ...string) *content.Article {
		a := &content.Article{Title: title}
		for _, text := range blocks {
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: text})
		}
		Article(a)
		return a
	}
	a := title("Jane Okafor Named Coach of Rovers", "The former striker takes over on Monday.", "The board voted on Friday.")
	checkPeople(t, a, []string{"Jane Okafor"}, []string{"Jane Okafor Named Coach", "Okafor Named"})
	if p := peopleByName(a)["Jane Okafor"]; p.Mentions != 1 || len(p.Spans) != 0 {
		t.Errorf("Jane Okafor: %d mentions, spans %v; want 1 and none", p.Mentions, p.Spans)
	}
	if _, err := json.Marshal(a); err != nil {
		t.Error(err)
	}
	a = title("Okafor Named Coach", `"I am ready," said Jane Okafor, the former striker, on Monday.`)
	checkPeople(t, a, []string{"Jane Okafor"}, nil)
	if p := peopleByName(a)["Jane Okafor"]; p.Mentions != 1 || len(p.Spans) != 1 || p.Spans[0].Block != 0 {
		t.Errorf("Jane Okafor: %d mentions, spans %v; want 1 in block 0", p.Mentions, p.Spans)
	}
	a = title("Police Arrest Two After Fire on Main Street", "Two men were held after the fire.")
	checkPeople(t, a, nil, []string{"Police Arrest", "Main Street", "Fire"})
	if len(a.People) != 0 {
		t.Errorf("people %+v, want none", a.People)
	}
}

// TestPeopleSentenceWordBeforeAName keeps a sentence's first word off
// the name after it when the word is one that the first-name lists hold
// but parents rarely give ("Even", "See"), and keeps Korean names whose
// family name is also a word ("Park", "Moon").
func TestPeopleSentenceWordBeforeAName(t *testing.T) {
	a := annotateBlocks(`"We will fight on," said Tom Doe. Even Jane Roe, his running mate, said the race was lost.`,
		"See Dana Klenk for a longer account of the vote.",
		"The coach replaced Park Joo-ho after ten minutes, and Moon Jae-sung came on later.")
	checkPeople(t, a, []string{"Tom Doe", "Jane Roe", "Dana Klenk", "Park Joo-ho", "Moon Jae-sung"},
		[]string{"Even Jane Roe", "See Dana Klenk"})
}

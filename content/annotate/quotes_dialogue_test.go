package annotate

import "testing"

// Short lines of dialogue are quotations when their speaker is read
// beside them or they make up their paragraph, and a character's action
// names the speaker as a verb of speech does ("Oh no," Anna panted),
// while a title and a term in scare quotes stay out.
func TestAnnotateShortDialogueLines(t *testing.T) {
	a := paragraphs(
		`Anna Berg came in from the rain and dropped her bag.`,
		`"No," Anna said.`,
		`"Sorry!" she cried, and shut the door behind her.`,
		`"Oh no," Anna panted, looking at the clock.`,
		`"Okay," said Tom Reyes. He had read "Dubliners" twice that winter.`,
		`The so-called "experts" were wrong about the storm.`,
		`Reyes had been asleep when someone said, "Excuse me."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"No,":        "Anna Berg",
		"Sorry!":     "Anna Berg",
		"Oh no,":     "Anna Berg",
		"Okay,":      "Tom Reyes",
		"Excuse me.": "",
	})
}

// Lines of a conversation with no attribution alternate between the two
// people talking, the narrator ("I said") counting as one of them, and a
// sentence of action beside a line names its speaker ("Marta turned.
// "Did you…?""); a line after a single attributed one still goes on
// that speaker's, as a news paragraph does.
func TestAnnotateDialogueTurns(t *testing.T) {
	a := paragraphs(
		`"Where is the key?" asked Marta Kovac.`,
		`"In the drawer," said Ivo Petrov.`,
		`"Which drawer?"`,
		`"The one by the door, under the old maps."`,
		`Marta put down her cup. "You came back early from the station."`,
		`"The train was empty," I said.`,
		`"Was it?"`,
		`"Nobody travels on a Sunday."`,
		`Ivo turned to the window. "Did you bring the letters from the post office?"`,
		`"They will not wait for us," Ivo said. It was late and the lamps were lit.`,
		`"We leave at dawn and we take the north road."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"Where is the key?": "Marta Kovac",
		"In the drawer,":    "Ivo Petrov",
		"Which drawer?":     "Marta Kovac",
		"The one by the door, under the old maps.":        "Ivo Petrov",
		"You came back early from the station.":           "Marta Kovac",
		"The train was empty,":                            "",
		"Was it?":                                         "Marta Kovac",
		"Nobody travels on a Sunday.":                     "",
		"Did you bring the letters from the post office?": "Ivo Petrov",
		"They will not wait for us,":                      "Ivo Petrov",
		"We leave at dawn and we take the north road.":    "Ivo Petrov",
	})
}

// In a long exchange a he or she that names nobody in the sentences
// before it is the latest speaker of that gender.
func TestAnnotatePronounCarriesTheConversation(t *testing.T) {
	a := paragraphs(
		`Jenna Marsh hung up the phone and sat down.`,
		`"That man is useless," she said.`,
		`"He fixed the boiler last week," I said. "And the lights in the hall."`,
		`"The lights went out again on Tuesday night."`,
		`"Then we call the landlord in the morning."`,
		`The radiators clanged. Outside the snow kept falling on the empty street.`,
		`"I am not waiting until the morning for anyone," she said.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"That man is useless,":                           "Jenna Marsh",
		"He fixed the boiler last week,":                 "",
		"And the lights in the hall.":                    "",
		"The lights went out again on Tuesday night.":    "Jenna Marsh",
		"Then we call the landlord in the morning.":      "",
		"I am not waiting until the morning for anyone,": "Jenna Marsh",
	})
}

// A first-person narrator whom the other people of the story call by a
// name (and whom the narration never names) speaks under that name; the
// narrator's own "Cara," calls someone else, and a name the narration
// speaks of is another person.
func TestAnnotateNarratorNamedByTheOthers(t *testing.T) {
	a := paragraphs(
		`Cara Lind sat on the floor of the shop with the lights in her lap.`,
		`"Cara," I say. "Put them down now."`,
		`"Robert," my mother says, "take her outside until I pay for these."`,
		`"Okay," I say, and I pick up her coat.`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"Cara,":              "Robert",
		"Put them down now.": "Robert",
		"Robert,":            "my mother",
		"take her outside until I pay for these.": "my mother",
		"Okay,": "Robert",
	})
	if _, ok := peopleByName(a)["Robert"]; !ok {
		t.Errorf("the narrator Robert is not among the people %+v", a.People)
	}
	b := paragraphs(
		`Robert Hale ran the shop on the corner for thirty years.`,
		`"Robert," my mother says, "wants the rent by Friday."`,
		`"Okay," I say, and I pick up her coat.`,
	)
	Article(b)
	for _, q := range b.Quotes {
		if q.Text == "Okay," && q.Speaker != nil {
			t.Errorf("%q: speaker %q, want none: Robert is named in the narration", q.Text, *q.Speaker)
		}
	}
}

// One sentence quoted in two parts around a short clause of speech is
// one speaker's, both parts; a verb farther on that opens another
// quotation is that one's.
func TestAnnotateQuotationInTwoParts(t *testing.T) {
	a := paragraphs(
		`Ann Cole spoke at the rally on Monday.`,
		`"We came here today," Cole said, "because the river is dying."`,
		`"Nobody fishes here now," and that, as her neighbour, Ray Diaz, said, "the town will not last."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We came here today,":         "Ann Cole",
		"because the river is dying.": "Ann Cole",
		"the town will not last.":     "Ray Diaz",
	})
}

// "You're not even Siri any more," said to the narrator, names the
// narrator as a call by name does.
func TestAnnotateNarratorNamedByYouAre(t *testing.T) {
	a := paragraphs(
		`"I was only trying to help him up." I did not see why he was afraid.`,
		`"You're not the same," Pag said from the fence. "You're not even Siri any more."`,
		`"I am the same as I always was."`,
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"I was only trying to help him up.": "Siri",
		"You're not the same,":              "Pag",
		"You're not even Siri any more.":    "Pag",
		"I am the same as I always was.":    "Siri",
	})
}

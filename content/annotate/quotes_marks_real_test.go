package annotate

import "testing"

// The quotation marks archives store (issue 18, cause 14) inside real
// paragraphs, with apostrophes all around them: elisions ("don't",
// "rock 'n' roll"), decades ("'90s"), plural possessives ("players'"),
// and several quotations in one paragraph.
func TestAnnotateArchiveQuoteMarksAmongApostrophes(t *testing.T) {
	a := paragraphs(
		"Fans of rock 'n' roll packed the hall. ''We don't want the '90s back, we want them better,'' said Dana Whitt, who runs the club. She's been there since '94.",
		"``It's the band's last show and they can't stop now,'' Whitt said. ``We'll be back in '27.''",
		"„We can't do this alone and nobody's asking us to,“ said Karl Brandt, the mayor's deputy.",
		"«We won't give up the fight, not in the '20s and not now,» said Pierre Dubois, the union's leader.",
		"'It isn't over and the players' union won't say so,' said Tom Baker. 'We'll all see in '25 who's right.'",
		"The players' union didn't answer. Baker's lawyer said he'd 'never seen anything like it.'",
	)
	Article(a)
	checkSpeakers(t, a, map[string]string{
		"We don't want the '90s back, we want them better,":        "Dana Whitt",
		"It's the band's last show and they can't stop now,":       "Dana Whitt",
		"We'll be back in '27.":                                    "Dana Whitt",
		"We can't do this alone and nobody's asking us to,":        "Karl Brandt",
		"We won't give up the fight, not in the '20s and not now,": "Pierre Dubois",
		"It isn't over and the players' union won't say so,":       "Tom Baker",
		"We'll all see in '25 who's right.":                        "Tom Baker",
		"never seen anything like it.":                             "Baker's lawyer",
	})
}

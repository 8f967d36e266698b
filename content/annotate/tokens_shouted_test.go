package annotate

import (
	"slices"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// TestShoutedNames: names written in capitals (cause 4) are read in
// their cased form: a headline in capitals names the person the text
// names ("OKAFOR TO LEAD TALKS" joins Marta Okafor), a record that
// prints names in capitals ("Mr. HALVERSON", "TOMAS BREKKE") and a
// letter typed in capitals name people; acronyms stay out.
func TestShoutedNames(t *testing.T) {
	a := annotateParas([]string{
		"OKAFOR TO LEAD TRADE TALKS WITH NASA",
		"Marta Okafor will lead the talks, the ministry said on Monday.",
	}, content.BlockHeading)
	checkExactPeople(t, a, "Marta Okafor")
	if len(a.People) == 1 && a.People[0].Mentions != 2 {
		t.Errorf("Marta Okafor: %d mentions, want 2 (the headline's too)", a.People[0].Mentions)
	}
	a = annotateParas([]string{
		"The Senator from Ohio, Mr. HALVERSON, is recognized. Mr. HALVERSON thanked TOMAS BREKKE for his work on the bill.",
		"The WHO and the EPA said the rules would stay. The IRS did not.",
	})
	checkExactPeople(t, a, "Halverson", "Tomas Brekke")
	a = annotateParas([]string{
		"DEAR RUTH, THE ROOMS ARE READY. I TOLD ADA LINDEN THAT YOU WOULD COME IN JUNE.",
	})
	checkExactPeople(t, a, "Ada Linden")
	for _, p := range a.People {
		if slices.Contains(p.Aliases, "ADA LINDEN") {
			t.Errorf("%s: alias in capitals %q", p.Name, p.Aliases)
		}
	}
}

package annotate

import "testing"

// TestCitedAuthorsArePeople: the authors of a cited study stand in a
// slot of their own, with no first name, title or verb (cause 4): in
// parentheses, one or several, with "et al.", "see" or a page; before a
// parenthesised year. An organisation cited so is no one, and a single
// name before a year is a person only where the article cites in that
// style ("the film Amarcord (1973)" is no one), and "et" alone is no
// "et al.".
func TestCitedAuthorsArePeople(t *testing.T) {
	a := annotateParas([]string{
		"Players react faster (Vantrell, Oskarby, & Quennell, 2010), as earlier work found (see Drummel et al., 2008; Haskins 2004: 12).",
		"Brackwater and Illmore (2003) showed the same in adults, and Fenning (1999) had said as much.",
		"The survey counted 7,000 speakers (World Health Organization, 2014).",
	})
	checkExactPeople(t, a, "Vantrell", "Oskarby", "Quennell", "Drummel", "Haskins", "Brackwater", "Illmore", "Fenning")
	a = annotateParas([]string{
		"We watched the film Amarcord (1973) on Sunday with Tom Alder.",
		"Her next film (Vignes Rouges, 1961) was a hit; Jules et Vincent (1962) was not.",
	})
	checkExactPeople(t, a, "Tom Alder")
}

// TestLeadAuthorsArePeople: the lead author of a study cited without a
// year ("Brackwater et al. found", "Fenning and colleagues") is a
// person.
func TestLeadAuthorsArePeople(t *testing.T) {
	a := annotateParas([]string{
		"Brackwater et al. found that players react faster, and a study by Fenning and colleagues agreed.",
	})
	checkExactPeople(t, a, "Brackwater", "Fenning")
}

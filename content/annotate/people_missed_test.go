package annotate

import (
	"slices"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// annotateBlocks annotates one paragraph block per string.
func annotateBlocks(blocks ...string) *content.Article {
	a := &content.Article{Title: "Notes"}
	for _, text := range blocks {
		a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: text})
	}
	Article(a)
	return a
}

// checkPeople checks that every name of want is one of a's people and
// no name of absent is.
func checkPeople(t *testing.T, a *content.Article, want, absent []string) {
	t.Helper()
	var got []string
	for _, p := range a.People {
		got = append(got, p.Name)
	}
	for _, w := range want {
		if !slices.Contains(got, w) {
			t.Errorf("missed %q; people: %q", w, got)
		}
	}
	for _, w := range absent {
		if slices.Contains(got, w) {
			t.Errorf("%q is no person of the text; people: %q", w, got)
		}
	}
}

// TestPeopleGivenNamesBeyondTheShortList finds people whose first name
// is only in the long list of first names or there without its accents,
// with no title or speech verb near, names written family name first,
// and a nationality glued in front; places and brands named like people stay out.
func TestPeopleGivenNamesBeyondTheShortList(t *testing.T) {
	a := annotateBlocks("Mikhail Baker runs the family bakery on the corner.",
		"The board hired Svetlana Orlova in March, and Hiroshi Nakamura joined later.",
		"Croat Alen Boksic opened the scoring before the break.",
		"Tanaka Hiroshi founded the company in 1990.",
		"The novels of Émile Zola sold well, as did the plays of Jérôme Richard.",
		"Bus lines stop at Hudson Terrace and near Campbell Soup headquarters.")
	checkPeople(t, a, []string{"Mikhail Baker", "Svetlana Orlova", "Hiroshi Nakamura", "Alen Boksic", "Tanaka Hiroshi", "Émile Zola", "Jérôme Richard"},
		[]string{"Croat Alen Boksic", "Hudson Terrace", "Campbell Soup"})
}

// TestPeopleInEntryLines reads names outside prose: scorers, a squad,
// ranked results kept one a line in a block, a scorecard and a head to
// head result; the teams and countries in the same lines stay out, and
// so do clubs listed in prose.
func TestPeopleInEntryLines(t *testing.T) {
	a := annotateBlocks("Rovers 2 (Pardew 34, Quayle 71) Athletic 1 (Sorley 12)",
		"Defenders - A. Brannigan, C. Dunleavy, T.J. Brodie",
		// Results one a line, in the block of the prose before them.
		"The top three of the women's sprint on Sunday were these skaters.\nResults:\n"+
			"1. Ingrid Solheim (Norway) 1:18.32\n2. Mette Krogh (Denmark) 1:18.90",
		"K. Vance c Ruddock b Pellew 54\nHardcastle lbw b Pellew 12",
		"Scorers: Tennant 12, Larkham 40. League table: Arsenal 21, Everton 19, Chelsea 18",
		"Kenji Ota (Japan) beat Lars Ostergaard (Denmark) 15-8",
		"Fans of Rovers, Athletic and Wanderers met in Leeds on Saturday.")
	checkPeople(t, a, []string{"Pardew", "Quayle", "Sorley", "A. Brannigan", "C. Dunleavy", "T.J. Brodie",
		"Ingrid Solheim", "Mette Krogh", "K. Vance", "Ruddock", "Pellew", "Hardcastle",
		"Tennant", "Larkham", "Kenji Ota", "Lars Ostergaard"},
		[]string{"Rovers", "Athletic", "Norway", "Denmark", "Japan", "Wanderers", "Leeds", "Arsenal", "Everton", "Chelsea"})
}

// TestPeopleOneWordInContext finds first names used alone where the
// words around them say they are people: a list of first names, a
// relative named after the role, a letter's signature; a list of places
// and a season stay out.
func TestPeopleOneWordInContext(t *testing.T) {
	a := annotateBlocks("The contestant went on a group date with Demi, Bri and Tracy before the final rose.",
		"His father, Bill, worked in the mine for thirty years.",
		"Thank you for the column on winter roads.\n— Ashley, Mississauga",
		"The bus runs through Kent, Surrey and Essex every summer.")
	checkPeople(t, a, []string{"Demi", "Bri", "Tracy", "Bill", "Ashley"}, []string{"Kent", "Surrey", "Essex", "Mississauga"})
}

// TestPeopleWordSurnamesRolesInitials finds names whose family name is
// a dictionary or function word after a known first name, names after a
// capitalised title or playing position, initials for a first name, and
// a name in the possessive with no other cue.
func TestPeopleWordSurnamesRolesInitials(t *testing.T) {
	a := annotateBlocks("The teacher Lisa Every retired last week, and the MP Alan Tory left too.",
		"The vote was close. House Speaker Paul Ryan spoke first.",
		"The coach was pleased. Centre Jason Little scored twice.",
		"Defenceman T.J. Brodie signed a new contract on Monday.",
		"The board will challenge Elon Musk's company in court.")
	checkPeople(t, a, []string{"Lisa Every", "Alan Tory", "Paul Ryan", "Jason Little", "T.J. Brodie", "Elon Musk"},
		[]string{"Lisa", "House Speaker Paul Ryan", "Centre Jason Little", "Defenceman T.J. Brodie"})
}

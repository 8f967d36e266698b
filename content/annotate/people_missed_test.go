package annotate

import (
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// annotateLines annotates one paragraph block per line of text.
func annotateLines(text string) *content.Article {
	a := &content.Article{Title: "Notes"}
	for line := range strings.SplitSeq(text, "\n") {
		if line = strings.TrimSpace(line); line != "" {
			a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: line})
		}
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
// is only in the long list of first names, with no title or speech verb
// near, names written family name first, and a nationality glued in
// front; places and brands named like people stay out.
func TestPeopleGivenNamesBeyondTheShortList(t *testing.T) {
	a := annotateLines(`Mikhail Baker runs the family bakery on the corner.
The board hired Svetlana Orlova in March, and Hiroshi Nakamura joined later.
Croat Alen Boksic opened the scoring before the break.
Tanaka Hiroshi founded the company in 1990.
Bus lines stop at Hudson Terrace and near Campbell Soup headquarters.`)
	checkPeople(t, a, []string{"Mikhail Baker", "Svetlana Orlova", "Hiroshi Nakamura", "Alen Boksic", "Tanaka Hiroshi"},
		[]string{"Croat Alen Boksic", "Hudson Terrace", "Campbell Soup"})
}

package content

import (
	"fmt"
	"testing"
)

// TestLineLearner learns a site's promotion line from several of its files
// and drops it when parsing, while a line found in one file stays.
func TestLineLearner(t *testing.T) {
	const promo = "Get the morning briefing from our newsroom in your inbox every day"
	page := func(i int) []byte {
		return []byte(fmt.Sprintf("Story number %d about the city council\n\n"+
			"The council met on Tuesday to discuss item %d, the clerk said after the meeting.\n\n"+
			"%s\n\nMembers will vote on the item next month, officials said.\n", i, i, promo))
	}
	learner := NewLineLearner(3, 0.5)
	for i := range 4 {
		lines, err := TextLines(page(i))
		if err != nil {
			t.Fatal(err)
		}
		learner.Add("", lines)
	}
	if !learner.IsBoilerplate("", promo) || learner.IsBoilerplate("other.site", promo) {
		t.Errorf("promo line learned for the wrong sources")
	}
	a, err := ParseText("p.txt", page(9), Options{Boilerplate: learner})
	if err != nil {
		t.Fatal(err)
	}
	for _, b := range a.Blocks {
		if b.Text == promo {
			t.Errorf("learned furniture left in the article: %q", b.Text)
		}
	}
	if a.Title != "Story number 9 about the city council" || len(a.Blocks) == 0 {
		t.Errorf("title %q, blocks %q", a.Title, a.Blocks)
	}
	one := NewLineLearner(3, 0.5)
	lines, _ := TextLines(page(1))
	one.Add("", lines)
	if one.IsBoilerplate("", promo) {
		t.Errorf("a line seen in one file is not furniture")
	}
}

package people

import (
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
)

func TestSidebar(t *testing.T) {
	m := New(DefaultStyles(true))
	m.SetSize(30, 22)
	m.SetPeople([]content.Person{
		{Name: "Grant Newsham", Role: "senior research fellow at the Japan Forum for Strategic Studies in Tokyo", Mentions: 4, Quotes: 2},
		{Name: "Hosaka Yuji", Role: "Japan analyst with Sejong University in Seoul", Mentions: 2, Quotes: 1},
		{Name: "Evil\x1b]52;c;eA==\x07 Name", Mentions: 1},
	})
	view := ansi.Strip(m.View())
	for _, want := range []string{"PEOPLE (3)", "Grant Newsham", "senior research fellow at", "the Japan Forum for Strateg…", "4 mentions · 2 quotes", "1 mention · 0 quotes", "Evil Name"} {
		if !strings.Contains(view, want) {
			t.Errorf("sidebar lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(m.View(), "]52;") {
		t.Error("an escape sequence from the archive reached the screen")
	}
	m.Move(1)
	if p, _ := m.Selected(); p.Name != "Hosaka Yuji" {
		t.Errorf("selected %q", p.Name)
	}
	// Rows: the title, then five per person.
	if !m.Click(1 + 2*rowHeight) {
		t.Fatal("click on the third person missed")
	}
	if p, _ := m.Selected(); !strings.HasPrefix(p.Name, "Evil") {
		t.Errorf("click selected %q", p.Name)
	}
	if m.Click(1 + 3*rowHeight) {
		t.Error("a click below the last person selected someone")
	}
}

package people

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
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
	for _, want := range []string{"PEOPLE (3)", "Grant Newsham", "senior research fellow at", "the Japan Forum for Strateg…", "named 4× · 2 quotes", "named 2× · 1 quote", "Evil Name"} {
		if !strings.Contains(view, want) {
			t.Errorf("sidebar lacks %q:\n%s", want, view)
		}
	}
	if strings.Contains(view, "named 1× · 0") {
		t.Error("a person without quotations is said to have 0 of them")
	}
	if strings.Contains(m.View(), "]52;") {
		t.Error("an escape sequence from the archive reached the screen")
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'j', Text: "j"})
	if p, _ := m.Selected(); p.Name != "Hosaka Yuji" {
		t.Errorf("selected %q", p.Name)
	}
	// Rows: the title, then five per person.
	click := func(y int) { m, _ = m.Update(tea.MouseClickMsg{Y: y, Button: tea.MouseLeft}) }
	click(1 + 2*rowHeight)
	if p, _ := m.Selected(); !strings.HasPrefix(p.Name, "Evil") {
		t.Fatalf("click on the third person selected %q", p.Name)
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'g', Text: "g"})
	click(1 + 3*rowHeight)
	if p, _ := m.Selected(); p.Name != "Grant Newsham" {
		t.Errorf("a click below the last person selected %q", p.Name)
	}
}

// enter and a ask the parent to show the selected person's mentions and
// articles; with no one listed they do nothing.
func TestKeysAskTheParent(t *testing.T) {
	m := New(DefaultStyles(true))
	m.SetSize(30, 22)
	enter, a := tea.KeyPressMsg{Code: tea.KeyEnter}, tea.KeyPressMsg{Code: 'a', Text: "a"}
	if m.Intent(enter) != nil || m.Intent(a) != nil || m.Keys().Mentions.Enabled() {
		t.Error("an empty sidebar answers enter or a")
	}
	m.SetPeople([]content.Person{{Name: "Grant Newsham"}, {Name: "Hosaka Yuji"}})
	m, _ = m.Update(tea.KeyPressMsg{Code: tea.KeyEnd})
	want := content.Person{Name: "Hosaka Yuji"}
	if got, ok := m.Intent(enter).(MentionsMsg); !ok || got.Person.Name != want.Name {
		t.Errorf("enter asks for %#v", m.Intent(enter))
	}
	_, cmd := m.Update(a)
	if got, ok := cmd().(ArticlesMsg); !ok || got.Person.Name != want.Name {
		t.Errorf("a asks for %#v", cmd())
	}
	if m, _ = m.Update(tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}); m.cursor != 1 {
		t.Error("ctrl+d moved the sidebar, which has no page moves")
	}
}

// Package people is the sidebar of the people an article mentions: name,
// role, how often they are named and how many quotations are theirs.
package people

import (
	"fmt"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/common"
)

// rowHeight is the rows one person takes: name, two of role, counts, a gap.
const rowHeight = 5

// Model is the people sidebar.
type Model struct {
	Styles Styles
	// KeyMap is the keys the sidebar answers to (see Update).
	KeyMap        KeyMap
	people        []content.Person
	cursor, top   int
	width, height int
	focused       bool
	active        string // name of the person highlighted in the article
}

// New returns an empty sidebar.
func New(styles Styles) Model { return Model{Styles: styles, KeyMap: DefaultKeyMap()} }

// SetPeople shows the people of a new article.
func (m *Model) SetPeople(ps []content.Person) {
	m.people = ps
	m.cursor, m.top, m.active = 0, 0, ""
}

// SetSize sets the sidebar's size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.clamp()
}

// Focus gives the keys to the sidebar.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keys away from the sidebar.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the sidebar has the keys.
func (m Model) Focused() bool { return m.focused }

// Len is the number of people listed.
func (m Model) Len() int { return len(m.people) }

// Selected returns the selected person.
func (m Model) Selected() (content.Person, bool) {
	if m.cursor < 0 || m.cursor >= len(m.people) {
		return content.Person{}, false
	}
	return m.people[m.cursor], true
}

// SetActive marks the person whose mentions are highlighted ("" for none).
func (m *Model) SetActive(name string) { m.active = name }

// move moves the selection by delta.
func (m *Model) move(delta int) {
	m.cursor += delta
	m.clamp()
}

func (m Model) visible() int { return max(1, (m.height-1)/rowHeight) }

func (m *Model) clamp() {
	m.cursor = min(max(m.cursor, 0), max(len(m.people)-1, 0))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if v := m.visible(); m.cursor >= m.top+v {
		m.top = m.cursor - v + 1
	}
}

// View draws the sidebar, exactly its width and height.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.Styles
	name0, selName := common.NewPaint(s.Name), common.NewPaint(s.SelectedName)
	roleP, countsP := common.NewPaint(s.Role), common.NewPaint(s.Counts)
	barP, blurP, activeP := common.NewPaint(s.Bar), common.NewPaint(s.BarBlurred), common.NewPaint(s.Active)
	lines := []string{s.Title.Render(fmt.Sprintf("PEOPLE (%d)", len(m.people)))}
	if len(m.people) == 0 {
		lines = append(lines, "", s.Empty.Render("No one named."))
	}
	w := max(1, m.width-2)
	for i := m.top; i < len(m.people) && i < m.top+m.visible(); i++ {
		p := m.people[i]
		bar, name := "  ", name0
		if i == m.cursor {
			name = selName
			bar = blurP.Render("│") + " "
			if m.focused {
				bar = barP.Render("│") + " "
			}
		}
		mark := ""
		if p.Name == m.active {
			mark = activeP.Render(" ◆")
		}
		role := p.Role
		if role == "" {
			role = "—"
		}
		role1, role2 := wrap2(common.Clean(role), w)
		lines = append(lines,
			bar+name.Render(common.Fit(common.Clean(p.Name), w-common.Width(mark)))+mark,
			bar+roleP.Render(common.Fit(role1, w)),
			bar+roleP.Render(common.Fit(role2, w)),
			bar+countsP.Render(common.Fit(counts(p), w)),
			"")
	}
	return common.Box(lines, m.width, m.height)
}

// wrap2 wraps s on spaces into two lines of width w, the second cut
// with an ellipsis if it is still too long.
func wrap2(s string, w int) (string, string) {
	lines := strings.SplitN(ansi.Wordwrap(s, w, ""), "\n", 2)
	if len(lines) == 1 {
		return lines[0], ""
	}
	return lines[0], strings.ReplaceAll(lines[1], "\n", " ")
}

// counts says how often the article names the person and how many
// quotations are theirs. The two are counted apart: a quotation said
// through a pronoun ("…," she said) names no one, so a person named once
// can have four quotations; "named 1× · 4 quotes" says so where "1
// mention · 4 quotes" read as a contradiction. It fits the sidebar's
// narrowest width.
func counts(p content.Person) string {
	named := fmt.Sprintf("named %d×", p.Mentions)
	if p.Quotes == 0 {
		return named
	}
	return named + " · " + plural(p.Quotes, "quote")
}

func plural(n int, word string) string {
	if n == 1 {
		return "1 " + word
	}
	return fmt.Sprintf("%d %ss", n, word)
}

package directory

import (
	"fmt"
	"strings"

	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

// View draws the view, exactly its width and height: a title, the
// filter, then one person a line: name, role, and the counts in columns
// on the right.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.Styles
	title := "PEOPLE IN THE ARCHIVE"
	if m.loaded {
		title += fmt.Sprintf(" (%s)", countText(len(m.people)))
	}
	lines := []string{" " + s.Title.Render(title)}
	switch {
	case m.typing || m.input.Value() != "":
		lines = append(lines, " "+m.input.View())
	default:
		lines = append(lines, " "+s.Empty.Render("/ to filter by name · enter lists a person's articles"))
	}
	lines = append(lines, m.columnsLine())
	if m.loaded && len(m.people) == 0 {
		lines = append(lines, "", "  "+s.Empty.Render(m.emptyText()))
	}
	for i := m.top; i < len(m.people) && i < m.top+m.visible(); i++ {
		lines = append(lines, m.row(i))
	}
	return common.Box(lines, m.width, m.height)
}

func countText(n int) string {
	if n >= Limit {
		return fmt.Sprintf("the first %d", n)
	}
	return fmt.Sprint(n)
}

func (m Model) emptyText() string {
	if m.err != nil {
		return "Could not list the people: " + common.Clean(m.err.Error())
	}
	if m.input.Value() != "" {
		return "No one in the archive is named “" + common.Clean(m.input.Value()) + "”."
	}
	return "No one is named in the archive."
}

// countsWidth is the width of the counts columns: articles, mentions,
// quotations, 9 columns each.
const countsWidth = 27

// widths splits the line between the name, the role and the counts.
func (m Model) widths() (name, role int, counts bool) {
	w := m.width - 2
	counts = w >= countsWidth+20
	if counts {
		w -= countsWidth
	}
	name = min(max(w/2, 12), 30)
	return name, max(0, w-name-1), counts
}

func (m Model) columnsLine() string {
	name, role, counts := m.widths()
	line := "  " + common.Fit("name", name) + " " + common.Fit("role", role)
	if counts {
		line += fmt.Sprintf("%9s%9s%9s", "articles", "mentions", "quotes")
	}
	return m.Styles.Title.Render(line)
}

func (m Model) row(i int) string {
	s := m.Styles
	p := m.people[i]
	nameW, roleW, counts := m.widths()
	bar, name := "  ", s.Name
	if i == m.cursor {
		bar, name = s.Bar.Render("│")+" ", s.SelectedName
	}
	line := bar + name.Render(common.Fit(common.Clean(p.Name), nameW)) + " " +
		s.Role.Render(common.Fit(roleOf(p), roleW))
	if counts {
		line += s.Counts.Render(fmt.Sprintf("%9d%9d%9d", p.Articles, p.Mentions, p.Quotes))
	}
	return line
}

func roleOf(p archive.Person) string {
	if p.Role == "" {
		return ""
	}
	return strings.TrimSpace(common.Clean(p.Role))
}

package ui

import (
	"fmt"
	"strings"

	tea "charm.land/bubbletea/v2"
	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/common"
)

// View draws the whole screen: header, panes, status bar.
func (m Model) View() tea.View {
	v := tea.NewView(m.render())
	m.traceView()
	v.AltScreen = true
	v.MouseMode = tea.MouseModeCellMotion
	v.WindowTitle = "newsreader"
	return v
}

func (m Model) render() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	body := m.body()
	if m.view != viewPanes {
		body = m.viewBody()
	}
	if m.showHelp {
		body = m.helpView()
	}
	return m.header() + "\n" + body + "\n" + m.statusBar()
}

// header shows the archive, its size and what the list shows.
func (m Model) header() string {
	n, known := m.list.Total()
	prefix := fmt.Sprintf(" newsreader · %s · ", common.Clean(m.opts.name))
	left := prefix + m.list.TotalText()
	noun := " articles"
	if known && n == 1 {
		noun = " article"
	}
	failed := m.list.Failed() // the list says why
	switch m.list.Mode() {
	case articlelist.ModeResults:
		if failed {
			left = prefix + "search failed: " + common.Clean(m.list.Search())
			break
		}
		noun = strings.Replace(noun, "article", "result", 1)
		left += noun + " for " + common.Clean(m.list.Search())
	case articlelist.ModePerson:
		left += noun + " mentioning " + common.Clean(m.list.Search())
	default:
		if m.list.Query().Flagged {
			noun = " flagged" + noun
		}
		left += noun
		if f := m.list.Query().Filter; f != "" {
			left += " matching “" + common.Clean(f) + "”"
		}
	}
	order := m.list.Query().Sort.String()
	switch m.list.Mode() {
	case articlelist.ModeResults:
		order = "best match"
		if !m.ranked {
			order = "date"
		}
	case articlelist.ModePerson:
		order = "date"
	}
	right := "sort: " + order + " "
	if failed {
		right = "" // no list, no order
	}
	if addr := m.address(); addr != "" && m.focus == paneReader && m.view == viewPanes {
		// Where the article read comes from, its end kept when cut.
		room := max(10, m.width-lipgloss.Width(left)-2)
		right = ansi.TruncateLeft(addr, max(0, lipgloss.Width(addr)-room+1), "…") + " "
	}
	gap := max(1, m.width-lipgloss.Width(left)-lipgloss.Width(right))
	line := m.styles.Header.Render(left) + m.styles.HeaderDim.Render(strings.Repeat(" ", gap)+right)
	return common.Fit(line, m.width)
}

// statusBar shows the prompt while typing; otherwise the position, the
// search state, any notice, and key hints.
func (m Model) statusBar() string {
	if m.prompt != promptNone {
		line := " " + m.input.View()
		if m.prompt == promptFind && m.input.Value() != "" {
			line += "  " + m.styles.Search.Render(m.matchCount())
		}
		if hints := m.promptHints(); hints != nil {
			line += "  " + m.help.ShortHelpView(hints)
		}
		if m.status != "" && m.statusErr {
			line += "  " + m.styles.StatusError.Render("✗ "+common.Clean(m.status))
		}
		return common.Fit(line, m.width)
	}
	var left []string
	switch {
	case m.status != "" && m.statusErr:
		left = append(left, m.styles.StatusError.Render("✗ "+common.Clean(m.status)))
	case m.status != "":
		left = append(left, m.styles.StatusInfo.Render(common.Clean(m.status)))
	default:
		pos := m.list.Status()
		switch {
		case m.view == viewPeople:
			pos = m.directory.Status()
		case m.view == viewCoverage:
			pos = m.coverage.Status()
		case m.focus != paneList && m.reader.Status() != "":
			pos = m.reader.Status()
		}
		left = append(left, m.styles.Status.Render(pos))
		if s := m.matchState(); s != "" {
			left = append(left, s)
		}
	}
	l := " " + strings.Join(left, "  ")
	room := m.width - common.Width(l) - 2
	if room < 20 {
		return common.Fit(l, m.width)
	}
	help := m.help
	help.SetWidth(room)
	hints := help.ShortHelpView(m.helpKeys().ShortHelp())
	gap := max(1, m.width-common.Width(l)-common.Width(hints)-1)
	return common.Fit(l+strings.Repeat(" ", gap)+hints, m.width)
}

// matchState is "/newsham 3/7", "Hosaka Yuji 1/2" or "" when nothing is
// highlighted.
func (m Model) matchState() string {
	hl := m.reader.Highlight()
	if len(hl.Terms) == 0 {
		return ""
	}
	return m.styles.Search.Render(common.Clean(hl.Label) + " " + m.matchCount())
}

// matchCount is "3/7", "no matches", or while a long article is still
// being searched "12 of 340+ matches…" (none selected yet: "340+ matches…").
func (m Model) matchCount() string {
	cur, total := m.reader.Matches()
	switch {
	case m.reader.Searching() && cur > 0:
		return fmt.Sprintf("%d of %s+ matches…", cur, articlelist.Thousands(total))
	case m.reader.Searching():
		return articlelist.Thousands(total) + "+ matches…"
	case total == 0:
		return "no matches"
	}
	return fmt.Sprintf("%d/%d", cur, total)
}

// helpView is the full help, generated from the key map.
func (m Model) helpView() string {
	h := m.help
	h.SetWidth(0) // measured here, not cut by the help
	title := m.styles.HelpTitle.Render("Keys") + m.styles.Status.Render("  (press any key to close)")
	lines := []string{"", "  " + title, ""}
	// The columns side by side when they fit, else in rows of two.
	groups := m.helpKeys().FullHelp()
	for per := len(groups); per > 0; per /= 2 {
		var block []string
		for i := 0; i < len(groups); i += per {
			view := h.FullHelpView(groups[i:min(i+per, len(groups))])
			block = append(block, indent(strings.Split(view, "\n"), "  ")...)
			block = append(block, "")
		}
		if per == 1 || lipgloss.Width(strings.Join(block, "\n")) <= m.width {
			lines = append(lines, block...)
			break
		}
	}
	return common.Box(lines, m.width, m.layout.bodyH)
}

func indent(lines []string, pad string) []string {
	for i := range lines {
		lines[i] = pad + lines[i]
	}
	return lines
}

// traceView marks the first frame drawn and the first full one (see
// package starttrace): the list's count and rows, and the previewed
// article rendered.
func (m Model) traceView() {
	if !starttrace.On(m.ctx) || m.width <= 0 {
		return
	}
	starttrace.Mark(m.ctx, "first view")
	_, counted := m.list.Total()
	_, selected := m.list.Selected()
	if counted && selected && m.article() != nil && !m.reader.Loading() {
		starttrace.Mark(m.ctx, "full view")
	}
}

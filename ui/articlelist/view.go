package articlelist

import (
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/ui/common"
)

// wideTitle is the width from which a title gets one row: a typical
// headline is 60-70 characters, so a narrower list gives it two rows
// rather than cutting it after a few words.
const wideTitle = 60

// titleRows is how many rows a title may take in this list.
func (m Model) titleRows() int {
	if m.width-2 < wideTitle {
		return 2
	}
	return 1
}

// rowHeight is the rows one entry takes: its title, date and source, a
// hit's snippet, and a blank separator (two after a title of one row in
// a list that allows two, so that every entry takes the same height).
func (m Model) rowHeight() int {
	h := m.titleRows() + 2
	if m.mode == ModeResults {
		h++
	}
	return h
}

// visible is how many entries fit.
func (m Model) visible() int {
	return max(1, m.height/m.rowHeight())
}

// SetSize sets the pane's size and asks for what comes into view.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.width, m.height = w, h
	m.clamp()
	return m.fetchVisible()
}

// Focus gives the keys to the list (it marks the
// selection more strongly when focused).
func (m *Model) Focus() { m.focused = true }

// Blur takes the keys away from the list.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the list has the keys.
func (m Model) Focused() bool { return m.focused }

// move moves the selection by delta rows (negative is up) and asks for
// what comes into view.
func (m *Model) move(delta int) tea.Cmd {
	m.cursor += delta
	m.clamp()
	return m.fetchVisible()
}

// clamp keeps the cursor in range and on screen.
func (m *Model) clamp() {
	m.cursor = min(max(m.cursor, 0), max(m.total-1, 0))
	v := m.visible()
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+v {
		m.top = m.cursor - v + 1
	}
	m.top = max(0, min(m.top, max(m.total-v, 0)))
}

// View draws the list, exactly its width and height.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	if m.Failed() {
		return m.note("Could not load the list: " + common.Clean(m.err.Error()))
	}
	if m.counted && m.total == 0 {
		return m.note(m.emptyText())
	}
	lines := make([]string, 0, m.height)
	p := m.Styles.paints()
	for i := m.top; i < m.top+m.visible() && (i < m.total || !m.counted); i++ {
		entry := m.entry(i, p)
		lines = append(lines, entry...)
		for range m.rowHeight() - len(entry) {
			lines = append(lines, "")
		}
	}
	return common.Box(lines, m.width, m.height)
}

// note draws a message in place of the rows, wrapped to the pane: the
// reason a search failed is no use cut short.
func (m Model) note(text string) string {
	lines := []string{""}
	for _, l := range strings.Split(ansi.Wrap(text, max(1, m.width-4), ""), "\n") {
		lines = append(lines, "  "+m.Styles.Empty.Render(l))
	}
	return common.Box(lines, m.width, m.height)
}

func (m Model) emptyText() string {
	switch m.mode {
	case ModeResults:
		return "No results for " + quoteFor(m.search) + "."
	case ModePerson:
		return "No articles mention " + common.Clean(m.search) + "."
	}
	if m.query.Filter != "" {
		return "No articles match " + quoteFor(m.query.Filter) + "."
	}
	return "The archive is empty."
}

func quoteFor(s string) string { return "“" + common.Clean(s) + "”" }

// entry draws row i: title, date and source, and the snippet of a hit.
func (m Model) entry(i int, p paints) []string {
	selected := i == m.cursor
	bar := "  "
	title, meta := p.title, p.meta
	if selected {
		title, meta = p.selectedTitle, p.selectedMeta
		if m.focused {
			bar = p.bar.Render("│") + " "
		} else {
			bar = p.barBlurred.Render("│") + " "
		}
	}
	r, ok := m.row(i)
	if !ok {
		return []string{bar + p.placeholder.Render("…")}
	}
	w := max(1, m.width-2)
	headline := r.Title
	if headline == "" {
		headline = "(untitled)"
	}
	var lines []string
	for _, l := range wrapTitle(headline, w, m.titleRows()) {
		lines = append(lines, bar+title.Render(l))
	}
	lines = append(lines, bar+meta.Render(common.Fit(metaLine(r), w)))
	if m.mode == ModeResults {
		lines = append(lines, bar+common.Fit(snippet(r, p), w))
	}
	return lines
}

// wrapTitle breaks a title into at most rows lines of width w, at
// spaces where it can; the last line ends in "…" when the title goes on.
func wrapTitle(title string, w, rows int) []string {
	if rows <= 1 || common.Width(title) <= w {
		return []string{common.Fit(title, w)}
	}
	lines := strings.Split(ansi.Wrap(title, w, ""), "\n")
	if len(lines) > rows {
		lines[rows-1] = strings.Join(lines[rows-1:], " ")
		lines = lines[:rows]
	}
	for i, l := range lines {
		lines[i] = common.Fit(strings.TrimSpace(l), w)
	}
	return lines
}

func metaLine(r Row) string {
	date := r.Published.Day()
	if date == "" {
		date = "undated"
	}
	if r.Source == "" {
		return date
	}
	return date + " · " + r.Source
}

// snippet styles a hit's snippet with its matched terms stressed.
func snippet(r Row, p paints) string {
	var b strings.Builder
	at := 0
	for _, mt := range r.Matches {
		if mt[0] < at || mt[1] > len(r.Snippet) || mt[0] >= mt[1] {
			continue
		}
		b.WriteString(p.snippet.Render(r.Snippet[at:mt[0]]))
		b.WriteString(p.match.Render(r.Snippet[mt[0]:mt[1]]))
		at = mt[1]
	}
	b.WriteString(p.snippet.Render(r.Snippet[at:]))
	return b.String()
}

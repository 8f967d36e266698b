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

// entryHeight is the rows entry i takes: its title (one or two rows),
// date and source, a hit's snippet, and one blank row between entries,
// so that the gap between entries is the same whatever their titles
// (issue 21: "uneven list spacing"). An entry not loaded yet counts as
// tall as its title may be; loading can then only make room.
func (m Model) entryHeight(i int) int {
	if m.compact {
		return 1
	}
	h := m.titleRows() + 2
	if r, ok := m.row(i); ok && h > 3 && common.Width(headlineOf(r)) <= max(1, m.width-2) {
		h--
	}
	if m.mode == ModeResults {
		h++
	}
	return h
}

// fits is how many entries from first fit the pane, at least one; the
// last one's blank row may fall below it.
func (m Model) fits(first int) int {
	n, used := 0, 0
	for i := first; !m.counted || i < m.total; i++ {
		h := m.entryHeight(i)
		if n > 0 && used+h-1 > m.height {
			break
		}
		n, used = n+1, used+h
	}
	return max(1, n)
}

// visible is how many entries fit from the top one.
func (m Model) visible() int { return m.fits(m.top) }

// topFor is the first entry of the screen that ends with entry last.
func (m Model) topFor(last int) int {
	top, used := last, m.entryHeight(last)-1
	for top > 0 && used+m.entryHeight(top-1) <= m.height {
		top--
		used += m.entryHeight(top)
	}
	return top
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
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if m.cursor >= m.top+m.visible() {
		m.top = m.topFor(m.cursor)
	}
	if m.total > 0 {
		// No blank rows below the last entry while earlier ones fit.
		m.top = min(m.top, m.topFor(m.total-1))
	}
	m.top = max(0, m.top)
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
		for range m.entryHeight(i) - len(entry) {
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
	headline := headlineOf(r)
	if m.compact {
		return []string{bar + compactLine(r, headline, w, title, meta, p)}
	}
	var lines []string
	for _, l := range wrapTitle(headline, w, m.titleRows()) {
		lines = append(lines, bar+title.Render(l))
	}
	marks := marksOf(r, p)
	lines = append(lines, bar+marks+meta.Render(common.Fit(metaLine(r), w-common.Width(marks))))
	if m.mode == ModeResults {
		lines = append(lines, bar+common.Fit(snippet(r, p), w))
	}
	return lines
}

// headlineOf is the title a row shows.
func headlineOf(r Row) string {
	if r.Title == "" {
		return "(untitled)"
	}
	return r.Title
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

// marksOf is the entry's marks: ● unread, ★ flagged, each followed by
// a space; "" for a read entry without a flag.
func marksOf(r Row, p paints) string {
	s := ""
	if !r.Read {
		s += p.unread.Render("●") + " "
	}
	if r.Flagged {
		s += p.flag.Render("★") + " "
	}
	return s
}

// compactLine is an entry on one line of width w: its marks in two
// fixed columns, the date, the title and the source.
func compactLine(r Row, headline string, w int, title, meta common.Paint, p paints) string {
	unread, flag := " ", " "
	if !r.Read {
		unread = p.unread.Render("●")
	}
	if r.Flagged {
		flag = p.flag.Render("★")
	}
	date := r.Published.Day()
	if date == "" {
		date = "undated"
	}
	line := unread + flag + " " + meta.Render(common.Fit(date, 10)) + " " + title.Render(headline)
	if r.Source != "" {
		line += meta.Render(" · " + r.Source)
	}
	return common.Fit(line, w)
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

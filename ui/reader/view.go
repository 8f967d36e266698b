package reader

import (
	"fmt"
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/common"
)

// SetSize sets the pane's size; a new width renders the article again,
// keeping the reading position.
func (m *Model) SetSize(w, h int) tea.Cmd {
	m.vp.SetHeight(h)
	m.height = h
	if w == m.width {
		return nil
	}
	m.keepPosition()
	m.width = w
	m.vp.SetWidth(min(w, m.wrapWidth()))
	return m.render()
}

// SetDark chooses the style for a dark or light background and renders
// again if it changed.
func (m *Model) SetDark(dark bool) tea.Cmd {
	if dark == m.dark {
		return nil
	}
	m.keepPosition()
	m.dark = dark
	return m.render()
}

// Focus gives the keys to the pane.
func (m *Model) Focus() { m.focused = true }

// Blur takes the keys away from the pane.
func (m *Model) Blur() { m.focused = false }

// Focused reports whether the pane has the keys.
func (m Model) Focused() bool { return m.focused }

// Article is the article shown (nil before one has loaded); ID is the
// article asked for.
func (m Model) Article() *content.Article { return m.article }

// ID is the ID of the article asked for.
func (m Model) ID() int64 { return m.id }

// Loading reports whether the article is being loaded or rendered.
func (m Model) Loading() bool { return m.loading }

// Path is the file the article shown was read from, when the archive
// tells (archive.Filed); "" otherwise.
func (m Model) Path() string { return m.path }

// YOffset is the index of the top line shown.
func (m Model) YOffset() int { return m.vp.YOffset() }

// TotalLines is the number of lines of the rendering.
func (m Model) TotalLines() int { return m.vp.TotalLineCount() }

// Status describes the position for the status bar: "line 12/140 8%".
func (m Model) Status() string {
	switch {
	case m.loading:
		return "loading…"
	case !m.doc.ready():
		return ""
	}
	total := m.vp.TotalLineCount()
	if !m.doc.complete {
		// The lines are still coming: the count and the share would lie.
		return fmt.Sprintf("line %s/%s+ rendering %d%%…", thousands(min(m.vp.YOffset()+1, total)), thousands(total), int(m.doc.progress*100))
	}
	// The last line on screen, as less counts: at the end it reads
	// "line 128/128 100%", never "line 83/128 100%".
	bottom := min(m.vp.YOffset()+m.vp.Height(), total)
	pct := 100
	if total > 0 {
		pct = bottom * 100 / total
	}
	return fmt.Sprintf("line %d/%d %d%%", bottom, total, pct)
}

// View draws the pane, exactly its width and height.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	switch {
	case m.doc.ready() && m.doc.key.id == m.id:
		// The visible lines, drawn directly (the viewport only scrolls),
		// padded by the widths measured when the article was rendered.
		lines := m.doc.numLines()
		top := min(m.vp.YOffset(), lines)
		margin := m.margin()
		pad := strings.Repeat(" ", margin)
		var b strings.Builder
		for row := range m.height {
			if row > 0 {
				b.WriteByte('\n')
			}
			i := top + row
			if i >= lines {
				b.WriteString(strings.Repeat(" ", m.width))
				continue
			}
			c, j := m.doc.chunkOfLine(i)
			if w := margin + c.widths[j]; w <= m.width {
				b.WriteString(pad + m.highlighted(i) + strings.Repeat(" ", m.width-w))
			} else {
				b.WriteString(common.Fit(pad+m.highlighted(i), m.width))
			}
		}
		return b.String()
	case m.err != nil:
		return m.note(m.Styles.Error.Render("Could not show this article: " + common.Clean(m.err.Error())))
	case m.loading:
		return m.note(m.Styles.Note.Render("Loading…"))
	}
	return m.note(m.Styles.Note.Render("No article selected."))
}

func (m Model) note(s string) string {
	return common.Box([]string{"", "  " + s}, m.width, m.height)
}

// WithCache returns the pane keeping its renderings in a new cache of n
// entries (benchmarks measure a first rendering this way).
func (m Model) WithCache(n int) Model {
	m.cache = NewCache(n)
	return m
}

// RenderedDark reports whether the article shown was rendered for a dark
// background.
func (m Model) RenderedDark() bool { return m.doc.key.dark }

// thousands formats n with comma separators.
func thousands(n int) string {
	s := strconv.Itoa(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

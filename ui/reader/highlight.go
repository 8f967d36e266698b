package reader

import (
	"sort"

	tea "charm.land/bubbletea/v2"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// SetHighlight highlights hl's terms and selects the first match at or
// below the top of the view. A long article is searched in steps: the
// command brings the matches in (see Searching), and the first at or
// below the top is selected when it comes.
func (m *Model) SetHighlight(hl Highlight) tea.Cmd {
	m.highlight = hl
	m.current = -1
	return m.applyHighlight(true)
}

// ClearHighlight removes any highlight.
func (m *Model) ClearHighlight() {
	m.SetHighlight(Highlight{})
}

// Highlight returns what is highlighted.
func (m Model) Highlight() Highlight { return m.highlight }

// Matches returns the number of matches and the 1-based index of the
// selected one (0 when none is).
func (m Model) Matches() (current, total int) {
	if m.current < 0 {
		return 0, len(m.matches)
	}
	return m.current + 1, len(m.matches)
}

// MatchText returns the plain text of each match, in order.
func (m Model) MatchText() []string {
	out := make([]string, len(m.matches))
	for i, r := range m.matches {
		out[i] = m.doc.plainRange(r[0], r[1])
	}
	return out
}

// step selects the next match (d = 1) or the previous one (d = -1),
// wrapping around at either end.
func (m *Model) step(d int) {
	n := len(m.matches)
	if n == 0 {
		return
	}
	if m.current < 0 {
		m.current = 0
		if d < 0 {
			m.current = n - 1
		}
	} else {
		m.current = (m.current + d + n) % n
	}
	m.reveal()
}

// applyHighlight finds the highlight's matches in the current rendering
// again; when pick is set (or the match selected is gone) it selects the
// first match from the top of the view.
func (m *Model) applyHighlight(pick bool) tea.Cmd {
	current := m.current
	cmd := m.startFind()
	if len(m.highlight.Terms) == 0 {
		m.current = -1
		return cmd
	}
	m.current = current
	if pick || m.current >= len(m.matches) {
		m.current = -1
		m.pick()
	} else {
		m.reveal()
	}
	return cmd
}

// pick selects the first match found at or below the top of the view;
// when there is none below, the first of all, once the search is over.
func (m *Model) pick() {
	if len(m.matches) == 0 || !m.doc.ready() {
		return
	}
	top := m.doc.lineStart(min(m.vp.YOffset(), m.doc.numLines()-1))
	i := sort.Search(len(m.matches), func(i int) bool { return m.matches[i][0] >= top })
	switch {
	case i < len(m.matches):
		m.current = i
	case !m.Searching():
		m.current = 0
	default:
		return
	}
	m.reveal()
}

// lineOf is the line holding byte offset off of the plain text.
func (m Model) lineOf(off int) int { return m.doc.lineOf(off) }

// highlighted returns line i as drawn: the rendered line with the
// matches on it styled. The match offsets are in the plain text;
// lipgloss.StyleRanges takes columns and keeps the line's own styling
// around them. Only the lines on screen are drawn so, however many
// matches a huge article has.
func (m Model) highlighted(i int) string {
	c, j := m.doc.chunkOfLine(i)
	line := c.styled[j]
	if len(m.matches) == 0 {
		return line
	}
	start := c.base + c.lineStart[j]
	end := start + len(c.line(c.plain, j))
	// Matches do not overlap, so their ends are in order too.
	k := sort.Search(len(m.matches), func(k int) bool { return m.matches[k][1] > start })
	var ranges []lipgloss.Range
	for ; k < len(m.matches) && m.matches[k][0] <= end; k++ {
		style := m.Styles.Match
		if k == m.current {
			style = m.Styles.CurrentMatch
		}
		for _, seg := range m.segments(m.matches[k]) {
			if seg.line == i {
				ranges = append(ranges, lipgloss.NewRange(seg.from, seg.to, style))
			}
		}
	}
	if len(ranges) == 0 {
		return line
	}
	return lipgloss.StyleRanges(line, ranges...)
}

type segment struct{ line, from, to int }

// segments splits a match into per-line column ranges: a phrase or a
// name may be wrapped across lines.
func (m Model) segments(r [2]int) []segment {
	var out []segment
	for line := m.lineOf(r[0]); line < m.doc.numLines(); line++ {
		start := m.doc.lineStart(line)
		text := m.doc.plainLine(line)
		if start > r[1] {
			break
		}
		from := max(r[0], start) - start
		if r[0] < start { // a continuation: skip the indent and any bar
			search := m.doc.searchLine(line)
			from = len(search) - len(strings.TrimLeftFunc(search, unicode.IsSpace))
		}
		to := min(r[1]-start, len(text))
		if to > from {
			out = append(out, segment{line, ansi.StringWidth(text[:from]), ansi.StringWidth(text[:to])})
		}
		if r[1] <= start+len(text) {
			break
		}
	}
	return out
}

// reveal scrolls the selected match into view, a third down the pane.
func (m *Model) reveal() {
	if m.current < 0 || m.current >= len(m.matches) {
		return
	}
	line := m.lineOf(m.matches[m.current][0])
	top := m.vp.YOffset()
	if line < top || line >= top+m.vp.Height() {
		m.vp.SetYOffset(max(0, line-m.vp.Height()/3))
	}
}

// Plain returns the rendering without styling, lines joined by \n: what
// the highlights are found in.
func (m Model) Plain() string { return m.doc.plain() }

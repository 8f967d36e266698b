package reader

import (
	"sort"
	"strings"
	"unicode"

	"charm.land/lipgloss/v2"
	"github.com/charmbracelet/x/ansi"
)

// SetHighlight highlights hl's terms and selects the first match at or
// below the top of the view.
func (m *Model) SetHighlight(hl Highlight) {
	m.highlight = hl
	m.current = -1
	m.applyHighlight(true)
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
		out[i] = m.doc.plain[r[0]:r[1]]
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
	m.bake()
	m.reveal()
}

// applyHighlight finds the highlight's matches in the current rendering;
// when pick is set it selects the first match from the top of the view.
func (m *Model) applyHighlight(pick bool) {
	if m.doc.text == nil {
		m.matches = nil
		return
	}
	if len(m.highlight.Terms) == 0 {
		m.matches, m.current = nil, -1
		m.bake()
		return
	}
	m.matches = m.doc.text.FindAny(m.highlight.Terms, m.highlight.Words)
	if pick || m.current >= len(m.matches) {
		m.current = -1
		if len(m.matches) > 0 {
			top := m.doc.lineStart[min(m.vp.YOffset(), len(m.doc.lineStart)-1)]
			m.current = sort.Search(len(m.matches), func(i int) bool { return m.matches[i][0] >= top })
			if m.current == len(m.matches) {
				m.current = 0
			}
		}
	}
	m.bake()
	m.reveal()
}

// lineOf is the line holding byte offset off of the plain text.
func (m Model) lineOf(off int) int {
	return max(0, sort.SearchInts(m.doc.lineStart, off+1)-1)
}

// bake draws the matches into a copy of the styled lines. The match
// offsets are in the plain text; lipgloss.StyleRanges takes columns and
// keeps the line's own styling around them.
func (m *Model) bake() {
	lines := append([]string(nil), m.doc.styled...)
	byLine := map[int][]lipgloss.Range{}
	for i, r := range m.matches {
		style := m.Styles.Match
		if i == m.current {
			style = m.Styles.CurrentMatch
		}
		for _, seg := range m.segments(r) {
			byLine[seg.line] = append(byLine[seg.line], lipgloss.NewRange(seg.from, seg.to, style))
		}
	}
	for line, ranges := range byLine {
		lines[line] = lipgloss.StyleRanges(lines[line], ranges...)
	}
	y := m.vp.YOffset()
	m.setLines(lines)
	m.vp.SetYOffset(y)
}

type segment struct{ line, from, to int }

// segments splits a match into per-line column ranges: a phrase or a
// name may be wrapped across lines.
func (m Model) segments(r [2]int) []segment {
	var out []segment
	for line := m.lineOf(r[0]); line < len(m.doc.lineStart); line++ {
		start := m.doc.lineStart[line]
		text := m.plainLine(line)
		if start > r[1] {
			break
		}
		from := max(r[0], start) - start
		if r[0] < start { // a continuation: skip the indent and any bar
			search := m.doc.search[start : start+len(text)]
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
func (m Model) Plain() string { return m.doc.plain }

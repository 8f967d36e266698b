package coverage

import (
	"fmt"
	"slices"
	"strings"

	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/ui/common"
)

// chartMargin is the columns left of the bars.
const chartMargin = 2

// peaks is how many of the highest bars in view get their dates.
const peaks = 3

// levels draw a bar's top in eighths of a row.
const levels = " ▁▂▃▄▅▆▇█"

// window is the part of the bars drawn: cell columns per bar, the first
// bar drawn and how many. The bars are paged, so the window does not
// move until the cursor leaves it.
func (m Model) window() (cell, first, n int) {
	room := max(1, m.width-chartMargin)
	cell = min(max(room/max(1, len(m.bars)), 1), 6)
	n = min(room/cell, len(m.bars))
	if n == 0 {
		return cell, 0, 0
	}
	first = min(m.cursor/n*n, len(m.bars)-n)
	return cell, first, n
}

// View draws the chart, exactly its width and height.
func (m Model) View() string {
	if m.width <= 0 || m.height <= 0 {
		return ""
	}
	s := m.Styles
	lines := []string{" " + s.Title.Render("COVERAGE OVER TIME · "+common.Clean(m.label))}
	switch {
	case !m.loaded:
		lines = append(lines, "", "  "+s.Empty.Render("Counting…"))
	case m.err != nil:
		lines = append(lines, "", "  "+s.Empty.Render("Could not count: "+common.Clean(m.err.Error())))
	case len(m.bars) == 0:
		lines = append(lines, "", "  "+s.Empty.Render("No dated article matches."))
	default:
		lines = append(lines, m.summary(), "")
		lines = append(lines, m.chart(max(1, m.height-6))...)
	}
	return common.Box(lines, m.width, m.height)
}

// summary is the line under the title: the unit, the total, the peak,
// and the selected period.
func (m Model) summary() string {
	total, peak := 0, 0
	for i, b := range m.bars {
		total += b.Count
		if b.Count > m.bars[peak].Count {
			peak = i
		}
	}
	sel := m.bars[m.cursor]
	return fmt.Sprintf(" per %s · %s articles · peak %s on %s · ▶ %s: %s",
		m.unit, thousands(total), thousands(m.bars[peak].Count), m.period(m.bars[peak]),
		m.period(sel), thousands(sel.Count))
}

// chart draws the bars in h rows, the axis, the peaks' dates and the
// dates at both ends.
func (m Model) chart(h int) []string {
	s := m.Styles
	cell, first, n := m.window()
	shown := m.bars[first : first+n]
	top := 1
	for _, b := range shown {
		top = max(top, b.Count)
	}
	barW := max(1, cell-1)
	if cell == 1 {
		barW = 1
	}
	pad, eighthsOf := strings.Repeat(" ", chartMargin), []rune(levels)
	rows := make([]string, h)
	for r := range h {
		level := h - 1 - r // rows from the bottom
		var b strings.Builder
		b.WriteString(pad)
		for i, bar := range shown {
			eighths := bar.Count * h * 8 / top
			if bar.Count > 0 {
				eighths = max(eighths, 1)
			}
			c := eighthsOf[min(max(eighths-level*8, 0), 8)]
			cellText := strings.Repeat(string(c), barW) + strings.Repeat(" ", cell-barW)
			style := s.Bar
			if first+i == m.cursor {
				style = s.Selected
			}
			b.WriteString(style.Render(cellText))
		}
		rows[r] = b.String()
	}
	rows = append(rows, pad+s.Axis.Render(strings.Repeat("─", n*cell)))
	return append(rows, pad+s.Peak.Render(m.peakLabels(shown, cell)), pad+s.Label.Render(m.ends(shown, n*cell)))
}

// peakLabels writes the dates of the highest bars under them, highest
// first, each where it does not run into one written before.
func (m Model) peakLabels(shown []period.Bucket, cell int) string {
	order := make([]int, len(shown))
	for i := range order {
		order[i] = i
	}
	slices.SortStableFunc(order, func(a, b int) int { return shown[b].Count - shown[a].Count })
	line := []rune(strings.Repeat(" ", len(shown)*cell))
	placed := 0
	for _, i := range order {
		if shown[i].Count == 0 || placed == peaks {
			break
		}
		label := []rune("▲" + m.short(shown[i]))
		at := min(i*cell, len(line)-len(label))
		if at < 0 || !blank(line, at-1, at+len(label)+1) {
			continue
		}
		copy(line[at:], label)
		placed++
	}
	return string(line)
}

// blank reports whether line[from:to] (clipped) is spaces.
func blank(line []rune, from, to int) bool {
	for _, r := range line[max(from, 0):min(to, len(line))] {
		if r != ' ' {
			return false
		}
	}
	return true
}

// ends is the first and last period of the bars shown, at both ends.
func (m Model) ends(shown []period.Bucket, w int) string {
	left, right := m.short(shown[0]), m.short(shown[len(shown)-1])
	if len(shown) == 1 || len(left)+len(right)+1 > w {
		return left
	}
	return left + strings.Repeat(" ", w-len(left)-len(right)) + right
}

// period names a bar's period in full.
func (m Model) period(b period.Bucket) string {
	switch m.unit {
	case period.Week:
		return "week of " + b.Start.Format("2006-01-02")
	case period.Month:
		return b.Start.Format("January 2006")
	}
	return b.Start.Format("Mon 2006-01-02")
}

// short names a bar's period in a label.
func (m Model) short(b period.Bucket) string {
	if m.unit == period.Month {
		return b.Start.Format("2006-01")
	}
	return b.Start.Format("2006-01-02")
}

// thousands formats n with comma separators.
func thousands(n int) string {
	s := fmt.Sprint(n)
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

// Status is the position for the status bar: "bar 12/40".
func (m Model) Status() string {
	if len(m.bars) == 0 {
		return ""
	}
	return fmt.Sprintf("%s %d/%d", m.unit, m.cursor+1, len(m.bars))
}

package ui

import (
	"sort"
	"strings"

	"github.com/newsreader/newsreader/ui/common"
)

// block is one pane's lines at its place in the body.
type block struct {
	r     rect
	lines []string
	pane  pane
	rule  bool // the line between the list and the preview under it
}

// body draws the visible panes at their places, with thin separators
// between panes side by side. A separator beside the focused pane is
// drawn heavy and in the accent colour, so the focus shows on any
// terminal. Every pane draws exactly its own size, so their lines are
// joined as they are, without measuring them again.
func (m Model) body() string {
	l := m.layout
	var blocks []block
	add := func(p pane, view func() string) {
		if r := l.rect(p); r.w > 0 {
			blocks = append(blocks, block{r: r, lines: strings.Split(view(), "\n"), pane: p})
		}
	}
	add(paneList, m.list.View)
	add(paneReader, m.reader.View)
	add(panePeople, m.people.View)
	if l.stacked() {
		blocks = append(blocks, block{r: l.rule, lines: []string{m.rule()}, rule: true})
	}
	sort.SliceStable(blocks, func(i, j int) bool { return blocks[i].r.x < blocks[j].r.x })
	sep, focusSep := m.styles.Separator.Render("│"), m.styles.FocusSeparator.Render("┃")
	var b strings.Builder
	for row := range l.bodyH {
		if row > 0 {
			b.WriteByte('\n')
		}
		var prev *block
		for i := range blocks {
			bl := &blocks[i]
			if row < bl.r.y || row >= bl.r.y+bl.r.h {
				continue
			}
			if prev != nil {
				if m.focusedBlock(prev) || m.focusedBlock(bl) {
					b.WriteString(focusSep)
				} else {
					b.WriteString(sep)
				}
			}
			if at := row - bl.r.y; at < len(bl.lines) {
				b.WriteString(bl.lines[at])
			}
			prev = bl
		}
	}
	return b.String()
}

func (m Model) focusedBlock(b *block) bool { return !b.rule && b.pane == m.focus }

// rule is the line between the list and the preview under it. It names
// the pane that has the keys, with an arrow pointing at it, and is drawn
// heavy and in the accent colour when the article has them.
func (m Model) rule() string {
	w := m.layout.rule.w
	line := func(label, fill string) string {
		if common.Width(label) > w { // a very narrow screen cuts the label
			label = common.Fit(label, w)
		}
		return label + strings.Repeat(fill, max(0, w-common.Width(label)))
	}
	if m.focus == paneReader {
		return m.styles.FocusSeparator.Render(line("━━ ▼ article (esc: list) ", "━"))
	}
	return m.styles.Separator.Render(line("── ▲ list · ▼ preview (enter: read) ", "─"))
}

package reader

import (
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/common"
)

// findBudget is how many bytes of folded text one step of a search
// covers: a few milliseconds, so that a keystroke in the find prompt is
// answered at once and the matches of a huge article come in steps.
const findBudget = 1 << 20

// search is the state of finding the highlight's terms in the document:
// where the next step starts, and whether a step is on its way. seq
// names the search, so that the steps of one the user has typed past
// are dropped when they come back.
type search struct {
	seq     int
	chunk   int // the next chunk to search
	from    int // folded offset in it
	running bool
}

// foundMsg brings the matches of one step of search seq.
type foundMsg struct {
	seq         int
	matches     [][2]int
	chunk, from int
}

// caughtUp reports whether every chunk rendered so far is searched.
func (m Model) caughtUp() bool {
	return m.find.chunk >= len(m.doc.chunks)
}

// Searching reports whether the matches are still being counted: the
// article is long and the search (or the rendering) has not reached its end.
func (m Model) Searching() bool {
	return len(m.highlight.Terms) > 0 && m.doc.ready() && (!m.caughtUp() || !m.doc.complete)
}

// step searches from the search's position for up to budget bytes.
func step(chunks []*chunk, terms []string, words bool, k, from, budget int) (matches [][2]int, chunk, next int) {
	for ; k < len(chunks) && budget > 0; k, from = k+1, 0 {
		c := chunks[k]
		to := min(c.text.Len(), from+budget)
		found, next := c.text.FindAnyRange(terms, words, from, to)
		for _, r := range found {
			matches = append(matches, [2]int{r[0] + c.base, r[1] + c.base})
		}
		budget -= to - from
		if next < c.text.Len() {
			return matches, k, next
		}
	}
	return matches, k, 0
}

// startFind starts finding the highlight's terms from the top. A short
// article is searched at once; a long one a step at a time in commands,
// whose matches come in as foundMsg.
func (m *Model) startFind() tea.Cmd {
	m.find = search{seq: m.find.seq + 1}
	m.matches = nil
	if len(m.highlight.Terms) == 0 || !m.doc.ready() {
		return nil
	}
	total := 0
	for _, c := range m.doc.chunks {
		total += c.text.Len()
	}
	if m.doc.complete && total <= m.findSize() {
		m.matches, m.find.chunk, m.find.from = step(m.doc.chunks, m.highlight.Terms, m.highlight.Words, 0, 0, total+1)
		return nil
	}
	return m.findNext()
}

// findNext asks for the next step of the search, unless one is on its
// way or everything rendered is searched.
func (m *Model) findNext() tea.Cmd {
	if m.find.running || m.caughtUp() || len(m.highlight.Terms) == 0 {
		return nil
	}
	m.find.running = true
	chunks, hl, f, budget := m.doc.chunks, m.highlight, m.find, m.findSize()
	return common.Cmd(func() tea.Msg {
		matches, k, from := step(chunks, hl.Terms, hl.Words, f.chunk, f.from, budget)
		return foundMsg{seq: f.seq, matches: matches, chunk: k, from: from}
	})
}

// found takes in the matches of a step and asks for the next.
func (m *Model) found(msg foundMsg) tea.Cmd {
	if msg.seq != m.find.seq {
		return nil
	}
	m.find.running = false
	m.find.chunk, m.find.from = msg.chunk, msg.from
	m.matches = append(m.matches, msg.matches...)
	if m.current < 0 && len(msg.matches) > 0 {
		m.pick()
	}
	return m.findNext()
}

// findSize is the bytes one step of a search covers.
func (m Model) findSize() int {
	if m.pieces.find <= 0 {
		return findBudget
	}
	return m.pieces.find
}

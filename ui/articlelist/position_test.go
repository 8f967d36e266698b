package articlelist

import (
	"context"
	"slices"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// reversed runs cmd with a batch's commands in reverse order (pages
// before the count), then settles what follows.
func reversed(m Model, cmd tea.Cmd) Model {
	msg := cmd()
	b, ok := msg.(tea.BatchMsg)
	if !ok {
		return settle(m, func() tea.Msg { return msg })
	}
	for _, c := range slices.Backward(b) {
		m = settle(m, c)
	}
	return m
}

// TestBackToTheArticleWhateverOrder: leaving the whole list for a filter
// and coming back puts the cursor on the article it was on, on the first
// page or further down, whether the count or the pages come back first.
func TestBackToTheArticleWhateverOrder(t *testing.T) {
	for _, row := range []int{10, 70} {
		for _, order := range []string{"count first", "pages first"} {
			m := New(context.Background(), &counting{n: 200}, DefaultStyles(true))
			m = settle(m, m.Init())
			m = settle(m, m.SetSize(60, 20))
			m = settle(m, m.move(row))
			was, ok := m.Selected()
			if !ok || m.Cursor() != row {
				t.Fatalf("no row %d selected (cursor %d)", row, m.Cursor())
			}
			m = settle(m, m.SetFilter("article"))
			if m.Cursor() != 0 {
				t.Fatalf("the filtered list starts on row %d", m.Cursor())
			}
			back := m.SetFilter("")
			if order == "count first" {
				m = settle(m, back)
			} else {
				m = reversed(m, back)
			}
			if got, ok := m.Selected(); !ok || got.ID != was.ID || m.Cursor() != row {
				t.Errorf("row %d, %s: cursor on %d (ID %d), want ID %d", row, order, m.Cursor(), got.ID, was.ID)
			}
		}
	}
}

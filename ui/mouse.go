package ui

import (
	tea "charm.land/bubbletea/v2"
)

// handleClick focuses the pane clicked and hands it the click, counted
// from the pane's top left: the list selects the entry under the pointer
// (and opens the one already selected), the sidebar the person.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	if msg.Button != tea.MouseLeft || m.showHelp || m.prompt != promptNone || m.view != viewPanes {
		return nil
	}
	p, at, ok := m.paneUnder(msg.Mouse())
	if !ok || at.Y < 0 || at.Y >= m.layout.rect(p).h {
		return nil
	}
	m.setFocus(p)
	msg.X, msg.Y = at.X, at.Y
	return m.updatePane(p, msg)
}

// handleWheel scrolls the pane under the pointer, whichever has the keys.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	p, at, ok := m.paneUnder(msg.Mouse())
	if !ok || m.showHelp || m.view != viewPanes {
		return nil
	}
	msg.X, msg.Y = at.X, at.Y
	return m.updatePane(p, msg)
}

// paneUnder returns the pane in the pointer's column, and the pointer
// counted from the pane's top left.
func (m Model) paneUnder(mouse tea.Mouse) (pane, tea.Mouse, bool) {
	p, ok := m.layout.paneAt(mouse.X, mouse.Y-m.layout.bodyY)
	if !ok {
		return 0, mouse, false
	}
	r := m.layout.rect(p)
	mouse.X, mouse.Y = mouse.X-r.x, mouse.Y-m.layout.bodyY-r.y
	return p, mouse, true
}

package ui

import (
	tea "charm.land/bubbletea/v2"
)

// wheelLines is how far one notch of the wheel moves.
const wheelLines = 3

// handleClick focuses the pane clicked and selects the entry under the
// pointer; clicking the selected article again opens it.
func (m *Model) handleClick(msg tea.MouseClickMsg) tea.Cmd {
	mouse := msg.Mouse()
	if msg.Button != tea.MouseLeft || m.showHelp || m.prompt != promptNone {
		return nil
	}
	y := mouse.Y - m.layout.bodyY
	if y < 0 || y >= m.layout.bodyH {
		return nil
	}
	p, ok := m.layout.paneAt(mouse.X)
	if !ok {
		return nil
	}
	m.setFocus(p)
	switch p {
	case paneList:
		before := m.list.Cursor()
		cmd, hit := m.list.Click(y)
		if hit && m.list.Cursor() == before {
			return m.openSelected()
		}
		return cmd
	case panePeople:
		m.people.Click(y)
	}
	return nil
}

// handleWheel scrolls the pane under the pointer.
func (m *Model) handleWheel(msg tea.MouseWheelMsg) tea.Cmd {
	mouse := msg.Mouse()
	p, ok := m.layout.paneAt(mouse.X)
	if !ok || m.showHelp {
		return nil
	}
	step := 0
	switch msg.Button {
	case tea.MouseWheelDown:
		step = 1
	case tea.MouseWheelUp:
		step = -1
	}
	switch p {
	case paneList:
		return m.list.Move(step * wheelLines)
	case panePeople:
		m.people.Move(step)
	case paneReader:
		var cmd tea.Cmd
		m.reader, cmd = m.reader.Update(msg)
		return cmd
	}
	return nil
}

package articlelist

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/common"
)

// WheelLines is how far one notch of the mouse wheel moves the cursor.
const WheelLines = 3

// KeyMap is the list's keys. It implements help.KeyMap.
type KeyMap struct {
	Move   common.MoveKeyMap
	Open   key.Binding
	Sort   key.Binding
	Filter key.Binding
	// Compact switches between entries of three lines and of one.
	Compact key.Binding
	// Marks is the keys of read and flagged marks; they act on the
	// selected article, which is the one open when the article has the
	// keys (the parent sends them here from there too).
	Marks MarkKeyMap
	// FlaggedOnly shows the flagged articles alone, or all again.
	FlaggedOnly key.Binding
}

// MarkKeyMap is the keys of the read and flagged marks. It implements
// help.KeyMap.
type MarkKeyMap struct {
	ToggleRead, Flag, NextUnread key.Binding
}

// ShortHelp implements help.KeyMap.
func (k MarkKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.NextUnread} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k MarkKeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{nil, {k.ToggleRead, k.Flag, k.NextUnread}, nil}
}

// DefaultKeyMap returns the list's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Move:    common.DefaultMoveKeyMap(),
		Open:    common.Binding("enter", "open", "enter"),
		Sort:    common.Binding("s", "sort", "s"),
		Filter:  common.Binding("/", "filter list", "/"),
		Compact: common.Binding("v", "compact/full list", "v"),
		Marks: MarkKeyMap{
			ToggleRead: common.Binding("m", "mark read/unread", "m"),
			Flag:       common.Binding("F", "flag/unflag", "F"),
			NextUnread: common.Binding("u", "next unread", "u"),
		},
		FlaggedOnly: common.Binding("*", "flagged only/all", "*"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Open, k.Filter} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		k.Move.Bindings(),
		{k.Open, k.Sort, k.Compact, k.Marks.ToggleRead, k.Marks.Flag},
		{k.Filter, k.Marks.NextUnread, k.FlaggedOnly},
	}
}

// Messages the list sends its parent, for what the parent owns (see
// Intent).
type (
	// OpenMsg asks for the selected article to be opened: enter, or a
	// click on the entry already selected.
	OpenMsg struct{}
	// FilterMsg asks for the filter to be edited (/): the prompt is the
	// parent's, which calls SetFilter with what is typed.
	FilterMsg struct{}
)

// keys is the KeyMap with the bindings that would do nothing now
// disabled, so that neither they nor the help answer.
func (m Model) keys() KeyMap {
	k := m.KeyMap
	k.Open.SetEnabled(m.total > 0)
	k.Sort.SetEnabled(m.mode == ModeAll)
	_, ok := m.Selected()
	k.Marks.ToggleRead.SetEnabled(ok)
	k.Marks.Flag.SetEnabled(ok)
	k.Marks.NextUnread.SetEnabled(m.total > 0)
	return k
}

// Keys is the KeyMap as it stands: the bindings that would do nothing
// now are disabled, so that the help leaves them out.
func (m Model) Keys() KeyMap { return m.keys() }

// Intent returns what msg, a key or a click sent to the list, asks of
// the parent: an OpenMsg, a FilterMsg, or nil when the list answers it
// itself. Update returns the same message in its command; a parent that
// must act on it before the next key (the keys typed after / belong to
// the prompt, and a command's message would come after them) asks here
// first, and then need not send msg to Update.
func (m Model) Intent(msg tea.Msg) tea.Msg {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		k := m.keys()
		switch {
		case key.Matches(msg, k.Filter):
			return FilterMsg{}
		case key.Matches(msg, k.Open):
			if _, ok := m.Selected(); ok {
				return OpenMsg{}
			}
		}
	case tea.MouseClickMsg:
		if i, ok := m.clicked(msg); ok && i == m.cursor {
			return OpenMsg{}
		}
	}
	return nil
}

// handleKey answers a key press.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if intent := m.Intent(msg); intent != nil {
		return m, common.Send(intent)
	}
	k := m.keys()
	if mv := k.Move.Match(msg); mv != common.NoMove {
		return m, m.move(mv.Target(m.cursor, m.total, m.visible()) - m.cursor)
	}
	switch {
	case key.Matches(msg, k.Sort):
		return m, m.cycleSort()
	case key.Matches(msg, k.Compact):
		m.compact = !m.compact
		m.clamp()
		return m, m.fetchVisible()
	case key.Matches(msg, k.FlaggedOnly):
		return m, m.ShowFlagged(!m.query.Flagged)
	}
	return m, m.markKey(msg, false)
}

// clicked returns the entry drawn at the click's row, counted from the
// top of the pane.
func (m Model) clicked(msg tea.MouseClickMsg) (int, bool) {
	i, y := m.top, 0
	for i < m.total && y+m.entryHeight(i) <= msg.Y {
		y += m.entryHeight(i)
		i++
	}
	return i, msg.Button == tea.MouseLeft && msg.Y >= 0 && i < m.total
}

// handleClick selects the entry clicked; a click on the selected entry
// opens it.
func (m Model) handleClick(msg tea.MouseClickMsg) (Model, tea.Cmd) {
	if intent := m.Intent(msg); intent != nil {
		return m, common.Send(intent)
	}
	if i, ok := m.clicked(msg); ok {
		return m, m.move(i - m.cursor)
	}
	return m, nil
}

// handleWheel moves the cursor a few entries a notch.
func (m Model) handleWheel(msg tea.MouseWheelMsg) (Model, tea.Cmd) {
	switch msg.Button {
	case tea.MouseWheelDown:
		return m, m.move(WheelLines)
	case tea.MouseWheelUp:
		return m, m.move(-WheelLines)
	}
	return m, nil
}

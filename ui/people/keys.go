package people

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/common"
)

// KeyMap is the sidebar's keys. It implements help.KeyMap.
type KeyMap struct {
	// Move has no page moves: the sidebar shows a few people at a time.
	Move     common.MoveKeyMap
	Mentions key.Binding
	Articles key.Binding
}

// DefaultKeyMap returns the sidebar's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Move:     common.DefaultMoveKeyMap().LinesOnly(),
		Mentions: common.Binding("enter", "show mentions", "enter"),
		Articles: common.Binding("a", "person's articles", "a"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Mentions, k.Articles} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Move.Bindings(), nil, {k.Mentions, k.Articles}}
}

// Messages the sidebar sends its parent, which owns the article and the
// list they act on (see Intent).
type (
	// MentionsMsg asks for the person's mentions to be highlighted in
	// the article (enter).
	MentionsMsg struct{ Person content.Person }
	// ArticlesMsg asks for the list of the articles that mention the
	// person (a).
	ArticlesMsg struct{ Person content.Person }
)

// keys is the KeyMap with the bindings that would do nothing now
// disabled, so that neither they nor the help answer.
func (m Model) keys() KeyMap {
	k := m.KeyMap
	_, ok := m.Selected()
	k.Mentions.SetEnabled(ok)
	k.Articles.SetEnabled(ok)
	return k
}

// Keys is the KeyMap as it stands: the bindings that would do nothing
// now are disabled, so that the help leaves them out.
func (m Model) Keys() KeyMap { return m.keys() }

// Update answers the keys (the parent sends them when the sidebar has the
// focus) and the mouse over the sidebar, its rows counted from the pane's
// top. What the parent must do comes back as a MentionsMsg or an
// ArticlesMsg.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseClickMsg:
		// A click on the title row or below the last person misses.
		if i := m.top + (msg.Y-1)/rowHeight; msg.Button == tea.MouseLeft && msg.Y >= 1 && i < len(m.people) {
			m.cursor = i
			m.clamp()
		}
	case tea.MouseWheelMsg:
		switch msg.Button {
		case tea.MouseWheelDown:
			m.move(1)
		case tea.MouseWheelUp:
			m.move(-1)
		}
	}
	return m, nil
}

// Intent returns what msg, a key sent to the sidebar, asks of the
// parent: a MentionsMsg, an ArticlesMsg, or nil when the sidebar answers
// it itself. Update returns the same message in its command; a parent
// that must act on it before the next key (a takes the keys to the list,
// and a command's message would come after the keys typed next) asks here
// first, and then need not send msg to Update.
func (m Model) Intent(msg tea.Msg) tea.Msg {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok {
		return nil
	}
	keys := m.keys()
	p, _ := m.Selected()
	switch {
	case key.Matches(k, keys.Mentions):
		return MentionsMsg{Person: p}
	case key.Matches(k, keys.Articles):
		return ArticlesMsg{Person: p}
	}
	return nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if intent := m.Intent(msg); intent != nil {
		return m, common.Send(intent)
	}
	if mv := m.keys().Move.Match(msg); mv != common.NoMove {
		m.move(mv.Target(m.cursor, len(m.people), m.visible()) - m.cursor)
	}
	return m, nil
}

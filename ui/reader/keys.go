package reader

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/common"
)

// KeyMap is the article pane's keys. It implements help.KeyMap.
type KeyMap struct {
	Move    common.MoveKeyMap
	Find    key.Binding
	Matches MatchKeyMap
}

// MatchKeyMap is the keys that step through the matches highlighted in
// the article. They work from every pane (the parent sends them here
// whichever pane has the keys), since the matches show beside the list
// and the sidebar too. It implements help.KeyMap.
type MatchKeyMap struct {
	Next, Prev key.Binding
}

// DefaultKeyMap returns the article pane's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Move: common.DefaultMoveKeyMap(),
		Find: common.Binding("/", "find in article", "/"),
		Matches: MatchKeyMap{
			Next: common.Binding("n", "next match", "n"),
			Prev: common.Binding("N", "previous match", "N"),
		},
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Find, k.Matches.Next} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Move.Bindings(), nil, {k.Find, k.Matches.Next, k.Matches.Prev}}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k MatchKeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Next} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k MatchKeyMap) FullHelp() [][]key.Binding { return [][]key.Binding{nil, nil, {k.Next, k.Prev}} }

// FindMsg asks the parent for the find prompt (/); it calls SetHighlight
// with what is typed. See Intent.
type FindMsg struct{}

// Intent returns what msg, a key sent to the pane, asks of the parent: a
// FindMsg, or nil when the pane answers it itself. Update returns the same
// message in its command; a parent that must act on it before the next
// key (the keys typed after / belong to the prompt, and a command's
// message would come after them) asks here first, and then need not send
// msg to Update.
func (m Model) Intent(msg tea.Msg) tea.Msg {
	if k, ok := msg.(tea.KeyPressMsg); ok && key.Matches(k, m.keys().Find) {
		return FindMsg{}
	}
	return nil
}

// keys is the KeyMap with the bindings that would do nothing now
// disabled, so that neither they nor the help answer.
func (m Model) keys() KeyMap {
	k := m.KeyMap
	k.Find.SetEnabled(m.article != nil)
	k.Matches.Next.SetEnabled(len(m.matches) > 0)
	k.Matches.Prev.SetEnabled(len(m.matches) > 0)
	return k
}

// Keys is the KeyMap as it stands: the bindings that would do nothing
// now are disabled, so that the help leaves them out.
func (m Model) Keys() KeyMap { return m.keys() }

// MatchKeys is Keys' match keys alone, as they work from the other panes.
func (m Model) MatchKeys() MatchKeyMap { return m.keys().Matches }

// handleKey answers a key press.
func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if intent := m.Intent(msg); intent != nil {
		return m, common.Send(intent)
	}
	k := m.keys()
	if mv := k.Move.Match(msg); mv != common.NoMove {
		mv.Scroll(&m.vp)
		return m, nil
	}
	switch {
	case key.Matches(msg, k.Matches.Next):
		m.step(1)
	case key.Matches(msg, k.Matches.Prev):
		m.step(-1)
	}
	return m, nil
}

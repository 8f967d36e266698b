package directory

import (
	"charm.land/bubbles/v2/key"
	"github.com/newsreader/newsreader/ui/common"
)

// KeyMap is the view's keys. It implements help.KeyMap.
type KeyMap struct {
	Move     common.MoveKeyMap
	Articles key.Binding
	Filter   key.Binding
}

// DefaultKeyMap returns the view's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Move:     common.DefaultMoveKeyMap(),
		Articles: common.Binding("enter", "person's articles", "enter"),
		Filter:   common.Binding("/", "filter people", "/"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Articles, k.Filter} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{k.Move.Bindings(), {k.Articles}, {k.Filter}}
}

// keys is the KeyMap with the bindings that would do nothing now disabled.
func (m Model) keys() KeyMap {
	k := m.KeyMap
	k.Articles.SetEnabled(len(m.people) > 0)
	return k
}

// Keys is the KeyMap as it stands, for the help.
func (m Model) Keys() KeyMap { return m.keys() }

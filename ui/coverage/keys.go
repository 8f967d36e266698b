package coverage

import (
	"charm.land/bubbles/v2/key"
	"github.com/newsreader/newsreader/ui/common"
)

// KeyMap is the chart's keys. It implements help.KeyMap.
type KeyMap struct {
	Prev, Next   key.Binding
	First, Last  key.Binding
	Unit, Filter key.Binding
}

// DefaultKeyMap returns the chart's keys.
func DefaultKeyMap() KeyMap {
	return KeyMap{
		Prev:   common.Binding("←/h", "earlier", "left", "h"),
		Next:   common.Binding("→/l", "later", "right", "l"),
		First:  common.Binding("g/home", "first", "g", "home"),
		Last:   common.Binding("G/end", "last", "G", "end"),
		Unit:   common.Binding("t", "day/week/month", "t"),
		Filter: common.Binding("enter", "list that period", "enter"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding { return []key.Binding{k.Filter, k.Unit} }

// FullHelp implements help.KeyMap, in the columns of common.HelpMove.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{{k.Prev, k.Next, k.First, k.Last}, {k.Unit}, {k.Filter}}
}

func (m Model) keys() KeyMap {
	k := m.KeyMap
	has := len(m.bars) > 0
	for _, b := range []*key.Binding{&k.Prev, &k.Next, &k.First, &k.Last, &k.Unit, &k.Filter} {
		b.SetEnabled(has)
	}
	return k
}

// Keys is the KeyMap as it stands, for the help.
func (m Model) Keys() KeyMap { return m.keys() }

package common

import (
	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
)

// MoveKeyMap is the keys that move through a pane. Every pane takes its
// moves from DefaultMoveKeyMap, so that j, G or space do the same in each.
type MoveKeyMap struct {
	Up, Down, Top, Bottom    key.Binding
	HalfPageDown, HalfPageUp key.Binding
	PageDown, PageUp         key.Binding
}

// DefaultMoveKeyMap returns the moves: arrows and vim keys.
func DefaultMoveKeyMap() MoveKeyMap {
	return MoveKeyMap{
		Up:           Binding("↑/k", "up", "up", "k"),
		Down:         Binding("↓/j", "down", "down", "j"),
		Top:          Binding("g/home", "top", "g", "home"),
		Bottom:       Binding("G/end", "bottom", "G", "end"),
		HalfPageDown: Binding("ctrl+d", "half page down", "ctrl+d"),
		HalfPageUp:   Binding("ctrl+u", "half page up", "ctrl+u"),
		PageDown:     Binding("space/f", "page down", "space", "pgdown", "f"),
		PageUp:       Binding("b", "page up", "b", "pgup"),
	}
}

// Send returns a command that answers msg: how a pane hands its parent a
// request.
func Send(msg tea.Msg) tea.Cmd { return func() tea.Msg { return msg } }

// Binding is a key binding shown in the help as help and desc.
func Binding(help, desc string, keys ...string) key.Binding {
	return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
}

// LinesOnly returns k without the page moves, for a pane that has no use
// for them: they neither match nor show in the help.
func (k MoveKeyMap) LinesOnly() MoveKeyMap {
	k.HalfPageDown, k.HalfPageUp, k.PageDown, k.PageUp = key.Binding{}, key.Binding{}, key.Binding{}, key.Binding{}
	return k
}

// Bindings returns the moves in the order the help lists them.
func (k MoveKeyMap) Bindings() []key.Binding {
	return []key.Binding{k.Up, k.Down, k.Top, k.Bottom, k.HalfPageDown, k.HalfPageUp, k.PageDown, k.PageUp}
}

// The columns of a pane's FullHelp. Every pane gives these three, so that
// the root can set its own keys among them (the help screen reads the
// same whichever pane has the keys).
const (
	HelpMove = iota // moving in the pane
	HelpAct         // what the pane does
	HelpFind        // finding in it or from it
	HelpColumns
)

// Move is the move a key asks for.
type Move int

// The moves.
const (
	NoMove Move = iota
	MoveUp
	MoveDown
	MoveTop
	MoveBottom
	MoveHalfPageDown
	MoveHalfPageUp
	MovePageDown
	MovePageUp
)

// Match returns the move msg asks for, or NoMove. Bindings lists the
// moves in the order of the Move constants.
func (k MoveKeyMap) Match(msg tea.KeyPressMsg) Move {
	for i, b := range k.Bindings() {
		if key.Matches(msg, b) {
			return Move(i + 1)
		}
	}
	return NoMove
}

// Target is where the move takes a cursor at pos in a list of n entries
// of which page show at once; the caller keeps it in range.
func (mv Move) Target(pos, n, page int) int {
	half := max(1, page/2)
	switch mv {
	case MoveUp:
		return pos - 1
	case MoveDown:
		return pos + 1
	case MoveTop:
		return 0
	case MoveBottom:
		return n - 1
	case MoveHalfPageDown:
		return pos + half
	case MoveHalfPageUp:
		return pos - half
	case MovePageDown:
		return pos + page
	case MovePageUp:
		return pos - page
	}
	return pos
}

// Scroll makes the move in a viewport, a line at a time for up and down.
func (mv Move) Scroll(vp *viewport.Model) {
	switch mv {
	case MoveUp:
		vp.ScrollUp(1)
	case MoveDown:
		vp.ScrollDown(1)
	case MoveTop:
		vp.GotoTop()
	case MoveBottom:
		vp.GotoBottom()
	case MoveHalfPageDown:
		vp.HalfPageDown()
	case MoveHalfPageUp:
		vp.HalfPageUp()
	case MovePageDown:
		vp.PageDown()
	case MovePageUp:
		vp.PageUp()
	}
}

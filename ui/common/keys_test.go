package common

import (
	"testing"

	tea "charm.land/bubbletea/v2"
)

func TestMoves(t *testing.T) {
	k := DefaultMoveKeyMap()
	for _, tc := range []struct {
		key  tea.KeyPressMsg
		want Move
	}{
		{tea.KeyPressMsg{Code: 'k', Text: "k"}, MoveUp},
		{tea.KeyPressMsg{Code: tea.KeyDown}, MoveDown},
		{tea.KeyPressMsg{Code: tea.KeyHome}, MoveTop},
		{tea.KeyPressMsg{Code: 'G', Text: "G"}, MoveBottom},
		{tea.KeyPressMsg{Code: 'd', Mod: tea.ModCtrl}, MoveHalfPageDown},
		{tea.KeyPressMsg{Code: 'u', Mod: tea.ModCtrl}, MoveHalfPageUp},
		{tea.KeyPressMsg{Code: tea.KeySpace, Text: " "}, MovePageDown},
		{tea.KeyPressMsg{Code: tea.KeyPgUp}, MovePageUp},
		{tea.KeyPressMsg{Code: 'x', Text: "x"}, NoMove},
	} {
		if got := k.Match(tc.key); got != tc.want {
			t.Errorf("%s: move %d, want %d", tc.key, got, tc.want)
		}
		if tc.want >= MoveHalfPageDown && k.LinesOnly().Match(tc.key) != NoMove {
			t.Errorf("%s moves in a map of lines only", tc.key)
		}
	}
	// From row 10 of 100, 8 on screen.
	for mv, want := range map[Move]int{MoveUp: 9, MoveDown: 11, MoveTop: 0, MoveBottom: 99,
		MoveHalfPageDown: 14, MoveHalfPageUp: 6, MovePageDown: 18, MovePageUp: 2, NoMove: 10} {
		if got := mv.Target(10, 100, 8); got != want {
			t.Errorf("move %d from 10: %d, want %d", mv, got, want)
		}
	}
}

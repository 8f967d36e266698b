// Package teadrive runs a Bubble Tea component's commands the way the
// runtime would, but synchronously and in order, so that the components'
// tests are deterministic. It is for tests; no program imports it.
package teadrive

import tea "charm.land/bubbletea/v2"

// Updater is a component whose Update returns its own concrete type, as
// every pane of the reader does.
type Updater[M any] interface {
	Update(tea.Msg) (M, tea.Cmd)
}

// Settle runs cmd and every command its messages lead to (batches
// unpacked), feeding each message to m in turn, until none is left, and
// returns m. each, when not nil, sees m after every message.
func Settle[M Updater[M]](m M, cmd tea.Cmd, each func(M, tea.Msg)) M {
	queue := []tea.Cmd{cmd}
	for len(queue) > 0 {
		c := queue[0]
		queue = queue[1:]
		if c == nil {
			continue
		}
		switch msg := c().(type) {
		case tea.BatchMsg:
			queue = append(queue, msg...)
		case nil:
		default:
			var next tea.Cmd
			m, next = m.Update(msg)
			queue = append(queue, next)
			if each != nil {
				each(m, msg)
			}
		}
	}
	return m
}

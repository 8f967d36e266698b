package ui

import (
	"fmt"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/history"
)

// WithHistory keeps the archive searches typed after ctrl+f in the file
// at path (see package history; "" keeps them for the session only), so
// that up and down in the prompt recall them across sessions.
func WithHistory(path string) Option { return func(o *options) { o.historyPath = path } }

// historyMsg brings the searches kept from an earlier session.
type historyMsg struct {
	entries []string
	err     error
}

// loadHistory reads the history file in a command.
func (m Model) loadHistory() tea.Cmd {
	path := m.opts.historyPath
	if path == "" {
		return nil
	}
	return common.Cmd(func() tea.Msg {
		entries, err := history.Load(path)
		return historyMsg{entries, err}
	})
}

// historyCame puts the searches read before those of this session,
// which may have begun before the file was read (a recall under way
// starts again from the newest).
func (m *Model) historyCame(msg historyMsg) {
	if msg.err != nil {
		m.status, m.statusErr = "search history not read: "+msg.err.Error(), true
		return
	}
	m.history = history.New(append(msg.entries, m.history.Entries()...))
}

// saveHistory writes the searches in a command; a failure comes back to
// the status bar.
func (m Model) saveHistory() tea.Cmd {
	path, entries := m.opts.historyPath, m.history.Entries()
	if path == "" {
		return nil
	}
	return common.Cmd(func() tea.Msg {
		if err := history.Save(path, entries); err != nil {
			return common.ErrMsg{Err: fmt.Errorf("search history not saved: %w", err)}
		}
		return nil
	})
}

// recall answers up and down in the search prompt with the searches
// before and after the one shown; false for any other key.
func (m *Model) recall(msg tea.KeyPressMsg) bool {
	var s string
	var ok bool
	switch {
	case key.Matches(msg, m.keyMap.HistoryPrev):
		s, ok = m.history.Prev(m.input.Value())
	case key.Matches(msg, m.keyMap.HistoryNext):
		s, ok = m.history.Next()
	default:
		return false
	}
	if ok {
		m.input.SetValue(s)
		m.input.CursorEnd()
	}
	return true
}

// promptHints are the keys of the search prompt, when it has a history
// to recall.
func (m Model) promptHints() []key.Binding {
	if m.prompt != promptQuery || len(m.history.Entries()) == 0 {
		return nil
	}
	return []key.Binding{m.keyMap.HistoryPrev, m.keyMap.HistoryNext}
}

package ui

import tea "charm.land/bubbletea/v2"

// The first screen (the list's count and first rows, and the article
// under the cursor beside them) is what a person waits for after typing
// newsreader. Every request made before it is complete competes with it
// for the machine and, on the archive, for connections, each of which
// reads the scattered pages it touches afresh: so only what it shows is
// asked for before it.

// afterFirstScreen asks, once the first screen is complete, for what it
// did not need: the list's page after the screen, the archive's version
// the refresh compares with (WithRefresh) and the search history.
func (m *Model) afterFirstScreen() tea.Cmd {
	if m.started || !m.firstScreenDone() {
		return nil
	}
	m.started = true
	var version tea.Cmd
	if m.opts.refresh > 0 {
		version = m.askVersion()
	}
	return tea.Batch(m.list.HoldReadAhead(false), version, m.loadHistory())
}

// firstScreenDone reports whether the first screen is complete: the list
// counted, and its first rows and the article beside them shown (or
// failed: nothing more is coming). A list with nothing to show, or no
// article pane beside it, needs no article.
func (m Model) firstScreenDone() bool {
	if m.width <= 0 { // no screen yet: the list may load, but not be shown
		return false
	}
	if m.list.Failed() {
		return true
	}
	n, counted := m.list.Total()
	switch {
	case !counted:
		return false
	case n == 0:
		return true
	}
	row, ok := m.list.Selected()
	if !ok {
		return false
	}
	if !m.previewing() {
		return true
	}
	return m.reader.ID() == row.ID && !m.reader.Loading()
}

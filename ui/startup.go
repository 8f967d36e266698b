package ui

import (
	"runtime/debug"
	"sync"

	tea "charm.land/bubbletea/v2"
)

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
	if m.opts.firstScreen != nil {
		m.opts.firstScreen()
	}
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

// withFirstScreen has f called once the first screen is complete.
func withFirstScreen(f func()) Option { return func(o *options) { o.firstScreen = f } }

// holdGC turns the garbage collector off until the returned function is
// called (Run calls it at the first screen): the start-up's heap is a
// few MB, and the two collections it would otherwise pay before the
// first screen cost ~25 ms of CPU on a 1M archive (whole process 170
// against 145 ms with GOGC=off, medians of 6 on a loaded machine). The
// memory limit (reader.MemoryLimit) still bounds the heap meanwhile. A
// GOGC the user set (getenv) is left alone. Calling the function again
// does nothing.
func holdGC(getenv func(string) string) (release func()) {
	if getenv("GOGC") != "" {
		return func() {}
	}
	old := debug.SetGCPercent(-1)
	var once sync.Once
	return func() { once.Do(func() { debug.SetGCPercent(old) }) }
}

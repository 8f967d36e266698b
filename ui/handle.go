package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/reader"
)

// handleKey answers a key press outside the prompt: first the keys that
// work everywhere, then those of the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys
	if m.showHelp {
		if key.Matches(msg, k.Quit) && msg.String() == "ctrl+c" {
			return tea.Quit
		}
		m.showHelp = false // any key closes the help
		return nil
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil
	case key.Matches(msg, k.NextPane):
		m.cycleFocus(1)
		return nil
	case key.Matches(msg, k.PrevPane):
		m.cycleFocus(-1)
		return nil
	case key.Matches(msg, k.ToggleSidebar):
		return m.toggleSidebar()
	case key.Matches(msg, k.ArchiveSearch):
		return m.openPrompt(promptQuery)
	case key.Matches(msg, k.NextMatch):
		m.reader.NextMatch()
		return nil
	case key.Matches(msg, k.PrevMatch):
		m.reader.PrevMatch()
		return nil
	case key.Matches(msg, k.OpenURL):
		return m.openURL()
	case key.Matches(msg, k.Copy):
		return m.copyArticle()
	case key.Matches(msg, k.Back):
		return m.back()
	}
	switch m.focus {
	case paneReader:
		return m.readerKey(msg)
	case panePeople:
		return m.peopleKey(msg)
	}
	return m.listKey(msg)
}

func (m *Model) listKey(msg tea.KeyPressMsg) tea.Cmd {
	k, l := m.keys, &m.list
	switch {
	case key.Matches(msg, k.Up):
		return l.Move(-1)
	case key.Matches(msg, k.Down):
		return l.Move(1)
	case key.Matches(msg, k.Top):
		return l.Top()
	case key.Matches(msg, k.Bottom):
		return l.Bottom()
	case key.Matches(msg, k.HalfPageDown):
		return l.HalfPageDown()
	case key.Matches(msg, k.HalfPageUp):
		return l.HalfPageUp()
	case key.Matches(msg, k.PageDown):
		return l.PageDown()
	case key.Matches(msg, k.PageUp):
		return l.PageUp()
	case key.Matches(msg, k.Sort):
		return l.CycleSort()
	case key.Matches(msg, k.Filter):
		return m.openPrompt(promptFilter)
	case key.Matches(msg, k.Open):
		return m.openSelected()
	}
	return nil
}

func (m *Model) readerKey(msg tea.KeyPressMsg) tea.Cmd {
	k, r := m.keys, &m.reader
	switch {
	case key.Matches(msg, k.Up):
		r.LineUp(1)
	case key.Matches(msg, k.Down):
		r.LineDown(1)
	case key.Matches(msg, k.Top):
		r.Top()
	case key.Matches(msg, k.Bottom):
		r.Bottom()
	case key.Matches(msg, k.HalfPageDown):
		r.HalfPageDown()
	case key.Matches(msg, k.HalfPageUp):
		r.HalfPageUp()
	case key.Matches(msg, k.PageDown):
		r.PageDown()
	case key.Matches(msg, k.PageUp):
		r.PageUp()
	case key.Matches(msg, k.Find):
		return m.openPrompt(promptFind)
	}
	return nil
}

func (m *Model) peopleKey(msg tea.KeyPressMsg) tea.Cmd {
	k, p := m.keys, &m.people
	switch {
	case key.Matches(msg, k.Up):
		p.Move(-1)
	case key.Matches(msg, k.Down):
		p.Move(1)
	case key.Matches(msg, k.Top):
		p.Top()
	case key.Matches(msg, k.Bottom):
		p.Bottom()
	case key.Matches(msg, k.Mentions):
		m.showMentions()
	case key.Matches(msg, k.PersonArticles):
		if person, ok := p.Selected(); ok {
			m.setFocus(paneList)
			m.reading = false
			cmd := m.list.ShowPerson(person.Name)
			return tea.Batch(cmd, m.relayout())
		}
	}
	return nil
}

// openSelected opens the list's selected article in the reader and moves
// the keys there. An article already previewed is not loaded again, so
// that it keeps its scroll position.
func (m *Model) openSelected() tea.Cmd {
	if _, ok := m.list.Selected(); !ok {
		return nil
	}
	var load tea.Cmd
	if !m.showsSelected() {
		load = m.showSelected()
	}
	m.reading = true
	m.setFocus(paneReader)
	return tea.Batch(load, m.relayout())
}

// showMentions highlights the selected person's names in the article.
func (m *Model) showMentions() {
	p, ok := m.people.Selected()
	if !ok {
		return
	}
	terms := append([]string{p.Name}, p.Aliases...)
	m.reader.SetHighlight(reader.Highlight{Kind: reader.HighlightPerson, Label: p.Name, Terms: terms, Words: true})
	m.people.SetActive(p.Name)
	if _, total := m.reader.Matches(); total == 0 {
		m.status = "No mention of " + p.Name + " found in the rendered article."
	}
}

func (m *Model) toggleSidebar() tea.Cmd {
	if m.width >= WideWidth {
		m.sidebarWide = !m.sidebarWide
	} else {
		m.sidebarNarrow = !m.sidebarNarrow
	}
	cmd := m.relayout()
	if m.layout.visible(panePeople) && (m.sidebarNarrow || m.width >= WideWidth) && m.reader.Article() != nil {
		m.setFocus(panePeople)
	}
	return cmd
}

// canGoBack reports whether esc has something to undo.
func (m Model) canGoBack() bool {
	return m.reader.Highlight().Kind != reader.HighlightNone ||
		m.list.Mode() != articlelist.ModeAll || m.list.Query().Filter != "" ||
		m.focus != paneList || m.reading
}

// back undoes the latest thing: a highlight, then results or a filter,
// then leaves the article for the list.
func (m *Model) back() tea.Cmd {
	switch {
	case m.reader.Highlight().Kind != reader.HighlightNone:
		m.reader.ClearHighlight()
		m.people.SetActive("")
	case m.focus != paneList:
		m.reading = false
		m.setFocus(paneList)
		return m.relayout()
	case m.list.Mode() != articlelist.ModeAll:
		return m.list.ShowAll()
	case m.list.Query().Filter != "":
		m.input.SetValue("")
		return m.list.SetFilter("")
	case m.reading:
		m.reading = false
		return m.relayout()
	}
	return nil
}

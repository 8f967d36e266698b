package ui

import (
	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/coverage"
	"github.com/newsreader/newsreader/ui/directory"
	"github.com/newsreader/newsreader/ui/people"
	"github.com/newsreader/newsreader/ui/reader"
)

// handleKey answers a key press outside the prompt: the keys that work
// everywhere here, the others in the focused pane.
func (m *Model) handleKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
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
	case key.Matches(msg, k.Reload):
		return m.reload()
	case key.Matches(msg, k.People):
		return m.openPeople()
	case key.Matches(msg, k.Coverage):
		return m.openCoverage()
	case key.Matches(msg, k.ArchiveSearch):
		return m.openPrompt(promptQuery)
	case key.Matches(msg, k.OpenURL):
		return m.openURL()
	case key.Matches(msg, k.Copy):
		return m.copyArticle()
	case key.Matches(msg, k.CopyQuotes):
		return m.copyQuotes()
	case key.Matches(msg, k.Back):
		return m.back()
	}
	if m.focus == paneReader {
		if cmd, ok := m.list.MarkKey(msg); ok {
			return cmd // the marks of the article open, which is the list's selected one
		}
	}
	p := m.focus
	if matches := m.reader.KeyMap.Matches; key.Matches(msg, matches.Next, matches.Prev) {
		p = paneReader // the article's matches are stepped through from any pane
	}
	return m.updatePane(p, msg)
}

// updatePane hands msg (a key, the mouse) to pane p. What the pane asks
// of the root (open the article, the find prompt) is done at once, not
// when the pane's command comes back: the keys typed next already go
// where it sends them.
func (m *Model) updatePane(p pane, msg tea.Msg) tea.Cmd {
	var intent tea.Msg
	var cmd tea.Cmd
	switch p {
	case paneReader:
		if intent = m.reader.Intent(msg); intent == nil {
			m.reader, cmd = m.reader.Update(msg)
		}
	case panePeople:
		if intent = m.people.Intent(msg); intent == nil {
			m.people, cmd = m.people.Update(msg)
		}
	default:
		if intent = m.list.Intent(msg); intent == nil {
			m.list, cmd = m.list.Update(msg)
		}
	}
	if intent != nil {
		return m.act(intent)
	}
	return cmd
}

// act does what a pane asked for (see the panes' Intent).
func (m *Model) act(msg tea.Msg) tea.Cmd {
	switch msg := msg.(type) {
	case articlelist.OpenMsg:
		return m.openSelected()
	case articlelist.FilterMsg:
		return m.openPrompt(promptFilter)
	case reader.FindMsg:
		return m.openPrompt(promptFind)
	case people.MentionsMsg:
		return m.showMentions(msg.Person)
	case people.ArticlesMsg:
		return m.showPersonArticles(msg.Person)
	case directory.ArticlesMsg:
		return m.showNamed(msg)
	case coverage.PeriodMsg:
		return m.showPeriod(msg)
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

// showMentions highlights a person's names in the article.
func (m *Model) showMentions(p content.Person) tea.Cmd {
	terms := append([]string{p.Name}, p.Aliases...)
	cmd := m.reader.SetHighlight(reader.Highlight{Kind: reader.HighlightPerson, Label: p.Name, Terms: terms, Words: true})
	m.people.SetActive(p.Name)
	if _, total := m.reader.Matches(); total == 0 && !m.reader.Searching() {
		m.status = "No mention of " + p.Name + " found in the rendered article."
	}
	return cmd
}

// showPersonArticles lists the articles that mention a person and moves
// the keys to the list.
func (m *Model) showPersonArticles(p content.Person) tea.Cmd {
	m.setFocus(paneList)
	m.reading = false
	cmd := m.list.ShowPerson(p.Name)
	return tea.Batch(cmd, m.relayout())
}

func (m *Model) toggleSidebar() tea.Cmd {
	if m.width >= WideWidth {
		m.sidebarWide = !m.sidebarWide
	} else {
		m.sidebarNarrow = !m.sidebarNarrow
	}
	cmd := m.relayout()
	if m.layout.visible(panePeople) {
		m.setFocus(panePeople)
	}
	return cmd
}

// canGoBack reports whether esc has something to undo.
func (m Model) canGoBack() bool {
	return m.reader.Highlight().Kind != reader.HighlightNone ||
		m.list.Mode() != articlelist.ModeAll || m.list.Query().Filter != "" || m.list.Query().Flagged ||
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
	case m.list.Query().Flagged:
		return m.list.ShowFlagged(false)
	case m.reading:
		m.reading = false
		return m.relayout()
	}
	return nil
}

package ui

import (
	"strings"
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/coverage"
	"github.com/newsreader/newsreader/ui/directory"
)

// viewKind says what the body shows: the panes, or one of the views that
// take the whole body (the archive's people, the coverage chart).
type viewKind int

const (
	viewPanes viewKind = iota
	viewPeople
	viewCoverage
)

// openPeople shows everyone in the archive.
func (m *Model) openPeople() tea.Cmd {
	m.view = viewPeople
	return m.directory.Load()
}

// openCoverage charts what the list shows: the search's matches, the
// person's articles, or the whole archive.
func (m *Model) openCoverage() tea.Cmd {
	m.view = viewCoverage
	q, label := "", "every article"
	switch m.list.Mode() {
	case articlelist.ModeResults:
		q, label = m.list.Search(), "“"+m.list.Search()+"”"
	case articlelist.ModePerson:
		name := strings.ReplaceAll(m.list.Search(), `"`, "")
		q, label = `person:"`+name+`"`, name
	}
	return m.coverage.Show(q, label)
}

// handleViewKey answers a key while a view has the body. The people
// view's filter takes every key while it is typed in.
func (m *Model) handleViewKey(msg tea.KeyPressMsg) tea.Cmd {
	k := m.keys()
	if m.view == viewPeople && m.directory.Typing() {
		var cmd tea.Cmd
		m.directory, cmd = m.directory.Update(msg)
		return cmd
	}
	switch {
	case key.Matches(msg, k.Quit):
		return tea.Quit
	case key.Matches(msg, k.Help):
		m.showHelp = true
		return nil
	case key.Matches(msg, k.Back), key.Matches(msg, k.People) && m.view == viewPeople,
		key.Matches(msg, k.Coverage) && m.view == viewCoverage:
		m.view = viewPanes
		return nil
	case key.Matches(msg, k.People):
		return m.openPeople()
	case key.Matches(msg, k.ArchiveSearch):
		m.view = viewPanes
		return m.openPrompt(promptQuery)
	}
	var cmd tea.Cmd
	switch m.view {
	case viewPeople:
		if intent := m.directory.Intent(msg); intent != nil {
			return m.act(intent)
		}
		m.directory, cmd = m.directory.Update(msg)
	case viewCoverage:
		if intent := m.coverage.Intent(msg); intent != nil {
			return m.act(intent)
		}
		m.coverage, cmd = m.coverage.Update(msg)
	}
	return cmd
}

// showPeriod lists the articles of a query published in a period (enter
// on a bar of the chart), as a search.
func (m *Model) showPeriod(p coverage.PeriodMsg) tea.Cmd {
	q := strings.TrimSpace(p.Query + " after:" + p.From.Format(time.DateOnly) + " before:" + p.To.Format(time.DateOnly))
	m.view = viewPanes
	m.reading = false
	m.ranked = false
	m.setFocus(paneList)
	return tea.Batch(m.list.ShowResults(q), m.relayout())
}

// showNamed lists the articles naming a person of the people view.
func (m *Model) showNamed(p directory.ArticlesMsg) tea.Cmd {
	m.view = viewPanes
	m.setFocus(paneList)
	m.reading = false
	return tea.Batch(m.list.ShowPerson(p.Name), m.relayout())
}

// viewBody draws the view that has the body.
func (m Model) viewBody() string {
	if m.view == viewCoverage {
		return m.coverage.View()
	}
	return m.directory.View()
}

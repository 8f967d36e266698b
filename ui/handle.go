package ui

import (
	"time"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/common"
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

// showSelected loads the list's selected article into the reader, with
// the archive query's terms highlighted when the list shows search hits.
// The focus stays where it is.
func (m *Model) showSelected() tea.Cmd {
	row, ok := m.list.Selected()
	if !ok {
		return nil
	}
	m.previewed = m.selectedKey()
	m.people.SetPeople(nil)
	return common.Cmd(m.reader.Open(row.ID, m.listHighlight()))
}

// showsSelected reports whether the reader shows (or is loading) the
// list's selected article as showSelected would.
func (m Model) showsSelected() bool {
	row, ok := m.list.Selected()
	hl, want := m.reader.Highlight(), m.listHighlight()
	return ok && row.ID == m.reader.ID() && (m.reader.Article() != nil || m.reader.Loading()) &&
		hl.Kind == want.Kind && hl.Label == want.Label
}

// listHighlight is what an article opened from the list highlights: the
// search's terms, or the person whose articles the list shows.
func (m Model) listHighlight() reader.Highlight {
	switch m.list.Mode() {
	case articlelist.ModeResults:
		q := m.list.Search()
		return reader.Highlight{Kind: reader.HighlightTerms, Label: q, Terms: archive.ParseQuery(q).Highlights()}
	case articlelist.ModePerson:
		return reader.Highlight{Kind: reader.HighlightPerson, Label: m.list.Search(), Terms: []string{m.list.Search()}, Words: true}
	}
	return reader.Highlight{}
}

// previewing reports whether the article pane follows the list's cursor:
// the list has the keys and the article pane is beside it.
func (m Model) previewing() bool {
	return m.focus == paneList && m.prompt == promptNone &&
		m.layout.visible(paneList) && m.layout.visible(paneReader)
}

// shownKey names an article as the list shows it: the same article
// reached from a search is shown again, with the search's terms.
type shownKey struct {
	id     int64
	mode   articlelist.Mode
	search string
}

func (m Model) selectedKey() shownKey {
	row, _ := m.list.Selected()
	return shownKey{id: row.ID, mode: m.list.Mode(), search: m.list.Search()}
}

// schedulePreview asks for the selected article to be shown once the
// cursor rests on it (see WithPreviewDelay), unless it was shown or asked
// for already. It runs after every message, so it compares a key only.
func (m *Model) schedulePreview() tea.Cmd {
	if !m.previewing() {
		return nil
	}
	if _, ok := m.list.Selected(); !ok || m.selectedKey() == m.previewed {
		return nil
	}
	m.previewed = m.selectedKey()
	m.previewSeq++
	if m.opts.previewDelay <= 0 {
		return m.showSelected()
	}
	seq := m.previewSeq
	return tea.Tick(m.opts.previewDelay, func(time.Time) tea.Msg { return previewMsg{seq: seq} })
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

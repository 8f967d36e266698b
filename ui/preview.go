package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/reader"
)

// On wide screens the article pane shows the article under the list's
// cursor (a preview) once the cursor rests there; enter then only moves
// the keys to it (openSelected).

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
	// An article shown is read (a preview too: it shows once the cursor
	// rests, so the articles passed over stay unread).
	return tea.Batch(common.Cmd(m.reader.Open(row.ID, m.listHighlight())), m.list.MarkRead(row.ID))
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
		text := m.list.Search()
		q, _ := query.Parse(text) // a query that cannot be read found nothing to mark
		return reader.Highlight{Kind: reader.HighlightTerms, Label: text, Terms: q.Highlights()}
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
	if n, counted := m.list.Total(); counted && n == 0 || m.list.Failed() {
		// Nothing to show: no article stays beside an empty list, or
		// one that could not be loaded (a search the store refused).
		if m.reader.ID() != 0 || m.reader.Loading() {
			m.reader.Clear()
			m.people.SetPeople(nil)
		}
		m.previewed = shownKey{}
		return nil
	}
	if _, ok := m.list.Selected(); !ok || m.selectedKey() == m.previewed {
		return nil
	}
	m.previewed = m.selectedKey()
	m.previewSeq++
	// The first article, beside an empty pane, shows at once: the wait is
	// for a cursor on its way elsewhere.
	if m.opts.previewDelay <= 0 || (m.reader.ID() == 0 && !m.reader.Loading()) {
		return m.showSelected()
	}
	seq := m.previewSeq
	return tea.Tick(m.opts.previewDelay, func(time.Time) tea.Msg { return previewMsg{seq: seq} })
}

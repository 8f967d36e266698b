package ui

import (
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/query"
	"github.com/newsreader/newsreader/ui/reader"
)

// promptKind says what the one-line prompt at the bottom is for.
type promptKind int

const (
	promptNone   promptKind = iota
	promptFind              // search in the article: / in the reader
	promptFilter            // filter the list: / in the list
	promptQuery             // search the archive: ctrl+f
)

// openPrompt starts typing for kind.
func (m *Model) openPrompt(kind promptKind) tea.Cmd {
	m.prompt = kind
	switch kind {
	case promptFind:
		m.input.Prompt = "/"
		m.input.Placeholder = "find in article"
		m.input.SetValue("")
	case promptFilter:
		m.input.Prompt = "filter: "
		m.input.Placeholder = "words in title or source"
		m.input.SetValue(m.list.Query().Filter)
	case promptQuery:
		m.input.Prompt = "search: "
		m.input.Placeholder = `words, "a phrase", person:"Name", source:, after:, before:, title:`
		m.input.SetValue("")
		m.history.Reset()
	}
	m.input.CursorEnd()
	return m.input.Focus()
}

// updatePrompt handles a key while the prompt is open: enter accepts,
// esc cancels, anything else edits and takes effect as you type.
func (m *Model) updatePrompt(msg tea.KeyPressMsg) tea.Cmd {
	switch msg.String() {
	case "enter":
		return m.acceptPrompt()
	case "esc":
		return m.cancelPrompt()
	case "ctrl+c":
		return tea.Quit
	}
	if m.prompt == promptQuery && m.recall(msg) {
		return nil
	}
	return m.editPrompt(msg)
}

// editPrompt lets the text input take msg (a key or a paste) and applies
// the new text as it is typed.
func (m *Model) editPrompt(msg tea.Msg) tea.Cmd {
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() == before {
		return cmd
	}
	switch m.prompt {
	case promptFind:
		return tea.Batch(cmd, m.find(m.input.Value()))
	case promptFilter:
		return tea.Batch(cmd, m.scheduleFilter())
	}
	return cmd
}

// find highlights text in the article as it is typed; in a long article
// the command brings the matches in steps.
func (m *Model) find(text string) tea.Cmd {
	if text == "" {
		m.reader.ClearHighlight()
		return nil
	}
	m.people.SetActive("")
	return m.reader.SetHighlight(reader.Highlight{Kind: reader.HighlightSearch, Label: "/" + text, Terms: []string{text}})
}

// scheduleFilter filters the list once typing pauses.
func (m *Model) scheduleFilter() tea.Cmd {
	m.filterSeq++
	seq := m.filterSeq
	if m.opts.filterDelay <= 0 {
		return m.list.SetFilter(m.input.Value())
	}
	return tea.Tick(m.opts.filterDelay, func(_ time.Time) tea.Msg { return filterMsg{seq: seq} })
}

func (m *Model) acceptPrompt() tea.Cmd {
	kind, value := m.prompt, m.input.Value()
	m.closePrompt()
	switch kind {
	case promptFilter:
		m.filterSeq++
		return m.list.SetFilter(value)
	case promptQuery:
		if value == "" {
			return nil
		}
		m.reading = false
		m.setFocus(paneList)
		m.history.Add(value)
		save := m.saveHistory()
		// A query the archive cannot read fails to search, whatever this says.
		q, _ := query.Parse(value)
		m.ranked = q.Ranked()
		return tea.Batch(m.list.ShowResults(value), m.relayout(), save)
	}
	return nil
}

func (m *Model) cancelPrompt() tea.Cmd {
	kind := m.prompt
	m.closePrompt()
	switch kind {
	case promptFind:
		m.reader.ClearHighlight()
	case promptFilter:
		m.filterSeq++
		return m.list.SetFilter("")
	}
	return nil
}

func (m *Model) closePrompt() {
	m.prompt = promptNone
	m.input.Blur()
}

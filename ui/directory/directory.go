// Package directory is the reader's view of everyone in the archive: the
// people named across all articles, those in the most articles first,
// with how many articles name them, how often, and how many quotations
// are theirs; filtered by name as typed, and enter lists a person's
// articles (the cross-article index of the archive).
package directory

import (
	"context"
	"fmt"
	"time"

	"charm.land/bubbles/v2/key"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

// Limit bounds the people listed: the most written about.
const Limit = 1000

// Model is the view of the archive's people.
type Model struct {
	ctx     context.Context
	archive archive.Archive
	Styles  Styles
	// KeyMap is the keys the view answers to (see Update).
	KeyMap KeyMap
	// Delay is how long typing in the filter must pause before the
	// archive is asked: a name typed quickly then costs one query rather
	// than one per letter, each of which reads the people index of the
	// whole archive. 0 asks at every change.
	Delay time.Duration

	input  textinput.Model
	typing bool // the filter has the keys
	seq    int  // the latest request; older answers are dropped
	loaded bool
	people []archive.Person
	err    error

	cursor, top   int
	width, height int
}

// ArticlesMsg asks the parent to list the person's articles (enter).
type ArticlesMsg struct{ Name string }

// DefaultDelay is the filter's pause before it asks the archive (Delay).
const DefaultDelay = 100 * time.Millisecond

// typedMsg fires Delay after a change of the filter; only the latest
// change's (seq) asks the archive.
type typedMsg struct{ seq int }

// loadedMsg answers a request for the people.
type loadedMsg struct {
	seq    int
	people []archive.Person
	err    error
}

// New returns the view over arc; Load fetches the people.
func New(ctx context.Context, arc archive.Archive, styles Styles) Model {
	in := textinput.New()
	in.Prompt = "filter: "
	in.Placeholder = "words of a name"
	return Model{ctx: ctx, archive: arc, Styles: styles, KeyMap: DefaultKeyMap(), Delay: DefaultDelay, input: in}
}

// Load asks the archive for the people matching the filter.
func (m *Model) Load() tea.Cmd {
	m.seq++
	seq, ctx, arc, filter := m.seq, m.ctx, m.archive, m.input.Value()
	return common.Cmd(func() tea.Msg {
		ps, err := arc.People(ctx, filter, Limit)
		return loadedMsg{seq: seq, people: ps, err: err}
	})
}

// SetSize sets the view's size.
func (m *Model) SetSize(w, h int) {
	m.width, m.height = w, h
	m.input.SetWidth(max(10, w-12))
	m.clamp()
}

// Typing reports whether the filter has the keys (the parent then sends
// them all here, esc included).
func (m Model) Typing() bool { return m.typing }

// Len is the number of people listed.
func (m Model) Len() int { return len(m.people) }

// Selected returns the selected person.
func (m Model) Selected() (archive.Person, bool) {
	if m.cursor < 0 || m.cursor >= len(m.people) {
		return archive.Person{}, false
	}
	return m.people[m.cursor], true
}

// Intent returns what a key asks of the parent: an ArticlesMsg, or nil.
func (m Model) Intent(msg tea.Msg) tea.Msg {
	k, ok := msg.(tea.KeyPressMsg)
	if !ok || m.typing || !key.Matches(k, m.keys().Articles) {
		return nil
	}
	if p, ok := m.Selected(); ok {
		return ArticlesMsg{Name: p.Name}
	}
	return nil
}

// Update answers the keys and the archive's answers.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case typedMsg:
		if msg.seq == m.seq {
			return m, m.Load()
		}
	case loadedMsg:
		if msg.seq == m.seq {
			m.people, m.err, m.loaded = msg.people, msg.err, true
			m.cursor, m.top = 0, 0
			if msg.err != nil {
				return m, common.Send(common.ErrMsg{Err: msg.err})
			}
		}
	case tea.PasteMsg:
		if m.typing {
			return m.edit(msg)
		}
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	}
	return m, nil
}

func (m Model) handleKey(msg tea.KeyPressMsg) (Model, tea.Cmd) {
	if m.typing {
		switch msg.String() {
		case "enter", "esc":
			m.typing = false
			m.input.Blur()
			return m, nil
		}
		return m.edit(msg)
	}
	if intent := m.Intent(msg); intent != nil {
		return m, common.Send(intent)
	}
	k := m.keys()
	if key.Matches(msg, k.Filter) {
		m.typing = true
		return m, m.input.Focus()
	}
	if mv := k.Move.Match(msg); mv != common.NoMove {
		m.cursor = mv.Target(m.cursor, len(m.people), m.visible())
		m.clamp()
	}
	return m, nil
}

// edit lets the filter take msg, and asks for the people it keeps.
func (m Model) edit(msg tea.Msg) (Model, tea.Cmd) {
	before := m.input.Value()
	var cmd tea.Cmd
	m.input, cmd = m.input.Update(msg)
	if m.input.Value() != before {
		cmd = tea.Batch(cmd, m.afterPause())
	}
	return m, cmd
}

// afterPause asks for the people once the filter has stayed unchanged for
// Delay; a later change makes this request stale (seq), and an answer
// still on its way for an older filter is dropped when it comes.
func (m *Model) afterPause() tea.Cmd {
	if m.Delay <= 0 {
		return m.Load()
	}
	m.seq++
	seq := m.seq
	return tea.Tick(m.Delay, func(time.Time) tea.Msg { return typedMsg{seq: seq} })
}

// visible is how many people fit under the title and the filter line.
func (m Model) visible() int { return max(1, m.height-3) }

func (m *Model) clamp() {
	m.cursor = min(max(m.cursor, 0), max(len(m.people)-1, 0))
	if m.cursor < m.top {
		m.top = m.cursor
	}
	if v := m.visible(); m.cursor >= m.top+v {
		m.top = m.cursor - v + 1
	}
}

// Status is the position for the status bar: "3/120".
func (m Model) Status() string {
	if !m.loaded {
		return "loading…"
	}
	if len(m.people) == 0 {
		return "0/0"
	}
	return fmt.Sprintf("%d/%d", m.cursor+1, len(m.people))
}

package articlelist

import (
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
)

// maxPositions bounds the positions kept (one per list shown).
const maxPositions = 32

// view names what the list shows: the positions are kept per view, so
// that coming back to one (esc after a person's articles, a search or a
// filter) finds the cursor on the article it was on.
type view struct {
	mode   Mode
	search string
	query  archive.Query
}

// position is where the cursor was in a view: on which article, at which
// row, and how far down the screen.
type position struct {
	id          int64
	cursor, top int
}

func (m Model) view() view { return view{mode: m.mode, search: m.search, query: m.query} }

// keep notes the position in the view shown, before it changes.
func (m *Model) keep() {
	row, ok := m.Selected()
	if !ok {
		return
	}
	if m.positions == nil {
		m.positions = map[view]position{}
	}
	if len(m.positions) >= maxPositions {
		// Typing a filter passes through many views: forget them, but
		// never the whole list's.
		for v := range m.positions {
			if v.mode != ModeAll || v.query.Filter != "" {
				delete(m.positions, v)
			}
		}
	}
	m.positions[m.view()] = position{id: row.ID, cursor: m.cursor, top: m.top}
}

// switchTo shows v, reloaded, with the cursor where it was when v was
// last shown.
func (m *Model) switchTo(v view) tea.Cmd {
	m.keep()
	m.mode, m.search, m.query = v.mode, v.search, v.query
	cmd := m.reload()
	if p, ok := m.positions[v]; ok {
		m.restore(p)
	}
	return cmd
}

// Refresh loads what the list shows again (the archive has changed),
// keeping the cursor on the article it is on.
func (m *Model) Refresh() tea.Cmd {
	row, ok := m.Selected()
	cursor, top := m.cursor, m.top
	cmd := m.reload()
	if ok {
		m.restore(position{id: row.ID, cursor: cursor, top: top})
	}
	return cmd
}

// restore puts the cursor back at p's row, and on p's article once its
// row comes in: new articles above it push it down.
func (m *Model) restore(p position) {
	m.cursor, m.top, m.want = p.cursor, p.top, p
}

// settle moves the cursor onto the article wanted, if a page held has it;
// it gives up once every page asked for has come without it.
func (m *Model) settle() {
	if m.want.id == 0 {
		return
	}
	for page, rows := range m.pages {
		for i, r := range rows {
			if r.ID == m.want.id {
				m.cursor = page*pageSize + i
				m.top = m.cursor - (m.want.cursor - m.want.top)
				m.want = position{}
				if m.counted { // else the count clamps when it comes
					m.clamp()
				}
				return
			}
		}
	}
	if len(m.pending) == 0 && m.counted {
		m.want = position{}
	}
}

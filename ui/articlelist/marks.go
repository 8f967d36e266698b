package articlelist

import (
	"errors"

	"charm.land/bubbles/v2/key"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

// unreadScan bounds how many entries past the loaded ones "next unread"
// reads from the archive before it says there is none nearby.
const unreadScan = 3200

// unreadMsg answers a search for the next unread entry: its index, or
// -1 when none was found.
type unreadMsg struct {
	gen, index int
	open       bool
	err        error
}

// MarkKeys is Keys' mark keys alone, as they work from the article pane.
func (m Model) MarkKeys() MarkKeyMap { return m.keys().Marks }

// MarkKey answers a key of the marks (m, F, u) sent from the article
// pane: it acts on the selected entry, the article open, and "next
// unread" opens the entry it finds (an OpenMsg). It reports whether msg
// was one of them.
func (m *Model) MarkKey(msg tea.KeyPressMsg) (tea.Cmd, bool) {
	k := m.keys().Marks
	if !key.Matches(msg, k.ToggleRead, k.Flag, k.NextUnread) {
		return nil, false
	}
	return m.markKey(msg, true), true
}

// markKey answers m, F and u; open says to open the unread entry found.
func (m *Model) markKey(msg tea.KeyPressMsg, open bool) tea.Cmd {
	k := m.keys().Marks
	r, ok := m.Selected()
	switch {
	case key.Matches(msg, k.ToggleRead) && ok:
		return m.setRead(r.ID, !r.Read, false)
	case key.Matches(msg, k.Flag) && ok:
		return m.setFlagged(r.ID, !r.Flagged)
	case key.Matches(msg, k.NextUnread):
		return m.nextUnread(open)
	}
	return nil
}

// MarkRead marks the article read (it has been shown), in the list and
// in the archive; nothing when it is read already.
func (m *Model) MarkRead(id int64) tea.Cmd {
	for _, page := range m.pages {
		for _, r := range page {
			if r.ID == id && r.Read {
				return nil
			}
		}
	}
	// On an archive that keeps no marks (read-only, a standby) the entry
	// is read for this session only, and said nothing of: the reader
	// shows articles there all the time, and m and F say why.
	return m.setRead(id, true, true)
}

// setRead marks an entry read or unread, in the list and the archive;
// quiet drops the archive's archive.ErrReadOnly.
func (m *Model) setRead(id int64, read, quiet bool) tea.Cmd {
	m.setRows(id, func(r *Row) { r.Read = read })
	arc, ctx := m.archive, m.ctx
	return common.Cmd(func() tea.Msg {
		if err := arc.SetRead(ctx, id, read); err != nil && !(quiet && errors.Is(err, archive.ErrReadOnly)) {
			return common.ErrMsg{Err: err}
		}
		return nil
	})
}

func (m *Model) setFlagged(id int64, flagged bool) tea.Cmd {
	m.setRows(id, func(r *Row) { r.Flagged = flagged })
	arc, ctx := m.archive, m.ctx
	note := "Flagged."
	if !flagged {
		note = "Unflagged."
	}
	return common.Cmd(func() tea.Msg {
		if err := arc.SetFlagged(ctx, id, flagged); err != nil {
			return common.ErrMsg{Err: err}
		}
		return common.InfoMsg(note)
	})
}

// setRows changes the held rows of the article id (a page holds it once;
// pages are fresh copies, so the change is this model's own).
func (m *Model) setRows(id int64, change func(*Row)) {
	for p, page := range m.pages {
		for i := range page {
			if page[i].ID == id {
				rows := append([]Row(nil), page...)
				change(&rows[i])
				m.pages[p] = rows
			}
		}
	}
}

// nextUnread moves to the next unread entry below the cursor: among the
// rows held, else read from the archive a page at a time (at most
// unreadScan entries), in a command.
func (m *Model) nextUnread(open bool) tea.Cmd {
	for i := m.cursor + 1; i < m.total; i++ {
		r, ok := m.row(i)
		if !ok {
			if m.mode != ModeAll {
				break
			}
			return m.scanUnread(i, open)
		}
		if !r.Read {
			return m.foundUnread(i, open)
		}
	}
	return common.Send(common.InfoMsg("No unread article below this one."))
}

func (m *Model) foundUnread(i int, open bool) tea.Cmd {
	cmd := m.move(i - m.cursor)
	if open {
		return tea.Sequence(cmd, common.Send(OpenMsg{}))
	}
	return cmd
}

// scanUnread reads the list from index from on, looking for an unread entry.
func (m *Model) scanUnread(from int, open bool) tea.Cmd {
	gen, ctx, arc, q, total := m.gen, m.genCtx, m.archive, m.query, m.total
	return common.Cmd(func() tea.Msg {
		for off := from; off < min(total, from+unreadScan); off += pageSize {
			items, err := arc.List(ctx, q, off, pageSize)
			if err != nil {
				return unreadMsg{gen: gen, err: err}
			}
			for i, it := range items {
				if !it.Read {
					return unreadMsg{gen: gen, index: off + i, open: open}
				}
			}
			if len(items) < pageSize {
				break
			}
		}
		return unreadMsg{gen: gen, index: -1}
	})
}

// gotUnread applies the answer of scanUnread.
func (m *Model) gotUnread(msg unreadMsg) tea.Cmd {
	switch {
	case msg.gen != m.gen:
		return nil
	case msg.err != nil:
		return errCmd(msg.err)
	case msg.index < 0:
		return common.Send(common.InfoMsg("No unread article nearby below this one."))
	}
	return m.foundUnread(msg.index, msg.open)
}

// ShowFlagged shows the flagged articles alone (on), or all again.
func (m *Model) ShowFlagged(on bool) tea.Cmd {
	m.mode, m.search = ModeAll, ""
	m.query.Flagged = on
	return m.reload()
}

// SetCompact lists one line per entry (on) or three, as the compact key
// does; for a list being set up (the next page fetched shows it).
func (m *Model) SetCompact(on bool) {
	m.compact = on
	m.clamp()
}

// Compact reports whether entries take one line.
func (m Model) Compact() bool { return m.compact }

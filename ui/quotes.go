package ui

import (
	"strconv"
	"strings"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/common"
)

// address is where the article shown comes from: its URL, else the file
// it was read from (as the article's load or the list's row says),
// cleaned for one line.
func (m Model) address() string {
	a := m.article()
	if a == nil {
		return ""
	}
	if a.URL != "" {
		return common.Clean(a.URL)
	}
	if p := m.reader.Path(); p != "" {
		return common.Clean(p)
	}
	if row, ok := m.list.Selected(); ok && row.ID == m.reader.ID() {
		return common.Clean(row.Path)
	}
	return ""
}

// copyQuotes puts the article's quotations on the clipboard, each with
// its speaker (and role), the article and its address: those of the
// person selected when the sidebar has the keys, else all of them.
func (m *Model) copyQuotes() tea.Cmd {
	a := m.article()
	if a == nil {
		return nil
	}
	only := ""
	if m.focus == panePeople {
		if p, ok := m.people.Selected(); ok {
			only = p.Name
		}
	}
	text, n := attributed(a, only, m.address())
	if n == 0 {
		m.status = "No quotation to copy."
		if only != "" {
			m.status = "No quotation of " + common.Clean(only) + " in this article."
		}
		return nil
	}
	note := "Copied 1 quotation with its attribution."
	if n > 1 {
		note = "Copied " + strconv.Itoa(n) + " quotations with their attribution."
	}
	return tea.Batch(tea.SetClipboard(text), func() tea.Msg { return common.InfoMsg(note) })
}

// attributed writes the quotations of a (of the speaker only, when not
// ""), one paragraph each: “words” — Speaker, role, then where they were
// printed: “Title”, Source, date, address.
func attributed(a *content.Article, only, addr string) (string, int) {
	roles := map[string]string{}
	for _, p := range a.People {
		roles[p.Name] = p.Role
	}
	var where []string
	for _, s := range []string{quoted(a.Title), a.Source, a.Published.String(), addr} {
		if s != "" {
			where = append(where, s)
		}
	}
	var b strings.Builder
	n := 0
	for _, q := range a.Quotes {
		speaker := ""
		if q.Speaker != nil {
			speaker = *q.Speaker
		}
		if only != "" && speaker != only || strings.TrimSpace(q.Text) == "" {
			continue
		}
		if n > 0 {
			b.WriteString("\n\n")
		}
		n++
		b.WriteString("“" + strings.TrimSpace(q.Text) + "”")
		if speaker != "" {
			b.WriteString(" — " + speaker)
			if r := roles[speaker]; r != "" {
				b.WriteString(", " + r)
			}
		}
		if len(where) > 0 {
			b.WriteString(" (" + strings.Join(where, ", ") + ")")
		}
	}
	return b.String(), n
}

func quoted(s string) string {
	if s == "" {
		return ""
	}
	return "“" + s + "”"
}

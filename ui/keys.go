package ui

import (
	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/key"
	"github.com/newsreader/newsreader/ui/common"
)

// KeyMap is the keys that work whichever pane has the focus. Each pane
// has its own KeyMap besides (articlelist, reader, people), and answers
// its keys itself. Bindings that do nothing in the current state are
// disabled (see Model.keys), so the help never lies. It implements
// help.KeyMap.
type KeyMap struct {
	NextPane, PrevPane key.Binding
	Back               key.Binding
	ArchiveSearch      key.Binding
	ToggleSidebar      key.Binding
	Reload             key.Binding
	// CopyQuotes copies quotations with their attribution.
	CopyQuotes key.Binding
	// People shows everyone in the archive; Coverage charts what the
	// list shows over time.
	People, Coverage          key.Binding
	OpenURL, Copy, Help, Quit key.Binding
	// HistoryPrev and HistoryNext recall earlier searches in the
	// ctrl+f prompt.
	HistoryPrev, HistoryNext key.Binding
}

// DefaultKeyMap returns the keys that work everywhere.
func DefaultKeyMap() KeyMap {
	b := common.Binding
	return KeyMap{
		NextPane:      b("tab", "next pane", "tab"),
		PrevPane:      b("shift+tab", "previous pane", "shift+tab"),
		Back:          b("esc", "back", "esc"),
		ArchiveSearch: b("ctrl+f", "search archive", "ctrl+f"),
		ToggleSidebar: b("p", "people sidebar", "p"),
		Reload:        b("r", "reload", "r"),
		People:        b("P", "people in archive", "P"),
		Coverage:      b("c", "coverage over time", "c"),
		OpenURL:       b("o", "open in browser", "o"),
		Copy:          b("y", "copy as Markdown", "y"),
		CopyQuotes:    b("Y", "copy quotations, attributed", "Y"),
		Help:          b("?", "help", "?"),
		Quit:          b("q", "quit", "q", "ctrl+c"),
		HistoryPrev:   b("↑", "earlier search", "up"),
		HistoryNext:   b("↓", "later search", "down"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar, after
// the panes' own.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Back, k.ArchiveSearch, k.NextPane, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: the help screen's columns, without
// the panes' keys (see helpKeys, which sets them among these).
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		nil,
		{k.NextPane, k.PrevPane, k.Back, k.ToggleSidebar, k.Reload},
		{k.ArchiveSearch, k.People, k.Coverage},
		{k.OpenURL, k.Copy, k.CopyQuotes, k.Help, k.Quit},
	}
}

// keys is the global KeyMap with the bindings that do nothing now
// disabled.
func (m Model) keys() KeyMap {
	k := m.keyMap
	hasArticle := m.reader.Article() != nil
	k.OpenURL.SetEnabled(hasArticle)
	k.Copy.SetEnabled(hasArticle)
	k.CopyQuotes.SetEnabled(hasArticle && len(m.reader.Article().Quotes) > 0)
	k.Back.SetEnabled(m.canGoBack())
	return k
}

// helpKeys is the help of the moment: the keys of the panes that answer
// now, in pane order (list, article, sidebar), set among the global ones.
// The focused pane answers its keys; the article answers its match keys
// from any pane. It implements help.KeyMap.
type helpKeys struct {
	global KeyMap
	panes  [2]help.KeyMap // nil when fewer answer
}

func (m Model) helpKeys() helpKeys {
	h := helpKeys{global: m.keys()}
	switch {
	case m.view == viewPeople:
		h.panes = [2]help.KeyMap{m.directory.Keys()}
		return h
	case m.view == viewCoverage:
		h.panes = [2]help.KeyMap{m.coverage.Keys()}
		return h
	}
	switch m.focus {
	case paneReader:
		h.panes = [2]help.KeyMap{m.reader.Keys(), m.list.MarkKeys()}
	case panePeople:
		h.panes = [2]help.KeyMap{m.reader.MatchKeys(), m.people.Keys()}
	default:
		h.panes = [2]help.KeyMap{m.list.Keys(), m.reader.MatchKeys()}
	}
	return h
}

// ShortHelp implements help.KeyMap: the panes' hints, then the global ones.
func (h helpKeys) ShortHelp() []key.Binding {
	var out []key.Binding
	for _, p := range h.panes {
		if p != nil {
			out = append(out, p.ShortHelp()...)
		}
	}
	return append(out, h.global.ShortHelp()...)
}

// FullHelp implements help.KeyMap: the panes' moves; moving between panes
// around the panes' actions; the panes' ways to find, then the archive
// search; the rest.
func (h helpKeys) FullHelp() [][]key.Binding {
	var cols [common.HelpColumns][]key.Binding
	for _, p := range h.panes {
		if p == nil {
			continue
		}
		for i, c := range p.FullHelp() {
			cols[i] = append(cols[i], c...)
		}
	}
	g := h.global
	return [][]key.Binding{
		cols[common.HelpMove],
		join([]key.Binding{g.NextPane, g.PrevPane}, cols[common.HelpAct], []key.Binding{g.Back, g.ToggleSidebar, g.Reload}),
		join(cols[common.HelpFind], []key.Binding{g.ArchiveSearch, g.People, g.Coverage}),
		{g.OpenURL, g.Copy, g.CopyQuotes, g.Help, g.Quit},
	}
}

func join(parts ...[]key.Binding) []key.Binding {
	var out []key.Binding
	for _, p := range parts {
		out = append(out, p...)
	}
	return out
}

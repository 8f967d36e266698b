package ui

import "charm.land/bubbles/v2/key"

// KeyMap is every key the reader answers to. The help screen and the
// status bar's hints are generated from it, and bindings that do nothing
// in the current state are disabled, so the help never lies.
type KeyMap struct {
	Up, Down, Top, Bottom      key.Binding
	HalfPageDown, HalfPageUp   key.Binding
	PageDown, PageUp           key.Binding
	NextPane, PrevPane         key.Binding
	Open, Back                 key.Binding
	Filter, Sort               key.Binding
	Find, NextMatch, PrevMatch key.Binding
	ArchiveSearch              key.Binding
	Mentions, PersonArticles   key.Binding
	ToggleSidebar              key.Binding
	OpenURL, Copy, Help, Quit  key.Binding
}

// DefaultKeyMap returns the reader's keys: arrows and vim keys.
func DefaultKeyMap() KeyMap {
	b := func(keys []string, help, desc string) key.Binding {
		return key.NewBinding(key.WithKeys(keys...), key.WithHelp(help, desc))
	}
	return KeyMap{
		Up:             b([]string{"up", "k"}, "↑/k", "up"),
		Down:           b([]string{"down", "j"}, "↓/j", "down"),
		Top:            b([]string{"g", "home"}, "g/home", "top"),
		Bottom:         b([]string{"G", "end"}, "G/end", "bottom"),
		HalfPageDown:   b([]string{"ctrl+d"}, "ctrl+d", "half page down"),
		HalfPageUp:     b([]string{"ctrl+u"}, "ctrl+u", "half page up"),
		PageDown:       b([]string{"space", "pgdown", "f"}, "space/f", "page down"),
		PageUp:         b([]string{"b", "pgup"}, "b", "page up"),
		NextPane:       b([]string{"tab"}, "tab", "next pane"),
		PrevPane:       b([]string{"shift+tab"}, "shift+tab", "previous pane"),
		Open:           b([]string{"enter"}, "enter", "open"),
		Back:           b([]string{"esc"}, "esc", "back"),
		Filter:         b([]string{"/"}, "/", "filter list"),
		Sort:           b([]string{"s"}, "s", "sort"),
		Find:           b([]string{"/"}, "/", "find in article"),
		NextMatch:      b([]string{"n"}, "n", "next match"),
		PrevMatch:      b([]string{"N"}, "N", "previous match"),
		ArchiveSearch:  b([]string{"ctrl+f"}, "ctrl+f", "search archive"),
		Mentions:       b([]string{"enter"}, "enter", "show mentions"),
		PersonArticles: b([]string{"a"}, "a", "person's articles"),
		ToggleSidebar:  b([]string{"p"}, "p", "people sidebar"),
		OpenURL:        b([]string{"o"}, "o", "open in browser"),
		Copy:           b([]string{"y"}, "y", "copy as Markdown"),
		Help:           b([]string{"?"}, "?", "help"),
		Quit:           b([]string{"q", "ctrl+c"}, "q", "quit"),
	}
}

// ShortHelp implements help.KeyMap: the hints of the status bar.
func (k KeyMap) ShortHelp() []key.Binding {
	return []key.Binding{k.Open, k.Filter, k.Find, k.NextMatch, k.Mentions, k.PersonArticles, k.Back, k.ArchiveSearch, k.NextPane, k.Help, k.Quit}
}

// FullHelp implements help.KeyMap: the help screen, in columns.
func (k KeyMap) FullHelp() [][]key.Binding {
	return [][]key.Binding{
		{k.Up, k.Down, k.Top, k.Bottom, k.HalfPageDown, k.HalfPageUp, k.PageDown, k.PageUp},
		{k.NextPane, k.PrevPane, k.Open, k.Back, k.Sort, k.ToggleSidebar},
		{k.Filter, k.Find, k.NextMatch, k.PrevMatch, k.ArchiveSearch, k.Mentions, k.PersonArticles},
		{k.OpenURL, k.Copy, k.Help, k.Quit},
	}
}

// keyState is what decides which bindings work.
type keyState struct {
	focus       pane
	hasArticle  bool // an article is shown
	hasMatches  bool // the article has a highlight with matches
	hasPerson   bool // the sidebar has a selected person
	canGoBack   bool
	listEntries bool
	listAll     bool // the list shows the whole archive (not results)
}

// setState enables the bindings that do something in s.
func (k *KeyMap) setState(s keyState) {
	inList, inReader, inPeople := s.focus == paneList, s.focus == paneReader, s.focus == panePeople
	k.Filter.SetEnabled(inList)
	k.Sort.SetEnabled(inList && s.listAll)
	k.Open.SetEnabled(inList && s.listEntries)
	k.Find.SetEnabled(inReader && s.hasArticle)
	k.NextMatch.SetEnabled(s.hasMatches)
	k.PrevMatch.SetEnabled(s.hasMatches)
	k.Mentions.SetEnabled(inPeople && s.hasPerson && s.hasArticle)
	k.PersonArticles.SetEnabled(inPeople && s.hasPerson)
	k.OpenURL.SetEnabled(s.hasArticle)
	k.Copy.SetEnabled(s.hasArticle)
	k.Back.SetEnabled(s.canGoBack)
}

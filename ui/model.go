// Package ui is newsreader's terminal reader: a list of the archive's
// articles, the selected article rendered, the people it mentions, and
// search in the article and across the archive. It is built from one
// component per sub-package (articlelist, reader, people) under a root
// Model that lays them out, routes keys and mouse to the focused one, and
// runs every piece of I/O in a tea.Cmd whose answer comes back as a
// message. Errors go to the status bar; they never end the app.
package ui

import (
	"context"
	"time"

	"charm.land/bubbles/v2/help"
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/coverage"
	"github.com/newsreader/newsreader/ui/directory"
	"github.com/newsreader/newsreader/ui/history"
	"github.com/newsreader/newsreader/ui/people"
	"github.com/newsreader/newsreader/ui/reader"
	"github.com/newsreader/newsreader/ui/settings"
)

// Archive is what the reader needs of an archive; see package archive.
type Archive = archive.Archive

// Model is the root of the reader.
type Model struct {
	ctx     context.Context
	archive Archive
	opts    options
	keyMap  KeyMap // the global keys; the panes have theirs
	styles  Styles
	dark    bool

	list   articlelist.Model
	reader reader.Model
	people people.Model
	help   help.Model
	input  textinput.Model
	// directory (everyone in the archive) and coverage (the chart) take
	// the whole body when view says so.
	directory directory.Model
	coverage  coverage.Model
	view      viewKind

	width, height int
	layout        layout
	focus         pane
	reading       bool // an article is open (narrow screens show it full width)
	sidebarWide   bool // the sidebar is wanted on wide screens
	sidebarNarrow bool // ... and on narrow ones
	showHelp      bool
	prompt        promptKind
	filterSeq     int // debounces the list filter
	// previewSeq debounces the preview of the list's selected article;
	// previewed is the one last shown or asked for.
	previewSeq int
	previewed  shownKey
	ranked     bool            // the search shown ranks by relevance (else newest first)
	history    history.History // the archive searches typed (see WithHistory)

	status    string // a notice or error for the status bar
	statusErr bool

	// version is the archive's version last seen (see WithRefresh).
	version     int64
	versionSeen bool
	// started says the first screen is complete and the work it did not
	// need has been asked for (see afterFirstScreen).
	started bool
}

// Option configures New.
type Option func(*options)

type options struct {
	name         string
	opener       func(ctx context.Context, url string) error
	filterDelay  time.Duration
	previewDelay time.Duration
	cacheSize    int
	refresh      time.Duration
	historyPath  string
	settings     settings.Settings
	notice       string // an error to say in the status bar at start
	firstScreen  func() // called once the first screen is complete
}

// WithName sets the archive name shown in the header.
func WithName(name string) Option { return func(o *options) { o.name = name } }

// WithOpener replaces the system opener used by the open-URL key.
func WithOpener(open func(ctx context.Context, url string) error) Option {
	return func(o *options) { o.opener = open }
}

// WithFilterDelay sets how long typing must pause before the list is
// filtered (default 100ms; 0 filters on every key).
func WithFilterDelay(d time.Duration) Option { return func(o *options) { o.filterDelay = d } }

// WithPreviewDelay sets how long the list's cursor must rest on an
// article before the article pane shows it (default 120ms; 0 shows it at
// once). Holding a key down thus loads no article in between.
func WithPreviewDelay(d time.Duration) Option { return func(o *options) { o.previewDelay = d } }

// WithRenderCache sets how many article renderings are kept (default 64).
func WithRenderCache(n int) Option { return func(o *options) { o.cacheSize = n } }

// New returns the reader over arc. ctx bounds every archive request.
func New(ctx context.Context, arc Archive, opts ...Option) Model {
	o := options{name: "archive", opener: systemOpen, filterDelay: 100 * time.Millisecond, previewDelay: 120 * time.Millisecond, cacheSize: 64}
	for _, opt := range opts {
		opt(&o)
	}
	m := Model{
		ctx: ctx, archive: arc, opts: o, keyMap: DefaultKeyMap(), dark: true,
		sidebarWide: true, help: help.New(), input: textinput.New(),
	}
	m.styles = DefaultStyles(true)
	m.list = articlelist.New(ctx, arc, articlelist.DefaultStyles(true))
	m.reader = reader.New(ctx, arc, reader.NewCache(o.cacheSize), reader.DefaultStyles(true))
	m.people = people.New(people.DefaultStyles(true))
	m.directory = directory.New(ctx, arc, directory.DefaultStyles(true))
	m.directory.Delay = m.opts.filterDelay
	m.coverage = coverage.New(ctx, arc, coverage.DefaultStyles(true))
	m.applySettings()
	m.list.Focus()
	m.list.HoldReadAhead(true)
	return m
}

// Init asks the terminal for its background colour and the archive for
// the list's count; the first page follows the window's size. What the
// first screen does not need waits for it (see afterFirstScreen). No
// frame waits for the terminal's answer: the screen is drawn dark and
// redrawn should the answer say light.
func (m Model) Init() tea.Cmd {
	starttrace.Mark(m.ctx, "init")
	background := tea.RequestBackgroundColor
	if m.opts.settings.Theme != "" {
		background = nil // the configuration says
	}
	return tea.Batch(background, m.list.Init())
}

// filterMsg applies the filter typed, once typing pauses.
type filterMsg struct{ seq int }

// previewMsg shows the list's selected article once the cursor rests.
type previewMsg struct{ seq int }

// Update routes a message to the part of the reader it is for.
func (m Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	var cmd tea.Cmd
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		starttrace.Mark(m.ctx, "window size")
		m.width, m.height = msg.Width, msg.Height
		cmd = m.relayout()
	case tea.BackgroundColorMsg:
		cmd = m.backgroundCame(msg)
	case tea.KeyPressMsg:
		m.status, m.statusErr = "", false
		switch {
		case m.prompt != promptNone:
			cmd = m.updatePrompt(msg)
		case m.view != viewPanes && !m.showHelp:
			cmd = m.handleViewKey(msg)
		default:
			cmd = m.handleKey(msg)
		}
	case tea.PasteMsg:
		if m.prompt != promptNone {
			cmd = m.editPrompt(msg)
		} else if m.view == viewPeople {
			m.directory, cmd = m.directory.Update(msg)
		}
	case tea.MouseClickMsg:
		cmd = m.handleClick(msg)
	case tea.MouseWheelMsg:
		cmd = m.handleWheel(msg)
	case filterMsg:
		if msg.seq == m.filterSeq {
			cmd = m.list.SetFilter(m.input.Value())
		}
	case previewMsg:
		if msg.seq == m.previewSeq && m.previewing() && !m.showsSelected() {
			cmd = m.showSelected()
		}
	case articlelist.OpenMsg, articlelist.FilterMsg, reader.FindMsg, people.MentionsMsg, people.ArticlesMsg,
		directory.ArticlesMsg, coverage.PeriodMsg:
		cmd = m.act(msg) // a pane's request that came by its command (see updatePane)
	case pollMsg:
		cmd = m.askVersion()
	case versionMsg:
		cmd = m.versionCame(msg)
	case historyMsg:
		m.historyCame(msg)
	case common.ErrMsg:
		m.status, m.statusErr = msg.Error(), true
	case common.InfoMsg:
		m.status, m.statusErr = string(msg), false
	default:
		cmd = m.updateChildren(msg)
	}
	cmd = tea.Batch(cmd, m.schedulePreview(), m.afterFirstScreen())
	return m, cmd
}

// backgroundCame restyles the reader for the terminal's background,
// unless the configuration names a theme. The first frame does not wait
// for it: it is drawn dark, and again if the answer says light.
func (m *Model) backgroundCame(msg tea.BackgroundColorMsg) tea.Cmd {
	starttrace.Mark(m.ctx, "background colour answered")
	if m.opts.settings.Theme != "" {
		return nil
	}
	m.dark = msg.IsDark()
	m.applyTheme()
	return m.reader.SetDark(m.dark)
}

// updateChildren hands the components their own messages, and refreshes
// the sidebar when a new article has arrived.
func (m *Model) updateChildren(msg tea.Msg) tea.Cmd {
	before := m.reader.Article()
	var c1, c2, c3, c4, c5 tea.Cmd
	m.list, c1 = m.list.Update(msg)
	m.reader, c2 = m.reader.Update(msg)
	m.directory, c4 = m.directory.Update(msg)
	m.coverage, c5 = m.coverage.Update(msg)
	if a := m.reader.Article(); a != before && a != nil {
		m.people.SetPeople(a.People)
	}
	if m.prompt != promptNone {
		m.input, c3 = m.input.Update(msg)
	}
	return tea.Batch(c1, c2, c3, c4, c5)
}

// relayout places the panes for the window size and the state.
func (m *Model) relayout() tea.Cmd {
	sidebar := m.sidebarNarrow
	if m.width >= WideWidth {
		sidebar = m.sidebarWide
	}
	m.layout = layoutFor(m.width, m.height, sidebar, m.reading)
	l := m.layout
	m.people.SetSize(l.people.w, l.people.h)
	m.directory.SetSize(m.width, l.bodyH)
	m.coverage.SetSize(m.width, l.bodyH)
	m.help.SetWidth(m.width)
	m.input.SetWidth(clamp(m.width-30, 10, 60))
	if !l.visible(m.focus) {
		m.setFocus(m.firstVisible())
	}
	return tea.Batch(m.list.SetSize(l.list.w, l.list.h), m.reader.SetSize(l.reader.w, l.reader.h))
}

func (m Model) firstVisible() pane {
	for _, p := range []pane{paneList, paneReader, panePeople} {
		if m.layout.visible(p) {
			return p
		}
	}
	return paneList
}

// setFocus gives the keys to p.
func (m *Model) setFocus(p pane) {
	m.focus = p
	m.list.Blur()
	m.reader.Blur()
	m.people.Blur()
	switch p {
	case paneList:
		m.list.Focus()
	case paneReader:
		m.reader.Focus()
	case panePeople:
		m.people.Focus()
	}
}

// cycleFocus moves the focus to the next (or previous) visible pane.
func (m *Model) cycleFocus(step int) {
	order := []pane{paneList, paneReader, panePeople}
	i := int(m.focus)
	for range order {
		i = (i + step + len(order)) % len(order)
		if m.layout.visible(order[i]) {
			m.setFocus(order[i])
			return
		}
	}
}

// applyTheme restyles every component for the background.
func (m *Model) applyTheme() {
	m.styles = DefaultStyles(m.dark)
	m.list.Styles = articlelist.DefaultStyles(m.dark)
	m.reader.Styles = reader.DefaultStyles(m.dark)
	m.people.Styles = people.DefaultStyles(m.dark)
	m.directory.Styles = directory.DefaultStyles(m.dark)
	m.coverage.Styles = coverage.DefaultStyles(m.dark)
	m.help.Styles = help.DefaultStyles(m.dark)
	s := textinput.DefaultStyles(m.dark)
	s.Cursor.Blink = false
	m.input.SetStyles(s)
}

// article is the article shown, or nil.
func (m Model) article() *content.Article { return m.reader.Article() }

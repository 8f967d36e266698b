// Package articlelist is the reader's list of articles: virtualised over
// an archive of any size (it holds a few pages around the cursor and asks
// the archive for the others when they come into view), sortable and
// filterable, and able to show search results with snippets instead.
package articlelist

import (
	"context"
	"fmt"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
)

const (
	// pageSize is how many items one archive request fetches: a screen's
	// worth at 120x40 and more. Pages are read in date order, which on
	// disk is scattered, so a fresh process touches about one page of
	// the file per item: 64 items cost the first screen of a 1M archive
	// ~30 ms of CPU, 32 half that.
	pageSize = 32
	// maxPages bounds the pages held; the farthest from the cursor go.
	maxPages = 24
	// resultLimit bounds search and person results.
	resultLimit = 500
)

// Mode says what the list shows.
type Mode int

// The list's modes.
const (
	ModeAll     Mode = iota // the whole archive, sorted and filtered
	ModeResults             // the hits of an archive search, best first
	ModePerson              // the articles mentioning one person
)

// Row is one entry of the list.
type Row struct {
	archive.Item
	// Snippet and Matches come with search hits (see archive.Hit).
	Snippet string
	Matches [][2]int
}

// Model is the article list.
type Model struct {
	ctx     context.Context
	archive archive.Archive
	Styles  Styles
	// KeyMap is the keys the list answers to (see Update).
	KeyMap KeyMap

	mode  Mode
	query archive.Query // ModeAll's order and filter
	// search is the query (ModeResults) or person (ModePerson) shown.
	search string

	// gen increases whenever what the list shows changes, so that
	// answers to earlier requests are recognised and dropped. genCtx is
	// the requests' context: a new generation cancels the requests of the
	// one before, so that a search the user has typed past stops (a
	// one-letter prefix can take seconds on a big archive, and typing in
	// the filter starts one per key).
	gen     int
	genCtx  context.Context
	cancel  context.CancelFunc
	total   int
	counted bool
	// more says that the archive holds more results than the list shows
	// (resultLimit), so that "500 results" does not read as all of them.
	more    bool
	pages   map[int][]Row
	pending map[int]bool
	// holdAhead holds back the page after the screen (see HoldReadAhead).
	holdAhead bool

	cursor, top   int
	width, height int
	focused       bool
	compact       bool // one line per entry
	// err is the latest failure to load what the list shows.
	err error

	// positions are where the cursor was in the views shown before
	// (see switchTo); want is the article to put it on when its row comes.
	positions map[view]position
	want      position
}

// New returns a list over arc showing every article, newest first.
// Call Init to start fetching.
func New(ctx context.Context, arc archive.Archive, styles Styles) Model {
	genCtx, cancel := context.WithCancel(ctx)
	return Model{
		ctx: ctx, archive: arc, Styles: styles, KeyMap: DefaultKeyMap(),
		genCtx: genCtx, cancel: cancel,
		pages: map[int][]Row{}, pending: map[int]bool{},
	}
}

// Init counts the articles; the pages shown are fetched once the list
// has a size (see SetSize).
func (m Model) Init() tea.Cmd {
	return m.count()
}

// HoldReadAhead sets whether the list asks only for the pages on
// screen, not the one after it too. The reader holds the read-ahead
// until its first screen is complete: on a big archive each page read by
// a fresh process touches scattered pages of the file, and the one
// nobody sees yet would only slow the first screen down. Letting it go
// asks for it.
func (m *Model) HoldReadAhead(hold bool) tea.Cmd {
	m.holdAhead = hold
	if hold {
		return nil
	}
	return m.fetchVisible()
}

// Messages answering the list's requests.
type (
	countMsg struct {
		gen, total int
		err        error
	}
	pageMsg struct {
		gen, page int
		rows      []Row
		err       error
	}
	resultsMsg struct {
		gen  int
		rows []Row
		err  error
	}
)

// Update applies the answers of the archive, and answers the keys and
// the mouse: the parent sends it the keys when the list has the focus, and
// the mouse with the pointer over it, its rows counted from the pane's
// top. What the parent must do (open an article, edit the filter) comes
// back as an OpenMsg or a FilterMsg.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case tea.MouseClickMsg:
		return m.handleClick(msg)
	case tea.MouseWheelMsg:
		return m.handleWheel(msg)
	case countMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, errCmd(msg.err)
		}
		m.total, m.counted = msg.total, true
		m.clamp()
		return m, m.fetchVisible()
	case pageMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		delete(m.pending, msg.page)
		if msg.err != nil {
			m.err = msg.err
			return m, errCmd(msg.err)
		}
		m.pages[msg.page] = msg.rows
		m.evict()
		m.settle()
		if m.counted && m.want.id == 0 {
			// Loaded titles may take fewer rows than were set aside.
			m.clamp()
		}
		return m, nil
	case resultsMsg:
		if msg.gen != m.gen {
			return m, nil
		}
		if msg.err != nil {
			m.err = msg.err
			return m, errCmd(msg.err)
		}
		rows := msg.rows
		if len(rows) > resultLimit {
			rows, m.more = rows[:resultLimit], true
		}
		m.total, m.counted = len(rows), true
		for p := 0; p*pageSize < len(rows); p++ {
			m.pages[p] = rows[p*pageSize : min(len(rows), (p+1)*pageSize)]
		}
		m.clamp()
		m.settle()
		return m, m.fetchVisible()
	case unreadMsg:
		return m, m.gotUnread(msg)
	}
	return m, nil
}

func errCmd(err error) tea.Cmd {
	return func() tea.Msg { return common.ErrMsg{Err: err} }
}

// reload forgets what is held and asks for what the mode shows.
func (m *Model) reload() tea.Cmd {
	m.gen++
	m.cancel()
	m.genCtx, m.cancel = context.WithCancel(m.ctx)
	m.pages = map[int][]Row{}
	m.pending = map[int]bool{}
	m.counted, m.more = false, false
	m.total = 0
	m.err = nil
	m.cursor, m.top = 0, 0
	m.want = position{}
	gen, ctx, arc := m.gen, m.genCtx, m.archive
	if m.mode == ModeAll {
		return tea.Batch(m.count(), m.fetch(0))
	}
	// One row past the limit tells whether there are more.
	switch m.mode {
	case ModeResults:
		q := m.search
		return common.Cmd(func() tea.Msg {
			hits, err := arc.Search(ctx, q, resultLimit+1)
			rows := make([]Row, len(hits))
			for i, h := range hits {
				rows[i] = cleanRow(Row{Item: h.Item, Snippet: h.Snippet, Matches: h.Matches})
			}
			return resultsMsg{gen: gen, rows: rows, err: err}
		})
	case ModePerson:
		name := m.search
		return common.Cmd(func() tea.Msg {
			items, err := arc.PersonArticles(ctx, name, resultLimit+1)
			rows := make([]Row, len(items))
			for i, it := range items {
				rows[i] = cleanRow(Row{Item: it})
			}
			return resultsMsg{gen: gen, rows: rows, err: err}
		})
	}
	return nil
}

// count asks how many articles the list has.
func (m Model) count() tea.Cmd {
	gen, ctx, arc, q := m.gen, m.genCtx, m.archive, m.query
	return common.Cmd(func() tea.Msg {
		n, err := arc.Count(ctx, q)
		starttrace.Mark(ctx, "list counted")
		return countMsg{gen: gen, total: n, err: err}
	})
}

// fetch asks for one page unless it is held or on its way.
func (m *Model) fetch(page int) tea.Cmd {
	if m.mode != ModeAll || page < 0 || m.pending[page] {
		return nil
	}
	if _, ok := m.pages[page]; ok {
		return nil
	}
	if m.counted && page*pageSize >= m.total {
		return nil
	}
	m.pending[page] = true
	gen, ctx, arc, q := m.gen, m.genCtx, m.archive, m.query
	return common.Cmd(func() tea.Msg {
		items, err := arc.List(ctx, q, page*pageSize, pageSize)
		starttrace.Mark(ctx, fmt.Sprintf("list page %d", page))
		rows := make([]Row, len(items))
		for i, it := range items {
			rows[i] = cleanRow(Row{Item: it})
		}
		return pageMsg{gen: gen, page: page, rows: rows, err: err}
	})
}

// fetchVisible asks for the pages the screen shows, and the next one
// unless the read-ahead is held (see HoldReadAhead).
func (m *Model) fetchVisible() tea.Cmd {
	if m.total == 0 && m.counted {
		return nil
	}
	first := m.top / pageSize
	last := (m.top + m.visible()) / pageSize
	if !m.holdAhead {
		last++
	}
	var cmds []tea.Cmd
	for p := first; p <= last; p++ {
		cmds = append(cmds, m.fetch(p))
	}
	return tea.Batch(cmds...)
}

// evict drops the pages farthest from the cursor beyond maxPages.
func (m *Model) evict() {
	for len(m.pages) > maxPages {
		at := m.cursor / pageSize
		far, dist := -1, -1
		for p := range m.pages {
			if d := abs(p - at); d > dist {
				far, dist = p, d
			}
		}
		delete(m.pages, far)
	}
}

func abs(x int) int {
	if x < 0 {
		return -x
	}
	return x
}

// cleanRow strips control sequences from the archive's text.
func cleanRow(r Row) Row {
	r.Title = common.Clean(r.Title)
	r.Source = common.Clean(r.Source)
	if r.Snippet != "" {
		clean := common.Clean(r.Snippet)
		if clean != r.Snippet {
			// Offsets no longer hold once text is removed.
			r.Matches = nil
		}
		r.Snippet = clean
	}
	return r
}

// ShowAll shows the whole archive in the current order and filter.
func (m *Model) ShowAll() tea.Cmd {
	return m.switchTo(view{mode: ModeAll, query: m.query})
}

// ShowResults replaces the list with the hits of an archive search.
func (m *Model) ShowResults(query string) tea.Cmd {
	return m.switchTo(view{mode: ModeResults, search: query, query: m.query})
}

// ShowPerson replaces the list with the articles mentioning a person.
func (m *Model) ShowPerson(name string) tea.Cmd {
	return m.switchTo(view{mode: ModePerson, search: name, query: m.query})
}

// SetFilter narrows the whole-archive list to articles matching text.
func (m *Model) SetFilter(text string) tea.Cmd {
	if m.mode == ModeAll && text == m.query.Filter {
		return nil
	}
	q := m.query
	q.Filter = text
	return m.switchTo(view{mode: ModeAll, query: q})
}

// cycleSort moves to the next order (date, title, source).
func (m *Model) cycleSort() tea.Cmd {
	m.query.Sort = m.query.Sort.Next()
	if m.mode != ModeAll {
		return nil
	}
	return m.reload()
}

// Mode says what the list shows.
func (m Model) Mode() Mode { return m.mode }

// Search is the query (ModeResults) or the person (ModePerson) shown.
func (m Model) Search() string { return m.search }

// Query is the order and filter of the whole-archive list.
func (m Model) Query() archive.Query { return m.query }

// Total is the number of rows, and whether it is known yet.
func (m Model) Total() (int, bool) { return m.total, m.counted }

// TotalText is Total for people: "1,234", "…" while counting, or "500+"
// when a search or a person's articles stop at the best (or newest) 500.
func (m Model) TotalText() string {
	switch {
	case !m.counted:
		return "…"
	case m.more:
		return Thousands(m.total) + "+"
	}
	return Thousands(m.total)
}

// Failed reports that the list has nothing to show because loading it
// failed (a search the archive refused, say); the view gives the reason.
func (m Model) Failed() bool { return m.err != nil && (!m.counted || m.total == 0) }

// Cursor is the index of the selected row.
func (m Model) Cursor() int { return m.cursor }

// Selected returns the selected row, if it is loaded.
func (m Model) Selected() (Row, bool) {
	return m.row(m.cursor)
}

func (m Model) row(i int) (Row, bool) {
	page, ok := m.pages[i/pageSize]
	if !ok || i%pageSize >= len(page) || i < 0 {
		return Row{}, false
	}
	return page[i%pageSize], true
}

// Status describes the list position for the status bar: "12/1,000".
func (m Model) Status() string {
	if m.err != nil && !m.counted {
		return "not loaded"
	}
	if !m.counted {
		return "loading…"
	}
	if m.total == 0 {
		return "0/0"
	}
	return Thousands(m.cursor+1) + "/" + m.TotalText()
}

// Thousands formats n with comma separators.
func Thousands(n int) string {
	s := fmt.Sprint(n)
	if n < 0 {
		return "-" + Thousands(-n)
	}
	for i := len(s) - 3; i > 0; i -= 3 {
		s = s[:i] + "," + s[i:]
	}
	return s
}

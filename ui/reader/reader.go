// Package reader is the article pane: it loads an article from the
// archive, renders it off the UI loop (cached by article, width and
// theme), shows it wrapped to at most MaxWidth columns and centred, and
// highlights what the user looks for — typed search, a person's
// mentions, a query's terms — on the plain text of the rendering, never
// by matching over styled text.
package reader

import (
	"context"
	"fmt"
	"strings"
	"unicode"

	"charm.land/bubbles/v2/viewport"
	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/render"
	"github.com/newsreader/newsreader/ui/textmatch"
)

// MaxWidth is the widest the text is wrapped, however wide the pane:
// longer lines are hard to read.
const MaxWidth = 100

// Model is the article pane.
type Model struct {
	ctx     context.Context
	archive archive.Archive
	cache   *Cache
	Styles  Styles
	// KeyMap is the keys the pane answers to (see Update).
	KeyMap KeyMap

	vp            viewport.Model
	width, height int
	dark          bool
	focused       bool

	id      int64
	article *content.Article
	loading bool
	err     error

	doc       document  // the rendering shown
	lines     []string  // its lines as drawn, highlights included
	highlight Highlight // what is highlighted in it
	matches   [][2]int  // byte ranges of the highlight in doc.plain
	current   int       // index in matches of the selected one, -1 if none
	// anchor is the number of words above the top line, kept across a
	// re-rendering (resize, theme) so that the reading position stays.
	anchor int
	// anchorText says the top line had words (not a blank between
	// paragraphs), so the position is restored onto text.
	anchorText bool
}

// document is one rendering prepared for display and search. It is
// shared through the cache and never changed once made.
type document struct {
	key       cacheKey
	styled    []string // rendered lines
	widths    []int    // their widths in columns
	plain     string   // the same lines without styling, joined by \n
	search    string   // plain with decorations blanked (same offsets)
	lineStart []int    // byte offset of each line in plain
	text      *textmatch.Text
}

// HighlightKind says where a highlight comes from.
type HighlightKind int

// The kinds of highlight.
const (
	HighlightNone   HighlightKind = iota
	HighlightSearch               // text typed at the / prompt
	HighlightPerson               // a person's name and aliases, whole words
	HighlightTerms                // the terms of an archive search
)

// Highlight is what to highlight in the article.
type Highlight struct {
	Kind HighlightKind
	// Label names it in the status bar ("/newsham", "Hosaka Yuji").
	Label string
	// Terms are the strings to find, compared case- and accent-folded.
	Terms []string
	// Words makes matches whole words only.
	Words bool
}

// New returns an empty article pane that loads from arc and keeps its
// renderings in cache.
func New(ctx context.Context, arc archive.Archive, cache *Cache, styles Styles) Model {
	vp := viewport.New()
	vp.MouseWheelEnabled = true
	return Model{ctx: ctx, archive: arc, cache: cache, Styles: styles, KeyMap: DefaultKeyMap(), vp: vp, dark: true, current: -1}
}

// Messages of the pane's commands.
type (
	loadedMsg struct {
		id      int64
		article *content.Article
		err     error
	}
	renderedMsg struct {
		key cacheKey
		doc *document
		err error
	}
)

// Open loads the article with that ID; hl, when it has terms, is
// highlighted once the article shows.
func (m *Model) Open(id int64, hl Highlight) tea.Cmd {
	m.Clear()
	m.id, m.loading, m.highlight = id, true, hl
	ctx, arc := m.ctx, m.archive
	return func() tea.Msg {
		a, err := common.Try(func() (*content.Article, error) { return arc.Article(ctx, id) })
		if err == nil && a == nil {
			err = fmt.Errorf("article %d not found", id)
		}
		if err == nil {
			a = cleanArticle(a)
		}
		return loadedMsg{id: id, article: a, err: err}
	}
}

// Clear empties the pane, as when the list it follows has no article;
// an answer to an earlier Open is then dropped. Open starts from it.
func (m *Model) Clear() {
	m.id, m.article, m.loading, m.err = 0, nil, false, nil
	m.doc, m.lines = document{}, nil
	m.highlight, m.matches, m.current = Highlight{}, nil, -1
	m.anchor, m.anchorText = 0, false
	m.vp.SetContentLines(nil)
	m.vp.SetYOffset(0)
}

// Update handles the pane's own messages, the keys (the parent sends
// them when the pane has the focus, and the match keys from any pane) and
// the mouse wheel. The find prompt is the parent's: / comes back as a
// FindMsg.
func (m Model) Update(msg tea.Msg) (Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.KeyPressMsg:
		return m.handleKey(msg)
	case loadedMsg:
		if msg.id != m.id || !m.loading {
			return m, nil
		}
		if msg.err != nil {
			m.loading, m.err = false, msg.err
			return m, errCmd(msg.err)
		}
		m.article = msg.article
		return m, m.render()
	case renderedMsg:
		if msg.key != m.wantKey() || m.article == nil {
			return m, nil
		}
		m.loading = false
		if msg.err != nil {
			m.err = msg.err
			return m, errCmd(fmt.Errorf("rendering the article: %w", msg.err))
		}
		m.show(msg.doc)
		return m, nil
	case tea.MouseWheelMsg:
		var cmd tea.Cmd
		m.vp, cmd = m.vp.Update(msg)
		return m, cmd
	}
	return m, nil
}

func errCmd(err error) tea.Cmd {
	return func() tea.Msg { return common.ErrMsg{Err: err} }
}

// wrapWidth is the width the article is wrapped to in this pane.
func (m Model) wrapWidth() int {
	return max(10, min(m.width-2, MaxWidth))
}

func (m Model) wantKey() cacheKey {
	return cacheKey{id: m.id, width: m.wrapWidth(), dark: m.dark}
}

// render shows the cached rendering at once, or renders in a command.
func (m *Model) render() tea.Cmd {
	if m.article == nil || m.width <= 0 {
		return nil
	}
	key := m.wantKey()
	if key == m.doc.key && m.doc.text != nil {
		return nil
	}
	if doc, ok := m.cache.get(key); ok {
		m.loading = false
		m.show(doc)
		return nil
	}
	a, cache := m.article, m.cache
	return func() tea.Msg {
		doc, err := common.Try(func() (*document, error) {
			r, err := cache.renderer(render.Options{Width: key.width, Dark: key.dark})
			if err != nil {
				return nil, err
			}
			out, err := r.Article(a)
			if err != nil {
				return nil, err
			}
			return newDocument(key, out), nil
		})
		if err == nil {
			cache.put(key, doc)
		}
		return renderedMsg{key: key, doc: doc, err: err}
	}
}

// show puts a rendering on screen, keeping the reading position and the
// highlight.
func (m *Model) show(doc *document) {
	m.doc = *doc
	m.vp.SetWidth(min(m.width, m.doc.key.width))
	m.setLines(m.doc.styled)
	m.vp.SetYOffset(m.lineAtWord(m.anchor, m.anchorText))
	if len(m.highlight.Terms) > 0 || len(m.matches) > 0 {
		m.applyHighlight(m.current < 0)
	}
}

// newDocument prepares a rendering for display and search: its lines,
// and their plain text folded for finding words in it. It runs in the
// rendering command, off the UI loop, and the result is cached.
func newDocument(key cacheKey, out string) *document {
	out = strings.TrimRight(strings.ReplaceAll(out, "\r\n", "\n"), "\n ")
	lines := strings.Split(out, "\n")
	d := &document{key: key, styled: make([]string, len(lines)), widths: make([]int, len(lines)), lineStart: make([]int, len(lines))}
	var plain strings.Builder
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		d.styled[i] = l
		if i > 0 {
			plain.WriteByte('\n')
		}
		d.lineStart[i] = plain.Len()
		stripped := strings.TrimRight(ansi.Strip(l), " ")
		plain.WriteString(stripped)
		d.widths[i] = ansi.StringWidth(stripped)
	}
	d.plain = plain.String()
	// Searched with the renderer's bars and markers blanked out, so that
	// a phrase wrapped inside a quotation or caption is found whole.
	d.search = render.BlankDecorations(d.plain)
	d.text = textmatch.New(d.search)
	return d
}

// setLines sets the lines drawn. The viewport keeps the scroll position
// over a copy (it may split lines in place); View draws from lines.
func (m *Model) setLines(lines []string) {
	m.lines = lines
	m.vp.SetContentLines(append([]string(nil), lines...))
}

// margin is the blank columns left of the text, which centre it.
func (m Model) margin() int {
	return max(0, (m.width-m.doc.key.width)/2)
}

// wordsAbove counts the words of the lines above line.
func (m Model) wordsAbove(line int) int {
	if line <= 0 || len(m.doc.lineStart) == 0 {
		return 0
	}
	line = min(line, len(m.doc.lineStart)-1)
	return countWords(m.doc.plain[:m.doc.lineStart[line]])
}

// countWords counts the words of s, leaving out the renderer's
// decorations (bars, markers, rules), which repeat on every wrapped line
// and so depend on the width.
func countWords(s string) int {
	n := 0
	for _, f := range strings.Fields(s) {
		if strings.IndexFunc(f, func(r rune) bool { return unicode.IsLetter(r) || unicode.IsDigit(r) }) >= 0 {
			n++
		}
	}
	return n
}

// lineAtWord is the first line whose words above number at least n;
// with text set, the first such line that has words.
func (m Model) lineAtWord(n int, text bool) int {
	count := 0
	for i := range m.doc.lineStart {
		words := countWords(m.plainLine(i))
		if count >= n && (!text || words > 0) {
			return i
		}
		count += words
	}
	return len(m.doc.lineStart) - 1
}

// keepPosition notes the reading position before the text is rendered
// again, to find it in the new rendering.
func (m *Model) keepPosition() {
	if m.doc.text == nil {
		return
	}
	top := m.vp.YOffset()
	m.anchor = m.wordsAbove(top)
	m.anchorText = top < len(m.doc.lineStart) && countWords(m.plainLine(top)) > 0
}

func (m Model) plainLine(i int) string {
	end := len(m.doc.plain)
	if i+1 < len(m.doc.lineStart) {
		end = m.doc.lineStart[i+1] - 1
	}
	return m.doc.plain[m.doc.lineStart[i]:end]
}

// cleanArticle returns a copy of a whose text holds no control sequences:
// archive text is untrusted, and the renderer must not pass any through.
func cleanArticle(a *content.Article) *content.Article {
	c := *a
	c.Title, c.Source, c.Byline = common.Clean(a.Title), common.Clean(a.Source), common.Clean(a.Byline)
	c.URL, c.Dateline = common.Clean(a.URL), common.Clean(a.Dateline)
	c.Blocks = make([]content.Block, len(a.Blocks))
	changed := map[int]bool{} // blocks whose offsets no longer hold
	for i, b := range a.Blocks {
		c.Blocks[i] = content.Block{Type: b.Type, Text: common.Clean(b.Text)}
		changed[i] = c.Blocks[i].Text != b.Text
	}
	keep := func(spans []content.Span) []content.Span {
		var out []content.Span
		for _, sp := range spans {
			if sp.Block >= 0 && sp.Block < len(c.Blocks) && !changed[sp.Block] {
				out = append(out, sp)
			}
		}
		return out
	}
	c.Quotes = make([]content.Quote, len(a.Quotes))
	for i, q := range a.Quotes {
		q.Text, q.Spans = common.Clean(q.Text), keep(q.Spans)
		if q.Speaker != nil {
			s := common.Clean(*q.Speaker)
			q.Speaker = &s
		}
		c.Quotes[i] = q
	}
	c.People = make([]content.Person, len(a.People))
	for i, p := range a.People {
		p.Name, p.Role, p.Spans = common.Clean(p.Name), common.Clean(p.Role), keep(p.Spans)
		p.Aliases = append([]string(nil), p.Aliases...)
		for j := range p.Aliases {
			p.Aliases[j] = common.Clean(p.Aliases[j])
		}
		c.People[i] = p
	}
	c.Contributors = append([]string(nil), a.Contributors...)
	for i := range c.Contributors {
		c.Contributors[i] = common.Clean(c.Contributors[i])
	}
	c.Text = c.BodyText()
	return &c
}

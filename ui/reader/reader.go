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
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/internal/starttrace"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/render"
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
	path    string // the file the article was read from, if the archive tells
	loading bool
	err     error

	doc document // the rendering shown, perhaps not all of it yet
	// renderSeq names the rendering on its way, so that the pieces of
	// one no longer wanted (another article, width or theme) are dropped.
	renderSeq int
	renderKey cacheKey // what it renders
	pieces    pieces   // the sizes rendering and search work in
	blank     []string // empty lines: the viewport only counts lines

	highlight Highlight // what is highlighted in it
	matches   [][2]int  // byte ranges of the highlight in the plain text
	current   int       // index in matches of the selected one, -1 if none
	find      search    // the search for the highlight's matches

	// anchor is the number of words above the top line, kept across a
	// re-rendering (resize, theme) so that the reading position stays.
	anchor int
	// anchorText says the top line had words (not a blank between
	// paragraphs), so the position is restored onto text; anchorDue says
	// the pieces rendered so far do not reach it yet.
	anchorText, anchorDue bool
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
	return Model{ctx: ctx, archive: arc, cache: cache, Styles: styles, KeyMap: DefaultKeyMap(), vp: vp, dark: true, current: -1,
		pieces: pieces{first: firstPiece, next: nextPiece, find: findBudget}}
}

// Messages of the pane's commands.
type (
	loadedMsg struct {
		id      int64
		article *content.Article
		path    string
		err     error
	}
	// pieceMsg brings the next piece of rendering seq; stream renders
	// the pieces after it, nil when it was the last.
	pieceMsg struct {
		seq      int
		key      cacheKey
		chunk    *chunk
		stream   *render.Stream
		progress float64
		first    bool // the first piece of the rendering
		err      error
	}
)

// Open loads the article with that ID; hl, when it has terms, is
// highlighted once the article shows.
func (m *Model) Open(id int64, hl Highlight) tea.Cmd {
	m.Clear()
	m.id, m.loading, m.highlight = id, true, hl
	ctx, arc := m.ctx, m.archive
	return func() tea.Msg {
		var path string
		a, err := common.Try(func() (a *content.Article, err error) {
			a, path, err = load(ctx, arc, id)
			return a, err
		})
		if err == nil && a == nil {
			err = fmt.Errorf("article %d not found", id)
		}
		if err == nil {
			a = cleanArticle(a)
		}
		starttrace.Mark(ctx, "article loaded")
		return loadedMsg{id: id, article: a, path: path, err: err}
	}
}

// load reads the article, and the file it was read from when the archive
// tells (archive.Filed).
func load(ctx context.Context, arc archive.Archive, id int64) (*content.Article, string, error) {
	if f, ok := arc.(archive.Filed); ok {
		return f.ArticleFiled(ctx, id)
	}
	a, err := arc.Article(ctx, id)
	return a, "", err
}

// Clear empties the pane, as when the list it follows has no article;
// an answer to an earlier Open is then dropped. Open starts from it.
func (m *Model) Clear() {
	m.id, m.article, m.path, m.loading, m.err = 0, nil, "", false, nil
	m.doc = document{}
	m.renderSeq, m.renderKey = m.renderSeq+1, cacheKey{}
	m.highlight, m.matches, m.current = Highlight{}, nil, -1
	m.find = search{seq: m.find.seq + 1}
	m.anchor, m.anchorText, m.anchorDue = 0, false, false
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
		m.article, m.path = msg.article, msg.path
		return m, m.render()
	case pieceMsg:
		return m, m.piece(msg)
	case foundMsg:
		return m, m.found(msg)
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

// The pieces a rendering is made in: the first small enough to show
// about a screenful of a huge article at once (at most; see firstBudget),
// the others larger, each rendered in its own command.
const (
	firstPiece = 64 << 10 // bytes of Markdown
	nextPiece  = 256 << 10
)

// pieces are the sizes the pane renders and searches in (firstPiece,
// nextPiece, findBudget); tests make them small.
type pieces struct{ first, next, find int }

// firstBudget is the first piece's size for this pane: two bytes of
// Markdown per cell fill it (wrapped text takes a cell a byte), so the
// pane shows the top of an article as soon as that much is rendered, and
// the rest (one piece for an article of normal size) follows below the
// fold. Rendering costs in proportion to the text, so a long article no
// longer holds the first screen for all of it. At least 4 KB, at most
// pieces.first.
func (m Model) firstBudget() int {
	return min(m.pieces.first, max(4<<10, 2*m.width*m.height))
}

// render shows the cached rendering at once, or renders in commands, a
// piece at a time (see piece).
func (m *Model) render() tea.Cmd {
	if m.article == nil || m.width <= 0 {
		return nil
	}
	key := m.wantKey()
	if key == m.doc.key && m.doc.ready() && (m.doc.complete || key == m.renderKey) {
		return nil // shown, or on its way
	}
	if doc, ok := m.cache.get(key); ok {
		m.renderSeq++
		m.loading = false
		return m.show(doc)
	}
	m.renderSeq++
	m.renderKey = key
	seq, a, cache, budget, ctx := m.renderSeq, m.article, m.cache, m.firstBudget(), m.ctx
	return func() tea.Msg {
		msg, err := common.Try(func() (pieceMsg, error) {
			r, err := cache.renderer(render.Options{Width: key.width, Dark: key.dark})
			if err != nil {
				return pieceMsg{}, err
			}
			starttrace.Mark(ctx, "renderer made")
			defer starttrace.Mark(ctx, "article rendered")
			stream, err := r.Stream(a)
			if err != nil {
				return pieceMsg{}, err
			}
			return renderPiece(seq, key, stream, nil, budget)
		})
		msg.seq, msg.key, msg.first, msg.err = seq, key, true, err
		return msg
	}
}

// renderPiece renders the next piece of stream, to follow prev.
func renderPiece(seq int, key cacheKey, stream *render.Stream, prev *chunk, budget int) (pieceMsg, error) {
	out, err := stream.Next(budget)
	if err != nil {
		return pieceMsg{}, err
	}
	msg := pieceMsg{seq: seq, key: key, chunk: newChunk(prev, out), stream: stream}
	done, total := stream.Progress()
	msg.progress = float64(done) / float64(max(total, 1))
	if stream.Done() {
		msg.stream, msg.progress = nil, 1
	}
	return msg, nil
}

// piece takes in a piece of the rendering: the first is shown at once,
// the others added below it; then the next is asked for, and the search
// goes on into the new lines.
func (m *Model) piece(msg pieceMsg) tea.Cmd {
	if msg.seq != m.renderSeq || msg.key != m.wantKey() || m.article == nil {
		return nil
	}
	m.loading = false
	if msg.err != nil {
		m.err = msg.err
		return errCmd(fmt.Errorf("rendering the article: %w", msg.err))
	}
	doc := m.doc
	if msg.first {
		doc = document{key: msg.key}
	}
	doc.chunks = append(doc.chunks[:len(doc.chunks):len(doc.chunks)], msg.chunk)
	doc.progress, doc.complete = msg.progress, msg.stream == nil
	if doc.complete {
		m.cache.put(msg.key, &doc)
	}
	var next tea.Cmd
	if !doc.complete {
		seq, key, stream, prev, budget := msg.seq, msg.key, msg.stream, msg.chunk, m.pieces.next
		next = func() tea.Msg {
			msg, err := common.Try(func() (pieceMsg, error) { return renderPiece(seq, key, stream, prev, budget) })
			msg.seq, msg.key, msg.err = seq, key, err
			return msg
		}
	}
	if msg.first {
		return tea.Batch(next, m.show(&doc))
	}
	m.doc = doc
	m.setLines()
	if m.anchorDue {
		m.restorePosition()
	}
	if m.current < 0 {
		m.pick()
	}
	return tea.Batch(next, m.findNext())
}

// show puts a rendering on screen, keeping the reading position and the
// highlight; the command searches a long one for the highlight.
func (m *Model) show(doc *document) tea.Cmd {
	m.doc = *doc
	m.vp.SetWidth(min(m.width, m.doc.key.width))
	m.setLines()
	m.restorePosition()
	if len(m.highlight.Terms) > 0 || len(m.matches) > 0 {
		return m.applyHighlight(m.current < 0)
	}
	return nil
}

// restorePosition scrolls to the reading position kept (keepPosition).
func (m *Model) restorePosition() {
	line, found := m.doc.lineAtWord(m.anchor, m.anchorText)
	m.anchorDue = !found && !m.doc.complete
	m.vp.SetYOffset(line)
}

// setLines gives the viewport as many lines as the document has: it
// only scrolls (View draws the lines), and measuring a huge article's
// lines for it would cost what rendering them does. The empty lines are
// shared, grown as the document grows.
func (m *Model) setLines() {
	n := m.doc.numLines()
	if n > len(m.blank) {
		m.blank = make([]string, max(n, 2*len(m.blank)))
	}
	y := m.vp.YOffset()
	m.vp.SetContentLines(m.blank[:n])
	m.vp.SetYOffset(y)
}

// margin is the blank columns left of the text, which centre it.
func (m Model) margin() int {
	return max(0, (m.width-m.doc.key.width)/2)
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

// keepPosition notes the reading position before the text is rendered
// again, to find it in the new rendering.
func (m *Model) keepPosition() {
	if !m.doc.ready() || m.anchorDue {
		return // the position kept is still to be reached
	}
	top := m.vp.YOffset()
	m.anchor = m.doc.wordsAbove(top)
	m.anchorText = top < m.doc.numLines() && countWords(m.doc.plainLine(top)) > 0
}

// cleanArticle returns a copy of a whose text holds no control sequences:
// archive text is untrusted, and the renderer must not pass any through.
// Its Text is empty (see BodyText).
func cleanArticle(a *content.Article) *content.Article {
	c := *a
	c.Title, c.Source, c.Byline = common.Clean(a.Title), common.Clean(a.Source), common.Clean(a.Byline)
	c.URL, c.Dateline = common.Clean(a.URL), common.Clean(a.Dateline)
	c.Blocks = make([]content.Block, len(a.Blocks))
	changed := make([]bool, len(a.Blocks)) // blocks whose offsets no longer hold
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
	// The body text is not kept: it copies the blocks (20 MB more for a
	// huge article), and the pane and the copy key read the blocks;
	// BodyText gives it.
	c.Text = ""
	return &c
}

package reader

import (
	"sort"
	"strings"

	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/ui/render"
	"github.com/newsreader/newsreader/ui/textmatch"
)

// document is one rendering prepared for display and search, made of
// pieces (chunks) rendered one after the other: a huge article shows its
// first piece while the others are rendered. Its plain text is the
// chunks' plain texts joined by "\n"; offsets into it (matches, line
// starts) are global. Chunks never change once made, so a document is
// shared through the cache and copied with the Model freely.
type document struct {
	key    cacheKey
	chunks []*chunk
	// complete says every piece is rendered (only then is it cached).
	complete bool
	// progress is the share of the article's blocks rendered, 0 to 1.
	progress float64
}

// chunk is one rendered piece: its lines as drawn, their plain text, and
// that text folded for finding words in it.
type chunk struct {
	firstLine int // global index of its first line
	base      int // global offset of its plain text
	wordBase  int // words in the chunks before it
	styled    []string
	widths    []int  // of the lines, in columns
	plain     string // the lines without styling, joined by \n
	search    string // plain with decorations blanked (same offsets)
	lineStart []int  // offset of each line in plain
	// words[i] counts the words of the lines before line i (len lines+1).
	words []int
	text  *textmatch.Text
}

// newChunk prepares out, one piece of a rendering, to follow a chunk
// ending at prev (nil for the first): its lines, and their plain text
// folded for finding words in it. It runs in the rendering command, off
// the UI loop. A piece after another starts with the blank line between
// them.
func newChunk(prev *chunk, out string) *chunk {
	out = strings.TrimRight(strings.ReplaceAll(out, "\r\n", "\n"), "\n ")
	lines := strings.Split(out, "\n")
	c := &chunk{}
	if prev != nil {
		c.firstLine = prev.firstLine + len(prev.styled)
		c.base = prev.base + len(prev.plain) + 1
		c.wordBase = prev.wordBase + prev.words[len(prev.styled)]
		lines = append([]string{""}, lines...)
	}
	c.styled, c.widths = make([]string, len(lines)), make([]int, len(lines))
	c.lineStart, c.words = make([]int, len(lines)), make([]int, len(lines)+1)
	var plain strings.Builder
	for i, l := range lines {
		l = strings.TrimRight(l, " ")
		c.styled[i] = l
		if i > 0 {
			plain.WriteByte('\n')
		}
		c.lineStart[i] = plain.Len()
		stripped := strings.TrimRight(ansi.Strip(l), " ")
		plain.WriteString(stripped)
		c.widths[i] = ansi.StringWidth(stripped)
		c.words[i+1] = c.words[i] + countWords(stripped)
	}
	c.plain = plain.String()
	// Searched with the renderer's bars and markers blanked out, so that
	// a phrase wrapped inside a quotation or caption is found whole.
	c.search = render.BlankDecorations(c.plain)
	c.text = textmatch.New(c.search)
	return c
}

// newDocument prepares a whole rendering as one chunk.
func newDocument(key cacheKey, out string) *document {
	return &document{key: key, chunks: []*chunk{newChunk(nil, out)}, complete: true, progress: 1}
}

// ready reports whether the document has anything to show.
func (d *document) ready() bool { return len(d.chunks) > 0 }

// last is the last chunk, or nil.
func (d *document) last() *chunk {
	if len(d.chunks) == 0 {
		return nil
	}
	return d.chunks[len(d.chunks)-1]
}

// numLines is the number of lines rendered so far.
func (d *document) numLines() int {
	if c := d.last(); c != nil {
		return c.firstLine + len(c.styled)
	}
	return 0
}

// chunkOfLine returns the chunk holding line i and i's index in it.
func (d *document) chunkOfLine(i int) (*chunk, int) {
	k := sort.Search(len(d.chunks), func(k int) bool { return d.chunks[k].firstLine > i }) - 1
	c := d.chunks[max(k, 0)]
	return c, i - c.firstLine
}

// chunkOfOffset returns the chunk holding global offset off.
func (d *document) chunkOfOffset(off int) *chunk {
	k := sort.Search(len(d.chunks), func(k int) bool { return d.chunks[k].base > off }) - 1
	return d.chunks[max(k, 0)]
}

// lineStart is the global offset of line i.
func (d *document) lineStart(i int) int {
	c, j := d.chunkOfLine(i)
	return c.base + c.lineStart[j]
}

// lineOf is the line holding global offset off.
func (d *document) lineOf(off int) int {
	c := d.chunkOfOffset(off)
	return c.firstLine + max(0, sort.SearchInts(c.lineStart, off-c.base+1)-1)
}

// plainLine is line i without styling; searchLine is the same with the
// decorations blanked.
func (d *document) plainLine(i int) string {
	c, j := d.chunkOfLine(i)
	return c.line(c.plain, j)
}

func (d *document) searchLine(i int) string {
	c, j := d.chunkOfLine(i)
	return c.line(c.search, j)
}

func (c *chunk) line(text string, j int) string {
	end := len(text)
	if j+1 < len(c.lineStart) {
		end = c.lineStart[j+1] - 1
	}
	return text[c.lineStart[j]:end]
}

// plainRange is the plain text of [from, to), a range within one chunk
// (a match).
func (d *document) plainRange(from, to int) string {
	c := d.chunkOfOffset(from)
	return c.plain[from-c.base : min(to-c.base, len(c.plain))]
}

// plain is the whole plain text rendered so far.
func (d *document) plain() string {
	parts := make([]string, len(d.chunks))
	for i, c := range d.chunks {
		parts[i] = c.plain
	}
	return strings.Join(parts, "\n")
}

// wordsAbove counts the words of the lines above line.
func (d *document) wordsAbove(line int) int {
	if line <= 0 || !d.ready() {
		return 0
	}
	c, j := d.chunkOfLine(min(line, d.numLines()-1))
	return c.wordBase + c.words[j]
}

// lineAtWord is the first line whose words above number at least n; with
// text set, the first such line that has words. found is false when the
// lines rendered so far have no such line (the last line is returned).
func (d *document) lineAtWord(n int, text bool) (line int, found bool) {
	for _, c := range d.chunks {
		if c.wordBase+c.words[len(c.styled)] < n {
			continue
		}
		for j := range c.styled {
			if c.wordBase+c.words[j] >= n && (!text || c.words[j+1] > c.words[j]) {
				return c.firstLine + j, true
			}
		}
	}
	return max(0, d.numLines()-1), false
}

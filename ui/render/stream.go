package render

import (
	"errors"

	"github.com/newsreader/newsreader/content"
)

// Stream renders an article a piece at a time, so that a huge one (a
// 20 MB text file is one article of 300,000 lines) shows its first screen
// at once and the rest as it comes, instead of holding the reader for the
// seconds Glamour takes over all of it. The pieces, joined with a blank
// line, are the rendering Renderer.Article gives: a piece ends only where
// Article's output has a blank line between two blocks.
//
// A Stream is not safe for concurrent use; its Renderer is.
type Stream struct {
	r    *Renderer
	a    *content.Article
	ann  annotations
	lead int
	next int // the next block to render; -1 before the header
}

// Stream returns a Stream over a, which must not change meanwhile.
func (r *Renderer) Stream(a *content.Article) (*Stream, error) {
	if a == nil {
		return nil, errors.New("render: no article")
	}
	return &Stream{r: r, a: a, ann: annotate(a), lead: leadParagraph(a), next: -1}, nil
}

// Done reports whether every block is rendered.
func (s *Stream) Done() bool { return s.next >= len(s.a.Blocks) }

// Progress is the number of blocks rendered and the number there are.
func (s *Stream) Progress() (done, total int) { return max(s.next, 0), len(s.a.Blocks) }

// Next renders the next piece: the header, if not yet rendered, and the
// blocks that follow until about budget bytes of Markdown are gathered
// (at least one block; a list is not cut). out is "" for a piece of
// blocks with no text.
func (s *Stream) Next(budget int) (out string, err error) {
	var w segmentWriter
	w.kind = blockKind(-1)
	if s.next < 0 {
		w.header(s.a, s.lead)
		s.next = 0
	}
	for ; s.next < len(s.a.Blocks); s.next++ {
		i := s.next
		bl := &s.a.Blocks[i]
		text, marks := s.ann.marks(i, bl.Text)
		if text == "" {
			continue
		}
		// Lists join their items without a blank line: never cut one.
		list := bl.Type == content.BlockList
		if w.flushed+w.cur.Len() >= budget && !(list && w.kind == kindList) {
			break
		}
		w.block(s.a, &s.ann, i, text, marks, i == s.lead)
	}
	w.flush()
	return s.r.renderSegments(w.segs)
}

package render

import (
	"slices"
	"strings"

	"github.com/newsreader/newsreader/content"
)

// segment is a run of consecutive blocks of one kind, as Markdown for the
// Glamour renderer of that kind. Rendering runs rather than single blocks
// keeps the number of Glamour calls small.
type segment struct {
	kind     blockKind
	markdown string
}

// segments lays a out as Markdown: the headline, the metadata line, then
// the body blocks grouped into runs of one kind.
func segments(a *content.Article) []segment {
	var w segmentWriter
	w.kind = blockKind(-1)
	lead := leadParagraph(a)
	if title := cleanText(a.Title); title != "" {
		w.heading("# ", title)
	}
	if meta := metaLine(a, lead < 0); meta != "" {
		w.heading("###### ", meta)
		// The rule under the header is Markdown's, not the text's.
		w.add(kindBody).WriteString("---")
	}
	ann := annotate(a)
	for i, bl := range a.Blocks {
		if text, marks := ann.marks(i, bl.Text); text != "" {
			w.block(a, &ann, i, text, marks, i == lead)
		}
	}
	w.flush()
	return w.segs
}

// segmentWriter gathers Markdown blocks into segments, a run of blocks of
// one kind each.
type segmentWriter struct {
	segs []segment
	cur  strings.Builder
	kind blockKind // of cur
}

// flush ends the current run.
func (w *segmentWriter) flush() {
	if w.cur.Len() > 0 {
		w.segs = append(w.segs, segment{kind: w.kind, markdown: w.cur.String()})
	}
	w.cur.Reset()
}

// add starts a new Markdown block of kind k, in the current run when
// the kind has not changed.
func (w *segmentWriter) add(k blockKind) *strings.Builder {
	if k != w.kind {
		w.flush()
		w.kind = k
	} else {
		w.cur.WriteString("\n\n")
	}
	return &w.cur
}

// heading writes text as a body block after the Markdown prefix of a
// heading level ("# ", "###### ").
func (w *segmentWriter) heading(prefix, text string) {
	b := w.add(kindBody)
	b.WriteString(prefix)
	writeEscaped(b, text, false)
}

// block writes block i of a, its text cleaned and its quotations and
// people marked (marks); lead says it is the paragraph the dateline
// opens.
func (w *segmentWriter) block(a *content.Article, ann *annotations, i int, text string, marks []mark, lead bool) {
	bl := &a.Blocks[i]
	switch bl.Type {
	case content.BlockHeading:
		w.heading("## ", text)
	case content.BlockCaption:
		writeEscaped(w.add(kindCaption), text, true)
	case content.BlockCredit:
		w.heading("###### ", text)
	case content.BlockList:
		// Each item a paragraph: the renderer draws the bullets.
		writeMarked(w.add(kindList), text, marks)
	case content.BlockQuote:
		writeMarked(w.add(kindBlockQuote), text, marks)
		ann.writeAttributions(&w.cur, i, bl.Cite)
	default: // paragraphs and any kind added later
		k := kindBody
		if ann.quoted[i] {
			k = kindQuoted
		}
		b := w.add(k)
		if lead {
			// The place line opens the story, as in print
			// ("SEOUL — …"), in bold: the body styles use
			// strikethrough for nothing else (see styleFor).
			b.WriteString("~~")
			writeEscaped(b, cleanText(a.Dateline), false)
			b.WriteString("~~ " + datelineDash + " ")
		}
		writeMarked(b, text, marks)
		ann.writeAttributions(&w.cur, i, bl.Cite)
	}
}

// leadParagraph is the index of the paragraph the dateline opens: the
// first paragraph, when the article has a dateline; else -1.
func leadParagraph(a *content.Article) int {
	if cleanText(a.Dateline) == "" {
		return -1
	}
	for i, b := range a.Blocks {
		if b.Type == content.BlockParagraph && cleanText(b.Text) != "" {
			return i
		}
	}
	return -1
}

// metaLine is the line under the headline: date, source, byline and, when
// withDateline (no paragraph to open with it), the dateline; those that
// are known.
func metaLine(a *content.Article, withDateline bool) string {
	var parts []string
	for _, s := range []string{a.Published.String(), a.Source} {
		if s = cleanText(s); s != "" {
			parts = append(parts, s)
		}
	}
	if by := cleanText(a.Byline); by != "" {
		parts = append(parts, "By "+by)
	}
	if dl := cleanText(a.Dateline); dl != "" && withDateline {
		parts = append(parts, dl)
	}
	return strings.Join(parts, " · ")
}

// annotations are what the article's quotations say about its blocks.
type annotations struct {
	// byBlock holds, per block, the stretches to mark: quotations ("*")
	// and, inside paragraphs with a quotation, its speaker's name ("**").
	byBlock map[int][]mark
	// quoted says which blocks hold (part of) a quotation.
	quoted map[int]bool
	// attribution lists, per block, the speakers to name after it: those
	// of the quotations ending there whose paragraphs do not name them.
	attribution map[int][]string
}

// annotate reads a's quotations and people into annotations.
func annotate(a *content.Article) annotations {
	ann := annotations{
		byBlock:     map[int][]mark{},
		quoted:      map[int]bool{},
		attribution: map[int][]string{},
	}
	people := make(map[string]*content.Person, len(a.People))
	for i := range a.People {
		people[a.People[i].Name] = &a.People[i]
	}
	for _, q := range a.Quotes {
		blocks := map[int]bool{}
		last := -1
		for _, sp := range q.Spans {
			if sp.Block < 0 || sp.Block >= len(a.Blocks) {
				continue
			}
			ann.byBlock[sp.Block] = append(ann.byBlock[sp.Block], mark{sp.Start, sp.End, "*"})
			ann.quoted[sp.Block] = true
			blocks[sp.Block] = true
			last = max(last, sp.Block)
		}
		if last < 0 || q.Speaker == nil || cleanText(*q.Speaker) == "" {
			continue
		}
		speaker := cleanText(*q.Speaker)
		named := false
		if p := people[*q.Speaker]; p != nil {
			for _, sp := range p.Spans {
				if blocks[sp.Block] {
					ann.byBlock[sp.Block] = append(ann.byBlock[sp.Block], mark{sp.Start, sp.End, "**"})
					named = true
				}
			}
			for b := range blocks {
				named = named || mentions(a.Blocks[b].Text, p.Name, p.Aliases)
			}
		} else {
			for b := range blocks {
				named = named || mentions(a.Blocks[b].Text, speaker, nil)
			}
		}
		if !named && !slices.Contains(ann.attribution[last], speaker) {
			ann.attribution[last] = append(ann.attribution[last], speaker)
		}
	}
	return ann
}

// mentions reports whether text names the person by name or an alias.
func mentions(text, name string, aliases []string) bool {
	if name != "" && strings.Contains(text, name) {
		return true
	}
	for _, al := range aliases {
		if al != "" && strings.Contains(text, al) {
			return true
		}
	}
	return false
}

// marks returns block i's text, cleaned, and its marks in that text,
// sorted and without overlaps.
func (ann annotations) marks(i int, raw string) (string, []mark) {
	ms := ann.byBlock[i]
	if len(ms) == 0 {
		return cleanText(raw), nil
	}
	text, offsets := cleanTextOffsets(raw)
	ms = slices.Clone(ms)
	// Quotations first at equal starts, so that a name inside a quotation
	// loses to the quotation.
	slices.SortFunc(ms, func(x, y mark) int {
		if x.start != y.start {
			return x.start - y.start
		}
		return len(x.delim) - len(y.delim)
	})
	out := ms[:0]
	end := 0
	for _, m := range ms {
		if m.start < end || m.start < 0 || m.end > len(raw) || m.start >= m.end {
			continue
		}
		end = m.end
		m.start, m.end = offsets[m.start], offsets[m.end]
		if m.start < m.end {
			out = append(out, m)
		}
	}
	return text, out
}

// attributions returns the names to sign block i with: the signature the
// page gives the block (Block.Cite) when there is one, else the speakers of
// the quotations ending there that the block does not name.
func (ann annotations) attributions(i int, cite string) []string {
	if cite = cleanText(cite); cite != "" {
		return []string{cite}
	}
	return ann.attribution[i]
}

// writeAttributions writes the attribution lines due after block i, each
// on a line of its own in the block's paragraph (the quotation renderers
// keep newlines), so that the bar runs on beside them.
func (ann annotations) writeAttributions(b *strings.Builder, i int, cite string) {
	for _, name := range ann.attributions(i, cite) {
		b.WriteString("\n**")
		writeEscaped(b, creditMarker+name, false)
		b.WriteString("**")
	}
}

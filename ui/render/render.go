// Package render turns an article into styled terminal text with Glamour
// and the newsreader styles, in which captions and quotations stand out.
//
// Glamour has no element for captions or inline quotations, so an article
// is rendered block by block, each kind of block (body, paragraph holding a
// quotation, block quotation, caption, list) with its own Glamour style:
// captions get the caption colour, italics, a "▣" marker and a dashed bar;
// quoted words get the quotation colour and their paragraph a bar; a
// quotation's speaker is shown in bold where the paragraph names them, and
// as an attribution line ("— Grant Newsham") where it does not.
//
// The output is wrapped on spaces, never after a hyphen inside a word, and
// nothing is inserted into the text, so the UI can find words and names in
// ansi.Strip of it. A phrase may still run from one line to the next, with
// the margin (and in captions and quotations a bar) between its words:
// search BlankDecorations of the stripped text, where only spaces are.
package render

import (
	"errors"
	"fmt"
	"strings"
	"sync"

	"charm.land/glamour/v2"
	"github.com/charmbracelet/x/ansi"

	"github.com/newsreader/newsreader/content"
)

// Options say how to render.
type Options struct {
	// Width is the number of columns to wrap to, margins included. The UI
	// passes its pane width (at most about 100); values below MinWidth
	// are raised to it.
	Width int
	// Dark selects the style for dark terminal backgrounds.
	Dark bool
}

// MinWidth is the narrowest width rendered; narrower requests get it.
const MinWidth = 20

// Renderer renders articles with one set of Options. It keeps the Glamour
// renderers it needs, built on first use, so build one per (width, theme)
// and reuse it.
//
// A Renderer is safe for concurrent use: renders through one Renderer are
// serialised (Glamour's renderers keep per-render state), so goroutines that
// must render in parallel should each have their own.
type Renderer struct {
	opt     Options
	palette palette
	bars    [numKinds]string // the bar each kind's lines get, or ""

	mu    sync.Mutex // guards kinds: a TermRenderer is not reentrant
	kinds [numKinds]*glamour.TermRenderer
}

// New returns a Renderer for opt.
func New(opt Options) (*Renderer, error) {
	opt.Width = max(opt.Width, MinWidth)
	r := &Renderer{opt: opt, palette: paletteFor(opt.Dark)}
	for k := range numKinds {
		r.bars[k], _ = barFor(k, r.palette)
	}
	return r, nil
}

// termRenderer returns the Glamour renderer of kind k, building it the
// first time (each costs about a tenth of a millisecond, and an article
// seldom has every kind). r.mu must be held.
func (r *Renderer) termRenderer(k blockKind) (*glamour.TermRenderer, error) {
	if tr := r.kinds[k]; tr != nil {
		return tr, nil
	}
	_, barWidth := barFor(k, r.palette)
	opts := []glamour.TermRendererOption{
		glamour.WithStyles(styleFor(k, r.palette, r.opt.Width)),
		glamour.WithWordWrap(r.opt.Width - barWidth),
	}
	if k == kindQuoted || k == kindBlockQuote {
		// Article text has no newlines (cleanText); the only ones are
		// those before attribution lines.
		opts = append(opts, glamour.WithPreservedNewLines())
	}
	tr, err := glamour.NewTermRenderer(opts...)
	if err != nil {
		return nil, fmt.Errorf("render: building the style: %w", err)
	}
	r.kinds[k] = tr
	return tr, nil
}

// Options returns the options r renders with (Width raised to MinWidth).
func (r *Renderer) Options() Options { return r.opt }

// Article renders a for the terminal: the headline, a line of metadata,
// then the body. The result holds printable text, newlines and SGR colour
// sequences only, with no trailing blanks on its lines and no final newline.
func (r *Renderer) Article(a *content.Article) (string, error) {
	if a == nil {
		return "", errors.New("render: no article")
	}
	return r.renderSegments(segments(a))
}

// renderSegments renders segs and joins them with a blank line.
func (r *Renderer) renderSegments(segs []segment) (string, error) {
	r.mu.Lock()
	defer r.mu.Unlock()
	parts := make([]string, 0, len(segs))
	for _, s := range segs {
		tr, err := r.termRenderer(s.kind)
		if err != nil {
			return "", err
		}
		out, err := tr.Render(s.markdown)
		if err != nil {
			return "", fmt.Errorf("render: %w", err)
		}
		// keepOnlySGR first: it also drops the blanks Glamour pads lines
		// with, so that blank lines are empty and trimmed here.
		if out = strings.Trim(keepOnlySGR(out), "\n"); out != "" {
			if s.kind == kindList {
				out = withBullets(out, r.bars[s.kind])
			} else {
				out = withBar(out, r.bars[s.kind])
			}
			parts = append(parts, out)
		}
	}
	return strings.Join(parts, "\n\n"), nil
}

// Article renders a with a Renderer built for opt. Callers that render more
// than once should keep a Renderer instead (building one costs about as
// much as rendering a short article).
func Article(a *content.Article, opt Options) (string, error) {
	r, err := New(opt)
	if err != nil {
		return "", err
	}
	return r.Article(a)
}

// withBar puts bar after the left margin of every line of out that has
// text; blank lines, between paragraphs, get none.
func withBar(out, bar string) string {
	if bar == "" {
		return out
	}
	pad := strings.Repeat(" ", margin)
	var b strings.Builder
	b.Grow(len(out) + strings.Count(out, "\n")*len(bar))
	for line := range strings.Lines(out) {
		if rest, ok := strings.CutPrefix(line, pad); ok && strings.TrimSpace(rest) != "" {
			b.WriteString(pad)
			b.WriteString(bar)
			b.WriteString(rest)
		} else {
			b.WriteString(line)
		}
	}
	return b.String()
}

// withBullets turns out, list items rendered as paragraphs, into a list:
// bullet before the first line of each item, the other lines indented
// under its text, no blank lines between items.
func withBullets(out, bullet string) string {
	pad := strings.Repeat(" ", margin)
	hang := pad + strings.Repeat(" ", ansi.StringWidth(bullet))
	var b strings.Builder
	b.Grow(len(out) + strings.Count(out, "\n")*len(bullet))
	for i, item := range strings.Split(out, "\n\n") {
		if i > 0 {
			b.WriteByte('\n')
		}
		for j, line := range strings.Split(item, "\n") {
			if j > 0 {
				b.WriteByte('\n')
			}
			rest := strings.TrimPrefix(line, pad)
			if j == 0 {
				b.WriteString(pad + bullet + rest)
			} else {
				b.WriteString(hang + rest)
			}
		}
	}
	return b.String()
}

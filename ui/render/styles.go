package render

import (
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/ui/theme"
)

// palette is the handful of colours a newsreader style is made of.
//
// Body text has no colour: it is drawn in the terminal's own foreground,
// which the user chose to read by, and it costs nothing to render (see
// styleFor).
type palette struct {
	headline string // the article's title
	subhead  string // headings inside the body
	quote    string // quoted words and the quotation bar
	speaker  string // a quotation's speaker
	caption  string // captions and their marker
	muted    string // metadata line, credits, rules
}

// paletteFor returns the article's colours from the reader's palette
// for dark or light backgrounds. Colours are given in hex: Glamour writes
// them as 24-bit SGR sequences and the terminal side (Bubble Tea, or
// colorprofile in `show`) downsamples them to what the terminal supports.
func paletteFor(dark bool) palette {
	t := theme.For(dark)
	return palette{
		headline: t.Headline,
		subhead:  t.Subhead,
		quote:    t.Quote,
		speaker:  t.Speaker,
		caption:  t.Caption,
		muted:    t.Muted,
	}
}

// Markers: each kind of block has its own bar down its left side, so that
// captions and quotations are told apart without colour too (NO_COLOR).
const (
	captionBar    = "┆ "
	captionMarker = "▣ "
	quoteBar      = "│ "
	blockQuoteBar = "┃ "
	listBullet    = "• "
	creditMarker  = "— "
	datelineDash  = "—"
	// margin is the left and right margin of every block, in columns.
	margin = 2
)

// blockKind selects the Glamour style a block is rendered with.
type blockKind int

const (
	// kindBody: the headline (H1), the metadata line and credits (H6),
	// the rule under the header, subheads (H2), paragraphs and lists.
	kindBody       blockKind = iota
	kindQuoted               // a paragraph holding a quotation
	kindBlockQuote           // a block quotation
	kindCaption              // an image or video caption
	kindList                 // the items of a list
	kindStandfirst           // the deck under the headline
	numKinds
)

// styleFor returns the Glamour style of one kind of block at a width.
//
// Colours sit on the text (StyleConfig.Text, headings, Emph, Strong), never
// on the document or paragraph blocks: Glamour pads every line of a block
// to the full width with spaces in the block's style, one styled space at a
// time, which made a coloured block cost twice as much to render. For the
// same reason the caption marker carries its colour inside the token.
//
// The bars down the left of captions and quotations are not Glamour's:
// Glamour wraps a paragraph as if each indent token were one column wide,
// so a two-column bar pushed long lines past the width and they broke
// again. The renderer adds the bars to Glamour's output instead (see
// barFor) and has Glamour wrap those kinds narrower by the bar's width.
func styleFor(k blockKind, p palette, width int) ansi.StyleConfig {
	notBold := boolp(false)
	s := ansi.StyleConfig{
		Document: ansi.StyleBlock{Margin: uintp(margin)},
		List:     ansi.StyleList{LevelIndent: 2},
		Item:     ansi.StylePrimitive{BlockPrefix: "• "},
		Heading:  ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Bold: boolp(true), BlockSuffix: "\n"}},
		H1:       ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.headline)}},
		H2:       ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.subhead)}},
		H3:       ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.subhead)}},
		H6:       ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.muted), Bold: notBold}},
		HorizontalRule: ansi.StylePrimitive{
			Color:  str(p.muted),
			Format: strings.Repeat("─", max(width-2*margin, 1)) + "\n",
		},
		// The renderer writes emphasis only around quoted words, strong
		// text only for speakers and strikethrough only for the
		// dateline.
		Strikethrough: ansi.StylePrimitive{Bold: boolp(true)},
		Emph:          ansi.StylePrimitive{Color: str(p.quote), Italic: boolp(true)},
		Strong:        ansi.StylePrimitive{Color: str(p.speaker), Bold: boolp(true)},
		// Article text is escaped, so these only guard against surprises.
		Enumeration: ansi.StylePrimitive{BlockPrefix: ". "},
		Link:        ansi.StylePrimitive{Color: str(p.subhead), Underline: boolp(true)},
		LinkText:    ansi.StylePrimitive{Color: str(p.subhead)},
		ImageText:   ansi.StylePrimitive{Color: str(p.caption), Format: "{{.text}}"},
	}
	switch k {
	case kindBlockQuote:
		s.Text = ansi.StylePrimitive{Color: str(p.quote), Italic: boolp(true)}
	case kindCaption:
		s.Paragraph.Prefix = colored(p.caption, captionMarker)
		s.Text = ansi.StylePrimitive{Color: str(p.caption), Italic: boolp(true)}
	case kindStandfirst:
		// Set apart as a caption is (its colour, italics), without the
		// caption's marker and bar: it sums the story up, it shows nothing.
		s.Text = ansi.StylePrimitive{Color: str(p.caption), Italic: boolp(true)}
	}
	return s
}

// barFor returns the bar drawn down the left of a kind of block, coloured,
// and its width in columns; "" for kinds without one. For lists it is the
// bullet, drawn before the first line of each item (see withBullets).
func barFor(k blockKind, p palette) (string, int) {
	switch k {
	case kindQuoted:
		return colored(p.quote, quoteBar), 2
	case kindBlockQuote:
		return colored(p.quote, blockQuoteBar), 2
	case kindCaption:
		return colored(p.caption, captionBar), 2
	case kindList:
		return colored(p.subhead, listBullet), 2
	}
	return "", 0
}

// colored wraps s in the SGR sequences of a foreground colour.
func colored(hex, s string) string {
	return xansi.Style{}.ForegroundColor(lipgloss.Color(hex)).Styled(s)
}

func str(s string) *string { return &s }
func boolp(b bool) *bool   { return &b }
func uintp(u uint) *uint   { return &u }

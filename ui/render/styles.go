package render

import (
	"strings"

	"charm.land/glamour/v2/ansi"
	"charm.land/lipgloss/v2"
	xansi "github.com/charmbracelet/x/ansi"
)

// palette is the handful of colours a newsreader style is made of.
type palette struct {
	text     string // body text
	headline string // the article's title
	subhead  string // headings inside the body
	quote    string // quoted words and the quotation bar
	speaker  string // a quotation's speaker
	caption  string // captions and their marker
	muted    string // metadata line, credits, rules
}

// Colours are given in hex: Glamour writes them as 24-bit SGR sequences and
// the terminal side (Bubble Tea, or colorprofile in `show`) downsamples them
// to what the terminal supports.
var (
	darkPalette = palette{
		text:     "#D7D7D7",
		headline: "#F5F1E8",
		subhead:  "#7FB7EA",
		quote:    "#E9B361",
		speaker:  "#F6CD86",
		caption:  "#8CC3A6",
		muted:    "#8A8A8A",
	}
	lightPalette = palette{
		text:     "#262626",
		headline: "#101010",
		subhead:  "#1D5C9E",
		quote:    "#93520A",
		speaker:  "#6E3C00",
		caption:  "#2B6B50",
		muted:    "#6B6B6B",
	}
)

// Markers: each kind of block has its own bar down its left side, so that
// captions and quotations are told apart without colour too (NO_COLOR).
const (
	captionBar    = "┆ "
	captionMarker = "▣ "
	quoteBar      = "│ "
	blockQuoteBar = "┃ "
	creditMarker  = "— "
	// margin is the left and right margin of every block, in columns.
	margin = 2
)

// blockKind selects the Glamour style a block is rendered with.
type blockKind int

const (
	kindHeading    blockKind = iota // the headline and subheads
	kindBody                        // paragraphs and lists
	kindQuoted                      // a paragraph holding a quotation
	kindBlockQuote                  // a block quotation
	kindCaption                     // an image or video caption
	kindNote                        // the metadata line, the rule, credits
	numKinds
)

// styleFor returns the Glamour style of one kind of block at a width.
//
// Colours sit on the text (StyleConfig.Text, Emph, Strong), never on the
// document or paragraph blocks: Glamour pads every line of a block to the
// full width with spaces in the block's style, one styled space at a time,
// which made a coloured block cost twice as much to render. For the same
// reason the bars and markers carry their colour inside the token.
func styleFor(k blockKind, p palette, width int) ansi.StyleConfig {
	s := ansi.StyleConfig{
		Document: ansi.StyleBlock{Margin: uintp(margin)},
		Text:     ansi.StylePrimitive{Color: str(p.text)},
		List:     ansi.StyleList{LevelIndent: 2},
		Item:     ansi.StylePrimitive{BlockPrefix: "• "},
		// The renderer writes emphasis only around quoted words and
		// strong text only for speakers.
		Emph:   ansi.StylePrimitive{Color: str(p.quote), Italic: boolp(true)},
		Strong: ansi.StylePrimitive{Color: str(p.speaker), Bold: boolp(true)},
		// Article text is escaped, so these only guard against surprises.
		Enumeration: ansi.StylePrimitive{BlockPrefix: ". "},
		Link:        ansi.StylePrimitive{Color: str(p.subhead), Underline: boolp(true)},
		LinkText:    ansi.StylePrimitive{Color: str(p.subhead)},
		ImageText:   ansi.StylePrimitive{Color: str(p.caption), Format: "{{.text}}"},
	}
	switch k {
	case kindHeading:
		s.Text = ansi.StylePrimitive{}
		s.Heading = ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Bold: boolp(true)}}
		s.H1 = ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.headline)}}
		s.H2 = ansi.StyleBlock{StylePrimitive: ansi.StylePrimitive{Color: str(p.subhead)}}
		s.H3 = s.H2
	case kindQuoted:
		s.Paragraph = bar(p.quote, quoteBar)
	case kindBlockQuote:
		s.Paragraph = bar(p.quote, blockQuoteBar)
		s.Text = ansi.StylePrimitive{Color: str(p.quote), Italic: boolp(true)}
	case kindCaption:
		s.Paragraph = bar(p.caption, captionBar)
		s.Paragraph.Prefix = colored(p.caption, captionMarker)
		s.Text = ansi.StylePrimitive{Color: str(p.caption), Italic: boolp(true)}
	case kindNote:
		s.Text = ansi.StylePrimitive{Color: str(p.muted)}
		s.HorizontalRule = ansi.StylePrimitive{
			Color:  str(p.muted),
			Format: strings.Repeat("─", max(width-2*margin, 1)),
		}
	}
	return s
}

// bar is a paragraph style with a coloured bar down its left side.
func bar(color, token string) ansi.StyleBlock {
	return ansi.StyleBlock{
		Indent:      uintp(1),
		IndentToken: str(colored(color, token)),
	}
}

// colored wraps s in the SGR sequences of a foreground colour.
func colored(hex, s string) string {
	return xansi.Style{}.ForegroundColor(lipgloss.Color(hex)).Styled(s)
}

func str(s string) *string { return &s }
func boolp(b bool) *bool   { return &b }
func uintp(u uint) *uint   { return &u }

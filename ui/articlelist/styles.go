package articlelist

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the list's looks.
type Styles struct {
	Title, SelectedTitle lipgloss.Style
	Meta, SelectedMeta   lipgloss.Style
	Snippet, Match       lipgloss.Style
	// Bar marks the selected row; BarBlurred when the list is not focused.
	Bar, BarBlurred lipgloss.Style
	Placeholder     lipgloss.Style
	Empty           lipgloss.Style
	// Unread and Flag are the marks of an unread and a flagged entry.
	Unread, Flag lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	accent, dim := lipgloss.Color(p.Accent), lipgloss.Color(p.Dim)
	return Styles{
		Title:         lipgloss.NewStyle().Foreground(lipgloss.Color(p.Text)),
		SelectedTitle: lipgloss.NewStyle().Foreground(accent).Bold(true),
		Meta:          lipgloss.NewStyle().Foreground(dim),
		SelectedMeta:  lipgloss.NewStyle().Foreground(accent),
		Snippet:       lipgloss.NewStyle().Foreground(dim),
		Match:         lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)).Bold(true),
		Bar:           lipgloss.NewStyle().Foreground(accent),
		BarBlurred:    lipgloss.NewStyle().Foreground(dim),
		Placeholder:   lipgloss.NewStyle().Foreground(dim).Faint(true),
		Empty:         lipgloss.NewStyle().Foreground(dim).Italic(true),
		Unread:        lipgloss.NewStyle().Foreground(accent),
		Flag:          lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)),
	}
}

// paints are the styles worked out for one frame (see common.Paint).
type paints struct {
	title, selectedTitle, meta, selectedMeta common.Paint
	snippet, match, bar, barBlurred          common.Paint
	placeholder, unread, flag                common.Paint
}

func (s Styles) paints() paints {
	return paints{
		title: common.NewPaint(s.Title), selectedTitle: common.NewPaint(s.SelectedTitle),
		meta: common.NewPaint(s.Meta), selectedMeta: common.NewPaint(s.SelectedMeta),
		snippet: common.NewPaint(s.Snippet), match: common.NewPaint(s.Match),
		bar: common.NewPaint(s.Bar), barBlurred: common.NewPaint(s.BarBlurred),
		placeholder: common.NewPaint(s.Placeholder),
		unread:      common.NewPaint(s.Unread), flag: common.NewPaint(s.Flag),
	}
}

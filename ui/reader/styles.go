package reader

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the pane's looks; the article's own come from the renderer.
type Styles struct {
	Match, CurrentMatch lipgloss.Style
	Note, Error         lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	return Styles{
		Match: lipgloss.NewStyle().
			Background(lipgloss.Color(p.Match)).
			Foreground(lipgloss.Color(p.OnMatch)),
		CurrentMatch: lipgloss.NewStyle().
			Background(lipgloss.Color(p.Current)).
			Foreground(lipgloss.Color(p.OnCurrent)).Bold(true),
		Note:  lipgloss.NewStyle().Foreground(lipgloss.Color(p.Dim)).Italic(true),
		Error: lipgloss.NewStyle().Foreground(lipgloss.Color(p.Error)),
	}
}

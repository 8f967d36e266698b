package directory

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the view's looks.
type Styles struct {
	Title, Filter      lipgloss.Style
	Name, SelectedName lipgloss.Style
	Role, Counts, Bar  lipgloss.Style
	Empty              lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	accent, dim := lipgloss.Color(p.Accent), lipgloss.Color(p.Dim)
	return Styles{
		Title:        lipgloss.NewStyle().Bold(true).Foreground(dim),
		Filter:       lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)),
		Name:         lipgloss.NewStyle().Bold(true),
		SelectedName: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Role:         lipgloss.NewStyle().Foreground(dim),
		Counts:       lipgloss.NewStyle().Foreground(dim),
		Bar:          lipgloss.NewStyle().Foreground(accent),
		Empty:        lipgloss.NewStyle().Foreground(dim).Italic(true),
	}
}

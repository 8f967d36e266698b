package people

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the sidebar's looks.
type Styles struct {
	Title                  lipgloss.Style
	Name, SelectedName     lipgloss.Style
	Role, Counts           lipgloss.Style
	Bar, BarBlurred, Empty lipgloss.Style
	// Active marks the person whose mentions are highlighted.
	Active lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	accent, dim := lipgloss.Color(p.Accent), lipgloss.Color(p.Dim)
	return Styles{
		Title:        lipgloss.NewStyle().Bold(true).Foreground(dim),
		Name:         lipgloss.NewStyle().Bold(true),
		SelectedName: lipgloss.NewStyle().Bold(true).Foreground(accent),
		Role:         lipgloss.NewStyle().Foreground(dim),
		Counts:       lipgloss.NewStyle().Foreground(dim).Faint(true),
		Bar:          lipgloss.NewStyle().Foreground(accent),
		BarBlurred:   lipgloss.NewStyle().Foreground(dim),
		Empty:        lipgloss.NewStyle().Foreground(dim).Italic(true),
		Active:       lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)),
	}
}

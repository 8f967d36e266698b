package coverage

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the chart's looks.
type Styles struct {
	Title, Bar, Selected, Axis, Label, Peak, Empty lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	dim := lipgloss.Color(p.Dim)
	return Styles{
		Title:    lipgloss.NewStyle().Bold(true),
		Bar:      lipgloss.NewStyle().Foreground(lipgloss.Color(p.Subhead)),
		Selected: lipgloss.NewStyle().Foreground(lipgloss.Color(p.Accent)),
		Axis:     lipgloss.NewStyle().Foreground(lipgloss.Color(p.Rule)),
		Label:    lipgloss.NewStyle().Foreground(dim),
		Peak:     lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)),
		Empty:    lipgloss.NewStyle().Foreground(dim).Italic(true),
	}
}

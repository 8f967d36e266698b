package reader

import "charm.land/lipgloss/v2"

// Styles are the pane's looks; the article's own come from the renderer.
type Styles struct {
	Match, CurrentMatch lipgloss.Style
	Note, Error         lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	return Styles{
		Match: lipgloss.NewStyle().
			Background(ld(lipgloss.Color("#FFE58A"), lipgloss.Color("#5C4A00"))).
			Foreground(ld(lipgloss.Color("#000000"), lipgloss.Color("#FFFFFF"))),
		CurrentMatch: lipgloss.NewStyle().
			Background(ld(lipgloss.Color("#FF8C00"), lipgloss.Color("#FFB454"))).
			Foreground(lipgloss.Color("#000000")).Bold(true),
		Note:  lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#8A8A8A"), lipgloss.Color("#777777"))).Italic(true),
		Error: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#C00000"), lipgloss.Color("#FF6B6B"))),
	}
}

package ui

import (
	"charm.land/lipgloss/v2"
	"github.com/newsreader/newsreader/ui/theme"
)

// Styles are the looks of the frame: header, status bar, separators.
type Styles struct {
	Header, HeaderDim   lipgloss.Style
	Status, StatusError lipgloss.Style
	StatusInfo          lipgloss.Style
	Search              lipgloss.Style
	Separator           lipgloss.Style
	// FocusSeparator is the separator beside the pane with the keys.
	FocusSeparator lipgloss.Style
	HelpTitle      lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	p := theme.For(dark)
	bar, dim := lipgloss.Color(p.Bar), lipgloss.Color(p.FrameDim)
	return Styles{
		Header:         lipgloss.NewStyle().Background(bar).Foreground(lipgloss.Color(p.OnBar)).Bold(true),
		HeaderDim:      lipgloss.NewStyle().Background(bar).Foreground(dim),
		Status:         lipgloss.NewStyle().Foreground(dim),
		StatusError:    lipgloss.NewStyle().Foreground(lipgloss.Color(p.Error)).Bold(true),
		StatusInfo:     lipgloss.NewStyle().Foreground(lipgloss.Color(p.Notice)),
		Search:         lipgloss.NewStyle().Foreground(lipgloss.Color(p.Found)).Bold(true),
		Separator:      lipgloss.NewStyle().Foreground(lipgloss.Color(p.Rule)),
		FocusSeparator: lipgloss.NewStyle().Foreground(lipgloss.Color(p.Accent)),
		HelpTitle:      lipgloss.NewStyle().Bold(true),
	}
}

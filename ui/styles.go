package ui

import "charm.land/lipgloss/v2"

// Styles are the looks of the frame: header, status bar, separators.
type Styles struct {
	Header, HeaderDim   lipgloss.Style
	Status, StatusError lipgloss.Style
	StatusInfo          lipgloss.Style
	Search              lipgloss.Style
	Separator           lipgloss.Style
	HelpTitle           lipgloss.Style
}

// DefaultStyles returns the styles for a dark or light background.
func DefaultStyles(dark bool) Styles {
	ld := lipgloss.LightDark(dark)
	bar := ld(lipgloss.Color("#E8E4F8"), lipgloss.Color("#2A2540"))
	fg := ld(lipgloss.Color("#2A2540"), lipgloss.Color("#E8E4F8"))
	dim := ld(lipgloss.Color("#6E6A86"), lipgloss.Color("#8F8AAC"))
	return Styles{
		Header:      lipgloss.NewStyle().Background(bar).Foreground(fg).Bold(true),
		HeaderDim:   lipgloss.NewStyle().Background(bar).Foreground(dim),
		Status:      lipgloss.NewStyle().Foreground(dim),
		StatusError: lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#C00000"), lipgloss.Color("#FF6B6B"))).Bold(true),
		StatusInfo:  lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#006B3C"), lipgloss.Color("#7FD99A"))),
		Search:      lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#B35C00"), lipgloss.Color("#FFB454"))).Bold(true),
		Separator:   lipgloss.NewStyle().Foreground(ld(lipgloss.Color("#D0CCE0"), lipgloss.Color("#3A3550"))),
		HelpTitle:   lipgloss.NewStyle().Bold(true),
	}
}

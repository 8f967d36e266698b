// Package theme is the reader's one palette, for dark and light
// backgrounds. Every pane's Styles and the article renderer take their
// colours from it, so that a colour is chosen in one place and the panes
// agree on what it means (the accent marks the selection everywhere, the
// warm colour what was found).
package theme

// Palette names the colours by what they mark. Colours are hex strings:
// lipgloss takes them through lipgloss.Color, and the renderer writes
// them into Glamour's style as they are.
type Palette struct {
	// The frame: header, status bar and the rules between panes.
	Bar, OnBar    string // the header's background and its text
	FrameDim      string // the frame's secondary text (order, position)
	Rule          string // the lines between panes
	Error, Notice string // a failure, a notice in the status bar

	// The panes.
	Text   string // list titles
	Dim    string // secondary text: dates, sources, roles, notes
	Accent string // the selection and its bar
	Found  string // what a search found: snippet terms, the search state, the person shown

	// Highlights drawn over the article's text.
	Match, OnMatch     string // a match: background and text
	Current, OnCurrent string // the selected match

	// The article as rendered (package render): body text keeps the
	// terminal's own colour.
	Headline, Subhead string
	Quote, Speaker    string // quoted words and bars, a quotation's speaker
	Caption           string
	Muted             string // the metadata line, credits, rules
}

// For returns the palette for a dark or a light background.
func For(dark bool) Palette {
	if dark {
		return Palette{
			Bar: "#2A2540", OnBar: "#E8E4F8", FrameDim: "#8F8AAC", Rule: "#3A3550",
			Error: "#FF6B6B", Notice: "#7FD99A",
			Text: "#DDDDDD", Dim: "#777777", Accent: "#AD8CFF", Found: "#FFB454",
			Match: "#5C4A00", OnMatch: "#FFFFFF", Current: "#FFB454", OnCurrent: "#000000",
			Headline: "#F5F1E8", Subhead: "#7FB7EA", Quote: "#E9B361", Speaker: "#F6CD86",
			Caption: "#8CC3A6", Muted: "#8A8A8A",
		}
	}
	return Palette{
		Bar: "#E8E4F8", OnBar: "#2A2540", FrameDim: "#6E6A86", Rule: "#D0CCE0",
		Error: "#C00000", Notice: "#006B3C",
		Text: "#1A1A1A", Dim: "#8A8A8A", Accent: "#7D56F4", Found: "#B35C00",
		Match: "#FFE58A", OnMatch: "#000000", Current: "#FF8C00", OnCurrent: "#000000",
		Headline: "#101010", Subhead: "#1D5C9E", Quote: "#93520A", Speaker: "#6E3C00",
		Caption: "#2B6B50", Muted: "#6B6B6B",
	}
}

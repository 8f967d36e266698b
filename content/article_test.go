package content

import "testing"

// Article.Text is the body alone: captions, credits and the standfirst
// are shown as blocks but are not the story's running text.
func TestMainTextLeavesOutCaptionsCreditsAndStandfirst(t *testing.T) {
	a := &Article{Blocks: []Block{
		{Type: BlockStandfirst, Text: "The deck."},
		{Type: BlockCaption, Text: "A harbour at dawn."},
		{Type: BlockParagraph, Text: "First paragraph."},
		{Type: BlockHeading, Text: "Costs"},
		{Type: BlockList, Text: "An item."},
		{Type: BlockQuote, Text: "A quotation."},
		{Type: BlockCredit, Text: "Jane Doe contributed to this report."},
	}}
	want := "First paragraph.\n\nCosts\n\nAn item.\n\nA quotation."
	if got := a.MainText(); got != want {
		t.Errorf("MainText() = %q, want %q", got, want)
	}
	if got := a.BodyText(); len(got) <= len(want) {
		t.Errorf("BodyText() = %q: it keeps every block", got)
	}
}

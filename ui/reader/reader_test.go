package reader

import (
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
)

// TestHighlightAcrossLines: a name wrapped from one line of a quotation
// to the next, past the quotation's bar, is found and drawn on both lines.
func TestHighlightAcrossLines(t *testing.T) {
	out := "   Title\n\n   │ “Words,” said Hosaka\n   │ Yuji, “more words.”\n\n   Hosaka Yuji again."
	m := Model{Styles: DefaultStyles(true), KeyMap: DefaultKeyMap(), width: 40, height: 10, current: -1}
	m.vp.SetHeight(10)
	m.show(newDocument(cacheKey{id: 1, width: 40}, out))
	m.SetHighlight(Highlight{Kind: HighlightPerson, Label: "Hosaka Yuji", Terms: []string{"Hosaka Yuji", "Hosaka"}, Words: true})
	if _, total := m.Matches(); total != 2 {
		t.Fatalf("%d matches, want 2: %q", total, m.MatchText())
	}
	if got := m.MatchText()[0]; got != "Hosaka\n   │ Yuji" {
		t.Errorf("first match spans %q", got)
	}
	segs := m.segments(m.matches[0])
	if len(segs) != 2 || segs[0].line != 2 || segs[1].line != 3 {
		t.Fatalf("segments %+v", segs)
	}
	// The second line's part starts after the bar, at "Yuji".
	line := ansi.Strip(m.highlighted(3))
	if line[:len("   │ ")] != "   │ " || segs[1].from != 5 || segs[1].to != 9 {
		t.Errorf("second segment %+v on %q", segs[1], line)
	}
	if !strings.Contains(m.highlighted(3), "\x1b[") {
		t.Error("highlight not drawn on the continuation line")
	}
	m, _ = m.Update(tea.KeyPressMsg{Code: 'n', Text: "n"})
	if cur, _ := m.Matches(); cur != 2 {
		t.Errorf("next match is %d", cur)
	}
}

package directory

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/internal/teadrive"
)

// countingArchive answers People from a fixed list and records every
// filter it was asked for; the other methods are not used by the view.
type countingArchive struct {
	archive.Archive
	mu     sync.Mutex
	asked  []string
	people []archive.Person
}

func (a *countingArchive) People(_ context.Context, filter string, _ int) ([]archive.Person, error) {
	a.mu.Lock()
	a.asked = append(a.asked, filter)
	a.mu.Unlock()
	var out []archive.Person
	for _, p := range a.people {
		if strings.Contains(strings.ToLower(p.Name), strings.ToLower(filter)) {
			out = append(out, p)
		}
	}
	return out, nil
}

// settle runs cmd and every command its messages lead to, feeding the
// messages to m, as the Bubble Tea runtime would.
func settle(m Model, cmd tea.Cmd) Model { return teadrive.Settle(m, cmd, nil) }

// TestFilterAsksOncePerPause: typing a name letter by letter faster than
// the delay asks the archive once, for the whole name, and the view lists
// what that answer keeps; with no delay every letter asks.
func TestFilterAsksOncePerPause(t *testing.T) {
	for _, tc := range []struct {
		delay time.Duration
		asks  []string
	}{
		{20 * time.Millisecond, []string{"ros"}},
		{0, []string{"r", "ro", "ros"}},
	} {
		arc := &countingArchive{people: []archive.Person{{Name: "Ada Rossi", Articles: 3}, {Name: "Ben Roe", Articles: 2}}}
		m := New(context.Background(), arc, DefaultStyles(true))
		m.Delay = tc.delay
		m.SetSize(80, 20)
		m, _ = m.Update(tea.KeyPressMsg{Code: '/', Text: "/"})
		var cmds []tea.Cmd
		for _, r := range "ros" {
			var cmd tea.Cmd
			m, cmd = m.Update(tea.KeyPressMsg{Code: r, Text: string(r)})
			cmds = append(cmds, cmd)
		}
		for _, cmd := range cmds {
			m = settle(m, cmd)
		}
		if strings.Join(arc.asked, ",") != strings.Join(tc.asks, ",") {
			t.Errorf("delay %v: the archive was asked for %q, want %q", tc.delay, arc.asked, tc.asks)
		}
		if p, ok := m.Selected(); m.Len() != 1 || !ok || p.Name != "Ada Rossi" {
			t.Errorf("delay %v: %d people listed, first %+v; want Ada Rossi alone", tc.delay, m.Len(), p)
		}
	}
}

package ui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/teatest/v2"
)

// TestProgram runs the reader as a real Bubble Tea program (input and
// output through teatest's pipes): open the sample, find "Newsham", quit.
func TestProgram(t *testing.T) {
	arc := newArchive(t, loadArticles(t))
	tap := &viewTap{Model: New(context.Background(), arc, WithName("test"))}
	tm := teatest.NewTestModel(t, tap,
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor(t, tap, "7 articles")
	// Filter the list down to the sample, then open it.
	tm.Send(keyPress("/"))
	tm.Type("summit")
	tm.Send(keyPress("enter"))
	waitFor(t, tap, "1 article matching")
	// The count comes before the list's rows, and enter opens the row
	// under the cursor: wait for it, and then for the article pane's own
	// status line, since the preview beside the list shows the title
	// before anything is opened.
	waitForSelection(t, tap)
	tm.Send(keyPress("enter"))
	waitFor(t, tap, "Summit Produces Economic Deals")
	waitFor(t, tap, "line ")
	tm.Send(keyPress("/"))
	tm.Type("Newsham")
	waitFor(t, tap, "1/4")
	tm.Send(keyPress("enter"))
	tm.Send(keyPress("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(*viewTap).Model
	if _, total := final.reader.Matches(); total != 4 {
		t.Errorf("the program ended with %d matches of Newsham, want 4", total)
	}
}

// waitFor waits until the last frame the program drew shows text. It
// looks at the frame, not at the output stream: the renderer writes only
// the cells that changed, so "7 articles" after "0 articles" reaches the
// terminal as a lone "7".
func waitFor(t *testing.T, tap *viewTap, text string) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for !strings.Contains(tap.screen(), text) {
		if time.Now().After(deadline) {
			t.Fatalf("%q not on the screen after 10 s; last frame:\n%s", text, tap.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// waitForSelection waits until the list, as last drawn, has a row under
// its cursor.
func waitForSelection(t *testing.T, tap *viewTap) {
	t.Helper()
	deadline := time.Now().Add(10 * time.Second)
	for {
		tap.mu.Lock()
		ok := tap.selected
		tap.mu.Unlock()
		if ok {
			return
		}
		if time.Now().After(deadline) {
			t.Fatalf("no row selected after 10 s; last frame:\n%s", tap.screen())
		}
		time.Sleep(20 * time.Millisecond)
	}
}

// viewTap wraps the root model to keep a copy of the last frame, without
// styles, for waitFor, and whether the list had a row selected then.
type viewTap struct {
	Model
	mu       sync.Mutex
	last     string
	selected bool
}

func (v *viewTap) Init() tea.Cmd { return v.Model.Init() }

func (v *viewTap) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	m, cmd := v.Model.Update(msg)
	v.Model = m.(Model)
	return v, cmd
}

func (v *viewTap) View() tea.View {
	view := v.Model.View()
	v.mu.Lock()
	v.last = ansi.Strip(view.Content)
	_, v.selected = v.Model.list.Selected()
	v.mu.Unlock()
	return view
}

func (v *viewTap) screen() string {
	v.mu.Lock()
	defer v.mu.Unlock()
	return v.last
}

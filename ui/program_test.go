package ui

import (
	"bytes"
	"context"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/colorprofile"
	"github.com/charmbracelet/x/exp/teatest/v2"
	"github.com/newsreader/newsreader/ui/archive"
)

// TestProgram runs the reader as a real Bubble Tea program (input and
// output through teatest's pipes): open the sample, find "Newsham", quit.
func TestProgram(t *testing.T) {
	arc := archive.NewMemory(loadArticles(t))
	m := New(context.Background(), arc, WithName("test"))
	tm := teatest.NewTestModel(t, m,
		teatest.WithInitialTermSize(120, 40),
		teatest.WithProgramOptions(tea.WithColorProfile(colorprofile.Ascii)))
	waitFor(t, tm, "7 articles")
	// Filter the list down to the sample, then open it.
	tm.Send(keyPress("/"))
	tm.Type("summit")
	tm.Send(keyPress("enter"))
	waitFor(t, tm, "1 article matching")
	tm.Send(keyPress("enter"))
	waitFor(t, tm, "Summit Produces Economic Deals")
	tm.Send(keyPress("/"))
	tm.Type("Newsham")
	waitFor(t, tm, "1/4")
	tm.Send(keyPress("enter"))
	tm.Send(keyPress("q"))
	final := tm.FinalModel(t, teatest.WithFinalTimeout(5*time.Second)).(Model)
	if _, total := final.reader.Matches(); total != 4 {
		t.Errorf("the program ended with %d matches of Newsham, want 4", total)
	}
}

func waitFor(t *testing.T, tm *teatest.TestModel, text string) {
	t.Helper()
	teatest.WaitFor(t, tm.Output(), func(b []byte) bool {
		return bytes.Contains(b, []byte(text))
	}, teatest.WithDuration(5*time.Second), teatest.WithCheckInterval(20*time.Millisecond))
}

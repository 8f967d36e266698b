package ui

import (
	"testing"

	"github.com/newsreader/newsreader/ui/articlelist"
)

// TestEscKeepsListPosition: after a person's articles (a), an archive
// search (ctrl+f) or a filter (/), esc brings the whole list back with the
// cursor on the article it was on, not on the first.
func TestEscKeepsListPosition(t *testing.T) {
	flows := map[string]func(t *testing.T, m Model) Model{
		"search": func(t *testing.T, m Model) Model {
			m = drive(t, m, keys("ctrl+f")...)
			m = drive(t, m, typeText("islands")...)
			return drive(t, m, keys("enter j esc")...)
		},
		"filter": func(t *testing.T, m Model) Model {
			m = drive(t, m, keys("/")...)
			m = drive(t, m, typeText("a")...)
			return drive(t, m, keys("enter j esc")...)
		},
		"person": func(t *testing.T, m Model) Model {
			m = drive(t, m, keys("enter")...)
			m = selectPerson(t, m, "Grant Newsham")
			m = drive(t, m, keys("a")...)
			if m.list.Mode() != articlelist.ModePerson {
				t.Fatalf("a shows mode %v", m.list.Mode())
			}
			return drive(t, m, keys("esc")...)
		},
	}
	for name, flow := range flows {
		t.Run(name, func(t *testing.T) {
			m := newCastModel(t, 160, 48)
			m = selectTitle(t, m, sampleTitle) // the article Grant Newsham is in
			was, _ := m.list.Selected()
			cursor := m.list.Cursor()
			if cursor == 0 {
				t.Fatal("the sample is the first row: the test would prove nothing")
			}
			m = flow(t, m)
			// The first esc may only clear the highlight of the article
			// previewed beside the results.
			for range 2 {
				if m.list.Mode() != articlelist.ModeAll || m.list.Query().Filter != "" {
					m = drive(t, m, keys("esc")...)
				}
			}
			if m.list.Mode() != articlelist.ModeAll || m.list.Query().Filter != "" {
				t.Fatalf("esc left mode %v filter %q", m.list.Mode(), m.list.Query().Filter)
			}
			if got, _ := m.list.Selected(); got.ID != was.ID || m.list.Cursor() != cursor {
				t.Errorf("cursor on %d %q, want %d %q", m.list.Cursor(), got.Title, cursor, was.Title)
			}
		})
	}
}

package ui

import (
	"strings"
	"testing"
)

// Keys typed right after one that gives the keys to someone else go
// there, before any command has run: the letters after / belong to the
// prompt, the j after enter to the article.
func TestKeysTypedAheadGoWhereTheKeyBefore(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	for _, k := range keys("/ s u m") {
		next, _ := m.Update(k)
		m = next.(Model)
	}
	if m.prompt != promptFilter || m.input.Value() != "sum" {
		t.Errorf("typed ahead: prompt %v holds %q, want the filter holding sum", m.prompt, m.input.Value())
	}
	m = drive(t, m, keys("esc g")...)
	for _, k := range keys("enter j") {
		next, _ := m.Update(k)
		m = next.(Model)
	}
	if m.focus != paneReader || m.list.Cursor() != 0 {
		t.Errorf("enter j: focus %v, list cursor %d; want the article to have the j", m.focus, m.list.Cursor())
	}
}

// The help lists the keys of the pane that has them: the sidebar has no
// page moves.
func TestHelpFollowsTheFocus(t *testing.T) {
	m := newCastModel(t, 160, 48)
	m = openSample(t, m)
	m = selectPerson(t, m, "Hosaka Yuji")
	m = drive(t, m, keys("?")...)
	view := screen(m)
	if !strings.Contains(view, "show mentions") || strings.Contains(view, "page down") || strings.Contains(view, "find in article") {
		t.Errorf("the sidebar's help:\n%s", view)
	}
}

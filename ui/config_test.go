package ui

import (
	"context"
	"os"
	"path/filepath"
	"regexp"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
)

// newConfigModel is newTestModel started with the configuration text.
func newConfigModel(t *testing.T, text string) (Model, error) {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	opt, err := LoadSettings(path)
	m := New(context.Background(), newArchive(t, loadArticles(t)), WithName("test"), WithFilterDelay(0), opt,
		WithOpener(func(context.Context, string) error { return nil }))
	return drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 120, Height: 30}), err
}

// quits reports whether k ends the reader.
func quits(m Model, k string) bool {
	_, cmd := m.Update(keyPress(k))
	for _, msg := range run(cmd) {
		if _, ok := msg.(tea.QuitMsg); ok {
			return true
		}
	}
	return cmd != nil && isQuit(cmd)
}

func isQuit(cmd tea.Cmd) bool {
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		for _, c := range b {
			if c != nil && isQuit(c) {
				return true
			}
		}
		return false
	}
	_, ok := msg.(tea.QuitMsg)
	return ok
}

// Keys given in the configuration replace the defaults, in the panes
// they name, and the hints and the help show them.
func TestConfigRemapsKeys(t *testing.T) {
	m, err := newConfigModel(t, "keys:\n  quit: [x, ctrl+c]\n  list.filter: i\n  down: [J]\n")
	if err != nil {
		t.Fatal(err)
	}
	if !quits(m, "x") || quits(m, "q") {
		t.Errorf("quit: x should quit and q not")
	}
	view := screen(m)
	if !strings.Contains(view, "x/ctrl+c quit") {
		t.Errorf("the hints do not show the new quit key:\n%s", view)
	}
	m = drive(t, m, keys("?")...)
	help := screen(m)
	if !regexp.MustCompile(`\bi +filter list`).MatchString(help) || !regexp.MustCompile(`\bJ +down`).MatchString(help) {
		t.Errorf("the help does not show the remapped keys:\n%s", help)
	}
	m = drive(t, m, keys("? J")...)
	if m.list.Cursor() != 1 {
		t.Errorf("J did not move down: cursor %d", m.list.Cursor())
	}
	m = drive(t, m, keys("i")...)
	if m.prompt != promptFilter {
		t.Errorf("i did not open the list filter")
	}
}

// The theme and the layout given are used from the start; the terminal's
// background does not override the theme.
func TestConfigThemeAndLayout(t *testing.T) {
	m, err := newConfigModel(t, "theme: light\nlayout: compact\n")
	if err != nil {
		t.Fatal(err)
	}
	if m.dark || !m.list.Compact() {
		t.Errorf("dark %v, compact %v", m.dark, m.list.Compact())
	}
	m = drive(t, m, tea.BackgroundColorMsg{Color: nil})
	if m.dark {
		t.Errorf("the terminal's background overrode theme: light")
	}
	if m, _ := newConfigModel(t, ""); !m.dark || m.list.Compact() {
		t.Errorf("defaults: dark %v, compact %v", m.dark, m.list.Compact())
	}
}

// A configuration with a mistake starts the reader with the defaults
// and says so, naming the file, the line and the field.
func TestConfigErrorStartsWithDefaults(t *testing.T) {
	m, err := newConfigModel(t, "theme: light\nkeys:\n  quit: [x]\n  relaod: R\n")
	if err == nil || !strings.Contains(err.Error(), "config.yaml:4: keys.relaod") {
		t.Fatalf("error %v", err)
	}
	view := screen(m)
	if !strings.Contains(view, "config.yaml:4: keys.relaod") || !strings.Contains(view, "started with the defaults") {
		t.Errorf("the reader does not say so:\n%s", view)
	}
	if !quits(m, "q") || quits(m, "x") || !m.dark {
		t.Errorf("not the defaults")
	}
}

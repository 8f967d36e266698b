package ui

import (
	"context"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/ui/history"
)

// newHistoryModel is newTestModel keeping its searches in path.
func newHistoryModel(t *testing.T, arc Archive, path string) Model {
	t.Helper()
	m := New(context.Background(), arc, WithName("test"), WithFilterDelay(0), WithHistory(path),
		WithOpener(func(context.Context, string) error { return nil }))
	return drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 120, Height: 30})
}

// search types q after ctrl+f and accepts it, then leaves the results.
func search(t *testing.T, m Model, q string) Model {
	t.Helper()
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText(q)...)
	return drive(t, m, keys("enter esc")...)
}

// Up and down in the ctrl+f prompt recall earlier searches, newest
// first, each once; the searches are kept in the history file, newest
// last, and a reader opened later recalls them.
func TestSearchHistoryRecall(t *testing.T) {
	path := filepath.Join(t.TempDir(), "state", "history")
	if err := history.Save(path, []string{"older session"}); err != nil {
		t.Fatal(err)
	}
	arc := newArchive(t, loadArticles(t))
	m := newHistoryModel(t, arc, path)
	for _, q := range []string{"islands", "treaty", "islands"} {
		m = search(t, m, q)
	}
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("half")...)
	if !strings.Contains(screen(m), "↑ earlier search") {
		t.Errorf("the prompt does not hint at the history:\n%s", screen(m))
	}
	var seen []string
	for _, k := range []string{"up", "up", "up", "up", "down", "down", "down"} {
		m = drive(t, m, keys(k)...)
		seen = append(seen, m.input.Value())
	}
	want := []string{"islands", "treaty", "older session", "older session", "treaty", "islands", "half"}
	if !slices.Equal(seen, want) {
		t.Errorf("recalled %q, want %q", seen, want)
	}
	m = drive(t, m, keys("up enter")...)
	if q := m.list.Search(); q != "islands" {
		t.Errorf("enter on a recalled search ran %q", q)
	}
	data, err := os.ReadFile(path)
	if err != nil || string(data) != "older session\ntreaty\nislands\n" {
		t.Errorf("history file %q %v", data, err)
	}
	m = newHistoryModel(t, arc, path)
	m = drive(t, m, keys("ctrl+f up")...)
	if m.input.Value() != "islands" {
		t.Errorf("a new session recalls %q first", m.input.Value())
	}
}

// A history file that cannot be written is said in the status bar; the
// search runs all the same.
func TestSearchHistoryNotSaved(t *testing.T) {
	dir := t.TempDir()
	blocker := filepath.Join(dir, "file")
	if err := os.WriteFile(blocker, nil, 0o644); err != nil {
		t.Fatal(err)
	}
	m := newHistoryModel(t, newArchive(t, loadArticles(t)), filepath.Join(blocker, "history"))
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("islands")...)
	m = drive(t, m, keys("enter")...)
	if !strings.Contains(screen(m), "search history not saved") {
		t.Errorf("no word of the failure:\n%s", screen(m))
	}
	if n, _ := m.list.Total(); n == 0 {
		t.Errorf("the search did not run")
	}
}

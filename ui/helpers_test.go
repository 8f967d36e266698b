package ui

import (
	"context"
	"encoding/json"
	"fmt"
	"os"
	"path/filepath"
	"sort"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/sample"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// sampleName is the reference article, a VOA story (public domain).
const sampleName = "voa-japan-russia-summit.txt"

// loadArticles parses every article in testdata/articles, the VOA sample
// first.
func loadArticles(t testing.TB) []*content.Article {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", "articles", "*.txt"))
	if err != nil || len(paths) == 0 {
		t.Fatalf("no test articles: %v", err)
	}
	sort.Slice(paths, func(i, j int) bool {
		return strings.HasSuffix(paths[i], sampleName) && !strings.HasSuffix(paths[j], sampleName)
	})
	var out []*content.Article
	for _, p := range paths {
		data, err := os.ReadFile(p)
		if err != nil {
			t.Fatal(err)
		}
		as, err := formats.ParseBytes(filepath.Base(p), data, formats.Options{})
		if err != nil {
			t.Fatalf("%s: %v", p, err)
		}
		out = append(out, as...)
	}
	return out
}

// newArchive holds articles in a new SQLite archive (in a temporary
// folder, removed after the test), the first with ID 1: the reader is
// tested on the archive and the search engine it runs on.
func newArchive(t testing.TB, as []*content.Article) Archive {
	t.Helper()
	a, err := sample.NewArchive(context.Background(), as)
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { a.Close() })
	return archivestore.New(a.Store)
}

// newTestModel returns a reader over the test articles, sized w×h, with
// its first page loaded.
func newTestModel(t testing.TB, w, h int) (Model, Archive) {
	t.Helper()
	arc := newArchive(t, loadArticles(t))
	m := New(context.Background(), arc, WithName("test"), WithFilterDelay(0),
		WithOpener(func(context.Context, string) error { return nil }))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: w, Height: h})
	return m, arc
}

// drive sends msgs to m one after the other (a tea.Cmd is run first),
// running every command they return until none is left, as the Bubble
// Tea runtime would but synchronously, so that tests are deterministic.
func drive(t testing.TB, m Model, msgs ...any) Model {
	t.Helper()
	var queue []tea.Msg
	for _, x := range msgs {
		switch x := x.(type) {
		case tea.Cmd:
			queue = append(queue, run(x)...)
		case tea.Msg:
			queue = append(queue, x)
		}
		for len(queue) > 0 {
			msg := queue[0]
			queue = queue[1:]
			next, cmd := m.Update(msg)
			m = next.(Model)
			queue = append(queue, run(cmd)...)
		}
	}
	return m
}

// run executes a command and any batch it returns, dropping the
// runtime's own messages (window title, clipboard, colour queries) and
// the quit message, which drive has no program to end.
func run(cmd tea.Cmd) []tea.Msg {
	if cmd == nil {
		return nil
	}
	done := make(chan tea.Msg, 1)
	go func() { done <- cmd() }()
	var msg tea.Msg
	select {
	case msg = <-done:
	case <-time.After(10 * time.Second): // a command that never answers
		return nil
	}
	switch msg := msg.(type) {
	case nil:
		return nil
	case tea.BatchMsg:
		var out []tea.Msg
		for _, c := range msg {
			out = append(out, run(c)...)
		}
		return out
	case tea.QuitMsg:
		return nil
	}
	if isRuntimeMsg(msg) {
		return nil
	}
	return []tea.Msg{msg}
}

// isRuntimeMsg reports messages meant for the Bubble Tea runtime, whose
// types it keeps unexported.
func isRuntimeMsg(msg tea.Msg) bool {
	switch strings.TrimPrefix(typeName(msg), "tea.") {
	case "backgroundColorMsg", "setClipboardMsg", "windowSizeMsg":
		return true
	}
	return false
}

// keys turns a description like "j j enter / n e w s" into key presses;
// "space" and named keys are understood, single characters typed.
func keys(desc string) []any {
	var out []any
	for _, k := range strings.Fields(desc) {
		out = append(out, keyPress(k))
	}
	return out
}

func keyPress(k string) tea.KeyPressMsg {
	named := map[string]rune{
		"enter": tea.KeyEnter, "esc": tea.KeyEscape, "tab": tea.KeyTab, "space": tea.KeySpace,
		"up": tea.KeyUp, "down": tea.KeyDown, "home": tea.KeyHome, "end": tea.KeyEnd,
		"pgdown": tea.KeyPgDown, "pgup": tea.KeyPgUp, "backspace": tea.KeyBackspace,
	}
	if strings.HasPrefix(k, "ctrl+") {
		return tea.KeyPressMsg{Code: rune(k[len(k)-1]), Mod: tea.ModCtrl}
	}
	if k == "shift+tab" {
		return tea.KeyPressMsg{Code: tea.KeyTab, Mod: tea.ModShift}
	}
	if r, ok := named[k]; ok {
		msg := tea.KeyPressMsg{Code: r}
		if k == "space" {
			msg.Text = " "
		}
		return msg
	}
	r := []rune(k)[0]
	return tea.KeyPressMsg{Code: r, Text: k}
}

// typeText turns text into key presses, one per character.
func typeText(s string) []any {
	var out []any
	for _, r := range s {
		if r == ' ' {
			out = append(out, keyPress("space"))
			continue
		}
		out = append(out, tea.KeyPressMsg{Code: r, Text: string(r)})
	}
	return out
}

// screen is the view as plain text.
func screen(m Model) string {
	return ansi.Strip(m.View().Content)
}

func typeName(v any) string { return fmt.Sprintf("%T", v) }

// goldPeople reads the people of the VOA sample from its gold file: the
// sidebar tests use this fixed cast, so they test the reader, not how
// well the content package finds names.
func goldPeople(t testing.TB) []content.Person {
	t.Helper()
	data, err := os.ReadFile(filepath.Join("testdata", "articles", "voa-japan-russia-summit.gold.json"))
	if err != nil {
		t.Fatal(err)
	}
	var gold struct {
		People []content.Person `json:"people"`
	}
	if err := json.Unmarshal(data, &gold); err != nil {
		t.Fatal(err)
	}
	return gold.People
}

// newCastModel is newTestModel with the sample's people from the gold file.
func newCastModel(t testing.TB, w, h int) Model {
	t.Helper()
	as := loadArticles(t)
	as[0].People = goldPeople(t)
	arc := newArchive(t, as)
	m := New(context.Background(), arc, WithName("test"), WithFilterDelay(0),
		WithOpener(func(context.Context, string) error { return nil }))
	return drive(t, m, m.Init(), tea.WindowSizeMsg{Width: w, Height: h})
}

// typeValue formats a message's value, for the runtime's string messages.
func typeValue(v any) string { return fmt.Sprintf("%s", v) }

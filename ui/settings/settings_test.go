package settings

import (
	"errors"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"
)

var actions = []string{"quit", "reload", "down", "filter", "list.filter", "global.quit"}

func write(t *testing.T, text string) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "config.yaml")
	if err := os.WriteFile(path, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
	return path
}

func TestLoad(t *testing.T) {
	path := write(t, "# mine\ntheme: light\nlayout: compact\nkeys:\n  quit: [q, ctrl+c]\n  reload: R\n  list.filter: [\"/\", f]\n")
	s, err := Load(path, actions)
	if err != nil {
		t.Fatal(err)
	}
	if s.Theme != "light" || !s.Compact {
		t.Errorf("theme %q compact %v", s.Theme, s.Compact)
	}
	want := []Remap{{"quit", []string{"q", "ctrl+c"}}, {"reload", []string{"R"}}, {"list.filter", []string{"/", "f"}}}
	if !slices.EqualFunc(s.Keys, want, func(a, b Remap) bool { return a.Action == b.Action && slices.Equal(a.Keys, b.Keys) }) {
		t.Errorf("keys %q, want %q", s.Keys, want)
	}
	if s, err := Load(write(t, "theme: auto\nlayout: full\n"), actions); err != nil || s.Theme != "" || s.Compact {
		t.Errorf("auto/full: %+v %v", s, err)
	}
	if s, err := Load(filepath.Join(t.TempDir(), "none.yaml"), actions); err != nil || s.Theme != "" || s.Keys != nil {
		t.Errorf("no file: %+v %v", s, err)
	}
	if _, err := Load(write(t, ""), actions); err != nil {
		t.Errorf("empty file: %v", err)
	}
}

// Every mistake names the file, the line and the field, and leaves the
// defaults.
func TestLoadErrors(t *testing.T) {
	for text, want := range map[string]string{
		"theme: light\nlayout: compact\nkeys:\n  quitt: [x]\n": `:4: keys.quitt: no such action (did you mean "quit"?)`,
		"theme: sepia\n":                   `:1: theme: "sepia" is not one of dark, light, auto`,
		"theme: dark\nlayuot: compact\n":   ":2: layuot: unknown field",
		"keys:\n  quit: {a: b}\n":          ":2: keys.quit: want a key or a list of keys",
		"keys:\n  quit: []\n":              ":2: keys.quit: an empty key",
		"keys: [q]\n":                      ":1: keys: want action: [key, ...]",
		"theme: dark\nkeys:\n  quit: [q\n": ": not YAML",
		"- a list\n":                       ":1: want fields",
		"keys:\n  quit: [q, [ctrl+c]]\n":   ":2: keys.quit: a key is a name",
	} {
		path := write(t, text)
		s, err := Load(path, actions)
		var e *Error
		if !errors.As(err, &e) || !strings.HasPrefix(err.Error(), path) || !strings.Contains(err.Error(), want) {
			t.Errorf("%q: error %v, want %q", text, err, want)
		}
		if s.Theme != "" || s.Compact || s.Keys != nil {
			t.Errorf("%q: not the defaults: %+v", text, s)
		}
	}
}

func TestPath(t *testing.T) {
	t.Setenv("XDG_CONFIG_HOME", "/cfg")
	if p, err := Path(); err != nil || p != "/cfg/newsreader/config.yaml" {
		t.Errorf("Path %q %v", p, err)
	}
}

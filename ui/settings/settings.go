// Package settings reads the reader's configuration file,
// $XDG_CONFIG_HOME/newsreader/config.yaml: the theme, the list's layout
// and key remapping. It knows the file's shape, not the reader: the
// actions a key can be bound to are given by the caller (package ui).
package settings

import (
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"slices"
	"strings"

	"gopkg.in/yaml.v3"
)

// Settings are what the file says; the zero value is the defaults.
type Settings struct {
	// Theme is "dark", "light", or "" to follow the terminal (auto).
	Theme string
	// Compact lists one line per article from the start.
	Compact bool
	// Keys binds actions to keys, e.g. "quit" to ["q", "ctrl+c"], in
	// the order the file gives them.
	Keys []Remap
}

// Remap is one action given new keys.
type Remap struct {
	Action string
	Keys   []string
}

// Error is a mistake in the file, at a line, in a field.
type Error struct {
	Path  string
	Line  int // 0 when the file as a whole is at fault
	Field string
	Msg   string
}

// Error implements error: "PATH:LINE: FIELD: MSG".
func (e *Error) Error() string {
	at := e.Path
	if e.Line > 0 {
		at += fmt.Sprintf(":%d", e.Line)
	}
	if e.Field != "" {
		return fmt.Sprintf("%s: %s: %s", at, e.Field, e.Msg)
	}
	return at + ": " + e.Msg
}

// Path is $XDG_CONFIG_HOME/newsreader/config.yaml, else
// ~/.config/newsreader/config.yaml.
func Path() (string, error) {
	dir := os.Getenv("XDG_CONFIG_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no $XDG_CONFIG_HOME and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".config")
	}
	return filepath.Join(dir, "newsreader", "config.yaml"), nil
}

// maxSize bounds the file read: a configuration is a few lines.
const maxSize = 1 << 20

// Load reads the file at path; actions are the names a key may be bound
// to. A file not there is the defaults. On any mistake it returns the
// defaults and an *Error naming the line and field: the reader starts
// all the same, and says so.
func Load(path string, actions []string) (Settings, error) {
	data, err := os.ReadFile(path)
	switch {
	case errors.Is(err, fs.ErrNotExist):
		return Settings{}, nil
	case err != nil:
		return Settings{}, &Error{Path: path, Msg: err.Error()}
	case len(data) > maxSize:
		return Settings{}, &Error{Path: path, Msg: "larger than a configuration can be (1 MB)"}
	}
	s, err := parse(data, actions)
	if err != nil {
		var e *Error
		if errors.As(err, &e) {
			e.Path = path
			return Settings{}, e
		}
		return Settings{}, &Error{Path: path, Msg: err.Error()}
	}
	return s, nil
}

// parse reads the YAML document data, field by field, so that every
// mistake has its line.
func parse(data []byte, actions []string) (Settings, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		return Settings{}, yamlError(err)
	}
	var s Settings
	if len(doc.Content) == 0 { // an empty file
		return s, nil
	}
	root := doc.Content[0]
	if root.Kind != yaml.MappingNode {
		return s, &Error{Line: root.Line, Msg: "want fields such as theme:, layout: and keys:"}
	}
	for i := 0; i+1 < len(root.Content); i += 2 {
		k, v := root.Content[i], root.Content[i+1]
		var err error
		switch k.Value {
		case "theme":
			s.Theme, err = oneOf(v, "theme", "dark", "light", "auto")
			if s.Theme == "auto" {
				s.Theme = ""
			}
		case "layout":
			var l string
			l, err = oneOf(v, "layout", "compact", "full")
			s.Compact = l == "compact"
		case "keys":
			s.Keys, err = parseKeys(v, actions)
		default:
			err = &Error{Line: k.Line, Field: k.Value, Msg: "unknown field (want theme, layout or keys)"}
		}
		if err != nil {
			return Settings{}, err
		}
	}
	return s, nil
}

// oneOf reads a scalar that must be one of values.
func oneOf(v *yaml.Node, field string, values ...string) (string, error) {
	if v.Kind == yaml.ScalarNode && slices.Contains(values, v.Value) {
		return v.Value, nil
	}
	return "", &Error{Line: v.Line, Field: field, Msg: fmt.Sprintf("%q is not one of %s", v.Value, strings.Join(values, ", "))}
}

// parseKeys reads the mapping of actions to a key or a list of keys.
func parseKeys(v *yaml.Node, actions []string) ([]Remap, error) {
	if v.Kind != yaml.MappingNode {
		return nil, &Error{Line: v.Line, Field: "keys", Msg: "want action: [key, ...] lines, e.g. quit: [q, ctrl+c]"}
	}
	var out []Remap
	for i := 0; i+1 < len(v.Content); i += 2 {
		k, val := v.Content[i], v.Content[i+1]
		field := "keys." + k.Value
		if !slices.Contains(actions, k.Value) {
			return nil, &Error{Line: k.Line, Field: field, Msg: "no such action" + suggest(k.Value, actions)}
		}
		var keys []string
		switch val.Kind {
		case yaml.ScalarNode:
			keys = []string{val.Value}
		case yaml.SequenceNode:
			for _, n := range val.Content {
				if n.Kind != yaml.ScalarNode {
					return nil, &Error{Line: n.Line, Field: field, Msg: "a key is a name such as q or ctrl+c"}
				}
				keys = append(keys, n.Value)
			}
		default:
			return nil, &Error{Line: val.Line, Field: field, Msg: "want a key or a list of keys"}
		}
		if slices.Contains(keys, "") || len(keys) == 0 {
			return nil, &Error{Line: val.Line, Field: field, Msg: "an empty key"}
		}
		out = append(out, Remap{Action: k.Value, Keys: keys})
	}
	return out, nil
}

// suggest names an action close to name (a letter or two apart, or the
// same field of one pane), if there is one.
func suggest(name string, actions []string) string {
	for _, a := range actions {
		if strings.HasSuffix(a, "."+name) || strings.HasSuffix(name, "."+a) || distance(a, name) <= 2 {
			return fmt.Sprintf(" (did you mean %q?)", a)
		}
	}
	return " (the actions are the names in the help, e.g. quit, reload, list.filter)"
}

// distance is the Levenshtein distance of a and b.
func distance(a, b string) int {
	prev := make([]int, len(b)+1)
	for j := range prev {
		prev[j] = j
	}
	for i := 1; i <= len(a); i++ {
		cur := make([]int, len(b)+1)
		cur[0] = i
		for j := 1; j <= len(b); j++ {
			cost := 1
			if a[i-1] == b[j-1] {
				cost = 0
			}
			cur[j] = min(prev[j]+1, cur[j-1]+1, prev[j-1]+cost)
		}
		prev = cur
	}
	return prev[len(b)]
}

// yamlError turns yaml's "yaml: line N: msg" into an Error with the line.
func yamlError(err error) error {
	msg := strings.TrimPrefix(err.Error(), "yaml: ")
	var line int
	if n, _ := fmt.Sscanf(msg, "line %d:", &line); n == 1 {
		msg = strings.TrimSpace(msg[strings.Index(msg, ":")+1:])
	}
	return &Error{Line: line, Msg: "not YAML: " + msg}
}

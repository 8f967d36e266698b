// Package history keeps the searches typed in the reader's ctrl+f
// prompt, newest last, each once, so that up and down recall them as a
// shell recalls commands. The list lives in a small text file (one
// search a line) under $XDG_STATE_HOME, read and written by the caller's
// commands: this package does the file I/O in Load and Save only.
package history

import (
	"bufio"
	"bytes"
	"errors"
	"fmt"
	"io/fs"
	"os"
	"path/filepath"
	"strings"

	"github.com/newsreader/newsreader/ui/common"
)

// Max is how many searches are kept: the oldest go first.
const Max = 100

// maxLine bounds a line read from the file (a search is one line typed).
const maxLine = 4096

// History is the searches and, while the prompt is open, where up and
// down have got to among them. The zero value is an empty history.
type History struct {
	entries []string
	pos     int    // index recalled; len(entries) is the text being typed
	draft   string // the text typed before the first up
}

// New returns a history of entries (oldest first), each kept once at its
// newest place, control characters cleaned away, and bounded to Max.
func New(entries []string) History {
	var h History
	for _, e := range entries {
		h.add(e)
	}
	h.Reset()
	return h
}

// Add records s as the newest search (moving it there if it was
// already kept) and resets the recall.
func (h *History) Add(s string) {
	h.add(s)
	h.Reset()
}

func (h *History) add(s string) {
	s = strings.TrimSpace(common.Clean(s))
	if s == "" || len(s) > maxLine {
		return
	}
	for i, e := range h.entries {
		if e == s {
			h.entries = append(h.entries[:i], h.entries[i+1:]...)
			break
		}
	}
	h.entries = append(h.entries, s)
	if over := len(h.entries) - Max; over > 0 {
		h.entries = append([]string(nil), h.entries[over:]...)
	}
}

// Entries returns a copy of the searches, oldest first.
func (h History) Entries() []string { return append([]string(nil), h.entries...) }

// Reset starts a recall afresh: the prompt was opened again.
func (h *History) Reset() { h.pos, h.draft = len(h.entries), "" }

// Prev steps to the search before the one recalled; typed is the
// prompt's text, kept to come back to when down passes the newest. ok
// is false at the oldest.
func (h *History) Prev(typed string) (s string, ok bool) {
	if h.pos == 0 {
		return "", false
	}
	if h.pos == len(h.entries) {
		h.draft = typed
	}
	h.pos--
	return h.entries[h.pos], true
}

// Next steps to the search after the one recalled, or back to the text
// that was being typed; ok is false when nothing was recalled.
func (h *History) Next() (s string, ok bool) {
	if h.pos >= len(h.entries) {
		return "", false
	}
	h.pos++
	if h.pos == len(h.entries) {
		return h.draft, true
	}
	return h.entries[h.pos], true
}

// DefaultPath is $XDG_STATE_HOME/newsreader/history, else
// ~/.local/state/newsreader/history.
func DefaultPath() (string, error) {
	dir := os.Getenv("XDG_STATE_HOME")
	if dir == "" {
		home, err := os.UserHomeDir()
		if err != nil {
			return "", fmt.Errorf("no $XDG_STATE_HOME and no home directory: %w", err)
		}
		dir = filepath.Join(home, ".local", "state")
	}
	return filepath.Join(dir, "newsreader", "history"), nil
}

// Load reads the searches kept at path, oldest first; a file not there
// yet is an empty history. Lines too long to be a search are skipped.
func Load(path string) ([]string, error) {
	data, err := os.ReadFile(path)
	if errors.Is(err, fs.ErrNotExist) {
		return nil, nil
	}
	if err != nil {
		return nil, err
	}
	var out []string
	sc := bufio.NewScanner(bytes.NewReader(data))
	sc.Buffer(nil, len(data)+1)
	for sc.Scan() {
		if line := sc.Text(); len(line) <= maxLine {
			out = append(out, line)
		}
	}
	return out, sc.Err()
}

// Save writes entries to path, one a line, replacing the file at once
// (a temporary file renamed over it), so that a reader never sees half.
func Save(path string, entries []string) error {
	if err := os.MkdirAll(filepath.Dir(path), 0o700); err != nil {
		return err
	}
	f, err := os.CreateTemp(filepath.Dir(path), ".history-*")
	if err != nil {
		return err
	}
	defer os.Remove(f.Name()) // gone after the rename; left by an error
	w := bufio.NewWriter(f)
	for _, e := range entries {
		w.WriteString(strings.ReplaceAll(e, "\n", " ") + "\n")
	}
	if err := errors.Join(w.Flush(), f.Close()); err != nil {
		return err
	}
	return os.Rename(f.Name(), path)
}

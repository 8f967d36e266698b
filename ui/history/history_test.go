package history

import (
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"testing"
)

// Searches are kept once each at their newest place, cleaned, newest
// last, at most Max.
func TestAddDeduplicatesAndBounds(t *testing.T) {
	h := New([]string{"putin", "abe summit", "  putin  ", "", "refugees\x1b[31m"})
	if got, want := h.Entries(), []string{"abe summit", "putin", "refugees"}; !slices.Equal(got, want) {
		t.Errorf("entries %q, want %q", got, want)
	}
	h.Add("abe summit")
	if got, want := h.Entries(), []string{"putin", "refugees", "abe summit"}; !slices.Equal(got, want) {
		t.Errorf("after re-adding: %q, want %q", got, want)
	}
	for i := range Max + 30 {
		h.Add(fmt.Sprintf("q%d", i))
	}
	got := h.Entries()
	if len(got) != Max || got[0] != "q30" || got[Max-1] != fmt.Sprintf("q%d", Max+29) {
		t.Errorf("bounded: %d entries, %q … %q", len(got), got[0], got[len(got)-1])
	}
}

// Up walks back from the newest, down forward and then to the text that
// was being typed, as in a shell.
func TestRecall(t *testing.T) {
	h := New([]string{"one", "two", "three"})
	var seen []string
	step := func(s string, ok bool) {
		if !ok {
			s = "<end>"
		}
		seen = append(seen, s)
	}
	if _, ok := h.Next(); ok {
		t.Errorf("down before any up recalled something")
	}
	step(h.Prev("typed"))
	step(h.Prev("ignored"))
	step(h.Prev(""))
	step(h.Prev(""))
	step(h.Next())
	step(h.Next())
	step(h.Next())
	step(h.Next())
	want := []string{"three", "two", "one", "<end>", "two", "three", "typed", "<end>"}
	if !slices.Equal(seen, want) {
		t.Errorf("recalled %q, want %q", seen, want)
	}
	h.Add("four")
	if s, _ := h.Prev(""); s != "four" {
		t.Errorf("after Add, up gives %q", s)
	}
}

// Save and Load round-trip; a missing file is an empty history; the
// state directory follows $XDG_STATE_HOME.
func TestSaveLoad(t *testing.T) {
	dir := t.TempDir()
	t.Setenv("XDG_STATE_HOME", dir)
	path, err := DefaultPath()
	if err != nil || path != filepath.Join(dir, "newsreader", "history") {
		t.Fatalf("DefaultPath %q %v", path, err)
	}
	if got, err := Load(path); err != nil || got != nil {
		t.Fatalf("missing file: %q %v", got, err)
	}
	entries := []string{"putin -summit", `person:"Shinzo Abe" after:2016`}
	if err := Save(path, entries); err != nil {
		t.Fatal(err)
	}
	got, err := Load(path)
	if err != nil || !slices.Equal(got, entries) {
		t.Errorf("loaded %q %v, want %q", got, err, entries)
	}
	left, _ := os.ReadDir(filepath.Dir(path))
	if len(left) != 1 {
		t.Errorf("temporary files left: %d entries in the folder", len(left))
	}
}

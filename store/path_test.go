package store

import "testing"

func TestDefaultPath(t *testing.T) {
	t.Setenv("XDG_DATA_HOME", "/data/home")
	if p, err := DefaultPath(); err != nil || p != "/data/home/newsreader/archive.db" {
		t.Errorf("with XDG_DATA_HOME: %q %v", p, err)
	}
	t.Setenv("XDG_DATA_HOME", "")
	t.Setenv("HOME", "/home/reader")
	if p, err := DefaultPath(); err != nil || p != "/home/reader/.local/share/newsreader/archive.db" {
		t.Errorf("without XDG_DATA_HOME: %q %v", p, err)
	}
}

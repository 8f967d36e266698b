package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"strings"
	"testing"
)

// TestEndToEndCommandLineMistakes runs the built binary in tmux as a
// person would mistype it: a misspelt command exits 2 with the
// suggestion, a missing file exits 1 before any reader opens, and the
// import of a corpus with gold sidecar files beside its articles exits
// 0, the sidecars skipped as not articles.
func TestEndToEndCommandLineMistakes(t *testing.T) {
	if _, err := exec.LookPath("tmux"); err != nil {
		t.Fatal("tmux is needed for the end-to-end test (bash .ci/run installs it)")
	}
	dir := t.TempDir()
	bin := filepath.Join(dir, "newsreader")
	if out, err := exec.Command("go", "build", "-o", bin, ".").CombinedOutput(); err != nil {
		t.Fatalf("go build: %v\n%s", err, out)
	}
	corpus, err := filepath.Abs("content/formats/testdata/gum-news")
	if err != nil {
		t.Fatal(err)
	}
	db := filepath.Join(dir, "archive.db")
	for _, c := range []struct {
		name   string
		args   []string
		status int
		says   []string
	}{
		{"misspelt command", []string{"serach", "putin"}, 2, []string{`unknown command "serach" (did you mean "search"?)`}},
		{"missing file", []string{"--db", db, filepath.Join(dir, "missing.txt")}, 1, []string{"no such file or folder", "nothing imported"}},
		{"corpus with sidecars", []string{"--db", db, "import", corpus}, 0, []string{"24 imported", "0 failed", "skipped as not articles"}},
	} {
		t.Run(c.name, func(t *testing.T) {
			tdir := t.TempDir()
			tm := newTmux(t, tdir)
			tm.start(bin, c.args...)
			tm.waitExit(c.status)
			stderr, _ := os.ReadFile(tm.stderr)
			for _, s := range c.says {
				if !strings.Contains(string(stderr), s) {
					t.Errorf("stderr lacks %q:\n%s", s, stderr)
				}
			}
			if screen := tm.capture(false); strings.Contains(screen, "PEOPLE") {
				t.Errorf("the reader opened:\n%s", screen)
			}
		})
	}
}

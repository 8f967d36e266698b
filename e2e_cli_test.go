package main

import (
	"os"
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
	needTmux(t)
	dir := t.TempDir()
	bin := buildBinary(t)
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

// TestEndToEndReaderAfterAFailedImport: the reader opened after an
// import with failures says so in its header, and on quitting the
// failures are listed again and the exit status is 1.
func TestEndToEndReaderAfterAFailedImport(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := buildBinary(t)
	story, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	files := filepath.Join(dir, "files")
	os.MkdirAll(files, 0o755)
	os.WriteFile(filepath.Join(files, "story.txt"), story, 0o644)
	os.WriteFile(filepath.Join(files, "broken.json"), []byte(`{"title": "Broken`), 0o644)
	tm := newTmux(t, dir)
	tm.start(bin, "--db", filepath.Join(dir, "archive.db"), files)
	tm.waitFor("the header's notice", "1 file failed to import")
	tm.waitFor("the imported article", "Japan, Russia Summit")
	tm.keys("q")
	tm.waitExit(1)
	stderr, _ := os.ReadFile(tm.stderr)
	if n := strings.Count(string(stderr), "failed: "+filepath.Join(files, "broken.json")); n != 2 {
		t.Errorf("the failure listed %d times (before the reader and after it), want 2:\n%s", n, stderr)
	}
}

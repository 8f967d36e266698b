package main

import (
	"os"
	"os/exec"
	"path/filepath"
	"testing"
)

// TestEndToEndListKeepsPlaceAndRefreshes drives the built binary in tmux
// on an archive of seven articles: esc after a filter comes back to the
// article the cursor was on, and an import run by another process while
// the reader is open shows in the header and the list within the reader's
// poll, the cursor staying where it was.
func TestEndToEndListKeepsPlaceAndRefreshes(t *testing.T) {
	needTmux(t)
	dir := t.TempDir()
	bin := buildBinary(t)
	db := filepath.Join(dir, "archive.db")
	// The text files only: the folder's .gold.json sidecar is no article.
	articles, err := filepath.Glob(filepath.Join("ui", "testdata", "articles", "*.txt"))
	if err != nil || len(articles) != 7 {
		t.Fatalf("%d test articles: %v", len(articles), err)
	}
	if out, err := exec.Command(bin, append([]string{"import", "--db", db}, articles...)...).CombinedOutput(); err != nil {
		t.Fatalf("import: %v\n%s", err, out)
	}
	tm := newTmux(t, dir)
	tm.start(bin, "--db", db)
	tm.waitFor("the header's article count", "7 articles")
	tm.keys("j", "j", "j")
	tm.waitFor("the cursor on the fourth article", "4/7")

	// A filter, a move in it, esc: back on the fourth article.
	tm.keys("/")
	tm.typeText("the")
	tm.keys("Enter")
	tm.waitFor("the filtered list", "matching")
	tm.keys("Escape")
	tm.waitFor("the position kept after esc", "4/7")

	// Another process imports an article (undated: it lists last); the
	// reader sees it at its next look at the archive.
	more := filepath.Join(dir, "more")
	if err := os.MkdirAll(more, 0o755); err != nil {
		t.Fatal(err)
	}
	story := "Harbour ferries double as bridge stays shut\n\n" +
		"Ferry traffic across the harbour has doubled since the old bridge closed for repairs, the harbour master said on Tuesday.\n\n" +
		"Officials expect the bridge to reopen before the end of next year, after the new deck is laid and tested.\n"
	if err := os.WriteFile(filepath.Join(more, "ferries.txt"), []byte(story), 0o644); err != nil {
		t.Fatal(err)
	}
	if out, err := exec.Command(bin, "import", "--db", db, more).CombinedOutput(); err != nil {
		t.Fatalf("the second import: %v\n%s", err, out)
	}
	tm.waitFor("the header refreshed", "8 articles")
	tm.waitFor("the cursor kept on its article", "4/8")
	tm.keys("G")
	tm.waitFor("the new article in the list", "Harbour ferries")

	tm.keys("q")
	tm.waitExit(0)
}

package ingest_test

import (
	"context"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

// wireStory is a made-up wire story with its own headline, dateline and
// words.
func wireStory(headline, place, word string) string {
	return headline + "\n\n" + place + " 1996-08-22\n\n" +
		"The " + word + " council voted on Thursday to extend the harbour works by two years, " +
		"its chairman said after a long meeting.\n\n" +
		"Officials said the cost of the " + word + " project had risen by a third since the spring, " +
		"and that the contractors had asked for more time to finish the second pier.\n\n"
}

// A text file of several wire stories imports as one article each, and
// importing it again, changed in one story, updates that story alone.
func TestImportSplitsAFileOfStories(t *testing.T) {
	s := openTemp(t)
	path := filepath.Join(t.TempDir(), "feed.txt")
	stories := []string{
		wireStory("HARBOUR BOARD EXTENDS PIER WORKS", "LONDON", "granite"),
		wireStory("FARMERS PROTEST AGAINST IMPORT QUOTAS", "PARIS", "wheat"),
		wireStory("STEEL MAKER POSTS RECORD PROFIT", "TOKYO", "steel"),
	}
	if err := os.WriteFile(path, []byte(strings.Join(stories, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := mustImport(t, s, path); sum.Imported != 3 || sum.Files != 1 {
		t.Fatalf("first import: %+v", sum)
	}
	stories[1] = strings.Replace(stories[1], "a third", "a half", 1)
	if err := os.WriteFile(path, []byte(strings.Join(stories, "")), 0o644); err != nil {
		t.Fatal(err)
	}
	if sum := mustImport(t, s, path); sum.Imported != 0 || sum.Updated != 1 || sum.Unchanged != 2 || sum.Removed != 0 {
		t.Fatalf("second import: %+v", sum)
	}
}

// A file past the size given (LargeFileBytes by default) is named in the
// summary with its size and articles; a smaller one is not.
func TestImportNamesLargeFiles(t *testing.T) {
	const large = 64 << 10
	s := openTemp(t)
	dir := t.TempDir()
	para := "The harbour council voted on Thursday to extend the works by two years, its chairman said.\n\n"
	big := "Harbour Board Extends Pier Works\n\n" + strings.Repeat(para, large/len(para)+1)
	small := "Farmers Protest Against Quotas\n\n" + strings.Repeat(para, 10)
	for name, text := range map[string]string{"big.txt": big, "small.txt": small} {
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	sum, err := ingest.Import(context.Background(), s, []string{dir}, ingest.Options{LargeFile: large})
	if err != nil {
		t.Fatal(err)
	}
	want := ingest.LargeFile{Path: filepath.Join(dir, "big.txt"), Size: int64(len(big)), Articles: 1}
	if len(sum.LargeFiles) != 1 || sum.LargeFiles[0] != want {
		t.Fatalf("large files %+v, want %+v", sum.LargeFiles, want)
	}
}

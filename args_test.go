package main

import (
	"bytes"
	"context"
	"errors"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

// A mistyped command is not a file to import: it is a usage error with
// cobra's suggestion, and nothing is created or opened.
func TestMistypedCommandIsAUsageError(t *testing.T) {
	for word, want := range map[string]string{
		"serach": `unknown command "serach" (did you mean "search"?)`,
		"peple":  `unknown command "peple" (did you mean "people"?)`,
		"xyzzy":  `unknown command "xyzzy", and no file or folder of that name`,
	} {
		_, errOut, code := runCLI(t, word, "putin")
		if code != 2 || !strings.Contains(errOut, want) {
			t.Errorf("%s: exit %d, stderr %q; want 2 and %q", word, code, errOut, want)
		}
		if _, err := os.Stat(os.Getenv("NEWSREADER_DB")); !errors.Is(err, os.ErrNotExist) {
			t.Errorf("%s: an archive was created (%v)", word, err)
		}
	}
}

// A PATH that does not exist stops the command before the import (and
// the reader): exit 1, the paths named, no archive created.
func TestMissingPathStopsBeforeTheReader(t *testing.T) {
	dir := t.TempDir()
	db := filepath.Join(dir, "x.db")
	var out, errb bytes.Buffer
	code := run([]string{"--db", db, filepath.Join(dir, "missing.txt"), samplePath}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "no such file or folder: "+filepath.Join(dir, "missing.txt")) {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the archive was created: %v", err)
	}
}

// The reader on a --db that names no file says so, rather than creating
// an empty archive at a mistyped path.
func TestReaderOnAMissingArchiveSaysSo(t *testing.T) {
	db := filepath.Join(t.TempDir(), "typo.db")
	var out, errb bytes.Buffer
	code := run([]string{"--db", db}, &out, &errb)
	if code != 1 || !strings.Contains(errb.String(), "no archive at "+db+" (import files to create one") {
		t.Errorf("exit %d, stderr %q", code, errb.String())
	}
	if _, err := os.Stat(db); !errors.Is(err, os.ErrNotExist) {
		t.Errorf("the archive was created: %v", err)
	}
}

// An import stopped by Ctrl-C exits 130 and says "interrupted", not
// "context canceled".
func TestInterruptedImportExits130(t *testing.T) {
	t.Setenv("NEWSREADER_DB", filepath.Join(t.TempDir(), "archive.db"))
	ctx, cancel := context.WithCancel(context.Background())
	cancel()
	for _, args := range [][]string{{"import", samplePath}, {samplePath}} {
		var out, errb bytes.Buffer
		code := runContext(ctx, args, &out, &errb)
		if code != 130 || strings.Contains(errb.String(), "context canceled") || !strings.Contains(errb.String(), "interrupted") {
			t.Errorf("%v: exit %d, stderr %q", args, code, errb.String())
		}
	}
}

// Sidecar metadata beside the articles is skipped as not articles, by
// name (NAME.gold.json, NAME.info.json) or, for any JSON file with no
// article fields, by sitting beside a file of the same name; a JSON
// file without article fields alone is still a failure.
func TestSidecarsAreSkipped(t *testing.T) {
	dir := t.TempDir()
	story, err := os.ReadFile(samplePath)
	if err != nil {
		t.Fatal(err)
	}
	write := func(name, text string) {
		t.Helper()
		if err := os.WriteFile(filepath.Join(dir, name), []byte(text), 0o644); err != nil {
			t.Fatal(err)
		}
	}
	write("summit.txt", string(story))
	write("summit.gold.json", `{"title": "Japan, Russia Summit", "people": [{"name": "Shinzo Abe"}]}`)
	write("summit.info.json", `{"id": "x1", "webpage_url": "https://example.com/summit", "title": "Summit"}`)
	write("summit.json", `{"labels": ["politics"], "annotator": 3}`)
	_, errOut, code := runCLI(t, "import", dir)
	if code != 0 || !strings.Contains(errOut, "4 files: 1 imported, 0 updated, 0 unchanged, 0 duplicates, 0 failed, 3 skipped as not articles") {
		t.Errorf("exit %d:\n%s", code, errOut)
	}
	write("lonely.json", `{"labels": ["politics"]}`)
	_, errOut, code = runCLI(t, "import", dir)
	if code != 1 || !strings.Contains(errOut, "failed: "+filepath.Join(dir, "lonely.json")) {
		t.Errorf("a JSON file of no article beside none: exit %d:\n%s", code, errOut)
	}
}

// An import of a dump with more broken records than ingest.MaxFailures
// lists that many, says how many more failed, and counts them all.
func TestImportSaysHowManyMoreFailed(t *testing.T) {
	dir := t.TempDir()
	var b strings.Builder
	b.WriteString(`{"title":"Harbour works extended","date_publish":"2020-05-01 10:00:00","maintext":"The harbour council voted on Thursday to extend the pier works, its chairman said."}` + "\n")
	for range ingest.MaxFailures + 5 {
		b.WriteString(`{"title": "broken", "maintext": [` + "\n")
	}
	if err := os.WriteFile(filepath.Join(dir, "dump.jsonl"), []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	_, errOut, code := runCLI(t, "import", dir)
	listed := strings.Count(errOut, "failed: "+filepath.Join(dir, "dump.jsonl"))
	if code != 1 || listed != ingest.MaxFailures || !strings.Contains(errOut, "... and 5 more failed") ||
		!strings.Contains(errOut, "1 imported") || !strings.Contains(errOut, thousands(ingest.MaxFailures+5)+" failed") {
		t.Errorf("exit %d, %d failures listed:\n%s", code, listed, lastLines(errOut, 4))
	}
}

// lastLines is the last n lines of s.
func lastLines(s string, n int) string {
	lines := strings.Split(strings.TrimRight(s, "\n"), "\n")
	return strings.Join(lines[max(0, len(lines)-n):], "\n")
}

package ingest_test

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/ingest"
)

// A dump with more broken records than MaxFailures counts every one in
// Failed but lists only the first MaxFailures, each naming its record;
// the good records around them are imported all the same.
func TestImportListsBoundedFailures(t *testing.T) {
	s := openTemp(t)
	const broken = ingest.MaxFailures + 250
	var b strings.Builder
	good := 0
	for i := range broken + 3 {
		if i%(broken/3) == 0 && good < 3 {
			fmt.Fprintf(&b, `{"title":"Harbour works extended, part %d","date_publish":"2020-05-0%d 10:00:00","maintext":"The harbour council voted on Thursday to extend the pier works by %d years, its chairman said."}`+"\n", good, good+1, good+2)
			good++
			continue
		}
		fmt.Fprintf(&b, `{"title": "broken record %d", "maintext": [`+"\n", i)
	}
	path := filepath.Join(t.TempDir(), "dump.jsonl")
	if err := os.WriteFile(path, []byte(b.String()), 0o644); err != nil {
		t.Fatal(err)
	}
	sum, err := ingest.Import(context.Background(), s, []string{path}, ingest.Options{})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Imported != 3 {
		t.Errorf("imported %d, want the 3 good records", sum.Imported)
	}
	if sum.Failed != broken || len(sum.Failures) != ingest.MaxFailures {
		t.Fatalf("failed %d with %d listed, want %d with %d listed", sum.Failed, len(sum.Failures), broken, ingest.MaxFailures)
	}
	for _, f := range sum.Failures[:3] {
		if !strings.Contains(f.Path, "dump.jsonl") || f.Reason == "" {
			t.Errorf("a failure that does not name its file and reason: %+v", f)
		}
	}
}

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

// The archive numbers articles in the order they are written, and lists
// articles of one day (or of no date) by that number. A long first file
// parses while the other workers finish the short ones after it: written
// as they arrive, the short files would be numbered before it, and its
// copy, named last, kept instead of it.
func TestImportWritesInFileOrder(t *testing.T) {
	dir := t.TempDir()
	var long strings.Builder
	long.WriteString("The harbour report\n\n")
	for i := range 20000 {
		fmt.Fprintf(&long, "Paragraph %d says the boats of pier %d came in late with %d crates.\n\n", i, i%31, i*7)
	}
	names := []string{"00-long.txt"}
	writeFile(t, filepath.Join(dir, names[0]), long.String())
	for i := 1; i <= 12; i++ {
		names = append(names, fmt.Sprintf("%02d-short.txt", i))
		writeFile(t, filepath.Join(dir, names[i]), fmt.Sprintf("Town note %d\n\nThe council of town %d met on a Tuesday.\n", i, i))
	}
	writeFile(t, filepath.Join(dir, "99-copy.txt"), long.String())

	s := openTemp(t)
	ctx := context.Background()
	sum, err := ingest.Import(ctx, s, []string{dir}, ingest.Options{Workers: 4})
	if err != nil {
		t.Fatal(err)
	}
	if sum.Duplicates != 1 {
		t.Fatalf("summary %+v: want one duplicate", sum)
	}
	var last int64
	for _, n := range names {
		items, err := s.FileArticles(ctx, filepath.Join(dir, n))
		if err != nil || len(items) != 1 {
			t.Fatalf("%s: %v, %d articles (the copy kept instead?)", n, err, len(items))
		}
		if items[0].ID <= last {
			t.Errorf("%s numbered %d, after %d: not in file order", n, items[0].ID, last)
		}
		last = items[0].ID
	}
}

func writeFile(t *testing.T, p, text string) {
	t.Helper()
	if err := os.WriteFile(p, []byte(text), 0o644); err != nil {
		t.Fatal(err)
	}
}

package sample

import (
	"os"
	"path/filepath"
	"testing"
)

func TestWriteToCopiesEveryBundledArticle(t *testing.T) {
	dir := t.TempDir()
	paths, err := WriteTo(dir)
	if err != nil {
		t.Fatal(err)
	}
	if len(paths) < 2 {
		t.Fatalf("got %d bundled articles, want the VOA sample and the Wikinews set", len(paths))
	}
	data, err := os.ReadFile(filepath.Join(dir, "voa-japan-russia-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	if len(data) < 1000 {
		t.Fatalf("the VOA sample is %d bytes, want the whole article", len(data))
	}
}

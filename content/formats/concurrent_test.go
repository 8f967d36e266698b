package formats

import (
	"os"
	"path/filepath"
	"reflect"
	"sync"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// Parsing reuses working buffers between calls (pooled annotators, read
// buffers, peek readers): articles parsed on many goroutines at once, in
// any order, must come out as they do one at a time.
func TestParseConcurrentlyAsSequentially(t *testing.T) {
	paths, err := filepath.Glob("testdata/gum-news/*.txt")
	if err != nil || len(paths) == 0 {
		t.Fatalf("no gum-news texts: %v", err)
	}
	paths = append(paths, samplePath)
	want := make([][]*content.Article, len(paths))
	for i, p := range paths {
		if want[i], err = ParseBytes(p, readFileT(t, p), Options{}); err != nil {
			t.Fatal(err)
		}
	}
	data := make([][]byte, len(paths))
	for i, p := range paths {
		data[i] = readFileT(t, p)
	}
	var wg sync.WaitGroup
	errs := make(chan string, 8*len(paths))
	for g := range 8 {
		wg.Add(1)
		go func() {
			defer wg.Done()
			for k := range paths {
				i := (k*7 + g*3) % len(paths) // each goroutine in its own order
				got, err := ParseBytes(paths[i], data[i], Options{})
				if err != nil || !reflect.DeepEqual(got, want[i]) {
					errs <- paths[i]
				}
			}
		}()
	}
	wg.Wait()
	close(errs)
	for p := range errs {
		t.Errorf("%s: parsed concurrently, the article differs from the one parsed alone", p)
	}
}

func readFileT(t *testing.T, path string) []byte {
	t.Helper()
	b, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

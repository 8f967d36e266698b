package store

import (
	"context"
	"fmt"
	"github.com/newsreader/newsreader/ingest"
	"os"
	"path/filepath"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/tools/synth/gen"
)

// openTemp opens a new archive in a test folder.
func openTemp(t *testing.T) *Store {
	t.Helper()
	s, err := Open(filepath.Join(t.TempDir(), "archive.db"), OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	return s
}

// copyArticles copies the real articles of testdata/articles into a new
// folder and returns it.
func copyArticles(t *testing.T) string {
	t.Helper()
	dir := filepath.Join(t.TempDir(), "articles")
	if err := os.MkdirAll(dir, 0o755); err != nil {
		t.Fatal(err)
	}
	ents, err := os.ReadDir("testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	for _, e := range ents {
		b, err := os.ReadFile(filepath.Join("testdata/articles", e.Name()))
		if err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(filepath.Join(dir, e.Name()), b, 0o644); err != nil {
			t.Fatal(err)
		}
	}
	return dir
}

// numArticles is the number of files in testdata/articles.
func numArticles(t *testing.T) int {
	ents, err := os.ReadDir("testdata/articles")
	if err != nil {
		t.Fatal(err)
	}
	return len(ents)
}

// writeSynthetic writes n generated articles as text files under dir.
func writeSynthetic(t testing.TB, dir string, n int, seed uint64) {
	writeSyntheticSized(t, dir, n, seed, 0, 0)
}

// writeSyntheticSized is writeSynthetic keeping, when kb > 0, only the
// articles of kb KB of text, give or take half a KB, and moving, when
// year > 0, every article into that year (same month and day): an
// archive of one year's news, where the generator spreads its dates
// over 27 years.
func writeSyntheticSized(t testing.TB, dir string, n int, seed uint64, kb, year int) {
	t.Helper()
	g := gen.New(seed)
	for i := 0; i < n; {
		a := g.Next()
		if year > 0 {
			a.MoveToYear(year)
		}
		text := a.Text()
		if kb > 0 && (len(text) < kb*1024-512 || len(text) > kb*1024+512) {
			continue
		}
		p := filepath.Join(dir, a.Source.Domain, fmt.Sprintf("%06d.txt", i))
		if err := os.MkdirAll(filepath.Dir(p), 0o755); err != nil {
			t.Fatal(err)
		}
		if err := os.WriteFile(p, text, 0o644); err != nil {
			t.Fatal(err)
		}
		i++
	}
}

// writeSite writes n pages of one site: the same menu and footer lines
// around each page's own text.
func writeSite(t *testing.T, dir string, from, n int) []string {
	t.Helper()
	os.MkdirAll(dir, 0o755)
	var paths []string
	for i := from; i < from+n; i++ {
		p := filepath.Join(dir, fmt.Sprintf("page-%d.txt", i))
		body := fmt.Sprintf("Home | World | Business | Sports\n\nStory number %d of the day\n\n"+
			"Paragraph %d tells what happened in town number %d.\n\nShare   this  article\n", i, i, i)
		if err := os.WriteFile(p, []byte(body), 0o644); err != nil {
			t.Fatal(err)
		}
		paths = append(paths, p)
	}
	return paths
}

// parsed reads one test article through content.
func parsed(t *testing.T, name string) *content.Article {
	t.Helper()
	arts, err := formats.ParseBytes(name, mustRead(t, filepath.Join("testdata/articles", name)), formats.Options{})
	if err != nil || len(arts) != 1 {
		t.Fatalf("parse %s: %v (%d articles)", name, err, len(arts))
	}
	return arts[0]
}

func mustRead(t *testing.T, p string) []byte {
	t.Helper()
	b, err := os.ReadFile(p)
	if err != nil {
		t.Fatal(err)
	}
	return b
}

func mustImport(t *testing.T, s *Store, paths ...string) ingest.Summary {
	t.Helper()
	sum, err := ingest.Import(context.Background(), s, paths, ingest.Options{})
	if err != nil {
		t.Fatalf("import: %v (%+v)", err, sum)
	}
	return sum
}

func mustCount(t *testing.T, s *Store) int {
	t.Helper()
	n, err := s.Count(context.Background())
	if err != nil {
		t.Fatal(err)
	}
	return n
}

package annotate

import (
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/internal/goldtest"
)

// gumArticle builds the Article a plain-text reader makes of a gum-news
// file: line 1 the title, then blank-line-separated blocks, whose types
// (heading, caption, sources list) come from the gold, so that these
// tests measure annotation alone.
func peopleGumArticle(t testing.TB, txtPath string, g goldtest.Gold) *content.Article {
	t.Helper()
	data, err := os.ReadFile(txtPath)
	if err != nil {
		t.Fatal(err)
	}
	parts := strings.Split(string(data), "\n\n")
	a := &content.Article{Title: strings.TrimSpace(parts[0])}
	sources := false
	for _, p := range parts[1:] {
		p = strings.TrimSpace(p)
		if p == "" || p == g.Dateline {
			continue
		}
		typ := content.BlockParagraph
		switch {
		case slices.Contains(g.Headings, p):
			typ = content.BlockHeading
			sources = wordIs(p, wcSourcesHeading)
		case slices.Contains(g.Captions, p):
			typ = content.BlockCaption
		case sources && !strings.HasPrefix(p, "Categories:"):
			typ = content.BlockList
		}
		a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: p})
	}
	return a
}

// voaArticle builds the sample's blocks as its gold describes them:
// boilerplate lines gone, repeated caption lines once, headings and
// captions typed, the credit line a credit.
func voaArticle(t testing.TB) (*content.Article, goldtest.Gold) {
	t.Helper()
	g := goldtest.Read(t, filepath.Join("testdata", "people", "voa-japan-russia-summit.gold.json"))
	data, err := os.ReadFile(filepath.Join("testdata", "people", "voa-japan-russia-summit.txt"))
	if err != nil {
		t.Fatal(err)
	}
	a := &content.Article{}
	prev := ""
	for _, line := range strings.Split(string(data), "\n") {
		line = strings.TrimSpace(strings.TrimRight(line, "{"))
		if line == "" || slices.Contains(g.Boilerplate, line) || line == prev {
			continue
		}
		prev = line
		if a.Title == "" {
			a.Title = line
			continue
		}
		typ := content.BlockParagraph
		switch {
		case slices.Contains(g.Headings, line):
			typ = content.BlockHeading
		case slices.Contains(g.Captions, line):
			typ = content.BlockCaption
		case strings.HasSuffix(line, "contributed to this report."):
			typ = content.BlockCredit
		}
		a.Blocks = append(a.Blocks, content.Block{Type: typ, Text: line})
	}
	return a, g
}

package annotate

import (
	"encoding/json"
	"os"
	"path/filepath"
	"slices"
	"strings"
	"testing"

	"github.com/newsreader/newsreader/content"
)

// peopleGold is the part of a gum-news gold file the people tests read.
type peopleGold struct {
	Title    string   `json:"title"`
	Dateline string   `json:"dateline"`
	Headings []string `json:"headings"`
	Captions []string `json:"captions"`
	Quotes   []struct {
		Text    string  `json:"text"`
		Speaker *string `json:"speaker"`
	} `json:"quotes"`
	OtherQuoted []struct {
		Text string `json:"text"`
	} `json:"other_quoted"`
	People []struct {
		Name          string   `json:"name"`
		Aliases       []string `json:"aliases"`
		NamedMentions int      `json:"named_mentions"`
		Mentions      int      `json:"mentions"`
		Quotes        int      `json:"quotes"`
		Role          string   `json:"role"`
	} `json:"people"`
	NotPeople    []string `json:"not_people"`
	Contributors []string `json:"contributors"`
	Boilerplate  []string `json:"boilerplate"`
}

func readPeopleGold(t testing.TB, path string) peopleGold {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	var g peopleGold
	if err := json.Unmarshal(data, &g); err != nil {
		t.Fatalf("%s: %v", path, err)
	}
	return g
}

// gumArticle builds the Article a plain-text reader makes of a gum-news
// file: line 1 the title, then blank-line-separated blocks, whose types
// (heading, caption, sources list) come from the gold, so that these
// tests measure annotation alone.
func peopleGumArticle(t testing.TB, txtPath string, g peopleGold) *content.Article {
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
func voaArticle(t testing.TB) (*content.Article, peopleGold) {
	t.Helper()
	g := readPeopleGold(t, filepath.Join("testdata", "people", "voa-japan-russia-summit.gold.json"))
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

// spansInBounds reports the first span outside its block, if any.
func spansInBounds(a *content.Article) (content.Span, bool) {
	check := func(sp content.Span) bool {
		return sp.Block >= 0 && sp.Block < len(a.Blocks) && sp.Start >= 0 && sp.Start <= sp.End && sp.End <= len(a.Blocks[sp.Block].Text)
	}
	for _, q := range a.Quotes {
		for _, sp := range q.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	for _, p := range a.People {
		for _, sp := range p.Spans {
			if !check(sp) {
				return sp, false
			}
		}
	}
	return content.Span{}, true
}

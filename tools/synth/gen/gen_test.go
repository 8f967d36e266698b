package gen

import (
	"bytes"
	"strings"
	"testing"
	"time"

	"github.com/newsreader/newsreader/content/formats"
)

func TestSameSeedSameArticles(t *testing.T) {
	a, b := New(7), New(7)
	for i := 0; i < 20; i++ {
		if !bytes.Equal(a.Next().Text(), b.Next().Text()) {
			t.Fatalf("article %d differs for the same seed", i)
		}
	}
	if bytes.Equal(New(8).Next().Text(), New(7).Next().Text()) {
		t.Fatal("different seeds gave the same article")
	}
}

func TestArticlesLookLikeNews(t *testing.T) {
	g := New(1)
	words := map[string]bool{}
	for i := 0; i < 1000; i++ {
		a := g.Next()
		if a.Words < 300 || a.Words > 2100 {
			t.Fatalf("article of %d words", a.Words)
		}
		c := a.Content()
		if c.Title == "" || c.Published.IsZero() || c.Source == "" || len(c.People) == 0 || c.Hash == "" {
			t.Fatalf("missing fields: %+v", c)
		}
		names := map[string]bool{}
		for _, p := range c.People {
			if names[p.Name] {
				t.Fatalf("%q is twice among the article's people", p.Name)
			}
			names[p.Name] = true
			if p.Mentions == 0 || !strings.Contains(c.Text, p.Name) {
				t.Fatalf("person %q (%d mentions) not named in full", p.Name, p.Mentions)
			}
			for _, sp := range p.Spans {
				if got := c.Blocks[sp.Block].Text[sp.Start:sp.End]; got != p.Aliases[0] {
					t.Fatalf("span %v is %q, not %q", sp, got, p.Aliases[0])
				}
			}
		}
		for _, q := range c.Quotes {
			if q.Speaker == nil || len(q.Spans) != 1 {
				t.Fatalf("quote without speaker or span: %+v", q)
			}
		}
		for _, w := range strings.Fields(strings.ToLower(c.Text)) {
			words[strings.Trim(w, `.,;:!?"“”'()`)] = true
		}
	}
	// Real sentences recombined with a large vocabulary, not a few
	// hundred sentences repeated.
	if len(words) < 30000 {
		t.Errorf("only %d distinct words in 1,000 articles", len(words))
	}
}

func TestMoveToYearKeepsMonthAndDay(t *testing.T) {
	g := New(7)
	for range 500 {
		a := g.Next()
		before := a.Published
		if before.Month() == 2 && before.Day() == 29 {
			continue // below
		}
		a.MoveToYear(2023)
		if got := a.Published; got.Year() != 2023 || got.Month() != before.Month() || got.Day() != before.Day() {
			t.Fatalf("%s moved to %s, want the same day of 2023", before.Format(time.DateOnly), got.Format(time.DateOnly))
		}
	}
	a := g.Next()
	a.Published = time.Date(2024, 2, 29, 0, 0, 0, 0, time.UTC)
	a.MoveToYear(2023)
	if got := a.Published.Format(time.DateOnly); got != "2023-03-01" {
		t.Fatalf("2024-02-29 moved to %s, want 2023-03-01", got)
	}
}

// Content reads the dateline as package content does from Text: out of
// the paragraph it opens, whose rest the parser finds too.
func TestContentTakesTheDatelineOut(t *testing.T) {
	g := New(3)
	found := 0
	for i := 0; i < 20; i++ {
		a := g.Next()
		c := a.Content()
		parsed, err := formats.ParseBytes("a.txt", a.Text(), formats.Options{})
		if err != nil || len(parsed) != 1 {
			t.Fatalf("parse: %v (%d articles)", err, len(parsed))
		}
		p := parsed[0]
		if c.Dateline == "" || strings.HasPrefix(c.Blocks[0].Text, c.Dateline) {
			t.Errorf("dateline %q, first paragraph %q", c.Dateline, c.Blocks[0].Text)
		}
		if p.Dateline == "" {
			continue // the parser did not take this one for a dateline
		}
		if p.Dateline != c.Dateline || !strings.Contains(p.BodyText(), c.Blocks[0].Text) {
			t.Errorf("dateline %q, parser %q; the parser has no paragraph %q", c.Dateline, p.Dateline, c.Blocks[0].Text)
		}
		found++
	}
	if found < 10 {
		t.Errorf("the parser read the dateline of %d of 20 articles", found)
	}
}

package ui

import (
	"context"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
)

// TestArchivePeopleMergesASurname: the people view lists "Trump", named
// alone in one article, under the archive's one Donald Trump, with both
// articles, and enter lists the two; Berg, a surname two people share,
// keeps a line of its own (made-up articles).
func TestArchivePeopleMergesASurname(t *testing.T) {
	var as []*content.Article
	for name, text := range map[string]string{
		"full.txt":   "Talks on trade\n\n\"We will talk again,\" said President Donald Trump on Monday in the capital.\n",
		"short.txt":  "Trade talks resume\n\nPresident Trump said on Tuesday that the talks were fair. Trump told reporters the tariffs would stay.\n",
		"berg-a.txt": "Ministers meet\n\nMinister Anna Berg met farmers on Wednesday about the vote.\n",
		"berg-c.txt": "Council meets\n\nCouncillor Carl Berg met the council on Thursday about the vote.\n",
		"berg.txt":   "A note on the vote\n\nMinister Berg said on Friday that the vote count was slow.\n",
	} {
		parsed, err := formats.ParseBytes(name, []byte(text), formats.Options{})
		if err != nil {
			t.Fatal(err)
		}
		as = append(as, parsed...)
	}
	m := New(context.Background(), newArchive(t, as), WithName("test"), WithFilterDelay(0),
		WithOpener(func(context.Context, string) error { return nil }))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 100, Height: 30})
	m = drive(t, m, keys("P")...)
	if m.directory.Len() != 4 {
		t.Errorf("%d people listed, want 4 (Donald Trump, Anna, Carl and Berg):\n%s", m.directory.Len(), screen(m))
	}
	p, _ := m.directory.Selected()
	if p.Name != "Donald Trump" || p.Articles != 2 || p.Mentions != 3 {
		t.Fatalf("first listed %+v, want Donald Trump in 2 articles, named 3 times:\n%s", p, screen(m))
	}
	m = drive(t, m, keys("enter")...)
	if n, _ := m.list.Total(); n != 2 {
		t.Errorf("%d articles listed for Donald Trump, want 2", n)
	}
}

package reader

import (
	"context"
	"fmt"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/internal/teadrive"
	"github.com/newsreader/newsreader/ui/render"
)

// oneArticle is an archive of one article, the huge one of these tests.
// The reader asks an archive for articles only; the rest of the interface
// is left to the nil Archive it embeds, which these tests never reach.
type oneArticle struct {
	archive.Archive
	a *content.Article
}

func (o oneArticle) Article(context.Context, int64) (*content.Article, error) { return o.a, nil }

// hugeArticle makes up an article of about size bytes of text in
// paragraphs of a few sentences, as a long text file imports: one
// paragraph in seven names the harbour.
func hugeArticle(size int) *content.Article {
	sentences := []string{
		"The council met on Tuesday to discuss the new budget for the coming year.",
		"Residents asked for more buses on the northern routes and longer library hours.",
		"Officials said the plan would be published in full before the end of the month.",
		"Farmers in the valley reported a good harvest despite the dry weather in spring.",
		"The harbour master said ferry traffic had doubled since the bridge was closed.",
	}
	a := &content.Article{Title: "Minutes of the council, every meeting since 1950", Source: "example.org", Published: content.MustParseDate("2024-03-01")}
	total := 0
	for i := 0; total < size; i++ {
		var p strings.Builder
		fmt.Fprintf(&p, "Meeting %d. ", i+1)
		for j := range 4 {
			s := sentences[(i+j)%4]
			if j == 2 && i%7 == 0 {
				s = sentences[4]
			}
			p.WriteString(s + " ")
		}
		text := strings.TrimSpace(p.String())
		a.Blocks = append(a.Blocks, content.Block{Type: content.BlockParagraph, Text: text})
		total += len(text) + 1
	}
	return a
}

// runAll is teadrive.Settle for the reader.
func runAll(m Model, cmd tea.Cmd, each func(Model, tea.Msg)) Model {
	return teadrive.Settle(m, cmd, each)
}

// TestHugeArticleInCommands: a long article is rendered and searched in
// commands, a piece at a time. Update returns at once with a command; the
// first piece shows while the rest renders ("rendering…"); the search
// typed meanwhile counts its matches in steps ("+") and ends with every
// occurrence in the article found, and the rendering is the one Article
// gives in one go.
func TestHugeArticleInCommands(t *testing.T) {
	a := hugeArticle(200 << 10)
	m := New(context.Background(), oneArticle{a: a}, NewCache(4), DefaultStyles(true))
	m.pieces = pieces{first: 8 << 10, next: 16 << 10, find: 24 << 10}
	m.SetSize(90, 20)
	load := m.Open(1, Highlight{})
	m, rendering := m.Update(load())
	if !m.Loading() || rendering == nil || !strings.Contains(m.View(), "Loading") {
		t.Fatalf("loaded: want the rendering in a command, loading shown; view %q", m.View())
	}
	m, next := m.Update(rendering())
	if next == nil || !strings.Contains(m.Status(), "rendering") || !strings.Contains(ansi.Strip(m.View()), "Minutes of the council") {
		t.Fatalf("first piece: status %q, next %v, view %q", m.Status(), next != nil, ansi.Strip(m.View()))
	}
	firstLines := m.TotalLines()

	cmd := m.SetHighlight(Highlight{Kind: HighlightSearch, Label: "/harbour", Terms: []string{"harbour"}})
	if cmd == nil || !m.Searching() {
		t.Fatal("find: want the search in a command")
	}
	if _, total := m.Matches(); total != 0 {
		t.Fatalf("find searched %d matches before returning", total)
	}
	var partial, grew bool
	m = runAll(m, tea.Batch(next, cmd), func(m Model, msg tea.Msg) {
		if _, total := m.Matches(); total > 0 && m.Searching() {
			partial = true
		}
		grew = grew || m.TotalLines() > firstLines
	})
	if !partial || !grew {
		t.Errorf("never seen a partial count (%v) or a growing rendering (%v)", partial, grew)
	}
	want := 0
	for _, b := range a.Blocks {
		want += strings.Count(b.Text, "harbour")
	}
	if cur, total := m.Matches(); total != want || cur != 1 || m.Searching() {
		t.Errorf("after the search: %d/%d (searching %v), want 1/%d", cur, total, m.Searching(), want)
	}
	if strings.Contains(m.Status(), "rendering") {
		t.Errorf("status %q after the last piece", m.Status())
	}
	r, err := render.New(render.Options{Width: m.wrapWidth(), Dark: true})
	if err != nil {
		t.Fatal(err)
	}
	whole, err := r.Article(cleanArticle(a))
	if err != nil {
		t.Fatal(err)
	}
	if got, want := m.Plain(), strings.TrimRight(ansi.Strip(whole), "\n "); got != plainOf(want) {
		t.Errorf("pieces differ from the whole rendering (%d vs %d bytes)", len(got), len(want))
	}
	if _, ok := m.cache.get(m.wantKey()); !ok {
		t.Error("the complete rendering is not cached")
	}
}

// plainOf trims each line's trailing blanks, as the pane does.
func plainOf(s string) string {
	lines := strings.Split(s, "\n")
	for i, l := range lines {
		lines[i] = strings.TrimRight(l, " ")
	}
	return strings.Join(lines, "\n")
}

// TestStaleSearchDropped: the steps of a search typed past are dropped.
func TestStaleSearchDropped(t *testing.T) {
	a := hugeArticle(100 << 10)
	m := New(context.Background(), oneArticle{a: a}, NewCache(4), DefaultStyles(true))
	m.pieces = pieces{first: 1 << 30, next: 1 << 30, find: 4 << 10}
	m.SetSize(90, 20)
	m = runAll(m, m.Open(1, Highlight{}), nil)
	old := m.SetHighlight(Highlight{Kind: HighlightSearch, Terms: []string{"harbour"}})
	cmd := m.SetHighlight(Highlight{Kind: HighlightSearch, Terms: []string{"valley"}})
	m, _ = m.Update(old())
	if _, total := m.Matches(); total != 0 {
		t.Fatalf("a step of the earlier search added %d matches", total)
	}
	start := time.Now()
	m = runAll(m, cmd, nil)
	for _, got := range m.MatchText() {
		if got != "valley" {
			t.Fatalf("match %q", got)
		}
	}
	if _, total := m.Matches(); total == 0 {
		t.Errorf("no matches after %v", time.Since(start))
	}
}

package ui

import (
	"context"
	"errors"
	"fmt"
	"image/color"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/articlelist"
	"github.com/newsreader/newsreader/ui/reader"
)

// sampleTitle starts the VOA sample's headline.
const sampleTitle = "Japan, Russia Summit"

// sizes are the screens every golden view is checked at.
var sizes = []struct {
	name string
	w, h int
}{{"80x24", 80, 24}, {"160x48", 160, 48}}

// selectTitle moves the list down to the article whose title starts
// with prefix.
func selectTitle(t *testing.T, m Model, prefix string) Model {
	t.Helper()
	m = drive(t, m, keys("g")...)
	for range 50 {
		if r, ok := m.list.Selected(); ok && strings.HasPrefix(r.Title, prefix) {
			return m
		}
		m = drive(t, m, keys("j")...)
	}
	t.Fatalf("no article titled %q in the list", prefix)
	return m
}

// openSample opens the VOA sample in the reader.
func openSample(t *testing.T, m Model) Model {
	t.Helper()
	m = selectTitle(t, m, sampleTitle)
	m = drive(t, m, keys("enter")...)
	if a := m.reader.Article(); a == nil || !strings.HasPrefix(a.Title, sampleTitle) {
		t.Fatalf("the sample did not open; screen:\n%s", screen(m))
	}
	return m
}

// countWord counts case-insensitive, whole-word occurrences of word in
// text, a check independent of package textmatch.
func countWord(text, word string) int {
	n := 0
	lower, w := strings.ToLower(text), strings.ToLower(word)
	for i := 0; ; {
		j := strings.Index(lower[i:], w)
		if j < 0 {
			return n
		}
		start, end := i+j, i+j+len(w)
		before := start == 0 || !isLetter(lower[start-1])
		after := end == len(lower) || !isLetter(lower[end])
		if before && after {
			n++
		}
		i = end
	}
}

func isLetter(c byte) bool { return c >= 'a' && c <= 'z' || c >= '0' && c <= '9' }

func TestListGolden(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, _ := newTestModel(t, s.w, s.h)
			view := screen(m)
			if !strings.Contains(view, "7 articles") {
				t.Errorf("header does not count the 7 articles:\n%s", view)
			}
			golden.RequireEqual(t, view)
		})
	}
}

func TestListNavigation(t *testing.T) {
	// Tall enough for the list (over the preview) to show all seven.
	m, _ := newTestModel(t, 80, 60)
	steps := []struct {
		keys string
		want int
	}{
		{"j", 1}, {"j j", 3}, {"k", 2}, {"G", 6}, {"down", 6}, {"g", 0}, {"up", 0},
		{"end", 6}, {"home", 0}, {"space", 6}, {"b", 0}, {"ctrl+d", 3}, {"ctrl+u", 0},
	}
	for _, st := range steps {
		m = drive(t, m, keys(st.keys)...)
		if got := m.list.Cursor(); got != st.want {
			t.Fatalf("after %q the cursor is on %d, want %d", st.keys, got, st.want)
		}
	}
	if got := m.list.Status(); got != "1/7" {
		t.Errorf("status = %q, want 1/7", got)
	}
}

func TestListSortAndFilter(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = drive(t, m, keys("s")...)
	if got := m.list.Query().Sort; got != archive.SortTitle {
		t.Fatalf("sort = %v, want title", got)
	}
	first, _ := m.list.Selected()
	if !strings.HasPrefix(first.Title, "After visa snags") {
		t.Errorf("first by title = %q", first.Title)
	}
	// Filter as you type: each key narrows the list.
	m = drive(t, m, keys("/")...)
	m = drive(t, m, typeText("rus")...)
	if n, _ := m.list.Total(); n != 1 {
		t.Fatalf("filter \"rus\" leaves %d articles, want 1", n)
	}
	if r, _ := m.list.Selected(); !strings.HasPrefix(r.Title, sampleTitle) {
		t.Errorf("filtered to %q", r.Title)
	}
	m = drive(t, m, keys("enter")...)
	if !strings.Contains(screen(m), "1 article matching “rus”") {
		t.Errorf("header does not show the filter:\n%s", screen(m))
	}
	m = drive(t, m, keys("esc")...)
	if n, _ := m.list.Total(); n != 7 {
		t.Errorf("esc left %d articles, want all 7", n)
	}
}

func TestReaderGolden(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, _ := newTestModel(t, s.w, s.h)
			m = openSample(t, m)
			if m.focus != paneReader {
				t.Errorf("focus = %v after opening, want the reader", m.focus)
			}
			view := screen(m)
			if !strings.Contains(view, "Japan, Russia Summit Produces") {
				t.Errorf("headline not shown:\n%s", view)
			}
			golden.RequireEqual(t, view)
			m = drive(t, m, keys("ctrl+d")...)
			if m.reader.YOffset() == 0 {
				t.Error("ctrl+d did not scroll the article")
			}
		})
	}
}

func TestFindInArticle(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, _ := newTestModel(t, s.w, s.h)
			m = openSample(t, m)
			m = drive(t, m, keys("/")...)
			m = drive(t, m, typeText("NEWSHAM")...)
			_, total := m.reader.Matches()
			plain := m.reader.Plain()
			if want := countWord(plain, "newsham"); total != want || total != 4 {
				t.Fatalf("%d matches of Newsham, the rendering has %d, the sample 4", total, want)
			}
			if !strings.Contains(screen(m), "1/4") {
				t.Errorf("prompt does not show 1/4:\n%s", screen(m))
			}
			m = drive(t, m, keys("enter n n")...)
			if cur, _ := m.reader.Matches(); cur != 3 {
				t.Errorf("after n n the match is %d, want 3", cur)
			}
			golden.RequireEqual(t, screen(m))
			m = drive(t, m, keys("n n")...)
			if cur, _ := m.reader.Matches(); cur != 1 {
				t.Errorf("n past the last match gave %d, want 1 (wrap-around)", cur)
			}
			m = drive(t, m, keys("N")...)
			if cur, _ := m.reader.Matches(); cur != 4 {
				t.Errorf("N before the first match gave %d, want 4 (wrap-around)", cur)
			}
			m = drive(t, m, keys("esc")...)
			if _, total := m.reader.Matches(); total != 0 {
				t.Errorf("esc left %d matches highlighted", total)
			}
		})
	}
}

func TestFindFoldsCaseAndAccents(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = openSample(t, m)
	m = drive(t, m, keys("/")...)
	m = drive(t, m, typeText("kurîl")...)
	_, total := m.reader.Matches()
	if want := countWord(m.reader.Plain(), "kuril"); total != want || total == 0 {
		t.Errorf("\"kurîl\" found %d, the rendering has %d of \"Kuril\"", total, want)
	}
	for _, got := range m.reader.MatchText() {
		if !strings.EqualFold(got, "kuril") {
			t.Errorf("match %q is not Kuril", got)
		}
	}
}

// goldenSnippet is an archive whose search hits carry the snippet that
// the golden screens of TestArchiveSearch hold: the one the in-memory
// engine, which served the tests and the bundled sample until both
// moved to the store, cut for "islands treaty" (its first match with a
// little text before it). The golden tests how results are shown; the
// store cuts its own snippet (TestArchiveSearchSnippet).
type goldenSnippet struct{ Archive }

func (a goldenSnippet) Search(ctx context.Context, query string, limit int) ([]archive.Hit, error) {
	hits, err := a.Archive.Search(ctx, query, limit)
	for i := range hits {
		hits[i].Snippet = "…the southern Kuril islands in the western Pacific that were seized by Soviet forces " +
			"at the end of the war, forcing about 17,000 Japanese residents to flee. Russia…"
		hits[i].Matches = [][2]int{{22, 29}}
	}
	return hits, err
}

func TestArchiveSearchSnippet(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	hits, err := m.archive.Search(context.Background(), "islands treaty", 10)
	if err != nil || len(hits) != 1 || !strings.HasPrefix(hits[0].Title, sampleTitle) || len(hits[0].Matches) == 0 {
		t.Fatalf("hits %+v, %v", hits, err)
	}
	for _, r := range hits[0].Matches {
		if got := strings.ToLower(hits[0].Snippet[r[0]:r[1]]); got != "islands" && got != "treaty" {
			t.Errorf("snippet match %q", got)
		}
	}
}

func TestArchiveSearch(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m := New(context.Background(), goldenSnippet{newArchive(t, loadArticles(t))}, WithName("test"), WithFilterDelay(0),
				WithOpener(func(context.Context, string) error { return nil }))
			m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: s.w, Height: s.h})
			m = drive(t, m, keys("ctrl+f")...)
			m = drive(t, m, typeText("islands treaty")...)
			m = drive(t, m, keys("enter")...)
			if m.list.Mode() != articlelist.ModeResults {
				t.Fatalf("list mode = %v, want results", m.list.Mode())
			}
			if n, _ := m.list.Total(); n != 1 {
				t.Fatalf("%d results, want the sample only", n)
			}
			view := screen(m)
			if !strings.Contains(view, "1 result for islands treaty") || !strings.Contains(view, "sort: best match") {
				t.Errorf("header does not show the search and its order:\n%s", view)
			}
			golden.RequireEqual(t, view)
			m = drive(t, m, keys("enter")...)
			hl := m.reader.Highlight()
			_, total := m.reader.Matches()
			want := countWord(m.reader.Plain(), "islands") + countWord(m.reader.Plain(), "treaty")
			if hl.Kind != reader.HighlightTerms || total != want || total == 0 {
				t.Errorf("opened with %d terms highlighted (kind %v), want %d", total, hl.Kind, want)
			}
			m = drive(t, m, keys("esc esc esc")...)
			if m.list.Mode() != articlelist.ModeAll {
				t.Errorf("esc did not go back to the whole list")
			}
		})
	}
}

// A search of filters only lists the newest matches, and says so.
func TestFilterOnlySearchSaysDateOrder(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText(`person:"Shinzo Abe"`)...)
	m = drive(t, m, keys("enter")...)
	view := screen(m)
	if n, _ := m.list.Total(); n == 0 || !strings.Contains(view, "sort: date") || strings.Contains(view, "best match") {
		t.Errorf("%d results; the header should say sort: date:\n%s", n, view)
	}
}

// selectPerson moves the sidebar to the person named name.
func selectPerson(t *testing.T, m Model, name string) Model {
	t.Helper()
	for m.focus != panePeople {
		m = drive(t, m, keys("tab")...)
	}
	m = drive(t, m, keys("g")...)
	for range 20 {
		if p, ok := m.people.Selected(); ok && p.Name == name {
			return m
		}
		m = drive(t, m, keys("j")...)
	}
	t.Fatalf("%s is not in the sidebar:\n%s", name, screen(m))
	return m
}

func TestPersonMentions(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m := newCastModel(t, s.w, s.h)
			m = openSample(t, m)
			if s.w < WideWidth {
				m = drive(t, m, keys("p")...)
			}
			m = selectPerson(t, m, "Hosaka Yuji")
			m = drive(t, m, keys("enter")...)
			cur, total := m.reader.Matches()
			if total != 2 || cur != 1 {
				t.Fatalf("Hosaka Yuji: match %d of %d, want 1 of 2 (the gold's mentions)", cur, total)
			}
			for _, got := range m.reader.MatchText() {
				if got != "Hosaka Yuji" && got != "Hosaka" {
					t.Errorf("highlighted %q for Hosaka Yuji", got)
				}
			}
			m = drive(t, m, keys("n")...)
			if cur, _ := m.reader.Matches(); cur != 2 {
				t.Errorf("n moved to mention %d, want 2", cur)
			}
			golden.RequireEqual(t, screen(m))
		})
	}
}

func TestPersonMentionsAreWholeWords(t *testing.T) {
	m := newCastModel(t, 160, 48)
	m = openSample(t, m)
	m = selectPerson(t, m, "Shinzo Abe")
	m = drive(t, m, keys("enter")...)
	_, total := m.reader.Matches()
	want := countWord(m.reader.Plain(), "abe") // "Shinzo Abe" holds one
	if total != want {
		t.Errorf("%d mentions of Abe highlighted, the rendering has %d", total, want)
	}
}

func TestPersonArticles(t *testing.T) {
	m := newCastModel(t, 160, 48)
	m = openSample(t, m)
	m = selectPerson(t, m, "Grant Newsham")
	m = drive(t, m, keys("a")...)
	if m.list.Mode() != articlelist.ModePerson || m.list.Search() != "Grant Newsham" {
		t.Fatalf("list shows mode %v %q", m.list.Mode(), m.list.Search())
	}
	if n, _ := m.list.Total(); n != 1 {
		t.Errorf("%d articles mention Grant Newsham, want 1", n)
	}
	if !strings.Contains(screen(m), "1 article mentioning Grant Newsham") {
		t.Errorf("header:\n%s", screen(m))
	}
	m = drive(t, m, keys("enter")...)
	if _, total := m.reader.Matches(); total == 0 {
		t.Error("opening from a person's articles does not highlight the person")
	}
}

func TestHelpGolden(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, _ := newTestModel(t, s.w, s.h)
			m = drive(t, m, keys("?")...)
			view := screen(m)
			for _, want := range []string{"search archive", "quit", "page down"} {
				if !strings.Contains(view, want) {
					t.Errorf("help lacks %q", want)
				}
			}
			golden.RequireEqual(t, view)
			m = drive(t, m, keys("j")...)
			if m.showHelp || m.list.Cursor() != 0 {
				t.Error("a key should close the help and do nothing else")
			}
		})
	}
}

func TestResizeKeepsPosition(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = openSample(t, m)
	m = drive(t, m, keys("ctrl+d ctrl+d")...)
	top := firstWords(m)
	m = drive(t, m, tea.WindowSizeMsg{Width: 80, Height: 24})
	if m.layout.visible(paneList) {
		t.Error("at 80 columns the open article should take the list's place")
	}
	view := screen(m)
	if !strings.Contains(strings.Join(strings.Fields(view), " "), top) {
		t.Errorf("after resizing, %q is no longer on screen:\n%s", top, view)
	}
	golden.RequireEqual(t, view)
	m = drive(t, m, tea.WindowSizeMsg{Width: 250, Height: 60})
	if !m.layout.visible(paneList) || !m.layout.visible(panePeople) {
		t.Error("at 250 columns all three panes should show")
	}
	if !strings.Contains(strings.Join(strings.Fields(screen(m)), " "), top) {
		t.Errorf("after widening, %q is no longer on screen", top)
	}
}

// firstWords returns the first three words of the reader's top line.
func firstWords(m Model) string {
	lines := strings.Split(m.reader.Plain(), "\n")
	for _, l := range lines[m.reader.YOffset():] {
		if f := strings.Fields(l); len(f) >= 3 {
			return strings.Join(f[:3], " ")
		}
	}
	return ""
}

// TestNarrowLayout: at 80x24 the preview shows under the list, p
// brings up the people sidebar beside it (with the keys), and the open
// article takes the list's place. The focused pane is marked.
func TestNarrowLayout(t *testing.T) {
	m := newCastModel(t, 80, 24)
	if !m.layout.visible(paneList) || !m.layout.visible(paneReader) || m.layout.visible(panePeople) {
		t.Fatal("at 80x24 the list should show over the preview, without the sidebar")
	}
	m = selectTitle(t, m, sampleTitle)
	if a := m.reader.Article(); a == nil || !strings.HasPrefix(a.Title, sampleTitle) {
		t.Fatalf("the selected article is not previewed:\n%s", screen(m))
	}
	m = drive(t, m, keys("p")...)
	if !m.layout.visible(panePeople) || m.focus != panePeople {
		t.Fatalf("p should show the sidebar and give it the keys:\n%s", screen(m))
	}
	view := screen(m)
	for _, want := range []string{"PEOPLE (4)", "Vladimir Putin", "┃"} {
		if !strings.Contains(view, want) {
			t.Errorf("the sidebar at 80x24 lacks %q:\n%s", want, view)
		}
	}
	golden.RequireEqual(t, view)
	m = drive(t, m, keys("esc enter")...)
	if m.layout.visible(paneList) || !m.layout.visible(paneReader) || !m.layout.visible(panePeople) || m.focus != paneReader {
		t.Fatal("the open article should take the list's place, beside the sidebar")
	}
	m = drive(t, m, keys("p")...)
	if m.layout.visible(panePeople) || m.focus != paneReader {
		t.Fatal("p should hide the sidebar again")
	}
	m = drive(t, m, keys("esc")...)
	if !m.layout.visible(paneList) || m.focus != paneList {
		t.Error("esc should go back to the list")
	}
}

// TestNarrowSizes: every narrow screen shows the sidebar when asked, and
// every pane draws inside the screen.
func TestNarrowSizes(t *testing.T) {
	for _, size := range [][2]int{{60, 20}, {60, 12}, {80, 24}, {100, 30}, {109, 50}} {
		m := newCastModel(t, size[0], size[1])
		m = drive(t, m, keys("j p")...)
		if !m.layout.visible(panePeople) || m.focus != panePeople {
			t.Errorf("%v: p does not show the sidebar", size)
		}
		lines := strings.Split(screen(m), "\n")
		if len(lines) != size[1] {
			t.Errorf("%v: %d lines drawn", size, len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w != size[0] {
				t.Errorf("%v: line %d is %d wide: %q", size, i, w, l)
			}
		}
	}
}

// failing is an archive whose articles cannot be read, or panic.
type failing struct {
	archive.Archive
	panics bool
}

func (f failing) Article(context.Context, int64) (*content.Article, error) {
	if f.panics {
		panic("corrupt row")
	}
	return nil, errors.New("database is locked")
}

func TestErrorsGoToTheStatusBar(t *testing.T) {
	for _, panics := range []bool{false, true} {
		arc := failing{Archive: newArchive(t, loadArticles(t)), panics: panics}
		m := New(context.Background(), arc, WithFilterDelay(0))
		m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 120, Height: 30})
		m = drive(t, m, keys("enter")...)
		want := "database is locked"
		if panics {
			want = "internal error: corrupt row"
		}
		if !strings.Contains(screen(m), want) {
			t.Errorf("status bar does not say %q:\n%s", want, screen(m))
		}
		m = drive(t, m, keys("esc j")...)
		if m.list.Cursor() != 1 {
			t.Error("the reader stopped answering after an error")
		}
	}
}

// hostile is an archive whose text carries terminal escape sequences.
type hostile struct{ archive.Archive }

func (hostile) List(context.Context, archive.Query, int, int) ([]archive.Item, error) {
	return []archive.Item{{ID: 1, Title: "Evil \x1b]52;c;cm0gLXJmIC8=\x07title\x1b[2J", Source: "x\x1b[31my"}}, nil
}

func TestArchiveTextIsSanitised(t *testing.T) {
	arc := hostile{newArchive(t, loadArticles(t))}
	m := New(context.Background(), arc)
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 120, Height: 30})
	raw := m.View().Content
	if strings.Contains(raw, "]52;") || strings.Contains(raw, "\x1b[2J") || strings.Contains(raw, "\x07") {
		t.Errorf("escape sequences from the archive reached the screen: %q", raw)
	}
	if !strings.Contains(ansi.Strip(raw), "Evil title") {
		t.Errorf("title not shown cleaned:\n%s", ansi.Strip(raw))
	}
}

func TestOpenURLUsesTheOpener(t *testing.T) {
	as := loadArticles(t)
	as[0].URL = "https://www.voanews.com/a/japan-russia-summit/3640009.html"
	var opened []string
	opener := func(_ context.Context, u string) error { opened = append(opened, u); return nil }
	m := New(context.Background(), newArchive(t, as), WithOpener(opener))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	m = openSample(t, m)
	m = drive(t, m, keys("o")...)
	if len(opened) != 1 || opened[0] != as[0].URL {
		t.Errorf("opener got %q", opened)
	}
	// The archive keeps its own copy of the article: another archive.
	as[0].URL = "file:///etc/passwd"
	m = New(context.Background(), newArchive(t, as), WithOpener(opener))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	m = openSample(t, m)
	m = drive(t, m, keys("o")...)
	if len(opened) != 1 || !strings.Contains(screen(m), "only open http") {
		t.Errorf("a file: URL was opened or not refused: %q\n%s", opened, screen(m))
	}
}

func TestCopyAsMarkdown(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = openSample(t, m)
	_, cmd := m.Update(keyPress("y"))
	var clip string
	for _, msg := range runAll(cmd) {
		if s, ok := msg.(string); ok {
			clip = s
		}
	}
	if !strings.HasPrefix(clip, "# "+sampleTitle) {
		t.Errorf("clipboard got %.60q, want the article as Markdown", clip)
	}
}

// runAll runs cmd and its batches, returning the clipboard text set (as a
// string) and every other message.
func runAll(cmd tea.Cmd) []any {
	if cmd == nil {
		return nil
	}
	msg := cmd()
	if b, ok := msg.(tea.BatchMsg); ok {
		var out []any
		for _, c := range b {
			out = append(out, runAll(c)...)
		}
		return out
	}
	if typeName(msg) == "tea.setClipboardMsg" {
		return []any{strings.TrimPrefix(strings.TrimSuffix(typeValue(msg), ""), "")}
	}
	return []any{msg}
}

func TestMouse(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	// At 160 columns the list is 48 wide: an entry takes four rows (a
	// title of two, date and source, a blank) under the one-row header.
	m = drive(t, m, tea.MouseClickMsg{X: 5, Y: 1 + 4*2, Button: tea.MouseLeft})
	if m.list.Cursor() != 2 {
		t.Fatalf("click selected %d, want 2", m.list.Cursor())
	}
	m = drive(t, m, tea.MouseClickMsg{X: 5, Y: 1 + 4*2, Button: tea.MouseLeft})
	if m.reader.Article() == nil {
		t.Fatal("a click on the selected article should open it")
	}
	x := m.layout.reader.x + 2
	m = drive(t, m, tea.MouseWheelMsg{X: x, Y: 10, Button: tea.MouseWheelDown})
	if m.reader.YOffset() == 0 {
		t.Error("the wheel did not scroll the article")
	}
	// The sidebar: a title row, then five rows per person.
	if m.people.Len() < 2 {
		t.Fatalf("the sample has %d people", m.people.Len())
	}
	m = drive(t, m, tea.MouseClickMsg{X: m.layout.people.x + 3, Y: 1 + 1 + 5, Button: tea.MouseLeft})
	if p, _ := m.people.Selected(); m.focus != panePeople || p.Name != m.reader.Article().People[1].Name {
		t.Errorf("click on the second person: focus %v, selected %q", m.focus, p.Name)
	}
	m = drive(t, m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	if m.list.Cursor() != 2+articlelist.WheelLines {
		t.Errorf("the wheel over the list moved to %d, want %d", m.list.Cursor(), 2+articlelist.WheelLines)
	}
}

// TestTinyAndHugeScreens: no size breaks the reader, and every frame
// fills the screen exactly.
func TestTinyAndHugeScreens(t *testing.T) {
	m := newCastModel(t, 160, 48)
	m = openSample(t, m)
	for _, size := range [][2]int{{1, 1}, {10, 3}, {30, 8}, {79, 24}, {109, 30}, {110, 30}, {250, 80}, {400, 120}} {
		m = drive(t, m, tea.WindowSizeMsg{Width: size[0], Height: size[1]})
		m = drive(t, m, keys("/ a b esc tab j enter p ? esc")...)
		lines := strings.Split(screen(m), "\n")
		if len(lines) != size[1] && size[1] > 2 {
			t.Errorf("%dx%d: %d lines drawn", size[0], size[1], len(lines))
		}
		for i, l := range lines {
			if w := ansi.StringWidth(l); w > size[0] {
				t.Errorf("%dx%d: line %d is %d wide", size[0], size[1], i, w)
			}
		}
	}
}

// brokenList is an archive whose list cannot be read.
type brokenList struct{ archive.Archive }

func (brokenList) Count(context.Context, archive.Query) (int, error) {
	return 0, errors.New("no such table: articles")
}

func TestListErrorIsShown(t *testing.T) {
	m := New(context.Background(), brokenList{newArchive(t, loadArticles(t))})
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 120, Height: 30})
	view := screen(m)
	if !strings.Contains(view, "Could not load the list") || !strings.Contains(view, "✗ no such table") {
		t.Errorf("the failure is not shown:\n%s", view)
	}
	m = drive(t, m, keys("/ x")...)
	if !strings.Contains(screen(m), "filter: x") {
		t.Errorf("the reader stopped answering:\n%s", screen(m))
	}
}

func TestBackgroundColourChoosesTheTheme(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = openSample(t, m)
	m = drive(t, m, keys("ctrl+d")...)
	top := firstWords(m)
	dark := screen(m)
	m = drive(t, m, tea.BackgroundColorMsg{Color: color.White})
	if m.dark || m.reader.RenderedDark() {
		t.Fatal("a white background should give the light theme")
	}
	if !strings.Contains(strings.Join(strings.Fields(screen(m)), " "), top) {
		t.Errorf("changing theme lost the reading position (%q)", top)
	}
	if screen(m) != dark {
		t.Error("the light theme changed the text, not only its colours")
	}
	m = drive(t, m, tea.BackgroundColorMsg{Color: color.Black})
	if !m.reader.RenderedDark() {
		t.Error("a black background should give the dark theme back")
	}
}

func TestPasteIntoFind(t *testing.T) {
	m, _ := newTestModel(t, 160, 48)
	m = openSample(t, m)
	m = drive(t, m, keys("/")...)
	m = drive(t, m, tea.PasteMsg{Content: "Newsham"})
	if _, total := m.reader.Matches(); total != 4 {
		t.Errorf("pasting Newsham found %d matches, want 4", total)
	}
}

func TestReaderNavigation(t *testing.T) {
	m, _ := newTestModel(t, 80, 24)
	m = openSample(t, m)
	at := func(desc string) int {
		t.Helper()
		m = drive(t, m, keys(desc)...)
		return m.reader.YOffset()
	}
	for _, st := range []struct {
		keys string
		want int
	}{{"j", 1}, {"j j", 3}, {"k", 2}, {"down", 3}, {"up", 2}, {"g", 0}} {
		if got := at(st.keys); got != st.want {
			t.Fatalf("after %q the article is at line %d, want %d", st.keys, got, st.want)
		}
	}
	page := at("space")
	half := at("g ctrl+d")
	if half < 2 || page < 2*half-1 || page > 2*half+1 {
		t.Fatalf("a page scrolls %d lines and half a page %d", page, half)
	}
	for _, st := range []struct {
		keys string
		want int
	}{{"ctrl+u", 0}, {"pgdown", page}, {"pgdown", 2 * page}, {"b", page}, {"pgup", 0}} {
		if got := at(st.keys); got != st.want {
			t.Fatalf("after %q the article is at line %d, want %d", st.keys, got, st.want)
		}
	}
	last := at("G")
	if last < 3*page || !strings.HasSuffix(m.reader.Status(), "100%") {
		t.Fatalf("G went to line %d of %d (status %q)", last, m.reader.TotalLines(), m.reader.Status())
	}
	if got := at("j"); got != last {
		t.Errorf("j at the end moved to line %d, want %d", got, last)
	}
	if got := at("k"); got != last-1 {
		t.Errorf("k from the end went to line %d, want %d", got, last-1)
	}
	if got := at("home"); got != 0 {
		t.Errorf("home went to line %d, want 0", got)
	}
	if got := at("end"); got != last {
		t.Errorf("end went to line %d, want %d", got, last)
	}
}

func TestEmptyListsSayWhy(t *testing.T) {
	m, _ := newTestModel(t, 80, 24)
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("xylophone")...)
	m = drive(t, m, keys("enter")...)
	if n, _ := m.list.Total(); n != 0 || !strings.Contains(screen(m), "No results for “xylophone”.") {
		t.Errorf("a search with %d results shows:\n%s", n, screen(m))
	}
	m = drive(t, m, keys("esc esc")...)
	m = drive(t, m, keys("/")...)
	m = drive(t, m, typeText("zzq")...)
	if n, _ := m.list.Total(); n != 0 || !strings.Contains(screen(m), "No articles match “zzq”.") {
		t.Errorf("a filter with %d matches shows:\n%s", n, screen(m))
	}
}

// badQueryArchive refuses every search, as the store refuses a query it
// cannot read.
type badQueryArchive struct{ archive.Archive }

func (badQueryArchive) Search(_ context.Context, query string, _ int) ([]archive.Hit, error) {
	return nil, fmt.Errorf("bad search query: %s: not a date (use YYYY, YYYY-MM or YYYY-MM-DD)", query)
}

func TestFailedSearchSaysSoInTheHeader(t *testing.T) {
	arc := badQueryArchive{newArchive(t, loadArticles(t))}
	m := New(context.Background(), arc, WithName("test"), WithFilterDelay(0))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 100, Height: 24})
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("after:yesterday")...)
	m = drive(t, m, keys("enter")...)
	head := strings.SplitN(screen(m), "\n", 2)[0]
	if !strings.Contains(head, "search failed: after:yesterday") || strings.Contains(head, "…") || strings.Contains(head, "sort:") {
		t.Errorf("header after a bad query: %q", head)
	}
	// The reason, wrapped in the list (the last line is the footer's).
	lines := strings.Split(screen(m), "\n")
	body := strings.Join(lines[1:len(lines)-1], "\n")
	if !strings.Contains(body, "not a date") || !strings.Contains(body, "YYYY-MM-DD)") {
		t.Errorf("the list does not say why in full:\n%s", screen(m))
	}
}

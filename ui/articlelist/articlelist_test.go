package articlelist

import (
	"context"
	"fmt"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/common"
	"github.com/newsreader/newsreader/ui/internal/teadrive"
)

// counting is an archive of n made-up articles that records the pages
// asked of it.
type counting struct {
	n     int
	long  int // every long-th article has a headline of 61 characters (none when 0)
	mu    sync.Mutex
	asked []int // offsets
}

func (c *counting) Count(context.Context, archive.Query) (int, error) { return c.n, nil }

func (c *counting) List(_ context.Context, q archive.Query, off, lim int) ([]archive.Item, error) {
	c.mu.Lock()
	c.asked = append(c.asked, off)
	c.mu.Unlock()
	var out []archive.Item
	for i := off; i < min(c.n, off+lim); i++ {
		title := fmt.Sprintf("Article %d %s", i+1, q.Filter)
		if c.long > 0 && i%c.long == 0 {
			title = fmt.Sprintf("Article %d: Summit Produces Economic Deals, No Peace Treaty", i+1)
		}
		out = append(out, archive.Item{ID: int64(i + 1), Title: title, Published: content.MustParseDate("2020-01-02")})
	}
	return out, nil
}

func (c *counting) Search(context.Context, string, int) ([]archive.Hit, error) { return nil, nil }
func (c *counting) Article(context.Context, int64) (*content.Article, error) {
	return nil, fmt.Errorf("no articles")
}
func (c *counting) PersonArticles(context.Context, string, int) ([]archive.Item, error) {
	return nil, nil
}
func (c *counting) SetRead(context.Context, int64, bool) error    { return nil }
func (c *counting) SetFlagged(context.Context, int64, bool) error { return nil }
func (c *counting) People(context.Context, string, int) ([]archive.Person, error) {
	return nil, nil
}
func (c *counting) Coverage(context.Context, string, period.Unit) ([]period.Bucket, error) {
	return nil, nil
}

// settle runs cmd and feeds the messages back until none is left.
func settle(m Model, cmd tea.Cmd) Model { return teadrive.Settle(m, cmd, nil) }

// answer has the list answer msg (a key, the mouse) and settles what follows.
func answer(m Model, msg tea.Msg) Model {
	m, cmd := m.Update(msg)
	return settle(m, cmd)
}

func TestVirtualised(t *testing.T) {
	arc := &counting{n: 1_000_000}
	m := New(context.Background(), arc, DefaultStyles(true))
	m = settle(m, m.Init())
	m = settle(m, m.SetSize(60, 30))
	if n, ok := m.Total(); !ok || n != 1_000_000 {
		t.Fatalf("total = %d, %v", n, ok)
	}
	m = answer(m, tea.KeyPressMsg{Code: tea.KeyEnd})
	if r, ok := m.Selected(); !ok || r.ID != 1_000_000 {
		t.Fatalf("bottom selects %+v", r)
	}
	if !strings.Contains(ansi.Strip(m.View()), "Article 1000000") {
		t.Errorf("last article not drawn:\n%s", ansi.Strip(m.View()))
	}
	moved := 0 // a page up moves by the entries on screen
	for range 200 {
		moved += m.visible()
		m = answer(m, tea.KeyPressMsg{Code: tea.KeyPgUp})
	}
	if len(m.pages) > maxPages {
		t.Errorf("%d pages held, at most %d allowed", len(m.pages), maxPages)
	}
	// Moving to the end and 200 screens back asks for pages near the
	// screen only: never the millions in between.
	if len(arc.asked) > 80 {
		t.Errorf("%d page requests for 200 page moves", len(arc.asked))
	}
	if got := m.Status(); got != fmt.Sprintf("%s/1,000,000", Thousands(1_000_000-moved)) {
		t.Errorf("status %q", got)
	}
}

func TestStaleAnswersAreDropped(t *testing.T) {
	arc := &counting{n: 100}
	m := New(context.Background(), arc, DefaultStyles(true))
	m = settle(m, m.Init())
	m = settle(m, m.SetSize(60, 30))
	slow := m.SetFilter("first") // answer held back
	m = settle(m, m.SetFilter("second"))
	m = settle(m, slow) // arrives late: must not replace "second"
	if r, _ := m.Selected(); !strings.HasSuffix(r.Title, "second") {
		t.Errorf("a stale answer replaced the list: %q", r.Title)
	}
}

func TestThousands(t *testing.T) {
	for n, want := range map[int]string{0: "0", 999: "999", 1000: "1,000", 1234567: "1,234,567", -1500: "-1,500"} {
		if got := Thousands(n); got != want {
			t.Errorf("Thousands(%d) = %q, want %q", n, got, want)
		}
	}
}

// blocking is an archive whose searches wait for their context to end,
// and say which search started and which ended.
type blocking struct {
	counting
	started, ended chan string
}

func (b *blocking) Search(ctx context.Context, q string, _ int) ([]archive.Hit, error) {
	b.started <- q
	<-ctx.Done()
	b.ended <- q
	return nil, ctx.Err()
}

// A new search stops the one before it, whose answer would be dropped:
// on a big archive it could run on for seconds, and typing starts one
// per key.
func TestANewSearchStopsTheOneBefore(t *testing.T) {
	arc := &blocking{counting: counting{n: 10}, started: make(chan string, 2), ended: make(chan string, 2)}
	m := New(context.Background(), arc, DefaultStyles(true))
	go m.ShowResults("th*")()
	<-arc.started
	go m.ShowResults("the war")()
	<-arc.started
	select {
	case q := <-arc.ended:
		if q != "th*" {
			t.Fatalf("%q was stopped, want the first search", q)
		}
	case <-time.After(5 * time.Second):
		t.Fatal("the first search still runs after a second one started")
	}
	select {
	case q := <-arc.ended:
		t.Fatalf("%q was stopped too", q)
	case <-time.After(50 * time.Millisecond):
	}
	m.ShowAll()
	if q := <-arc.ended; q != "the war" {
		t.Fatalf("%q was stopped, want the second search", q)
	}
}

// hitting is an archive whose every search and person list has n
// matches, of which it returns the first limit.
type hitting struct {
	counting
	matches int
}

func (h *hitting) Search(_ context.Context, _ string, limit int) ([]archive.Hit, error) {
	var out []archive.Hit
	for i := range min(h.matches, limit) {
		out = append(out, archive.Hit{Item: archive.Item{ID: int64(i + 1), Title: fmt.Sprint("Hit ", i+1)}})
	}
	return out, nil
}

func (h *hitting) PersonArticles(_ context.Context, _ string, limit int) ([]archive.Item, error) {
	var out []archive.Item
	for i := range min(h.matches, limit) {
		out = append(out, archive.Item{ID: int64(i + 1), Title: fmt.Sprint("Mention ", i+1)})
	}
	return out, nil
}

func TestResultsCutAtTheLimitSayThereAreMore(t *testing.T) {
	for _, tc := range []struct {
		matches int
		status  string
		more    bool
	}{
		{matches: 2_000, status: "1/500+", more: true},
		{matches: resultLimit + 1, status: "1/500+", more: true},
		{matches: resultLimit, status: "1/500", more: false},
		{matches: 12, status: "1/12", more: false},
	} {
		for _, show := range []func(*Model) tea.Cmd{
			func(m *Model) tea.Cmd { return m.ShowResults("about") },
			func(m *Model) tea.Cmd { return m.ShowPerson("Shinzo Abe") },
		} {
			m := New(context.Background(), &hitting{matches: tc.matches}, DefaultStyles(true))
			m = settle(m, m.SetSize(60, 30))
			m = settle(m, show(&m))
			n, _ := m.Total()
			if n != min(tc.matches, resultLimit) || m.more != tc.more || m.Status() != tc.status {
				t.Errorf("%d matches in mode %d: total %d, more %v, status %q; want more %v, status %q",
					tc.matches, m.Mode(), n, m.more, m.Status(), tc.more, tc.status)
			}
		}
	}
	// Back to the whole archive, the count is exact again.
	m := New(context.Background(), &hitting{counting: counting{n: 40}, matches: 2_000}, DefaultStyles(true))
	m = settle(m, m.SetSize(60, 30))
	m = settle(m, m.ShowResults("about"))
	m = settle(m, m.ShowAll())
	if m.more || m.TotalText() != "40" {
		t.Errorf("after ShowAll: more %v, total %q", m.more, m.TotalText())
	}
}

func TestNarrowListsWrapTitles(t *testing.T) {
	const title = "Japan, Russia Summit Produces Economic Deals, No Peace Treaty"
	for _, tc := range []struct {
		w, rows int
		want    []string
	}{
		{70, 2, []string{title}},
		{34, 1, []string{"Japan, Russia Summit Produces Eco…"}},
		{34, 2, []string{"Japan, Russia Summit Produces", "Economic Deals, No Peace Treaty"}},
		{20, 2, []string{"Japan, Russia Summit", "Produces Economic D…"}},
		{8, 2, []string{"Supercal", "ifragil…"}},
	} {
		in := title
		if tc.w == 8 {
			in = "Supercalifragilistic"
		}
		got := wrapTitle(in, tc.w, tc.rows)
		for i := range got {
			if common.Width(got[i]) != tc.w {
				t.Errorf("wrapTitle(%q, %d, %d): line %q is not %d wide", in, tc.w, tc.rows, got[i], tc.w)
			}
			got[i] = strings.TrimRight(got[i], " ")
		}
		if !slices.Equal(got, tc.want) {
			t.Errorf("wrapTitle(%q, %d, %d) = %q, want %q", in, tc.w, tc.rows, got, tc.want)
		}
	}
	// A list narrower than a headline wraps it on a second row, and
	// only it: entries are one blank row apart whatever their titles
	// (every third is long here), and a click selects what is drawn at
	// the row.
	for _, w := range []int{40, 90} {
		m := New(context.Background(), &counting{n: 20, long: 3}, DefaultStyles(true))
		m = settle(m, m.Init())
		m = settle(m, m.SetSize(w, 30))
		lines := strings.Split(ansi.Strip(m.View()), "\n")
		var starts []int // the row each entry's title starts on
		for y, l := range lines {
			if strings.HasPrefix(strings.TrimLeft(l, "│ "), "Article ") {
				starts = append(starts, y)
			}
		}
		if len(starts) < 5 {
			t.Fatalf("width %d: %d entries drawn:\n%s", w, len(starts), strings.Join(lines, "\n"))
		}
		for k := 0; k+1 < len(starts); k++ {
			titleRows := 1
			if w < wideTitle+2 && k%3 == 0 {
				titleRows = 2
			}
			if gap := starts[k+1] - starts[k]; gap != titleRows+2 {
				t.Errorf("width %d: entry %d takes %d rows, want %d (title, date, one blank):\n%s", w, k, gap, titleRows+2, strings.Join(lines, "\n"))
			}
			if strings.TrimSpace(lines[starts[k+1]-1]) != "" || strings.TrimSpace(lines[starts[k+1]-2]) == "" {
				t.Errorf("width %d: not one blank row before entry %d", w, k+1)
			}
			if m := answer(m, tea.MouseClickMsg{Y: starts[k+1] + 1, Button: tea.MouseLeft}); m.Cursor() != k+1 {
				t.Errorf("width %d: a click on row %d selected %d, want %d", w, starts[k+1]+1, m.Cursor(), k+1)
			}
		}
	}
}

// The list answers its keys; what its parent must do comes back as a
// message, from Update's command and at once from Intent.
func TestKeysAskTheParent(t *testing.T) {
	m := New(context.Background(), &counting{n: 20}, DefaultStyles(true))
	m = settle(m, m.Init())
	m = settle(m, m.SetSize(60, 30))
	for _, tc := range []struct {
		key  tea.KeyPressMsg
		want tea.Msg
	}{
		{tea.KeyPressMsg{Code: tea.KeyEnter}, OpenMsg{}},
		{tea.KeyPressMsg{Code: '/', Text: "/"}, FilterMsg{}},
		{tea.KeyPressMsg{Code: 'j', Text: "j"}, nil},
	} {
		if got := m.Intent(tc.key); got != tc.want {
			t.Errorf("%s: intent %#v, want %#v", tc.key, got, tc.want)
		}
		_, cmd := m.Update(tc.key)
		if tc.want != nil && (cmd == nil || cmd() != tc.want) {
			t.Errorf("%s: Update's command does not carry %#v", tc.key, tc.want)
		}
	}
	if m = answer(m, tea.KeyPressMsg{Code: 's', Text: "s"}); m.Query().Sort != archive.SortTitle {
		t.Errorf("s sorts by %v", m.Query().Sort)
	}
	// Results have their own order, and an empty list nothing to open.
	m = settle(m, m.ShowResults("nothing"))
	if k := m.Keys(); k.Open.Enabled() || k.Sort.Enabled() {
		t.Error("open and sort are offered for an empty list of results")
	}
	if got := m.Intent(tea.KeyPressMsg{Code: tea.KeyEnter}); got != nil {
		t.Errorf("enter on an empty list asks for %#v", got)
	}
}

// TestHoldReadAhead: while the read-ahead is held the list asks only for
// the pages on screen; let go, it asks for the page after them.
func TestHoldReadAhead(t *testing.T) {
	arc := &counting{n: 1000}
	m := New(context.Background(), arc, DefaultStyles(true))
	m.HoldReadAhead(true)
	m = settle(m, m.Init())
	m = settle(m, m.SetSize(60, 30))
	if !slices.Equal(arc.asked, []int{0}) {
		t.Fatalf("held: asked for the pages at %v, want [0]", arc.asked)
	}
	m = settle(m, m.HoldReadAhead(false))
	if !slices.Equal(arc.asked, []int{0, pageSize}) {
		t.Errorf("let go: asked for the pages at %v, want [0 %d]", arc.asked, pageSize)
	}
	// Moving down to the next page's rows finds them held.
	for range 15 {
		m = answer(m, tea.KeyPressMsg{Code: tea.KeyDown})
	}
	if r, ok := m.Selected(); !ok || r.ID != 16 {
		t.Errorf("15 rows down selects %+v (loaded %v)", r, ok)
	}
}

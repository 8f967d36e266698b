package ui

import (
	"context"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ui/archive"
)

// reads is an archive that records which articles were read.
type reads struct {
	archive.Archive
	mu  sync.Mutex
	ids []int64
}

func (r *reads) Article(ctx context.Context, id int64) (*content.Article, error) {
	r.mu.Lock()
	r.ids = append(r.ids, id)
	r.mu.Unlock()
	return r.Archive.Article(ctx, id)
}

func (r *reads) count() int {
	r.mu.Lock()
	defer r.mu.Unlock()
	return len(r.ids)
}

func newPreviewModel(t *testing.T, w, h int, delay time.Duration) (Model, *reads) {
	t.Helper()
	arc := &reads{Archive: newArchive(t, loadArticles(t))}
	m := New(context.Background(), arc, WithFilterDelay(0), WithPreviewDelay(delay))
	return drive(t, m, m.Init(), tea.WindowSizeMsg{Width: w, Height: h}), arc
}

// shows reports whether the article pane shows the list's selected row.
func shows(m Model) bool {
	row, ok := m.list.Selected()
	a := m.reader.Article()
	return ok && a != nil && a.Title == row.Title && m.reader.ID() == row.ID
}

func TestPreviewFollowsTheListCursor(t *testing.T) {
	m, arc := newPreviewModel(t, 160, 48, 0)
	if !shows(m) || m.focus != paneList {
		t.Fatalf("the first article is not shown beside the list (focus %v):\n%s", m.focus, screen(m))
	}
	m = drive(t, m, keys("j j")...)
	if !shows(m) || m.focus != paneList || m.list.Cursor() != 2 {
		t.Fatalf("after j j: cursor %d, focus %v, shown %v", m.list.Cursor(), m.focus, m.reader.Article() != nil)
	}
	// enter moves the keys to the article shown, without reading it
	// again, and j then scrolls it.
	n := arc.count()
	m = drive(t, m, keys("enter j")...)
	if m.focus != paneReader || arc.count() != n || m.reader.YOffset() != 1 || m.list.Cursor() != 2 {
		t.Errorf("enter j: focus %v, %d more reads, offset %d, cursor %d", m.focus, arc.count()-n, m.reader.YOffset(), m.list.Cursor())
	}
	// Back in the list, the search's hits are previewed with their terms
	// highlighted, as enter would open them, even the article shown
	// already.
	m = drive(t, m, keys("esc")...)
	m = selectTitle(t, m, sampleTitle)
	if !shows(m) {
		t.Fatal("the sample is not shown")
	}
	m = drive(t, m, keys("ctrl+f")...)
	m = drive(t, m, typeText("kuril")...)
	m = drive(t, m, keys("enter")...)
	if !shows(m) || m.focus != paneList {
		t.Fatalf("the first hit is not shown:\n%s", screen(m))
	}
	if row, _ := m.list.Selected(); !strings.HasPrefix(row.Title, sampleTitle) {
		t.Fatalf("the first hit for kuril is %q", row.Title)
	}
	if _, total := m.reader.Matches(); total == 0 {
		t.Errorf("the hit's terms are not highlighted:\n%s", screen(m))
	}
}

func TestPreviewWaitsForTheCursorToRest(t *testing.T) {
	m, arc := newPreviewModel(t, 160, 48, time.Millisecond)
	if !shows(m) {
		t.Fatal("the first article is not shown")
	}
	n := arc.count()
	// Three moves before any wait has ended, as when a key is held.
	var cmds []any
	for range 3 {
		next, cmd := m.Update(keyPress("j"))
		m = next.(Model)
		cmds = append(cmds, cmd)
	}
	m = drive(t, m, cmds...)
	if !shows(m) || m.list.Cursor() != 3 {
		t.Fatalf("cursor %d, the article shown is not the selected one", m.list.Cursor())
	}
	if got := arc.count() - n; got != 1 {
		t.Errorf("%d articles read for three moves, want 1 (the last)", got)
	}
}

func TestNoPreviewWhereTheListIsAlone(t *testing.T) {
	// 80x14 is too short to stack a preview under the list.
	m, arc := newPreviewModel(t, 80, 14, 0)
	m = drive(t, m, keys("j j")...)
	if m.reader.Article() != nil || arc.count() != 0 {
		t.Errorf("80x14 shows the list alone, yet %d articles were read", arc.count())
	}
	// The wheel over the list moves its cursor but leaves an open article.
	m, _ = newPreviewModel(t, 160, 48, 0)
	m = drive(t, m, keys("enter")...)
	id := m.reader.ID()
	m = drive(t, m, tea.MouseWheelMsg{X: 5, Y: 10, Button: tea.MouseWheelDown})
	if m.list.Cursor() == 0 || m.reader.ID() != id {
		t.Errorf("the wheel over the list (cursor %d) replaced the article read (%d, was %d)", m.list.Cursor(), m.reader.ID(), id)
	}
}

// TestNoArticleBesideAnEmptyList: a search without results, or one the
// archive refuses, leaves no article beside the list.
func TestNoArticleBesideAnEmptyList(t *testing.T) {
	for _, tc := range []struct {
		name, query string
		arc         archive.Archive
	}{
		{"no results", "xylophone", newArchive(t, loadArticles(t))},
		{"search failed", "after:yesterday", badQueryArchive{newArchive(t, loadArticles(t))}},
	} {
		t.Run(tc.name, func(t *testing.T) {
			m := New(context.Background(), tc.arc, WithFilterDelay(0), WithPreviewDelay(0))
			m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
			if !shows(m) || m.people.Len() == 0 {
				t.Fatal("the first article and its people are not shown")
			}
			m = drive(t, m, keys("ctrl+f")...)
			m = drive(t, m, typeText(tc.query)...)
			m = drive(t, m, keys("enter")...)
			if m.reader.Article() != nil || m.reader.ID() != 0 || m.people.Len() != 0 {
				t.Errorf("the article pane shows %d with %d people:\n%s", m.reader.ID(), m.people.Len(), screen(m))
			}
			// Back to the whole list, its selected article shows again.
			m = drive(t, m, keys("esc")...)
			if !shows(m) {
				t.Errorf("back in the list, the selected article is not shown:\n%s", screen(m))
			}
		})
	}
}

func TestFirstPreviewDoesNotWait(t *testing.T) {
	// A wait longer than any test: only the first article may show.
	m, arc := newPreviewModel(t, 160, 48, time.Hour)
	if !shows(m) || arc.count() != 1 {
		t.Fatalf("the first article is not shown at once (%d read)", arc.count())
	}
	next, _ := m.Update(keyPress("j")) // its wait is never over
	m = next.(Model)
	if shows(m) || m.reader.Article() == nil || arc.count() != 1 {
		t.Errorf("a move showed the next article without waiting (%d read)", arc.count())
	}
}

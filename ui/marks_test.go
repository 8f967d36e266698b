package ui

import (
	"context"
	"fmt"
	"path/filepath"
	"strings"
	"testing"

	tea "charm.land/bubbletea/v2"
	"github.com/charmbracelet/x/ansi"
	"github.com/charmbracelet/x/exp/golden"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/ingest"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// madeUp returns n made-up articles of three sources, thirty in June
// 2024, thirty in May and so on back, spread unevenly over the days of
// the month (the day is 1 + i² mod 29), the sixth of each ten about the
// harbour.
func madeUp(n int) []ingest.Record {
	var recs []ingest.Record
	for i := range n {
		topic := []string{"council budget", "school term", "river levels", "rail timetable", "market prices", "harbour works", "library hours", "road repairs", "weather warning", "football results"}[i%10]
		a := &content.Article{
			Title:     fmt.Sprintf("Story %d on the %s", i+1, topic),
			Published: content.MustParseDate(fmt.Sprintf("2024-%02d-%02d", 6-i/30%6, 1+i*i%29)),
			Source:    []string{"example.com", "news.example.org", "daily.example.net"}[i%3],
			Blocks: []content.Block{{Type: content.BlockParagraph,
				Text: fmt.Sprintf("The %s in town number %d were discussed at length on the day by the people who live there.", topic, i)}},
		}
		recs = append(recs, ingest.Record{Path: fmt.Sprintf("made-up/%03d.txt", i), Article: a})
	}
	return recs
}

// madeUpArchive writes n made-up articles into an archive file in a test
// folder and returns its path.
func madeUpArchive(t *testing.T, n int) string {
	t.Helper()
	path := filepath.Join(t.TempDir(), "archive.db")
	s, err := store.Open(path, store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	if _, err := ingest.AddArticles(context.Background(), s, madeUp(n), ingest.Options{}); err != nil {
		t.Fatal(err)
	}
	return path
}

// openModel opens the archive at path in a reader of w×h; the store is
// closed with the test, or by the returned function.
func openModel(t *testing.T, path string, w, h int) (Model, func()) {
	t.Helper()
	s, err := store.Open(path, store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	m := New(context.Background(), archivestore.New(s), WithName("test"), WithFilterDelay(0), WithPreviewDelay(0))
	return drive(t, m, m.Init(), tea.WindowSizeMsg{Width: w, Height: h}), func() { s.Close() }
}

// TestCompactList: v puts each entry on one line, so a 48-row screen
// lists 46 entries instead of 15, and back.
func TestCompactList(t *testing.T) {
	for _, s := range sizes {
		t.Run(s.name, func(t *testing.T) {
			m, done := openModel(t, madeUpArchive(t, 60), s.w, s.h)
			defer done()
			full := entriesShown(m)
			m = drive(t, m, keys("v")...)
			view := screen(m)
			compact := entriesShown(m)
			if want := m.layout.list.h; compact != want {
				t.Errorf("compact list shows %d entries in %d rows", compact, want)
			}
			if compact < 2*full {
				t.Errorf("compact list shows %d entries, the full one %d", compact, full)
			}
			golden.RequireEqual(t, view)
			m = drive(t, m, keys("v")...)
			if got := entriesShown(m); got != full {
				t.Errorf("v again shows %d entries, want %d", got, full)
			}
		})
	}
}

// entriesShown counts the entries' titles in the list pane.
func entriesShown(m Model) int {
	r, n := m.layout.list, 0
	lines := strings.Split(screen(m), "\n")
	for _, l := range lines[m.layout.bodyY+r.y : m.layout.bodyY+r.y+r.h] {
		if strings.Contains(ansi.Cut(l, r.x, r.x+r.w), "Story ") {
			n++
		}
	}
	return n
}

// TestMarksSurviveRestart: articles shown are read, m and F change the
// marks, u goes to the next unread, * lists the flagged; all of it is
// kept in the archive and read back by a new reader on it.
func TestMarksSurviveRestart(t *testing.T) {
	path := madeUpArchive(t, 30)
	m, done := openModel(t, path, 160, 48)
	// Entries 0-2 are shown (read) as the cursor rests on each; flag
	// the third, and mark it unread again.
	m = drive(t, m, keys("j j F m")...)
	if r, _ := m.list.Selected(); r.Read || !r.Flagged {
		t.Fatalf("after F m the entry is %+v, want flagged and unread", r)
	}
	m = drive(t, m, keys("g u")...)
	if m.list.Cursor() != 2 {
		t.Fatalf("u moved to entry %d, want 2 (the first unread)", m.list.Cursor())
	}
	m = drive(t, m, keys("enter u")...) // from the article, u opens the next unread
	if r, _ := m.list.Selected(); m.list.Cursor() != 3 || m.reader.ID() != r.ID || m.focus != paneReader {
		t.Fatalf("u in the article: cursor %d, reader shows %d, want entry 3 open", m.list.Cursor(), m.reader.ID())
	}
	m = drive(t, m, keys("F")...) // flag the article open
	done()

	// 80x14 shows the list alone: moving reads nothing.
	m, done = openModel(t, path, 80, 14)
	defer done()
	var read, flagged []int
	for i := range 6 {
		r, _ := m.list.Selected()
		if r.Read {
			read = append(read, i)
		}
		if r.Flagged {
			flagged = append(flagged, i)
		}
		m = drive(t, m, keys("j")...)
	}
	if fmt.Sprint(read) != "[0 1 2 3]" || fmt.Sprint(flagged) != "[2 3]" {
		t.Errorf("after reopening: read %v, flagged %v; want [0 1 2 3] and [2 3]", read, flagged)
	}
	m = drive(t, m, keys("*")...)
	if n, _ := m.list.Total(); n != 2 || !strings.Contains(screen(m), "2 flagged articles") {
		t.Errorf("* lists %d articles:\n%s", n, screen(m))
	}
	m = drive(t, m, keys("esc")...)
	if n, _ := m.list.Total(); n != 30 {
		t.Errorf("esc lists %d articles, want all 30", n)
	}
}

// TestMarksOnReadOnlyArchive: on an archive that cannot keep marks (a
// read-only file, a PostgreSQL standby) reading articles says nothing
// of marks, and m or F says why they are not kept; nothing crashes.
func TestMarksOnReadOnlyArchive(t *testing.T) {
	path := madeUpArchive(t, 12)
	s, err := store.Open(path, store.OpenOptions{ReadOnly: true})
	if err != nil {
		t.Fatal(err)
	}
	defer s.Close()
	m := New(context.Background(), archivestore.New(s), WithName("test"), WithFilterDelay(0), WithPreviewDelay(0))
	m = drive(t, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	// The article pane beside the list shows (and would mark read) each
	// entry the cursor rests on.
	for _, k := range []string{"j", "j", "enter"} {
		m = drive(t, m, keys(k)...)
		if view := screen(m); strings.Contains(view, "read-only") || strings.Contains(view, "marks") {
			t.Fatalf("reading articles of a read-only archive complains (after %s):\n%s", k, view)
		}
	}
	m = drive(t, m, keys("F")...)
	if view := screen(m); !strings.Contains(view, "read-only") || !strings.Contains(view, "marks") {
		t.Errorf("F on a read-only archive does not say why no flag is kept:\n%s", view)
	}
}

package ui

import (
	"context"
	"fmt"
	"os"
	"path/filepath"
	"runtime/debug"
	"slices"
	"strings"
	"sync"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/store"
	"github.com/newsreader/newsreader/ui/archive"
	"github.com/newsreader/newsreader/ui/archivestore"
)

// journal is an archive that notes, in order, the pages listed, the
// articles read and the versions asked for.
type journal struct {
	archive.Archive
	mu  sync.Mutex
	log []string
}

func (j *journal) note(s string) {
	j.mu.Lock()
	j.log = append(j.log, s)
	j.mu.Unlock()
}

func (j *journal) List(ctx context.Context, q archive.Query, off, lim int) ([]archive.Item, error) {
	j.note(fmt.Sprint("list ", off))
	return j.Archive.List(ctx, q, off, lim)
}

func (j *journal) Article(ctx context.Context, id int64) (*content.Article, error) {
	j.note("article")
	return j.Archive.Article(ctx, id)
}

func (j *journal) Version(ctx context.Context) (int64, error) {
	j.note("version")
	return j.Archive.(archive.Versioned).Version(ctx)
}

func (j *journal) entries() []string {
	j.mu.Lock()
	defer j.mu.Unlock()
	return slices.Clone(j.log)
}

// TestFirstScreenFirst: until the first screen is complete (the list's
// first rows and the article beside them), the reader asks the archive
// for nothing else: not the page after the screen, not the version the
// refresh compares with, and it reads no history; then it asks for them.
func TestFirstScreenFirst(t *testing.T) {
	s, err := store.Open(madeUpArchive(t, 100), store.OpenOptions{})
	if err != nil {
		t.Fatal(err)
	}
	t.Cleanup(func() { s.Close() })
	arc := &journal{Archive: archivestore.New(s)}
	hist := filepath.Join(t.TempDir(), "history")
	if err := os.WriteFile(hist, []byte("harbour\n"), 0o600); err != nil {
		t.Fatal(err)
	}
	var calls int
	var seen []string // what the archive was asked before the first screen's call
	first := withFirstScreen(func() { calls++; seen = arc.entries() })
	m := New(context.Background(), arc, WithRefresh(time.Millisecond), WithHistory(hist), WithPreviewDelay(0), first)
	m = driveStart(t, m, m.Init(), tea.WindowSizeMsg{Width: 140, Height: 40})

	log := arc.entries()
	article := slices.Index(log, "article")
	if article < 0 {
		t.Fatalf("no article previewed: %v", log)
	}
	if first := log[:article]; !slices.Equal(first, []string{"list 0"}) {
		t.Errorf("before the first screen was complete the archive was asked %v, want [list 0]", first)
	}
	rest := log[article+1:]
	for _, want := range []string{"list 32", "version"} {
		if !slices.Contains(rest, want) {
			t.Errorf("after the first screen %q was not asked for: %v", want, log)
		}
	}
	if calls != 1 || !slices.Equal(seen, []string{"list 0", "article"}) {
		t.Errorf("the first screen's call came %d times, after %v; want once, after [list 0 article]", calls, seen)
	}
	m = drive(t, m, keys("j j")...)
	if calls != 1 {
		t.Errorf("the first screen's call came %d times after moving on", calls)
	}
	if !m.versionSeen {
		t.Error("the refresh has no version to compare with")
	}
	if len(m.history.Entries()) == 0 {
		t.Error("the search history was not read after the first screen")
	}
}

// driveStart is drive for a reader that polls: the refresh's timer
// messages are dropped, so that the reader settles.
func driveStart(t *testing.T, m Model, msgs ...any) Model {
	t.Helper()
	var queue []tea.Msg
	for _, x := range msgs {
		switch x := x.(type) {
		case tea.Cmd:
			queue = append(queue, run(x)...)
		case tea.Msg:
			queue = append(queue, x)
		}
		for len(queue) > 0 {
			msg := queue[0]
			queue = queue[1:]
			if _, poll := msg.(pollMsg); poll {
				continue
			}
			next, cmd := m.Update(msg)
			m = next.(Model)
			queue = append(queue, run(cmd)...)
		}
	}
	return m
}

// TestHoldGC: the collector is off until the release, then as it was;
// a GOGC of the user's is left alone.
func TestHoldGC(t *testing.T) {
	was := debug.SetGCPercent(100)
	defer debug.SetGCPercent(was)
	release := holdGC(func(string) string { return "" })
	if p := debug.SetGCPercent(-1); p != -1 {
		t.Errorf("held: GC percent %d, want -1 (off)", p)
	}
	release()
	release()
	if p := debug.SetGCPercent(100); p != 100 {
		t.Errorf("released: GC percent %d, want 100", p)
	}
	debug.SetGCPercent(50)
	release = holdGC(func(k string) string { return map[string]string{"GOGC": "50"}[k] })
	if p := debug.SetGCPercent(50); p != 50 {
		t.Errorf("with GOGC set: GC percent %d, want 50 kept", p)
	}
	release()
	if p := debug.SetGCPercent(was); p != 50 {
		t.Errorf("with GOGC set, after the release: GC percent %d, want 50", p)
	}
}

// TestAddressFromTheArticlesLoad: the list's rows carry no file path
// (the archive lists without, see archivestore), yet an article without
// a URL shows the file it was read from, as its load brings it.
func TestAddressFromTheArticlesLoad(t *testing.T) {
	m, arc := newTestModel(t, 160, 48)
	m = openSample(t, m)
	_, path, err := arc.(archive.Filed).ArticleFiled(context.Background(), m.reader.ID())
	if err != nil || path == "" {
		t.Fatalf("the archive tells no file for the article: %q, %v", path, err)
	}
	if row, _ := m.list.Selected(); row.Path != "" {
		t.Errorf("the list's row has path %q: the test no longer tests the load's", row.Path)
	}
	if a := m.reader.Article(); a.URL != "" {
		t.Fatalf("the sample has a URL (%q): the test needs one without", a.URL)
	}
	if head := strings.SplitN(screen(m), "\n", 2)[0]; !strings.Contains(head, path) {
		t.Errorf("the header does not show the article's file %s:\n%s", path, head)
	}
}

package ui

import (
	"bufio"
	"context"
	"fmt"
	"os"
	"runtime"
	"strconv"
	"strings"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/content"
	"github.com/newsreader/newsreader/content/formats"
	"github.com/newsreader/newsreader/period"
	"github.com/newsreader/newsreader/ui/archive"
)

// million is the size of the benchmark archive.
const million = 1_000_000

// synthetic is an archive of n articles made up on demand from their
// index, so that the benchmarks measure the reader, not a fake's memory:
// every item is computed, none is stored. Every article reads as the VOA
// sample.
type synthetic struct {
	n      int
	sample *content.Article
}

var _ archive.Archive = synthetic{}

func (s synthetic) item(i int) archive.Item {
	day := time.Date(2026, 11, 1, 0, 0, 0, 0, time.UTC).Add(-time.Duration(i/50) * time.Hour)
	return archive.Item{
		ID:        int64(i + 1),
		Title:     fmt.Sprintf("Story %d: leaders meet to discuss trade, security and the islands", i+1),
		Published: content.DateOf(day, content.PrecisionDay),
		Source:    []string{"voanews.com", "en.wikinews.org", "apnews.com"}[i%3],
	}
}

func (s synthetic) Count(context.Context, archive.Query) (int, error) { return s.n, nil }

func (s synthetic) List(_ context.Context, _ archive.Query, off, lim int) ([]archive.Item, error) {
	var out []archive.Item
	for i := off; i < min(s.n, off+lim); i++ {
		out = append(out, s.item(i))
	}
	return out, nil
}

func (s synthetic) Search(context.Context, string, int) ([]archive.Hit, error) {
	return []archive.Hit{{Item: s.item(0), Snippet: "leaders meet"}}, nil
}

func (s synthetic) Article(context.Context, int64) (*content.Article, error) { return s.sample, nil }

func (s synthetic) PersonArticles(context.Context, string, int) ([]archive.Item, error) {
	return []archive.Item{s.item(0)}, nil
}

func (s synthetic) SetRead(context.Context, int64, bool) error    { return nil }
func (s synthetic) SetFlagged(context.Context, int64, bool) error { return nil }
func (s synthetic) People(context.Context, string, int) ([]archive.Person, error) {
	return nil, nil
}
func (s synthetic) Coverage(context.Context, string, period.Unit) ([]period.Bucket, error) {
	return nil, nil
}

func sampleArticle(b *testing.B) *content.Article {
	data, err := os.ReadFile("testdata/articles/" + sampleName)
	if err != nil {
		b.Fatal(err)
	}
	as, err := formats.ParseBytes(sampleName, data, formats.Options{})
	if err != nil {
		b.Fatal(err)
	}
	return as[0]
}

// started returns the reader over a million articles, drawn once at
// 160x48. The article pane previews the selected article without waiting
// for the cursor to rest, so that a key press's figures include the
// preview it leads to (loading and rendering the article: the synthetic
// archive's articles are one text under as many IDs, each rendered anew).
func started(b *testing.B, arc archive.Archive) Model {
	m := New(context.Background(), arc, WithFilterDelay(0), WithPreviewDelay(0))
	m = drive(b, m, m.Init(), tea.WindowSizeMsg{Width: 160, Height: 48})
	_ = m.View()
	return m
}

// BenchmarkStartToFirstFrame: from New to the first full frame (count and
// first page of a million articles fetched, everything drawn).
func BenchmarkStartToFirstFrame(b *testing.B) {
	arc := synthetic{n: million, sample: sampleArticle(b)}
	b.ReportAllocs()
	for b.Loop() {
		m := started(b, arc)
		if !strings.Contains(m.View().Content, "Story 1:") {
			b.Fatal("first page not drawn")
		}
	}
}

// BenchmarkListKeypress: one key press moving down the list (Update, any
// page fetch it causes, and View), in an archive of a hundred articles and
// in one of a million, from the middle of it: the cost should not depend
// on the size. At 160 columns the press also previews the article it
// lands on (loaded and rendered); at 80 the list is alone on screen, as
// with a held key, whose moves wait for the cursor to rest.
func BenchmarkListKeypress(b *testing.B) {
	for _, width := range []int{160, 80} {
		for _, n := range []int{100, million} {
			b.Run(fmt.Sprintf("%d/%dcols", n, width), func(b *testing.B) {
				arc := synthetic{n: n, sample: sampleArticle(b)}
				m := started(b, arc)
				m = drive(b, m, tea.WindowSizeMsg{Width: width, Height: 48})
				if n > 100 {
					m = drive(b, m, keys("G")...)
					for range 200 {
						m = drive(b, m, keyPress("ctrl+u")) // up to the middle of the list
					}
				}
				down, top := keyPress("j"), keyPress("g")
				b.ReportAllocs()
				for b.Loop() {
					m = drive(b, m, down)
					_ = m.View()
					if n == 100 && m.list.Cursor() == n-1 {
						m = drive(b, m, top)
					}
				}
			})
		}
	}
}

// BenchmarkListJump: G then g, to the end of a million and back.
func BenchmarkListJump(b *testing.B) {
	arc := synthetic{n: million, sample: sampleArticle(b)}
	m := started(b, arc)
	b.ReportAllocs()
	for b.Loop() {
		m = drive(b, m, keys("G")...)
		_ = m.View()
		m = drive(b, m, keys("g")...)
		_ = m.View()
	}
	if m.list.Status() != "1/1,000,000" {
		b.Fatalf("status %q", m.list.Status())
	}
}

// BenchmarkOpenSample: enter on an article to its first frame; "first"
// renders it, "cached" finds the rendering in the cache; "cached-update"
// is "cached" without drawing, "frame" the drawing alone. The article pane
// is emptied first: the list's preview has shown the article already, and
// enter would only move the keys to it.
func BenchmarkOpenSample(b *testing.B) {
	arc := synthetic{n: million, sample: sampleArticle(b)}
	enter, esc := keyPress("enter"), keyPress("esc")
	b.Run("first", func(b *testing.B) {
		base := started(b, arc)
		b.ReportAllocs()
		for b.Loop() {
			b.StopTimer()
			m := base
			m.reader = m.reader.WithCache(1) // a new, empty cache
			m.reader.Clear()
			b.StartTimer()
			m = drive(b, m, enter)
			if m.reader.Article() == nil {
				b.Fatal("not opened")
			}
			_ = m.View()
		}
	})
	b.Run("cached-update", func(b *testing.B) { // without drawing the frame
		m := started(b, arc)
		m = drive(b, m, enter, esc)
		m.reader.Clear()
		b.ReportAllocs()
		for b.Loop() {
			m = drive(b, m, enter)
			b.StopTimer()
			m = drive(b, m, esc)
			m.reader.Clear()
			b.StartTimer()
		}
	})
	b.Run("frame", func(b *testing.B) { // drawing the screen with it open
		m := drive(b, started(b, arc), enter)
		b.ReportAllocs()
		for b.Loop() {
			_ = m.View()
		}
	})
	b.Run("cached", func(b *testing.B) {
		m := started(b, arc)
		m = drive(b, m, enter, esc)
		m.reader.Clear()
		b.ReportAllocs()
		for b.Loop() {
			m = drive(b, m, enter)
			_ = m.View()
			b.StopTimer()
			m = drive(b, m, esc)
			m.reader.Clear()
			b.StartTimer()
		}
	})
}

// BenchmarkResidentMemory: resident memory after starting on a million
// articles, paging through 20,000 of them, jumping to the end and opening
// articles; reported as MB-rss (the whole test process).
func BenchmarkResidentMemory(b *testing.B) {
	arc := synthetic{n: million, sample: sampleArticle(b)}
	var rss, heap float64
	for b.Loop() {
		m := started(b, arc)
		for range 20_000 / 15 {
			m = drive(b, m, keyPress("space"))
		}
		m = drive(b, m, keys("G enter esc g enter")...)
		_ = m.View()
		runtime.GC()
		var ms runtime.MemStats
		runtime.ReadMemStats(&ms)
		heap = float64(ms.HeapInuse) / (1 << 20)
		rss = residentMB(b)
		runtime.KeepAlive(m)
	}
	b.ReportMetric(rss, "MB-rss")
	b.ReportMetric(heap, "MB-heap")
}

// residentMB reads the process's resident set size from /proc.
func residentMB(b *testing.B) float64 {
	f, err := os.Open("/proc/self/status")
	if err != nil {
		b.Skip("no /proc on this system")
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		if rest, ok := strings.CutPrefix(sc.Text(), "VmRSS:"); ok {
			kb, err := strconv.Atoi(strings.TrimSuffix(strings.TrimSpace(rest), " kB"))
			if err != nil {
				b.Fatal(err)
			}
			return float64(kb) / 1024
		}
	}
	b.Fatal("no VmRSS in /proc/self/status")
	return 0
}

package reader

import (
	"context"
	"math"
	"os"
	"runtime"
	"runtime/debug"
	"strconv"
	"strings"
	"syscall"
	"testing"
	"time"

	tea "charm.land/bubbletea/v2"
	"github.com/newsreader/newsreader/internal/cputime"
)

// hugeSize is the huge article: a 20 MB text file, about 298,000
// lines, imported as one article.
const hugeSize = 20 << 20

// BenchmarkHugeFirstScreen: from the article in hand (the archive's
// answer) to the first screen drawn, for a 20 MB article: the load
// message, the first piece rendered in its command, the view. Target
// < 200 ms.
func BenchmarkHugeFirstScreen(b *testing.B) {
	a := hugeArticle(hugeSize)
	cpu := cputime.Process()
	for b.Loop() {
		m := New(context.Background(), oneArticle{a: a}, NewCache(1), DefaultStyles(true))
		m.SetSize(100, 40)
		m, rendering := m.Update(m.Open(1, Highlight{})())
		m, _ = m.Update(rendering())
		if !strings.Contains(m.View(), "council") {
			b.Fatal("no first screen")
		}
	}
	cputime.Report(b, cpu)
}

// hugeShown is the 20 MB article rendered to the end in the pane, and
// the time that took.
func hugeShown(b *testing.B) (Model, time.Duration) {
	b.Helper()
	a := hugeArticle(hugeSize)
	m := New(context.Background(), oneArticle{a: a}, NewCache(1), DefaultStyles(true))
	m.SetSize(100, 40)
	start := time.Now()
	m = runAll(m, m.Open(1, Highlight{}), nil)
	if !m.doc.complete {
		b.Fatal("rendering not complete")
	}
	return m, time.Since(start)
}

// BenchmarkHugeFindKeystroke: typing "/the" in the 20 MB article, one key
// at a time (t, th, the, then again): a keystroke is the find prompt's
// SetHighlight and the view drawn (target < 50 ms), reported as ns/op;
// the first step of matches (ms-first-step) and the whole count
// (ms-count, the last key's) come in commands after. Also reports the
// rendering of the whole article in the background (s-render), the heap
// and the resident memory with the article shown and searched (target
// < 300 MB), and the peak resident memory of the process.
func BenchmarkHugeFindKeystroke(b *testing.B) {
	// The limit the program sets (ui.Run), unless GOMEMLIMIT says
	// otherwise (GOMEMLIMIT=off measures without one).
	defer debug.SetMemoryLimit(debug.SetMemoryLimit(-1))
	limit := SetMemoryLimit(os.Getenv)
	m, rendered := hugeShown(b)
	terms := []string{"t", "th", "the"}
	var first, count time.Duration
	steps := 0
	cpu := cputime.Process()
	for i := 0; b.Loop(); i++ {
		cmd := m.SetHighlight(Highlight{Kind: HighlightSearch, Terms: []string{terms[i%3]}})
		_ = m.View()
		b.StopTimer()
		start := time.Now()
		var msg tea.Msg = cmd()
		m, cmd = m.Update(msg)
		first += time.Since(start)
		for cmd != nil {
			m, cmd = m.Update(cmd())
		}
		count = time.Since(start)
		steps++
		b.StartTimer()
	}
	cputime.Report(b, cpu)
	_, total := m.Matches()
	runtime.GC()
	var ms runtime.MemStats
	runtime.ReadMemStats(&ms)
	b.ReportMetric(float64(first.Milliseconds())/float64(steps), "ms-first-step")
	b.ReportMetric(float64(count.Milliseconds()), "ms-count")
	b.ReportMetric(float64(total), "matches")
	b.ReportMetric(rendered.Seconds(), "s-render")
	b.ReportMetric(float64(ms.HeapInuse)/(1<<20), "MB-heap")
	b.ReportMetric(residentMB(b), "MB-rss")
	if limit < math.MaxInt64 {
		b.ReportMetric(float64(limit)/(1<<20), "MB-limit")
	}
	var ru syscall.Rusage
	if syscall.Getrusage(syscall.RUSAGE_SELF, &ru) == nil {
		b.ReportMetric(float64(ru.Maxrss)/1024, "MB-peak-rss")
	}
	runtime.KeepAlive(m)
}

// residentMB reads the process's resident set size from /proc.
func residentMB(b *testing.B) float64 {
	data, err := os.ReadFile("/proc/self/status")
	if err != nil {
		b.Skip("no /proc on this system")
	}
	for line := range strings.Lines(string(data)) {
		if rest, ok := strings.CutPrefix(line, "VmRSS:"); ok {
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

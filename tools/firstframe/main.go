// Command firstframe measures how long a terminal program takes, from the
// exec of its binary, until its screen shows what it should, in a real
// terminal (tmux), and what it holds in memory and has spent in CPU then.
//
//	go run ./tools/firstframe [-n 5] [-want TEXT]... [-x 120 -y 40] BIN [ARGS...]
//
// For each run it starts a tmux server with a shell in a 120x40 pane
// (tmux's own start-up is not timed), attaches a control-mode client to
// it, and types into the shell `exec firstframe -stamp FILE BIN ARGS`:
// the shell becomes this program, which writes the time to FILE and
// execs BIN in the same process, so the clock starts at BIN's exec.
// Control mode reports every byte the program writes (%output); after
// each, the pane is captured (capture-pane, through the same client, so
// no process is started per look) and searched for every -want text.
//
// Printed per run, in milliseconds from exec: "drawn" (the first
// capture with any text), "want" (the first capture holding every -want
// text), "settled" (the last capture that changed,
// once the screen has stayed the same for -quiet), the resident memory
// and its peak (MB) and the CPU time (user+sys) read from /proc when the
// wanted screen came, and "res": the time between the output that
// triggered that capture and its reply, the resolution of the figure
// (the frame was on tmux's screen no later than the time printed, and
// after the previous capture). Then the medians over the runs.
//
// The older tools/firstframe/run.sh, which times from `tmux new-session`
// (tmux's own ~75 ms included) by polling capture-pane every 5 ms, stays
// for comparison with earlier figures.
package main

import (
	"flag"
	"fmt"
	"os"
	"path/filepath"
	"slices"
	"strconv"
	"strings"
	"syscall"
	"time"
)

func main() {
	if len(os.Args) > 2 && os.Args[1] == "-stamp" {
		stampAndExec(os.Args[2], os.Args[3:])
		return
	}
	var wants multi
	n := flag.Int("n", 5, "runs")
	x := flag.Int("x", 120, "terminal columns")
	y := flag.Int("y", 40, "terminal rows")
	quiet := flag.Duration("quiet", time.Second, "how long the screen must stay the same to count as settled")
	timeout := flag.Duration("timeout", 20*time.Second, "give up on a run after this long")
	trace := flag.Bool("trace", false, "set NEWSREADER_TRACE_START and print the program's steps, from the exec, to stderr")
	screens := flag.Bool("screens", false, "print every screen that changed, with its time, to stderr")
	flag.Var(&wants, "want", "text the full frame holds (repeatable; every one must be on screen)")
	flag.Parse()
	if flag.NArg() < 1 || len(wants) == 0 {
		fmt.Fprintln(os.Stderr, "usage: firstframe [-n N] -want TEXT [-want TEXT]... BIN [ARGS...]")
		os.Exit(2)
	}
	self, err := os.Executable()
	if err != nil {
		fail(err)
	}
	cfg := config{self: self, argv: flag.Args(), wants: wants, cols: *x, rows: *y, quiet: *quiet, timeout: *timeout, trace: *trace}
	var all []result
	fmt.Println("run drawn_ms want_ms settled_ms rss_mb hwm_mb cpu_ms res_ms")
	for i := range *n {
		r, err := measure(cfg)
		if err != nil {
			fail(fmt.Errorf("run %d: %w", i+1, err))
		}
		all = append(all, r)
		fmt.Printf("%d %s\n", i+1, r)
		for _, s := range r.marks {
			fmt.Fprintf(os.Stderr, "run %d %8.1f ms  %s\n", i+1, ms(s.at), s.screen)
		}
		if *screens {
			for _, s := range r.screens {
				fmt.Fprintf(os.Stderr, "--- run %d, %.1f ms\n%s\n", i+1, ms(s.at), s.screen)
			}
		}
	}
	fmt.Printf("median %s\n", medians(all))
}

// stampAndExec writes the time to file, then replaces this process with
// argv: what runs next is the measured program, under the same pid.
func stampAndExec(file string, argv []string) {
	if len(argv) == 0 {
		fail(fmt.Errorf("-stamp FILE needs a program to exec"))
	}
	path, err := lookPath(argv[0])
	if err != nil {
		fail(err)
	}
	now := strconv.FormatInt(time.Now().UnixNano(), 10)
	if err := os.WriteFile(file, []byte(now), 0o600); err != nil {
		fail(err)
	}
	fail(syscall.Exec(path, argv, os.Environ()))
}

// lookPath finds name as the shell would: a name with a slash as it
// is, else on $PATH.
func lookPath(name string) (string, error) {
	if strings.Contains(name, "/") {
		return name, nil
	}
	for _, dir := range filepath.SplitList(os.Getenv("PATH")) {
		p := filepath.Join(dir, name)
		if fi, err := os.Stat(p); err == nil && !fi.IsDir() && fi.Mode()&0o111 != 0 {
			return p, nil
		}
	}
	return "", fmt.Errorf("%s: not found on $PATH", name)
}

// config is one measurement's settings.
type config struct {
	self       string // this program, the wrapper that stamps and execs
	argv       []string
	wants      []string
	cols, rows int
	quiet      time.Duration
	timeout    time.Duration
	trace      bool // ask for the program's own trace (see package starttrace)
}

// result is one run's figures.
type result struct {
	drawn, want, settled, res time.Duration
	rss, hwm                  float64 // MB
	cpu                       time.Duration
	screens                   []shot // every screen that differed from the one before
	marks                     []shot // the program's trace: the steps' names in screen
}

// shot is a screen captured and when (t, and at: from the exec).
type shot struct {
	t      time.Time
	at     time.Duration
	screen string
}

func (r result) String() string {
	return fmt.Sprintf("%.1f %.1f %.1f %.1f %.1f %d %.2f", ms(r.drawn), ms(r.want), ms(r.settled), r.rss, r.hwm, r.cpu.Milliseconds(), ms(r.res))
}

func ms(d time.Duration) float64 { return float64(d) / float64(time.Millisecond) }

// medians is the median of every column over the runs.
func medians(rs []result) result {
	med := func(f func(result) float64) float64 {
		v := make([]float64, len(rs))
		for i, r := range rs {
			v[i] = f(r)
		}
		return median(v)
	}
	d := func(f func(result) time.Duration) time.Duration {
		return time.Duration(med(func(r result) float64 { return float64(f(r)) }))
	}
	return result{
		drawn:   d(func(r result) time.Duration { return r.drawn }),
		want:    d(func(r result) time.Duration { return r.want }),
		settled: d(func(r result) time.Duration { return r.settled }),
		res:     d(func(r result) time.Duration { return r.res }),
		cpu:     d(func(r result) time.Duration { return r.cpu }),
		rss:     med(func(r result) float64 { return r.rss }),
		hwm:     med(func(r result) float64 { return r.hwm }),
	}
}

// median of v (the mean of the middle two for an even count).
func median(v []float64) float64 {
	if len(v) == 0 {
		return 0
	}
	s := slices.Clone(v)
	slices.Sort(s)
	if len(s)%2 == 1 {
		return s[len(s)/2]
	}
	return (s[len(s)/2-1] + s[len(s)/2]) / 2
}

// multi is a repeatable string flag.
type multi []string

func (m *multi) String() string     { return strings.Join(*m, ", ") }
func (m *multi) Set(v string) error { *m = append(*m, v); return nil }

func fail(err error) {
	fmt.Fprintln(os.Stderr, "firstframe:", err)
	os.Exit(1)
}
